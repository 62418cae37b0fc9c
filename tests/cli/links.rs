//! Issue 23, where many clones meet: a conflict settled stays settled whichever way the clerk
//! merged, links name final IDs whatever ID the clerk typed, `sync: on-add` publishes at once,
//! and a register git will not open is told in git's words by `sync`.

use crate::harness::{Env, Run};

/// A register `reg` pushed to the bare remote `remote.git`, and the clones `a` and `b`, each
/// synced once (so that each knows the merge driver).
fn office() -> Env {
    let env = Env::with_git_register();
    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "add", "origin", "../remote.git"]);
    env.run("sync").ok();
    for clone in ["a", "b"] {
        env.git(".", &["clone", "--quiet", "remote.git", clone]);
        env.run_at(clone, "sync").ok();
    }
    env
}

/// `coi case edit` with `editor` as EDITOR.
fn edit_with(env: &Env, clone: &str, id: &str, editor: &str) -> Run {
    let mut cmd = env.command_at(clone, &format!("case edit {id}"));
    cmd.env("EDITOR", editor);
    Run::from_output(cmd.output().unwrap())
}

/// `coi case edit` with an editor that replaces `from` by `to` in the draft.
fn edit(env: &Env, clone: &str, id: &str, from: &str, to: &str) -> Run {
    let (from, to) = (from.replace(' ', "\\x20"), to.replace(' ', "\\x20"));
    edit_with(env, clone, id, &format!("sed -i s/{from}/{to}/"))
}

const CASE: &str = "case add --unit QLDN --person-name 'Nguyễn Văn An' \
     --person-position 'Chuyên viên' --situation-type art29_8 --situation 'Thẩm định' \
     --source self-report --known-on 02/03/2026";
const RECORD: &str = "cases/2026/XDLI-2026-001.yaml";

/// The case published as XDLI-2026-001 and in both clones; then a gives the person one
/// position and sends it, b another, not yet sent.
fn positions_changed_two_ways(env: &Env) {
    env.run_at("a", CASE).ok();
    env.run_at("a", "sync").ok();
    env.run_at("b", "sync").ok();
    edit(env, "a", "XDLI-2026-001", "Chuyên viên", "Phó trưởng phòng").ok();
    env.run_at("a", "sync").ok();
    edit(env, "b", "XDLI-2026-001", "Chuyên viên", "Trưởng phòng").ok();
}

/// Both clones hold `position`, no conflict, and `check` finds nothing.
fn settled_everywhere(env: &Env, position: &str) {
    let b = env.read(&format!("b/{RECORD}"));
    assert!(b.contains(&format!("  position: {position}\n")), "{b}");
    assert!(!b.contains("conflicts:"), "{b}");
    assert_eq!(env.read(&format!("a/{RECORD}")), b);
    for clone in ["a", "b"] {
        env.run_at(clone, "check").ok();
        assert_eq!(env.git(clone, &["status", "--porcelain"]), "");
    }
}

#[test]
fn a_conflict_left_by_a_plain_git_pull_and_settled_stays_settled_after_sync() {
    let env = office();
    positions_changed_two_ways(&env);
    // The merge driver keeps b's value and names a's.
    env.git("b", &["pull", "--quiet", "--no-rebase", "--no-edit"]);
    let text = env.read(&format!("b/{RECORD}"));
    assert!(text.contains("  position: Trưởng phòng\n"), "{text}");
    assert!(
        text.contains("conflicts:\n- field: person.position\n"),
        "{text}"
    );
    // The clerk keeps the value b holds: saving unchanged settles it.
    edit_with(&env, "b", "XDLI-2026-001", "true").ok();
    let text = env.read(&format!("b/{RECORD}"));
    assert!(!text.contains("conflicts:"), "{text}");
    let out = env.run_at("b", "sync").ok();
    assert!(!out.contains("Cần chọn"), "{out}");
    env.run_at("a", "sync").ok();
    settled_everywhere(&env, "Trưởng phòng");
}

#[test]
fn a_conflict_left_by_sync_and_settled_stays_settled_while_the_other_clone_steps_on() {
    let env = office();
    positions_changed_two_ways(&env);
    // sync keeps the remote's value and names b's.
    let out = env.run_at("b", "sync").ok();
    assert!(
        out.contains("Cần chọn giá trị: XDLI-2026-001 person.position"),
        "{out}"
    );
    env.run_at("a", "sync").ok();
    // a takes a step on the record, the conflict still in it, and sends it.
    env.run_at(
        "a",
        "case decide XDLI-2026-001 --measure supervision --date 05/03/2026",
    )
    .ok();
    let text = env.read(&format!("a/{RECORD}"));
    assert!(
        text.contains("conflicts:\n- field: person.position\n"),
        "{text}"
    );
    env.run_at("a", "sync").ok();
    // b chooses its own value; the sync meets a's step on the version still in conflict.
    edit(
        &env,
        "b",
        "XDLI-2026-001",
        "Phó trưởng phòng",
        "Trưởng phòng",
    )
    .ok();
    let out = env.run_at("b", "sync").ok();
    assert!(!out.contains("Cần chọn"), "{out}");
    env.run_at("a", "sync").ok();
    settled_everywhere(&env, "Trưởng phòng");
    let text = env.read(&format!("a/{RECORD}"));
    assert!(text.contains("- kind: supervision\n"), "{text}");
}

