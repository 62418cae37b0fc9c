//! Settings and the plan travel: `coi config edit` and `coi plan edit` check and commit
//! `coi.yaml` and `plans/<year>.yaml`; a hand edit left uncommitted is named by `status`,
//! `check` and `sync`; two clones of one remote make the same report document.

use crate::harness::{Env, Run};

/// `coi --data DATA ARGS` with an "editor" that changes the file the way `sed` is told to.
fn edit(env: &Env, data: &str, line: &str, sed: &str) -> Run {
    let mut cmd = env.command_at(data, line);
    cmd.env("EDITOR", format!("sed -i {sed}"));
    Run::from_output(cmd.output().unwrap())
}

/// The subject of the last commit of the register at `dir`.
fn last_subject(env: &Env, dir: &str) -> String {
    env.git(dir, &["log", "-1", "--format=%s"])
}

#[test]
fn config_edit_checks_and_commits_coi_yaml() {
    let env = Env::with_git_register();
    let out = edit(
        &env,
        "reg",
        "config edit",
        "s/^agency:.*/agency:\\x20Ban\\x20Quản\\x20lý\\x20các\\x20Khu\\x20công\\x20nghiệp/",
    );
    assert_eq!(out.ok(), "Đã sửa reg/coi.yaml (agency).\n");
    assert!(
        env.read("reg/coi.yaml")
            .contains("agency: Ban Quản lý các Khu công nghiệp\n")
    );
    assert_eq!(last_subject(&env, "reg"), "config: edit agency\n");
    assert_eq!(
        env.git(
            "reg",
            &["log", "-1", "--format=%an%n%ad", "--date=iso-strict"]
        ),
        "Trần Thị Văn Thư\n2026-03-14T09:30:00+07:00\n"
    );
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // The new settings are those every command reads.
    assert!(
        env.run("status")
            .ok()
            .starts_with("Ban Quản lý các Khu công nghiệp")
    );
}

#[test]
fn a_config_edit_with_an_error_is_refused_with_its_line_and_nothing_is_committed() {
    let env = Env::with_git_register();
    let before = env.read("reg/coi.yaml");
    let head = env.git("reg", &["rev-parse", "HEAD"]);
    // A unit code given twice: the check `coi.yaml` gets whenever it is opened.
    let err = edit(&env, "reg", "config edit", "s/code:.QLDN/code:\\x20VP/").fails(1);
    assert_eq!(
        err,
        "reg/coi.yaml:8: error: units[1].code: mã đơn vị «VP» bị lặp\n\
         Lỗi: không thực hiện được: bản sửa có lỗi; reg/coi.yaml giữ nguyên\n"
    );
    assert_eq!(env.read("reg/coi.yaml"), before);
    assert_eq!(env.git("reg", &["rev-parse", "HEAD"]), head);
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");

    let err = edit(
        &env,
        "reg",
        "--lang en config edit",
        "s/code:.QLDN/code:\\x20VP/",
    )
    .fails(1);
    assert!(
        err.ends_with("error: refused: the edit has errors; reg/coi.yaml stays as it was\n"),
        "{err}"
    );
}

#[test]
fn an_unchanged_config_or_plan_writes_and_commits_nothing() {
    let env = Env::with_git_register();
    env.run("plan init --year 2026").ok();
    let head = env.git("reg", &["rev-parse", "HEAD"]);
    let before = env.snapshot("reg");
    let out = edit(&env, "reg", "config edit", "-e \"\"");
    assert_eq!(out.ok(), "Không có thay đổi; reg/coi.yaml giữ nguyên.\n");
    let out = edit(&env, "reg", "plan edit --year 2026", "-e \"\"");
    assert_eq!(
        out.ok(),
        "Không có thay đổi; reg/plans/2026.yaml giữ nguyên.\n"
    );
    assert_eq!(env.git("reg", &["rev-parse", "HEAD"]), head);
    assert_eq!(env.snapshot("reg"), before);
}

#[test]
fn plan_edit_checks_and_commits_the_plan() {
    let env = Env::with_git_register();
    env.run("plan init --year 2026").ok();
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    assert_eq!(last_subject(&env, "reg"), "plan 2026: init\n");
    let out = edit(
        &env,
        "reg",
        "plan edit --year 2026",
        "s/^number:.*/number:\\x2012\\/KH-BQL/",
    );
    assert_eq!(out.ok(), "Đã sửa reg/plans/2026.yaml (number).\n");
    assert!(
        env.read("reg/plans/2026.yaml")
            .contains("number: 12/KH-BQL\n")
    );
    assert_eq!(last_subject(&env, "reg"), "plan 2026: edit number\n");
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // `coi plan --year Y edit` is `coi plan edit --year Y`.
    let out = edit(
        &env,
        "reg",
        "plan --year 2026 edit",
        "s/^number:.*/number:\\x2013\\/KH-BQL/",
    );
    out.ok();
    assert_eq!(last_subject(&env, "reg"), "plan 2026: edit number\n");

    // A task code given twice is refused at its line; the plan stays.
    let before = env.read("reg/plans/2026.yaml");
    let err = edit(
        &env,
        "reg",
        "plan edit --year 2026",
        "s/code:.II.1$/code:\\x20II.2/",
    )
    .fails(1);
    assert!(
        err.starts_with(
            "reg/plans/2026.yaml:16: error: tasks[1].code: mã nhiệm vụ «II.2» đã có ở dòng 12"
        ),
        "{err}"
    );
    assert!(
        err.ends_with(
            "Lỗi: không thực hiện được: bản sửa có lỗi; reg/plans/2026.yaml giữ nguyên\n"
        ),
        "{err}"
    );
    assert_eq!(env.read("reg/plans/2026.yaml"), before);
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");

    // A year without a plan says how to make one.
    let err = env.run("plan edit --year 2027").fails(1);
    assert_eq!(
        err,
        "Lỗi: không thực hiện được: chưa có kế hoạch năm 2027 (reg/plans/2027.yaml); tạo bằng \
         `coi plan init --year 2027` rồi sửa bằng `coi plan edit --year 2027`\n"
    );
}

