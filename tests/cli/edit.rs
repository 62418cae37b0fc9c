use crate::harness::Env;

const FILE: &str = "reg/cases/2026/XDLI-2026-001.yaml";

fn with_case() -> Env {
    let env = Env::with_git_register();
    env.case().add().ok();
    env
}

/// `coi edit` with an "editor" that changes the draft the way `sed` is told to.
fn edit(env: &Env, sed: &str) -> crate::harness::Run {
    let mut cmd = env.command();
    cmd.args(["--data", "reg", "case", "edit", "XDLI-2026-001"])
        .env("EDITOR", format!("sed -i {sed}"));
    let out = cmd.output().unwrap();
    crate::harness::Run::from_output(out)
}

#[test]
fn a_valid_edit_replaces_the_file_with_an_event_and_a_commit() {
    let env = with_case();
    let out = edit(
        &env,
        "-e s/position:.Chuyên.viên/position:\\x20Phó\\x20Trưởng\\x20phòng/ -e s/source:.self_report/source:\\x20inspection/",
    );
    assert_eq!(
        out.ok(),
        "Đã sửa reg/cases/2026/XDLI-2026-001.yaml (người có xung đột lợi ích, nguồn phát hiện)\nXDLI-2026-001\n"
    );
    let text = env.read(FILE);
    assert!(
        text.contains("  position: Phó Trưởng phòng\n") && text.contains("source: inspection\n"),
        "{text}"
    );
    assert!(
        text.ends_with("  action: edited\n  note: person, source\n"),
        "{text}"
    );
    let log = env.git("reg", &["log", "-1", "--format=%s"]);
    assert_eq!(log, "case XDLI-2026-001: edit person, source\n");
}

#[test]
fn an_edit_with_errors_is_refused_and_the_file_stays() {
    let env = with_case();
    let before = env.read(FILE);
    let err = edit(&env, "s/known_on:.2026-03-02/known_on:\\x2031\\/02\\/2026/").fails(1);
    assert!(err.contains("reg/cases/2026/XDLI-2026-001.yaml:9: error: known_on: ngày không có trên lịch: «31/02/2026»"), "{err}");
    assert!(err.contains("bản sửa có lỗi; hồ sơ giữ nguyên"), "{err}");
    assert_eq!(env.read(FILE), before);
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
}

#[test]
fn the_id_and_the_history_cannot_be_edited() {
    let env = with_case();
    let before = env.read(FILE);
    let err = edit(&env, "s/^id:.XDLI-2026-001/id:\\x20XDLI-2026-002/").fails(1);
    assert!(
        err.contains("id: không đổi được mã hồ sơ XDLI-2026-001 khi sửa"),
        "{err}"
    );
    let err = edit(&env, "s/by:.Trần.Thị.Văn.Thư/by:\\x20Người\\x20khác/").fails(1);
    assert!(err.contains("history: lịch sử không sửa được"), "{err}");
    assert_eq!(env.read(FILE), before);
}

#[test]
fn no_change_and_a_failing_editor_leave_the_record_alone() {
    let env = with_case();
    let before = env.read(FILE);
    let mut cmd = env.command();
    let out = cmd
        .args(["--data", "reg", "case", "edit", "XDLI-2026-001"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Không có thay đổi; hồ sơ giữ nguyên.\n"
    );
    let mut cmd = env.command();
    let out = cmd
        .args(["--data", "reg", "case", "edit", "XDLI-2026-001"])
        .env("EDITOR", "false")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("trình soạn thảo false kết thúc với lỗi")
    );
    assert_eq!(env.read(FILE), before);
}
