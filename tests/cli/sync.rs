//! Many clerks, one register: three clones of one bare remote, records added offline in each,
//! `coi sync` in every order, steps on one record in two clones, a push race, a sync killed
//! half-way, and the merge driver under a plain `git pull`.

use std::collections::{BTreeMap, BTreeSet};

use coi::model::Kind;

use crate::harness::{Env, Run};

const CLONES: [&str; 3] = ["a", "b", "c"];

/// A register `reg` pushed to the bare remote `remote.git`, and the clones `a`, `b`, `c`.
fn office() -> Env {
    crate::clones::office(&CLONES)
}

/// One record of every kind, each naming `who` so that it can be told apart.
fn add_every_kind(env: &Env, clone: &str, who: &str) {
    let adds = [
        format!(
            "case add --unit QLDN --person-name '{who}' --situation-type art29_8 \
             --situation 'Thẩm định hồ sơ của doanh nghiệp người thân' --source self-report \
             --known-on 02/03/2026"
        ),
        format!(
            "gift add --unit VP --recipient-name '{who}' --received-on 10/02/2026 \
             --giver-name 'Công ty TNHH Minh Phát' --kind tien-mat --description 'Phong bì' \
             --value-vnd 2.000.000"
        ),
        format!(
            "training add --title 'Quán triệt kế hoạch ({who})' --form hoi-nghi --topics coi \
             --start-on 20/03/2026 --organizer VP --participants 12"
        ),
        format!(
            "inspection add --unit VP --inspected-units QLDN --kind dot-xuat \
             --subject 'Kiểm tra ({who})' --start-on 02/03/2026"
        ),
        format!(
            "action add --unit QLDN --plan-task III.1 --kind pho-bien \
             --title 'Phổ biến kế hoạch ({who})' --done-on 20/02/2026"
        ),
    ];
    for add in adds {
        env.run_at(clone, &add).ok();
    }
}

/// Every record file of a clone (relative to it) with its text.
fn records(env: &Env, clone: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for folder in Kind::ALL.map(Kind::folder) {
        let dir = env.path(&format!("{clone}/{folder}/2026"));
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(e.path()).unwrap();
            out.insert(format!("{folder}/2026/{name}"), text);
        }
    }
    out
}

/// The history events of every record, as (file, action, note) lines.
fn events(files: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (file, text) in files {
        let value: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        for (i, e) in value["history"].as_sequence().unwrap().iter().enumerate() {
            out.insert(format!(
                "{file} #{i} {} {}",
                e["action"].as_str().unwrap(),
                e["note"].as_str().unwrap_or("")
            ));
        }
    }
    out
}

/// The names the records of a clone are about, by ID, to see that a record kept its ID.
fn who_is_where(files: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(file, text)| {
            let value: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
            let name = ["person", "recipient"]
                .iter()
                .find_map(|k| value[*k]["name"].as_str().map(str::to_string))
                .or_else(|| value["title"].as_str().map(str::to_string))
                .or_else(|| value["subject"].as_str().map(str::to_string))
                .unwrap();
            (file.clone(), name)
        })
        .collect()
}

/// Every clone holds the same records, each once, numbered 1…n in each kind, and `check`
/// finds no error in any.
#[track_caller]
fn all_in_step(env: &Env, per_kind: [usize; Kind::ALL.len()]) -> BTreeMap<String, String> {
    let first = records(env, "a");
    for clone in CLONES {
        assert_eq!(records(env, clone), first, "clone {clone} differs from a");
        let check = env.run_at(clone, "check");
        assert_eq!(check.code, 0, "{clone}: {}{}", check.stdout, check.stderr);
        assert!(check.stdout.contains(" 0 lỗi"), "{clone}: {}", check.stdout);
    }
    for (kind, per_kind) in Kind::ALL.into_iter().zip(per_kind) {
        let (folder, prefix) = (kind.folder(), kind.prefix());
        let expected: Vec<String> = (1..=per_kind)
            .map(|n| format!("{folder}/2026/{prefix}-2026-{n:03}.yaml"))
            .collect();
        let found: Vec<&String> = first.keys().filter(|k| k.starts_with(folder)).collect();
        assert_eq!(found, expected.iter().collect::<Vec<_>>(), "{folder}");
        for file in &expected {
            let id = file.rsplit('/').next().unwrap().trim_end_matches(".yaml");
            assert!(first[file].starts_with(&format!("id: {id}\n")), "{file}");
        }
    }
    first
}

