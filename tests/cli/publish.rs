//! An ID once printed never names another record: provisional IDs in clones with a shared
//! remote, published by `coi sync` with their final numbers; a sync stopped after the remote
//! took its tip, finished by the next command; a remote whose history was rewritten, refused.

use crate::clones::{gift, gifts as who, named, office};
use crate::harness::Env;

#[test]
fn two_records_made_where_the_remote_has_one_keep_the_ids_add_printed() {
    let env = office(&["a", "b"]);
    let z = gift(&env, "b", "Người Z");
    env.run_at("b", "sync").ok();
    let (x, y) = (gift(&env, "a", "Người X"), gift(&env, "a", "Người Y"));
    for id in [&x, &y, &z] {
        // Letters after the year: never a number another clone could also give.
        let tail = id.rsplit('-').next().unwrap();
        assert!(tail.chars().all(|c| c.is_ascii_uppercase()), "{id}");
    }
    let out = env.run_at("a", "sync").ok();
    // The account says exactly which provisional ID became which number.
    assert!(
        out.contains(&format!(
            "Đánh số chính thức (mã tạm → số): {x} → QT-2026-002, {y} → QT-2026-003."
        )),
        "{out}"
    );
    let json = env.run_at("b", "--format json sync").ok();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["completed"], true);
    // Every ID printed names the same record, in both clones, forever.
    for clone in ["a", "b"] {
        assert_eq!(named(&env, clone, &x), "Người X");
        assert_eq!(named(&env, clone, &y), "Người Y");
        assert_eq!(named(&env, clone, &z), "Người Z");
        assert_eq!(named(&env, clone, "QT-2026-001"), "Người Z");
        assert_eq!(named(&env, clone, "QT-2026-002"), "Người X");
        assert_eq!(named(&env, clone, "QT-2026-003"), "Người Y");
    }
    // `show` by the provisional ID says the final one.
    let shown = env.run_at("a", &format!("gift show {y}"));
    assert!(
        shown
            .stderr
            .contains(&format!("{y} là mã tạm; hồ sơ nay mang số QT-2026-003.")),
        "{}",
        shown.stderr
    );
    // A step by the provisional ID lands on that record.
    env.run_at("b", &format!("gift handover {x} --date 12/02/2026"))
        .ok();
    let text = env.read("b/gifts/2026/QT-2026-002.yaml");
    assert!(text.contains("handed_over_on: 2026-02-12"), "{text}");
    assert!(text.contains(&format!("aliases:\n- {x}\n")), "{text}");
    // Its log has the commits under both names.
    let log = env.run_at("b", &format!("gift log {x}")).ok();
    assert!(log.contains("Tạo hồ sơ"), "{log}");
    assert!(log.contains("Đánh số chính thức (mã tạm → số)"), "{log}");
    env.run_at("b", "sync").ok();
    env.run_at("a", "sync").ok();
    env.run_at("a", "check").ok();
}

#[test]
fn a_register_without_a_remote_numbers_at_add_as_before() {
    let env = Env::with_git_register();
    // `init` also makes a plain `git pull` merge (through coi's driver) rather than ask.
    assert_eq!(env.git("reg", &["config", "pull.rebase"]), "false\n");
    let run = env.gift().add();
    run.ok();
    assert_eq!(run.last_line(), "QT-2026-001");
}

#[test]
fn a_sync_stopped_after_the_remote_took_it_is_finished_by_the_next_command() {
    let env = office(&["a", "b"]);
    let x = gift(&env, "a", "Người X");
    gift(&env, "b", "Người Z");
    env.run_at("b", "sync").ok();
    // Killed after the push, before the work tree moves.
    let mut cmd = env.command_at("a", "sync");
    cmd.env("COI_FAILPOINT", "kill-before-move");
    let out = cmd.output().unwrap();
    assert!(!out.status.success());
    assert!(env.exists("a/.git/coi-sync.json"));
    // Half moved, as a power cut in the middle would leave it: the new file written, the old
    // one still there, an index lock of the stopped git.
    let branch = env.git("a", &["symbolic-ref", "--short", "HEAD"]);
    let published = env.git(
        ".",
        &[
            "--git-dir",
            "remote.git",
            "show",
            &format!("{}:gifts/2026/QT-2026-002.yaml", branch.trim()),
        ],
    );
    env.write(
        "a/gifts/2026/QT-2026-002.yaml",
        &published[..published.len() / 2],
    );
    env.write("a/.git/index.lock", "");
    let status = env.run_at("a", "status");
    status.ok();
    assert!(
        status.stderr.contains(&format!(
            "Đã làm nốt lần đồng bộ bị dừng giữa chừng; đánh số chính thức: {x} → QT-2026-002."
        )),
        "{}",
        status.stderr
    );
    assert!(!env.exists("a/.git/coi-sync.json"));
    assert_eq!(env.read("a/gifts/2026/QT-2026-002.yaml"), published);
    let files = who(&env, "a");
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        ["QT-2026-001.yaml", "QT-2026-002.yaml"],
        "{files:?}"
    );
    assert_eq!(env.git("a", &["status", "--porcelain"]), "");
    let again = env.run_at("a", "sync").ok();
    assert!(!again.contains("Đánh số"), "{again}");
    env.run_at("b", "sync").ok();
    assert_eq!(who(&env, "a"), who(&env, "b"));
    assert_eq!(named(&env, "b", &x), "Người X");
}

