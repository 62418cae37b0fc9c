//! Faults: a write that fails or is cut short leaves the register whole.
//!
//! coi is told where to fail by `COI_FAILPOINT` (see `failpoint` in src/register/store.rs),
//! which only a coi built with the `failpoints` feature reads. Cargo.toml turns the feature on
//! for every test build, debug or release, through a dev-dependency of the crate on itself;
//! `cargo build` leaves it off. CI runs this module under `cargo test --release` too.

use std::process::Command;

use crate::harness::{Env, Run};

/// Runs `cmd` told to fail at `failpoint`. A coi that does not fail there was built without
/// the `failpoints` feature, and would make every test here pass or fail for the wrong reason.
#[track_caller]
fn at_failpoint(mut cmd: Command, failpoint: &str) -> Run {
    let out = Run::from_output(cmd.env("COI_FAILPOINT", failpoint).output().unwrap());
    assert_ne!(
        out.code, 0,
        "coi did not stop at failpoint {failpoint}: built without the `failpoints` feature?\n\
         stdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    out
}

fn record_files(env: &Env, kind: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(env.path("reg").join(kind).join("2026"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_write_leaves_no_record_and_no_temporary_file() {
    let env = Env::with_git_register();
    let err = at_failpoint(env.case().command(), "before-rename").fails(1);
    assert_eq!(
        err,
        "Lỗi: không ghi được tệp reg/cases/2026/XDLI-2026-001.yaml\n  \
         nguyên nhân: hệ thống báo lỗi không rõ loại; chạy lại lệnh với --lang en để xem nguyên văn\n"
    );
    let left: Vec<_> = std::fs::read_dir(env.path("reg/cases/2026"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // The next try takes the same number: nothing was used up.
    assert_eq!(env.case().add().last_line(), "XDLI-2026-001");
}

#[test]
fn a_full_disk_fails_cleanly() {
    let env = Env::with_git_register();
    env.gift().add().ok();
    let before = env.snapshot("reg");
    let err = at_failpoint(env.gift().command(), "disk-full").fails(1);
    assert!(
        err.starts_with("Lỗi: không ghi được tệp reg/gifts/2026/QT-2026-002.yaml\n  nguyên nhân: "),
        "{err}"
    );
    assert_eq!(
        env.snapshot("reg"),
        before,
        "nothing written, nothing left over"
    );
    env.reg(&["check"]).ok();
    // An update under a full disk leaves the record as it was.
    let handover = env.command_for("gift handover QT-2026-001 --date 20/02/2026");
    at_failpoint(handover, "disk-full").fails(1);
    assert_eq!(env.snapshot("reg"), before);
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
}

#[test]
fn a_process_killed_before_the_rename_loses_nothing() {
    let env = Env::with_git_register();
    env.gift().add().ok();
    let record = env.read("reg/gifts/2026/QT-2026-001.yaml");
    let handover = env.command_for("gift handover QT-2026-001 --date 20/02/2026");
    at_failpoint(handover, "kill-before-rename");
    // The record is whole and unchanged; the interrupted write left only its temporary file.
    assert_eq!(env.read("reg/gifts/2026/QT-2026-001.yaml"), record);
    let files = record_files(&env, "gifts");
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].starts_with(".coi-tmp-"), "{files:?}");
    let check = env.reg(&["check"]).ok();
    assert!(
        check.contains(
            "warning: tệp tạm còn lại sau một lần ghi bị ngắt; không phải hồ sơ, có thể xóa"
        ),
        "{check}"
    );
    // The temporary file is not part of the audit trail, and the step can simply be redone.
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    env.run("gift handover QT-2026-001 --date 20/02/2026").ok();
}