#[test]
fn records_added_offline_in_three_clones_end_once_in_every_clone_whatever_the_order() {
    let orders = [
        ["a", "b", "c"],
        ["a", "c", "b"],
        ["b", "a", "c"],
        ["b", "c", "a"],
        ["c", "a", "b"],
        ["c", "b", "a"],
    ];
    for order in orders {
        let env = office();
        for clone in CLONES {
            add_every_kind(&env, clone, &format!("Người của {clone}"));
        }
        // A second case in one clone: its two cases keep the order they were made in.
        env.run_at(
            "b",
            "case add --unit VP --person-name 'Người thứ hai của b' --situation-type art29_1 \
             --situation 'Tham gia thẩm định' --source self-report --known-on 03/03/2026",
        )
        .ok();
        let before: BTreeMap<&str, BTreeSet<String>> = CLONES
            .iter()
            .map(|c| (*c, events(&records(&env, c))))
            .collect();
        let mut published: BTreeMap<String, String> = BTreeMap::new();
        for clone in order {
            let out = env.run_at(clone, "sync").ok();
            assert!(out.starts_with("Đã đồng bộ với kho chung origin"), "{out}");
            // What reached the remote keeps its ID from then on.
            let now = who_is_where(&records(&env, clone));
            for (file, who) in &published {
                assert_eq!(
                    now.get(file),
                    Some(who),
                    "{order:?}: {file} changed its record"
                );
            }
            published = now;
        }
        for clone in order {
            env.run_at(clone, "sync").ok();
        }
        let files = all_in_step(&env, [4, 3, 3, 3, 3]);
        // Every record made anywhere is there once, under its person or title.
        let names: Vec<(String, String)> = who_is_where(&files)
            .into_iter()
            .map(|(file, who)| (file.split('/').next().unwrap().to_string(), who))
            .collect();
        let unique: BTreeSet<&(String, String)> = names.iter().collect();
        assert_eq!(
            names.len(),
            unique.len(),
            "{order:?}: a record is there twice"
        );
        assert_eq!(names.len(), 3 * 5 + 1, "{order:?}");
        // b's two cases are still in the order they were made.
        let who = who_is_where(&files);
        let seq = |name: &str| who.iter().find(|(_, w)| *w == name).unwrap().0.clone();
        assert!(
            seq("Người của b") < seq("Người thứ hai của b"),
            "{order:?}: {who:?}"
        );
        // No event is lost: each record made here has its creation, and a renumbered one says
        // from which number.
        let after = events(&files);
        let created = after.iter().filter(|e| e.contains(" created")).count();
        assert_eq!(created, 16, "{order:?}");
        let made: usize = before.values().map(BTreeSet::len).sum();
        assert_eq!(made, 16);
        // Every record was made under a provisional ID and published once: nothing renumbered.
        let published: Vec<&String> = after.iter().filter(|e| e.contains(" published ")).collect();
        assert_eq!(published.len(), 16, "{order:?}: {published:?}");
        assert!(
            !after.iter().any(|e| e.contains(" renumbered ")),
            "{after:?}"
        );
        // The publication is in git's history too, and `coi log` says it in Vietnamese.
        let log = env.git("a", &["log", "--format=%s"]);
        assert!(log.contains("sync: publish "), "{log}");
        let log = env.run_at("a", "case log XDLI-2026-001").ok();
        assert!(log.contains("Đánh số chính thức (mã tạm → số): "), "{log}");
        assert!(!log.contains("sync: publish"), "{log}");
    }
}