#[test]
fn a_hand_edit_of_coi_yaml_is_named_by_status_check_and_sync_and_config_edit_commits_it() {
    let env = Env::with_git_register();
    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "add", "origin", "../remote.git"]);
    env.run("sync").ok();
    let text = env.read("reg/coi.yaml");
    env.write("reg/coi.yaml", &format!("{text}place: Bình Hải\n"));

    let status = env.run("status").ok();
    assert!(
        status.contains(
            "Tệp cấu hình, kế hoạch đã sửa mà chưa ghi vào git: reg/coi.yaml (`coi config edit`); \
             ghi vào bằng lệnh trong ngoặc (hoặc `git add` rồi `git commit`) để `coi sync` gửi đi.\n"
        ),
        "{status}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.run("--format json status").ok()).unwrap();
    assert_eq!(
        json["uncommitted_settings"],
        serde_json::json!([{"file": "reg/coi.yaml", "command": "coi config edit"}])
    );

    // A warning, not an error: `check` still succeeds.
    let check = env.run("check").ok();
    assert!(
        check.starts_with(
            "reg/coi.yaml:1: warning: tệp đã sửa mà chưa ghi vào git nên `coi sync` chưa gửi được \
             đến các máy khác; ghi vào bằng `coi config edit` (hoặc `git add` rồi `git commit`)\n"
        ),
        "{check}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.run("--format json check").ok()).unwrap();
    assert_eq!(json[0]["code"], "uncommitted-settings");
    assert_eq!(json[0]["severity"], "warning");

    let remote_before = env.git(".", &["--git-dir", "remote.git", "rev-parse", "HEAD"]);
    let err = env.run("sync").fails(1);
    assert_eq!(
        err,
        "Lỗi: không thực hiện được: có tệp cấu hình, kế hoạch đã sửa mà chưa ghi vào git: \
         reg/coi.yaml (`coi config edit`); ghi vào bằng lệnh trong ngoặc (hoặc `git add` rồi \
         `git commit`), rồi chạy lại `coi sync`\n"
    );
    let err = env.run("--lang en sync").fails(1);
    assert!(
        err.contains(
            "settings files were changed and not committed: reg/coi.yaml (`coi config edit`)"
        ),
        "{err}"
    );
    assert_eq!(
        env.git(".", &["--git-dir", "remote.git", "rev-parse", "HEAD"]),
        remote_before
    );

    // Saving the hand edit as it stands checks it and commits it.
    let out = edit(&env, "reg", "config edit", "-e \"\"");
    assert_eq!(
        out.ok(),
        "Đã sửa reg/coi.yaml (place).\n\
         Chạy `coi sync` để gửi thay đổi này đến các máy khác.\n"
    );
    assert_eq!(last_subject(&env, "reg"), "config: edit place\n");
    assert!(!env.run("status").ok().contains("chưa ghi vào git"));
    assert!(!env.run("check").ok().contains("warning"));
    env.run("sync").ok();
    assert_eq!(
        env.git(
            ".",
            &["--git-dir", "remote.git", "log", "-1", "--format=%s"]
        ),
        "config: edit place\n"
    );
}

#[test]
fn a_plan_written_by_hand_and_not_committed_is_named_with_its_command() {
    let env = Env::with_git_register();
    env.write("reg/plans/2026.yaml", "number: 12/KH-BQL\ntasks: []\n");
    env.write("reg/plans/ghi-chu.txt", "ghi chú\n");
    let status = env.run("status").ok();
    assert!(
        status.contains(
            "reg/plans/2026.yaml (`coi plan edit --year 2026`), reg/plans/ghi-chu.txt; ghi vào"
        ),
        "{status}"
    );
    let check = env.run("check").ok();
    assert!(
        check.contains(
            "reg/plans/2026.yaml:1: warning: tệp đã sửa mà chưa ghi vào git nên `coi sync` chưa \
             gửi được đến các máy khác; ghi vào bằng `coi plan edit --year 2026`"
        ),
        "{check}"
    );
    assert!(
        check.contains(
            "reg/plans/ghi-chu.txt:1: warning: tệp đã sửa mà chưa ghi vào git nên `coi sync` chưa \
             gửi được đến các máy khác; ghi vào bằng `git add` rồi `git commit`, hoặc bỏ thay đổi \
             bằng `git restore`"
        ),
        "{check}"
    );
    // The plan never committed is the change: saved as it is, it is checked and committed.
    let out = edit(&env, "reg", "plan edit --year 2026", "-e \"\"");
    assert_eq!(out.ok(), "Đã sửa reg/plans/2026.yaml (number, tasks).\n");
    assert_eq!(last_subject(&env, "reg"), "plan 2026: edit number, tasks\n");
    assert_eq!(
        env.git("reg", &["status", "--porcelain"]),
        "?? plans/ghi-chu.txt\n"
    );
}

#[test]
fn a_hand_edit_undone_in_config_edit_leaves_the_file_as_committed_and_commits_nothing() {
    let env = Env::with_git_register();
    let head = env.git("reg", &["rev-parse", "HEAD"]);
    let text = env.read("reg/coi.yaml");
    // A hand edit that breaks the file: config edit still opens it.
    env.write("reg/coi.yaml", &format!("{text}x: 1\n"));
    let out = edit(&env, "reg", "config edit", "/^x:/d");
    assert_eq!(
        out.ok(),
        "reg/coi.yaml đã trở lại như bản đã ghi trong git; không có gì để ghi thêm.\n"
    );
    assert_eq!(env.read("reg/coi.yaml"), text);
    assert_eq!(env.git("reg", &["rev-parse", "HEAD"]), head);
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
}

#[cfg(unix)]
#[test]
fn a_config_changed_while_the_editor_was_open_is_not_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::with_git_register();
    // An "editor" that saves a change while someone else changes the file itself.
    env.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/^agency:.*/agency: Ban A/' \"$1\"\n\
         sed -i 's/^agency:.*/agency: Ban B/' reg/coi.yaml\n",
    );
    let script = env.path("editor.sh");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let head = env.git("reg", &["rev-parse", "HEAD"]);
    let mut cmd = env.command_at("reg", "config edit");
    cmd.env("EDITOR", &script);
    let err = Run::from_output(cmd.output().unwrap()).fails(1);
    assert_eq!(
        err,
        "Lỗi: không thực hiện được: reg/coi.yaml vừa được thay đổi trong lúc sửa; mở lại để sửa \
         trên bản mới\n"
    );
    assert!(env.read("reg/coi.yaml").contains("agency: Ban B\n"));
    assert_eq!(env.git("reg", &["rev-parse", "HEAD"]), head);
}