#[test]
fn a_move_that_fails_keeps_its_journal_and_says_nothing_is_lost() {
    let env = office(&["a"]);
    let x = gift(&env, "a", "Người X");
    let mut cmd = env.command_at("a", "sync");
    cmd.env("COI_FAILPOINT", "before-move");
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    // What was published is told even though the sync stopped.
    assert!(said.contains(&format!("{x} → QT-2026-001")), "{said}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kho chung đã nhận"), "{err}");
    assert!(err.contains("không mất gì"), "{err}");
    let status = env.run_at("a", "status").ok();
    let _ = status;
    assert!(env.exists("a/gifts/2026/QT-2026-001.yaml"));
    assert!(!env.exists(&format!("a/gifts/2026/{x}.yaml")));
}

#[test]
fn a_remote_whose_history_was_rewritten_is_refused_instead_of_sending_again() {
    let env = office(&["a", "b"]);
    let first = env.git("a", &["rev-list", "--max-parents=0", "HEAD"]);
    gift(&env, "a", "Người X");
    env.run_at("a", "sync").ok();
    env.run_at("b", "sync").ok();
    // Someone puts the remote back to before a's gift.
    let heads = env.git(
        ".",
        &[
            "--git-dir",
            "remote.git",
            "for-each-ref",
            "--format=%(refname)",
            "refs/heads/",
        ],
    );
    for head in heads.lines() {
        env.git(
            ".",
            &["--git-dir", "remote.git", "update-ref", head, first.trim()],
        );
    }
    gift(&env, "b", "Người Y");
    let err = env.run_at("b", "sync").fails(1);
    assert!(err.contains("đã bị viết lại"), "{err}");
    let after = env.git(
        ".",
        &[
            "--git-dir",
            "remote.git",
            "for-each-ref",
            "--format=%(objectname)",
            "refs/heads/",
        ],
    );
    for tip in after.lines() {
        assert_eq!(tip, first.trim(), "nothing was sent");
    }
}

#[test]
fn a_full_disk_while_finishing_a_move_keeps_the_journal_until_there_is_room() {
    let env = office(&["a"]);
    let x = gift(&env, "a", "Người X");
    let mut cmd = env.command_at("a", "sync");
    cmd.env("COI_FAILPOINT", "kill-before-move");
    assert!(!cmd.output().unwrap().status.success());
    // The disk is full when the next command finishes the move: it says why, and keeps the
    // journal; the record is still where it was.
    let mut cmd = env.command_at("a", "status");
    cmd.env("COI_FAILPOINT", "disk-full");
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ổ đĩa đã đầy"), "{err}");
    assert!(env.exists("a/.git/coi-sync.json"));
    assert!(env.exists(&format!("a/gifts/2026/{x}.yaml")));
    // With room again, any command finishes it.
    let status = env.run_at("a", "status");
    status.ok();
    assert!(status.stderr.contains("Đã làm nốt"), "{}", status.stderr);
    assert!(env.exists("a/gifts/2026/QT-2026-001.yaml"));
    assert!(!env.exists(&format!("a/gifts/2026/{x}.yaml")));
    assert_eq!(named(&env, "a", &x), "Người X");
}