#[test]
fn one_conflict_settled_two_ways_in_two_clones_is_a_new_conflict() {
    let env = office();
    positions_changed_two_ways(&env);
    env.run_at("b", "sync").ok();
    env.run_at("a", "sync").ok();
    // a keeps the value both clones hold; b chooses its own.
    edit_with(&env, "a", "XDLI-2026-001", "true").ok();
    env.run_at("a", "sync").ok();
    edit(
        &env,
        "b",
        "XDLI-2026-001",
        "Phó trưởng phòng",
        "Trưởng phòng",
    )
    .ok();
    let out = env.run_at("b", "sync").ok();
    assert!(
        out.contains(
            "Cần chọn giá trị: XDLI-2026-001 person.position: đang giữ «Phó trưởng phòng», \
             máy kia ghi «Trưởng phòng»"
        ),
        "{out}"
    );
    assert_eq!(env.run_at("b", "check").code, 1);
    // Settled once more, for good.
    edit(
        &env,
        "b",
        "XDLI-2026-001",
        "Phó trưởng phòng",
        "Trưởng phòng",
    )
    .ok();
    env.run_at("b", "sync").ok();
    env.run_at("a", "sync").ok();
    settled_everywhere(&env, "Trưởng phòng");
}

#[cfg(unix)]
#[test]
fn sync_in_a_register_git_will_not_open_says_gits_reason() {
    let env = Env::with_git_register();
    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "add", "origin", "../remote.git"]);
    env.case().add().ok();
    // The register belongs to another account, and git's configuration trusts no folder.
    if !env.give_the_register_away() {
        return;
    }
    let before = env.snapshot("reg");
    let err = env.run("sync").fails(1);
    assert!(
        err.contains("Lỗi: Git không cho ghi vào kho: detected dubious ownership in repository at"),
        "{err}"
    );
    assert!(!err.contains("không nằm trong kho git"), "{err}");
    assert!(
        err.contains("gợi ý: không có gì được ghi. Thư mục sổ thuộc tài khoản khác"),
        "{err}"
    );
    assert_eq!(env.snapshot("reg"), before);
}

const INSPECTION: &str = "inspection add --unit VP --inspected-units QLDN --kind dot-xuat \
     --subject 'Kiểm tra việc thẩm định hồ sơ' --start-on 02/03/2026";

/// `case add` of a case found through the inspection `inspection`, for `who`.
fn found_by(inspection: &str, who: &str) -> String {
    format!(
        "case add --unit QLDN --person-name '{who}' --situation-type art29_8 \
         --situation 'Thẩm định' --source inspection --inspection {inspection} \
         --known-on 05/03/2026"
    )
}

/// The provisional ID `add` printed, checked as one (five letters after the year).
fn provisional(run: &Run, prefix: &str) -> String {
    let id = run.last_line().to_string();
    let letters = id.strip_prefix(prefix).unwrap_or_else(|| panic!("{id}"));
    assert!(
        letters.len() == 5 && letters.chars().all(|c| c.is_ascii_uppercase()),
        "{id}"
    );
    id
}

#[test]
fn a_link_given_a_provisional_id_names_the_final_one() {
    let env = office();
    let inspection = provisional(&env.run_at("a", INSPECTION), "KT-2026-");
    let case = provisional(
        &env.run_at("a", &found_by(&inspection, "Nguyễn Văn An")),
        "XDLI-2026-",
    );
    env.run_at("a", "check").ok();
    // Published together: the case's link follows its inspection.
    let out = env.run_at("a", "sync").ok();
    assert!(
        out.contains(&format!("{inspection} → KT-2026-001")),
        "{out}"
    );
    assert!(out.contains(&format!("{case} → XDLI-2026-001")), "{out}");
    let text = env.read("a/cases/2026/XDLI-2026-001.yaml");
    assert!(text.contains("\ninspection: KT-2026-001\n"), "{text}");
    env.run_at("a", "check").ok();

    // Given the provisional ID after publishing, a link is stored with the final one.
    let run = env.run_at("a", &found_by(&inspection, "Trần Thị Bình"));
    let id = provisional(&run, "XDLI-2026-");
    assert!(
        run.stderr.contains(&format!(
            "{inspection} là mã tạm, hồ sơ đó nay mang số KT-2026-001: liên kết được ghi là \
             KT-2026-001."
        )),
        "{}",
        run.stderr
    );
    let text = env.read(&format!("a/cases/2026/{id}.yaml"));
    assert!(text.contains("\ninspection: KT-2026-001\n"), "{text}");
    assert!(!text.contains(&inspection), "{text}");
    env.run_at("a", "check").ok();
    env.run_at("a", "sync").ok();

    // A clone that never saw the inspection under its number keeps what the clerk typed.
    let typed = found_by(&inspection, "Lê Văn Cường");
    let case = env.run_at("b", &typed).last_line().to_string();
    let check = env.run_at("b", "check");
    assert_eq!(check.code, 1, "{}", check.stdout);
    assert!(
        check.stdout.contains(&format!(
            "error: inspection: không có cuộc kiểm tra «{inspection}» trong sổ"
        )),
        "{}",
        check.stdout
    );
    // Once the inspection came in, check finds it by its alias and names its number.
    let out = env.run_at("b", "sync").ok();
    let published = out
        .lines()
        .find_map(|l| l.split(&format!("{case} → ")).nth(1))
        .map(|rest| rest.trim_end_matches('.').to_string())
        .unwrap_or_else(|| panic!("{out}"));
    let check = env.run_at("b", "check").ok();
    assert!(
        check.contains(&format!(
            "warning: inspection: «{inspection}» là mã tạm của cuộc kiểm tra nay mang số \
             KT-2026-001; ghi số chính thức KT-2026-001 bằng `coi case edit {published}`"
        )),
        "{check}"
    );
    // Any edit of the case stores the final ID.
    let run = edit(&env, "b", &published, "Thẩm định", "Thẩm định lại");
    run.ok();
    assert!(
        run.stderr.contains("liên kết được ghi là KT-2026-001"),
        "{}",
        run.stderr
    );
    let text = env.read(&format!("b/cases/2026/{published}.yaml"));
    assert!(text.contains("\ninspection: KT-2026-001\n"), "{text}");
    let check = env.run_at("b", "check").ok();
    assert!(!check.contains("warning: inspection"), "{check}");
}