#[test]
fn steps_on_one_record_in_two_clones_merge_into_one_history() {
    let env = office();
    env.run_at("a", "case add --unit QLDN --person-name 'Nguyễn Văn An' --situation-type art29_8 --situation 'Thẩm định' --source self-report --known-on 02/03/2026").ok();
    env.run_at("a", "sync").ok();
    env.run_at("b", "sync").ok();
    env.run_at("c", "sync").ok();
    decide_in_b_and_c(&env);
    env.run_at("b", "sync").ok();
    let out = env.run_at("c", "sync").ok();
    assert!(out.contains("sửa XDLI-2026-001"), "{out}");
    assert!(!out.contains("Cần chọn"), "{out}");
    for clone in CLONES {
        env.run_at(clone, "sync").ok();
    }
    let files = all_in_step(&env, [1, 0, 0, 0, 0]);
    let text = &files["cases/2026/XDLI-2026-001.yaml"];
    assert!(text.contains("- kind: supervision\n"), "{text}");
    assert!(text.contains("- kind: temporary_transfer\n"), "{text}");
    assert_eq!(text.matches("action: decide").count(), 2, "{text}");
    assert_eq!(text.matches("action: created").count(), 1, "{text}");
}

#[test]
fn a_plain_git_pull_merges_records_with_coi_and_stops_at_two_new_records_under_one_number() {
    let env = office();
    env.run_at("a", "case add --unit QLDN --person-name 'Nguyễn Văn An' --situation-type art29_8 --situation 'Thẩm định' --source self-report --known-on 02/03/2026").ok();
    env.run_at("a", "sync").ok();
    for clone in ["b", "c"] {
        // A clone made before `coi sync` existed learns the driver this way.
        let out = env.run_at(clone, "sync --setup").ok();
        assert!(out.contains("Đã đăng ký"), "{out}");
        env.git(clone, &["pull", "--quiet", "--no-rebase"]);
    }
    let driver = env.git("b", &["config", "merge.coi-record.driver"]);
    assert!(
        driver.trim_end().ends_with("' merge-record %O %A %B %P"),
        "{driver}"
    );
    decide_in_b_and_c(&env);
    env.git("b", &["push", "--quiet", "origin", "HEAD"]);
    // git, with no PATH to coi, runs the driver: one file, both steps.
    // A plain `git pull`: `sync --setup` set `pull.rebase=false`, so git merges (through the
    // driver) instead of asking how to reconcile the two branches.
    assert_eq!(env.git("c", &["config", "pull.rebase"]), "false\n");
    let pull = ["-C", "c", "pull", "--quiet", "--no-edit"];
    let out = git_by_hand(&env, "/usr/bin:/bin", &pull);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = env.read("c/cases/2026/XDLI-2026-001.yaml");
    assert!(text.contains("- kind: supervision\n"), "{text}");
    assert!(text.contains("- kind: temporary_transfer\n"), "{text}");
    assert_eq!(text.matches("action: decide").count(), 2, "{text}");
    env.run_at("c", "check").ok();

    // Two records made at once in two clones have two provisional IDs: a plain pull takes
    // the other's in beside this clone's, and sync publishes this clone's after it.
    env.run_at("c", "sync").ok();
    env.git("b", &["pull", "--quiet", "--no-rebase"]);
    for clone in ["b", "c"] {
        env.run_at(clone, &format!("case add --unit VP --person-name 'Người của {clone}' --situation-type art29_1 --situation 'Thẩm định' --source self-report --known-on 03/03/2026")).ok();
    }
    env.run_at("b", "sync").ok();
    let path = std::env::var("PATH").unwrap();
    let out = git_by_hand(&env, &path, &["-C", "c", "pull", "--no-edit"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs = env.read("c/cases/2026/XDLI-2026-002.yaml");
    assert!(theirs.contains("name: Người của b\n"), "{theirs}");
    let out = env.run_at("c", "sync").ok();
    assert!(out.contains(" → XDLI-2026-003"), "{out}");
    let mine = env.read("c/cases/2026/XDLI-2026-003.yaml");
    assert!(mine.contains("name: Người của c\n"), "{mine}");
}

/// Two clerks decide a measure on XDLI-2026-001, in b and in c.
fn decide_in_b_and_c(env: &Env) {
    let steps = [
        ("b", "supervision --date 05/03/2026"),
        ("c", "temporary-transfer --date 06/03/2026"),
    ];
    for (clone, step) in steps {
        let line = format!("case decide XDLI-2026-001 --measure {step}");
        env.run_at(clone, &line).ok();
    }
}

/// `git ARGS` in the test folder as a person runs it, with an identity, and `path` as PATH.
fn git_by_hand(env: &Env, path: &str, args: &[&str]) -> std::process::Output {
    env.git_command("")
        .args(args)
        .env("PATH", path)
        .output()
        .unwrap()
}

/// `coi case edit` with an editor that replaces `from` by `to` in the draft.
fn edit(env: &Env, clone: &str, id: &str, from: &str, to: &str) -> Run {
    let mut cmd = env.command_at(clone, &format!("case edit {id}"));
    let (from, to) = (from.replace(' ', "\\x20"), to.replace(' ', "\\x20"));
    let sed = format!("sed -i s/{from}/{to}/");
    cmd.env("EDITOR", sed);
    Run::from_output(cmd.output().unwrap())
}

#[test]
fn one_field_changed_two_ways_is_an_error_until_the_clerk_settles_it() {
    let env = office();
    env.run_at("a", "case add --unit QLDN --person-name 'Nguyễn Văn An' --person-position 'Chuyên viên' --situation-type art29_8 --situation 'Thẩm định' --source self-report --known-on 02/03/2026").ok();
    env.run_at("a", "sync").ok();
    env.run_at("b", "sync").ok();
    edit(
        &env,
        "a",
        "XDLI-2026-001",
        "Chuyên viên",
        "Phó trưởng phòng",
    )
    .ok();
    edit(&env, "b", "XDLI-2026-001", "Chuyên viên", "Trưởng phòng").ok();
    env.run_at("a", "sync").ok();
    let out = env.run_at("b", "sync").ok();
    assert!(
        out.contains(
            "Cần chọn giá trị: XDLI-2026-001 person.position: đang giữ «Phó trưởng phòng», \
             máy kia ghi «Trưởng phòng»; sửa bằng `coi case edit XDLI-2026-001`."
        ),
        "{out}"
    );
    let text = env.read("b/cases/2026/XDLI-2026-001.yaml");
    assert!(text.contains("  position: Phó trưởng phòng\n"), "{text}");
    let value: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    assert_eq!(
        value["conflicts"][0]["field"].as_str(),
        Some("person.position")
    );
    let check = env.run_at("b", "check");
    assert_eq!(check.code, 1, "{}", check.stdout);
    let line = check
        .stdout
        .lines()
        .find(|l| l.contains("person.position"))
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(
        line.starts_with("b/cases/2026/XDLI-2026-001.yaml:"),
        "{line}"
    );
    assert!(
        line.contains(
            ": error: person.position: hai máy sửa trường này khác nhau: đang giữ «Phó trưởng phòng», \
             máy kia ghi «Trưởng phòng»; chọn giá trị đúng bằng `coi case edit XDLI-2026-001`"
        ),
        "{line}"
    );
    // The clerk chooses; saving clears the conflict. The editor opens on a comment in
    // Vietnamese that says what the `conflicts` list is.
    env.write(
        "editor.sh",
        &format!(
            "cp \"$1\" '{}'\nsed -i 's/Phó trưởng phòng/Trưởng phòng/' \"$1\"\n",
            env.path("draft.yaml").display()
        ),
    );
    let mut cmd = env.command_at("b", "case edit XDLI-2026-001");
    cmd.env("EDITOR", format!("sh {}", env.path("editor.sh").display()));
    Run::from_output(cmd.output().unwrap()).ok();
    let draft = env.read("draft.yaml");
    assert!(
        draft.starts_with(
            "# Hồ sơ này có danh sách `conflicts` (xung đột khi đồng bộ): mỗi mục là một trường \
             mà hai máy\n# sửa khác nhau."
        ),
        "{draft}"
    );
    let text = env.read("b/cases/2026/XDLI-2026-001.yaml");
    assert!(!text.contains("conflicts:"), "{text}");
    assert!(text.contains("  position: Trưởng phòng\n"), "{text}");
    env.run_at("b", "check").ok();
    env.run_at("b", "sync").ok();
    env.run_at("a", "sync").ok();
    env.run_at("a", "check").ok();
    assert_eq!(env.read("a/cases/2026/XDLI-2026-001.yaml"), text);
}

#[cfg(unix)]
fn hook(env: &Env, clone: &str, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    let path = env.path(&format!("{clone}/.git/hooks/pre-push"));
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_push_refused_because_someone_pushed_first_is_tried_again() {
    let env = office();
    add_every_kind(&env, "b", "Người của b");
    add_every_kind(&env, "c", "Người của c");
    // Between b's fetch and b's push, c pushes.
    let coi = env!("CARGO_BIN_EXE_coi");
    hook(
        &env,
        "b",
        &format!(
            "[ -e ../raced ] && exit 0\n: > ../raced\ncd .. && env -u GIT_DIR -u GIT_INDEX_FILE -u GIT_WORK_TREE '{coi}' --data c sync > synced-c.txt 2>&1\nexit 0\n"
        ),
    );
    let out = env.run_at("b", "sync").ok();
    assert!(
        env.read("synced-c.txt").starts_with("Đã đồng bộ"),
        "{}",
        env.read("synced-c.txt")
    );
    assert!(
        out.contains("Có người gửi lên trước; đã làm lại 1 lần."),
        "{out}"
    );
    assert!(out.contains("Đánh số chính thức"), "{out}");
    for clone in CLONES {
        env.run_at(clone, "sync").ok();
    }
    all_in_step(&env, [2, 2, 2, 2, 2]);
}

#[cfg(unix)]
#[test]
fn a_sync_killed_before_its_push_is_finished_by_the_next_one() {
    use std::os::unix::process::CommandExt;
    let env = office();
    add_every_kind(&env, "b", "Người của b");
    add_every_kind(&env, "c", "Người của c");
    env.run_at("c", "sync").ok();
    // b's push waits until it is killed; the test waits for the sign that it is there.
    hook(
        &env,
        "b",
        ": > ../pushing\nwhile [ ! -e ../never ]; do sleep 0.05; done\nexit 1\n",
    );
    let mut cmd = env.command_at("b", "sync");
    cmd.process_group(0);
    let mut child = cmd.spawn().unwrap();
    let start = std::time::Instant::now();
    while !env.exists("pushing") {
        assert!(start.elapsed().as_secs() < 60, "the push never started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let group = child.id() as i32;
    // `--` before the negative number: without it some `kill` programs read it as an option.
    let killed = std::process::Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{group}")])
        .status()
        .unwrap();
    assert!(killed.success());
    child.wait().unwrap();
    std::fs::remove_file(env.path("b/.git/hooks/pre-push")).unwrap();
    // The journal says a push may have gone out: status says so, and nothing has moved.
    let status = env.run_at("b", "status").ok();
    assert!(
        status.contains("Lần đồng bộ trước bị dừng giữa chừng; chạy `coi sync` để làm nốt."),
        "{status}"
    );
    // The remote never took b's tip: the next sync starts afresh and publishes b's records
    // once, after c's.
    let out = env.run_at("b", "sync").ok();
    assert!(out.contains("Gửi đi"), "{out}");
    assert!(out.contains("Đánh số chính thức"), "{out}");
    assert!(!env.exists("b/.git/coi-sync.json"));
    for clone in CLONES {
        env.run_at(clone, "sync").ok();
    }
    let files = all_in_step(&env, [2, 2, 2, 2, 2]);
    let events = events(&files);
    let published = events.iter().filter(|e| e.contains(" published ")).count();
    assert_eq!(published, 10, "each record published once: {events:?}");
    assert!(!events.iter().any(|e| e.contains(" renumbered ")));
}

/// The register and its repository, but for the record git keeps of a fetch that failed.
fn state(env: &Env) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut all = env.snapshot("reg");
    all.retain(|(path, _)| !path.ends_with(".git/FETCH_HEAD"));
    all
}

#[test]
fn sync_without_a_remote_or_with_changes_not_committed_changes_nothing() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let before = state(&env);
    let err = env.run("sync").fails(1);
    assert!(err.contains("git remote add origin <địa chỉ>"), "{err}");
    assert_eq!(state(&env), before);

    env.git("reg", &["remote", "add", "origin", "../nowhere.git"]);
    let before = state(&env);
    let err = env.run("sync").fails(1);
    assert!(
        err.contains("không kết nối được kho chung origin (../nowhere.git)"),
        "{err}"
    );
    assert!(err.contains("chưa thay đổi gì"), "{err}");
    assert_eq!(state(&env), before);

    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "set-url", "origin", "../remote.git"]);
    let file = "reg/cases/2026/XDLI-2026-001.yaml";
    let text = env.read(file).replace("Chuyên viên", "Trưởng phòng");
    env.write(file, &text);
    let before = state(&env);
    let err = env.run("sync").fails(1);
    assert!(err.contains("cases/2026/XDLI-2026-001.yaml"), "{err}");
    assert!(err.contains("chưa ghi vào git"), "{err}");
    assert_eq!(state(&env), before);
    assert_eq!(
        env.git(".", &["--git-dir", "remote.git", "for-each-ref"]),
        ""
    );
}

#[test]
fn status_says_what_is_not_yet_synced_from_the_last_fetch() {
    let env = office();
    let status = env.run_at("a", "status").ok();
    assert!(
        status.contains("Đã đồng bộ với kho chung origin (theo lần lấy về gần nhất)."),
        "{status}"
    );
    env.run_at("a", "case add --unit QLDN --person-name 'Nguyễn Văn An' --situation-type art29_8 --situation 'Thẩm định' --source self-report --known-on 02/03/2026").ok();
    let status = env.run_at("a", "status").ok();
    assert!(
        status.contains("Máy này có 1 lần ghi chưa gửi lên kho chung origin; chạy `coi sync`."),
        "{status}"
    );
    assert!(
        status.contains("Có 1 hồ sơ mang mã tạm, sẽ được đánh số chính thức khi chạy `coi sync`."),
        "{status}"
    );
    env.run_at("a", "sync").ok();
    env.git("b", &["fetch", "--quiet"]);
    let status = env.run_at("b", "status").ok();
    assert!(
        status.contains("Kho chung origin có 2 lần ghi máy này chưa nhận"),
        "{status}"
    );
    let json = env.run_at("b", "--format json status").ok();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["sync"]["behind"], 2);
    assert_eq!(value["sync"]["ahead"], 0);
}