#[cfg(unix)]
#[test]
fn a_push_the_remote_refuses_changes_nothing_here_and_publishes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let env = office(&["a"]);
    let x = gift(&env, "a", "Người X");
    let hook = env.path("remote.git/hooks/pre-receive");
    std::fs::write(&hook, "#!/bin/sh\necho 'kho đang bảo trì' >&2\nexit 1\n").unwrap();
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    let head = env.git("a", &["rev-parse", "HEAD"]);
    let run = env.run_at("a", "--format json sync");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("kho chung origin không nhận lần gửi"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("kho đang bảo trì"), "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["completed"], false);
    assert_eq!(value["published"].as_array().map(Vec::len), Some(0));
    // The clone is as it was: the record keeps the ID add printed.
    assert_eq!(env.git("a", &["rev-parse", "HEAD"]), head);
    assert!(env.exists(&format!("a/gifts/2026/{x}.yaml")));
    assert!(!env.exists("a/.git/coi-sync.json"));
    std::fs::remove_file(&hook).unwrap();
    let out = env.run_at("a", "sync").ok();
    assert!(out.contains(&format!("{x} → QT-2026-001")), "{out}");
}

#[test]
fn a_submission_made_while_another_clone_publishes_is_what_its_tag_gives_back() {
    let env = office(&["a", "b"]);
    gift(&env, "a", "Người X");
    for n in 0..3 {
        gift(&env, "b", &format!("Người B{n}"));
    }
    let (sent, _) = std::thread::scope(|scope| {
        let submit = scope.spawn(|| env.run_at("a", "report --period 2026-Q1 --submit"));
        let publish = scope.spawn(|| env.run_at("b", "sync"));
        (submit.join().unwrap(), publish.join().unwrap().ok())
    });
    let sent = sent.ok();
    for clone in ["a", "b"] {
        env.run_at(clone, "sync").ok();
        let again = env
            .run_at(clone, "report --period 2026-Q1 --as-of bao-cao/2026-Q1")
            .ok();
        assert_eq!(again, sent, "{clone}");
    }
    // The tag is on the shared history, and names only published records.
    env.git(
        "b",
        &["merge-base", "--is-ancestor", "bao-cao/2026-Q1", "HEAD"],
    );
    let files = env.git(
        "a",
        &["ls-tree", "-r", "--name-only", "bao-cao/2026-Q1", "gifts"],
    );
    assert!(
        files.lines().all(|f| f.contains("/QT-2026-0")),
        "a provisional ID in a submission: {files}"
    );
}

#[test]
fn a_record_the_sync_would_write_under_a_foreign_git_attribute_is_refused() {
    let env = office(&["a", "b"]);
    gift(&env, "a", "Người X");
    gift(&env, "a", "Người Y");
    env.run_at("a", "sync").ok();
    // An attribute for one file only, which no sample of the folders meets.
    env.write(
        "b/.git/info/attributes",
        "gifts/2026/QT-2026-002.yaml filter=secret\n",
    );
    let head = env.git("b", &["rev-parse", "HEAD"]);
    let err = env.run_at("b", "sync").fails(1);
    assert!(
        err.contains(
            "git gán thuộc tính «filter=secret» cho tệp hồ sơ gifts/2026/QT-2026-002.yaml"
        ),
        "{err}"
    );
    assert_eq!(env.git("b", &["rev-parse", "HEAD"]), head);
    assert!(!env.exists("b/gifts/2026/QT-2026-002.yaml"));
    std::fs::remove_file(env.path("b/.git/info/attributes")).unwrap();
    env.run_at("b", "sync").ok();
    assert_eq!(named(&env, "b", "QT-2026-002"), "Người Y");
}

#[test]
fn lock_files_a_killed_git_left_are_removed_once_nothing_touches_them() {
    let env = office(&["a"]);
    let x = gift(&env, "a", "Người X");
    // As a sync killed while git wrote its configuration or fetched would leave them.
    for lock in ["a/.git/config.lock", "a/.git/index.lock"] {
        env.write(lock, "");
    }
    let out = env.run_at("a", "sync").ok();
    assert!(out.contains(&format!("{x} → QT-2026-001")), "{out}");
    assert!(!env.exists("a/.git/config.lock"));
    assert!(!env.exists("a/.git/index.lock"));
}

#[test]
fn a_wrong_id_is_told_with_every_kind_of_id_a_clerk_may_type() {
    let env = Env::with_register();
    let err = env.run("gift show QT-26-1").fails(2);
    assert!(
        err.contains(
            "mã hồ sơ không hợp lệ: «QT-26-1» (dạng XDLI-2026-001, QT-2026-001, TH-2026-001, \
             KT-2026-001, HD-2026-001, hoặc mã tạm như QT-2026-KQXMB)"
        ),
        "{err}"
    );
}