/// A register whose coi.yaml names no report signer yet, with a record in 2026-Q1, pushed to
/// the bare remote `remote.git` and cloned as `a` and `b`.
fn two_clones() -> Env {
    let env = Env::with_git_register();
    env.case().add().ok();
    env.gift().add().ok();
    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "add", "origin", "../remote.git"]);
    env.run("sync").ok();
    for clone in ["a", "b"] {
        env.git(".", &["clone", "--quiet", "remote.git", clone]);
    }
    env
}

#[test]
fn settings_edited_in_one_clone_travel_and_both_clones_make_the_same_document() {
    let env = two_clones();
    let signer = "signer:\\n  for: KT. TRƯỞNG BAN\\n  title: PHÓ TRƯỞNG BAN\\n  name: Lê Văn Tâm";
    let out = edit(
        &env,
        "a",
        "config edit",
        &format!("-e \"$a place: Bình Hải\" -e \"$a doc_code: BQL\" -e \"$a {signer}\""),
    );
    assert_eq!(
        out.ok(),
        "Đã sửa a/coi.yaml (place, doc_code, signer).\n\
         Chạy `coi sync` để gửi thay đổi này đến các máy khác.\n"
    );
    env.run_at("a", "sync").ok();
    env.run_at("b", "sync").ok();
    assert_eq!(env.read("b/coi.yaml"), env.read("a/coi.yaml"));
    assert_eq!(
        last_subject(&env, "b"),
        "config: edit place, doc_code, signer\n"
    );

    for clone in ["a", "b"] {
        env.run_at(
            clone,
            &format!("report --period 2026-Q1 --docx {clone}.docx"),
        )
        .ok();
    }
    let a = std::fs::read(env.path("a.docx")).unwrap();
    let b = std::fs::read(env.path("b.docx")).unwrap();
    assert!(a == b, "the clones made different documents");
    // The new settings are in it.
    let xml = {
        use std::io::Read;
        let file = std::fs::File::open(env.path("a.docx")).unwrap();
        let mut zip = zip::ZipArchive::new(file).unwrap();
        let mut xml = String::new();
        (zip.by_name("word/document.xml").unwrap())
            .read_to_string(&mut xml)
            .unwrap();
        xml
    };
    assert!(xml.contains("Lê Văn Tâm"), "the signer is missing");
    assert!(xml.contains("Bình Hải"), "the place is missing");
}