#[test]
fn a_submission_publishes_first_and_its_tag_never_moves() {
    let env = office();
    add_every_kind(&env, "a", "Người của a");
    add_every_kind(&env, "b", "Người của b");
    let sent_a = env.run_at("a", "report --period 2026-Q1 --submit").ok();
    let sent_b = env.run_at("b", "report --period 2026-Q1 --submit").ok();
    let remote = env.git(".", &["--git-dir", "remote.git", "tag", "--list"]);
    assert_eq!(remote, "bao-cao/2026-Q1\nbao-cao/2026-Q1-2\n");
    let tagged = |tag: &str| {
        env.git(
            ".",
            &[
                "--git-dir",
                "remote.git",
                "rev-parse",
                &format!("{tag}^{{commit}}"),
            ],
        )
    };
    let (first, second) = (tagged("bao-cao/2026-Q1"), tagged("bao-cao/2026-Q1-2"));
    for clone in CLONES {
        env.run_at(clone, "sync").ok();
        let tags = env.git(clone, &["tag", "--list", "bao-cao/*"]);
        assert_eq!(tags, "bao-cao/2026-Q1\nbao-cao/2026-Q1-2\n", "{clone}");
        // The tags name the published commits they were made on, in every clone.
        let here = |tag: &str| env.git(clone, &["rev-parse", &format!("{tag}^{{commit}}")]);
        assert_eq!(here("bao-cao/2026-Q1"), first, "{clone}");
        assert_eq!(here("bao-cao/2026-Q1-2"), second, "{clone}");
        env.git(
            clone,
            &["merge-base", "--is-ancestor", "bao-cao/2026-Q1", "HEAD"],
        );
    }
    // What was sent is what the tag gives back, in any clone, byte for byte.
    for (tag, sent) in [("bao-cao/2026-Q1", &sent_a), ("bao-cao/2026-Q1-2", &sent_b)] {
        let again = env
            .run_at("c", &format!("report --period 2026-Q1 --as-of {tag}"))
            .ok();
        assert_eq!(&again, sent, "{tag}");
    }
    // Only records published count: a's report has a's 16 … b's has both.
    assert!(
        env.read("a/cases/2026/XDLI-2026-001.yaml")
            .contains("Người của a")
    );

    // Offline, a submission is refused before anything is tagged.
    env.git("c", &["remote", "set-url", "origin", "../nowhere.git"]);
    let err = env.run_at("c", "report --period 2026-Q1 --submit").fails(1);
    assert!(err.contains("không kết nối được kho chung origin"), "{err}");
    assert_eq!(
        env.git("c", &["tag", "--list", "bao-cao/*"])
            .lines()
            .count(),
        2
    );
}