/// `sync: on-add` in the clone's `coi.yaml`, committed.
fn on_add(env: &Env, clone: &str) {
    let file = format!("{clone}/coi.yaml");
    let text = env.read(&file);
    env.write(&file, &format!("{text}sync: on-add\n"));
    env.git(clone, &["commit", "--quiet", "-am", "config: sync on add"]);
}

/// The provisional ID a line of stderr names after `words`.
fn named_after<'a>(stderr: &'a str, words: &str) -> &'a str {
    let rest = stderr
        .split(words)
        .nth(1)
        .unwrap_or_else(|| panic!("{words}\n{stderr}"));
    rest.split([' ', ';', ',']).next().unwrap()
}

#[test]
fn sync_on_add_publishes_at_once_and_prints_the_final_id() {
    let env = office();
    on_add(&env, "a");
    let run = env.run_at("a", CASE);
    run.ok();
    assert_eq!(run.last_line(), "XDLI-2026-001", "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Đã ghi vụ việc xung đột lợi ích vào a/cases/2026/XDLI-2026-001.yaml"),
        "{}",
        run.stdout
    );
    // The sync's own account, then both IDs.
    assert!(
        run.stderr.contains("Đã đồng bộ với kho chung origin"),
        "{}",
        run.stderr
    );
    let alias = named_after(&run.stderr, "XDLI-2026-001; mã tạm ");
    assert!(
        alias.starts_with("XDLI-2026-") && alias.len() == 15,
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "Đã gửi lên kho chung: hồ sơ mang số chính thức XDLI-2026-001; mã tạm {alias} vẫn \
             dùng được."
        )),
        "{}",
        run.stderr
    );
    let text = env.read("a/cases/2026/XDLI-2026-001.yaml");
    assert!(text.contains(&format!("aliases:\n- {alias}\n")), "{text}");
    assert_eq!(env.git("a", &["status", "--porcelain"]), "");
    // The remote has it: the other clone takes it in.
    env.run_at("b", "sync").ok();
    assert_eq!(env.read("b/cases/2026/XDLI-2026-001.yaml"), text);
    env.run_at("a", &format!("case show {alias}")).ok();
}

#[test]
fn sync_on_add_with_the_remote_gone_keeps_the_provisional_id_and_says_so() {
    let env = office();
    on_add(&env, "a");
    std::fs::rename(env.path("remote.git"), env.path("remote-away.git")).unwrap();
    let run = env.run_at("a", CASE);
    run.ok();
    let id = run.last_line().to_string();
    assert!(id.starts_with("XDLI-2026-") && id.len() == 15, "{id}");
    assert!(
        run.stderr.contains(&format!(
            "Cảnh báo: chưa gửi được hồ sơ lên kho chung nên {id} vẫn là mã tạm (hồ sơ đã ghi, \
             mã tạm dùng được ngay); chạy `coi sync` khi kết nối được. Lý do: "
        )),
        "{}",
        run.stderr
    );
    assert!(env.exists(&format!("a/cases/2026/{id}.yaml")));
    assert_eq!(env.git("a", &["status", "--porcelain"]), "");
    // Once the remote is back, the next add publishes it too, before its own record.
    std::fs::rename(env.path("remote-away.git"), env.path("remote.git")).unwrap();
    let run = env.run_at("a", CASE);
    assert_eq!(run.last_line(), "XDLI-2026-002", "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{id} → XDLI-2026-001")),
        "{}",
        run.stderr
    );
    env.run_at("a", "check").ok();
}
