use std::process::Stdio;

use coi::model::{Case, Gift, Training};
use coi::yaml::record_yaml;

use crate::harness::Env;

#[test]
fn eight_adds_at_once_all_succeed_with_distinct_ids_and_one_commit_each() {
    let env = Env::with_git_register();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let kind = [Env::case, Env::gift, Env::training][i % 3];
            kind(&env)
                .with(&["--quiet"])
                .command()
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ids: Vec<String> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        })
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "QT-2026-001",
            "QT-2026-002",
            "QT-2026-003",
            "TH-2026-001",
            "TH-2026-002",
            "XDLI-2026-001",
            "XDLI-2026-002",
            "XDLI-2026-003"
        ]
    );
    env.reg(&["check"]).ok();
    let log = env.git("reg", &["log", "--format=%s"]);
    assert_eq!(
        log.lines().filter(|l| l.ends_with(": add")).count(),
        8,
        "{log}"
    );
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
}

#[test]
fn the_commit_names_the_record_and_the_actor() {
    let env = Env::with_git_register();
    env.case().with(&["--by", "Hoàng Minh Quân"]).add().ok();
    let log = env.git("reg", &["log", "-1", "--format=%an|%s", "--name-only"]);
    assert_eq!(
        log,
        "Hoàng Minh Quân|case XDLI-2026-001: add\n\ncases/2026/XDLI-2026-001.yaml\n"
    );
}

#[test]
fn a_commit_takes_only_the_new_record() {
    let env = Env::with_git_register();
    env.write("reg/ghi-chu-rieng.txt", "việc đang làm dở");
    env.git("reg", &["add", "ghi-chu-rieng.txt"]);
    env.gift().add().ok();
    let files = env.git("reg", &["show", "--format=", "--name-only", "HEAD"]);
    assert_eq!(files, "gifts/2026/QT-2026-001.yaml\n");
    assert!(
        env.git("reg", &["status", "--porcelain"])
            .contains("A  ghi-chu-rieng.txt")
    );
}

#[test]
fn a_lock_file_left_behind_does_not_block_and_a_held_lock_makes_others_wait() {
    let env = Env::with_register();
    env.write("reg/.coi.lock", "");
    env.case().add().ok();

    let lock = std::fs::File::options()
        .write(true)
        .open(env.path("reg/.coi.lock"))
        .unwrap();
    lock.lock().unwrap();
    let mut waiting = env
        .gift()
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command says that it waits, once it has met the lock: read up to that line.
    let mut stderr = std::io::BufReader::new(waiting.stderr.take().unwrap());
    let mut said = String::new();
    while !said.contains("Đang chờ một lệnh coi khác ghi xong (reg/.coi.lock)…") {
        let mut line = String::new();
        let read = std::io::BufRead::read_line(&mut stderr, &mut line).unwrap();
        assert!(read > 0, "add ended without waiting: {said}");
        said.push_str(&line);
    }
    assert!(
        waiting.try_wait().unwrap().is_none(),
        "add finished while the register was locked"
    );
    assert!(!env.exists("reg/gifts/2026/QT-2026-001.yaml"));
    lock.unlock().unwrap();
    let out = waiting.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(env.exists("reg/gifts/2026/QT-2026-001.yaml"));
}

#[test]
fn write_read_write_is_byte_identical() {
    let env = Env::with_register();
    env.case()
        .set("--situation", "Dòng một\r\nDòng hai   \n\nDòng bốn")
        .with(&["--measures-kind", "giam-sat"])
        .with(&["--measures-decided-on", "05/03/2026"])
        .add()
        .ok();
    env.gift()
        .description("yes")
        .with(&["--place", "no"])
        .with(&["--circumstances", "on: off # không phải chú thích"])
        .add()
        .ok();
    env.training().add().ok();
    let case = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    assert!(
        case.contains("situation: |-\n  Dòng một\n  Dòng hai\n\n  Dòng bốn\n"),
        "{case}"
    );
    assert_eq!(
        record_yaml(&serde_yaml::from_str::<Case>(&case).unwrap()),
        case
    );
    let gift = env.read("reg/gifts/2026/QT-2026-001.yaml");
    // Words that older YAML readers take for booleans stay text.
    assert!(
        gift.contains("description: 'yes'\n") && gift.contains("place: 'no'\n"),
        "{gift}"
    );
    assert_eq!(
        record_yaml(&serde_yaml::from_str::<Gift>(&gift).unwrap()),
        gift
    );
    let training = env.read("reg/trainings/2026/TH-2026-001.yaml");
    assert_eq!(
        record_yaml(&serde_yaml::from_str::<Training>(&training).unwrap()),
        training
    );
}