#[test]
fn the_quarterly_export_takes_in_every_clone_first_and_sends_its_report_after() {
    let env = office();
    env.run_at(
        "b",
        "training add --title 'Quán triệt kế hoạch tại phòng' --form hoi-nghi --topics coi \
         --start-on 05/03/2026 --organizer QLDN --participants 9",
    )
    .ok();
    env.run_at("b", "sync").ok();
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/quarterly-export.sh");
    let run = |args: &[&str]| {
        env.script(&script)
            .args(args)
            .current_dir(env.path("a"))
            .output()
    };
    let out = run(&["--submit", "2026-Q1"]).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // b's training, recorded on another machine, is counted, and the submission is on the
    // shared remote with the export.
    let tag = env.git(
        ".",
        &[
            "--git-dir",
            "remote.git",
            "tag",
            "--list",
            "--format=%(contents)",
            "bao-cao/2026-Q1",
        ],
    );
    assert!(tag.contains("TT01 1 1\n"), "{tag}");
    let log = env.git(
        ".",
        &["--git-dir", "remote.git", "log", "--format=%s", "-1"],
    );
    assert_eq!(log, "report 2026-Q1: export\n");
    // With the server out of reach, it stops before writing anything.
    env.git("a", &["remote", "set-url", "origin", "../nowhere.git"]);
    let out = run(&["2026-Q2"]).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("không kết nối được kho chung origin"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!env.exists("a/reports/2026-Q2"));
}
