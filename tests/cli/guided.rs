//! Guided entry, driven for real through a pseudo-terminal.

use rexpect::session::{PtySession, spawn_command};

use crate::harness::Env;

fn session(env: &Env, args: &[&str]) -> PtySession {
    let mut cmd = env.command();
    cmd.args(["--data", "reg"])
        .args(args)
        .env("TERM", "xterm")
        .env("COLUMNS", "120")
        .env("LINES", "40");
    // The pseudo-terminal is the child's standard input.
    cmd.stdin(std::process::Stdio::inherit());
    spawn_command(cmd, Some(15_000)).expect("coi starts in a terminal")
}

/// Keys typed after a prompt appears. The prompt is drawn just before the terminal is switched to
/// reading single keys, and that switch drops what was typed ahead, so wait a moment, as a
/// person does.
fn type_keys(p: &mut PtySession, keys: &str) {
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// The terminal's bytes are read one character per byte: look for UTF-8 text the same way.
fn bytes(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";

/// An answer typed and sent with Enter.
fn answer(p: &mut PtySession, text: &str) {
    type_keys(p, text);
    type_keys(p, ENTER);
}

/// A refused answer erased, and the right one typed in its place.
fn correct(p: &mut PtySession, wrong: &str, right: &str) {
    type_keys(p, &"\x7f".repeat(wrong.chars().count()));
    answer(p, right);
}

/// At the summary, «Có» (chosen unless the clerk moves down) writes the record; its ID ends the
/// output. Returns the file written.
fn confirm(p: &mut PtySession, env: &Env, rel: &str) -> String {
    p.exp_string(&bytes("Ghi hồ sơ này?")).unwrap();
    p.exp_string(&bytes("Không")).unwrap();
    type_keys(p, ENTER);
    let id = rel.rsplit('/').next().unwrap().trim_end_matches(".yaml");
    p.exp_string(id).unwrap();
    p.exp_eof().unwrap();
    env.read(rel)
}

#[track_caller]
fn assert_has(text: &str, lines: &[&str]) {
    for line in lines {
        assert!(text.contains(line), "{line} in\n{text}");
    }
}

fn case_files(env: &Env) -> Vec<String> {
    std::fs::read_dir(env.path("reg/cases"))
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|year| {
            std::fs::read_dir(year.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|f| f.file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn a_clerk_is_asked_for_each_missing_field_and_confirms() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--person-position", "Chuyên viên"]);
    p.exp_string(&bytes("Nhập vụ việc xung đột lợi ích"))
        .unwrap();
    // Units by their names: the second is Phòng Quản lý doanh nghiệp.
    p.exp_string(&bytes("Phòng Quản lý doanh nghiệp")).unwrap();
    type_keys(&mut p, DOWN);
    type_keys(&mut p, ENTER);
    p.exp_string(&bytes("Họ và tên")).unwrap();
    answer(&mut p, "Nguyễn Văn An");
    p.exp_string(&bytes("Loại tình huống")).unwrap();
    type_keys(&mut p, ENTER);
    p.exp_string(&bytes("Nội dung tình huống")).unwrap();
    answer(&mut p, "Nhận quà của doanh nghiệp đang xin giấy phép");
    p.exp_string(&bytes("Nguồn phát hiện")).unwrap();
    type_keys(&mut p, ENTER);
    p.exp_string(&bytes("Ngày biết (ngày/tháng/năm)")).unwrap();
    // A day that does not exist is refused on the spot, and asked again.
    answer(&mut p, "31/02/2026");
    p.exp_string(&bytes("ngày không có trên lịch")).unwrap();
    correct(&mut p, "31/02/2026", "02/03/2026");
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &[
            "unit: QLDN\n",
            "person:\n  name: Nguyễn Văn An\n  position: Chuyên viên\n",
            "situation_type: art29_1\n",
            "source: self_report\n",
            "known_on: 2026-03-02\n",
        ],
    );
}

#[test]
fn ctrl_c_leaves_nothing_behind() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--unit", "VP"]);
    p.exp_string(&bytes("Họ và tên")).unwrap();
    type_keys(&mut p, "Nguyễn");
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert!(case_files(&env).is_empty(), "{:?}", case_files(&env));
}

#[test]
fn saying_no_at_the_summary_writes_nothing() {
    let env = Env::with_register();
    let mut p = session(
        &env,
        &[
            "gift",
            "add",
            "--unit",
            "VP",
            "--giver-name",
            "Công ty A",
            "--kind",
            "goods",
            "--description",
            "Giỏ quà",
            "--value-vnd",
            "500.000",
        ],
    );
    p.exp_string(&bytes("Ngày nhận quà")).unwrap();
    answer(&mut p, "10/02/2026");
    p.exp_string(&bytes("để trống nếu cơ quan")).unwrap();
    answer(&mut p, "Phạm Văn Cường");
    p.exp_string(&bytes("Ghi hồ sơ này?")).unwrap();
    p.exp_string(&bytes("Không")).unwrap();
    type_keys(&mut p, DOWN);
    type_keys(&mut p, ENTER);
    p.exp_string(&bytes("đã thôi, không ghi gì")).unwrap();
    p.exp_eof().unwrap();
    assert!(!env.exists("reg/gifts/2026"));
}

#[test]
fn without_a_terminal_nothing_is_asked() {
    let env = Env::with_register();
    let err = env.reg(&["case", "add", "--unit", "VP"]).fails(2);
    assert!(
        err.starts_with("error: thiếu trường bắt buộc: --person-name"),
        "{err}"
    );
}

#[test]
fn a_gift_is_chosen_from_vietnamese_labels_and_its_value_typed_with_dots() {
    let env = Env::with_register();
    let mut p = session(
        &env,
        &[
            "gift",
            "add",
            "--unit",
            "VP",
            "--received-on",
            "10/02/2026",
            "--giver-name",
            "Công ty A",
            "--recipient-name",
            "Phạm Văn Cường",
        ],
    );
    p.exp_string(&bytes("Loại quà")).unwrap();
    // The kinds by their Vietnamese names; the third is goods.
    p.exp_string(&bytes("Giấy tờ có giá")).unwrap();
    p.exp_string(&bytes("Hiện vật")).unwrap();
    type_keys(&mut p, DOWN);
    type_keys(&mut p, DOWN);
    type_keys(&mut p, ENTER);
    p.exp_string(&bytes("Mô tả quà tặng")).unwrap();
    answer(&mut p, "Giỏ quà Tết");
    p.exp_string(&bytes("Giá trị (đồng)")).unwrap();
    // Part of a đồng is refused on the spot.
    answer(&mut p, "1.500,5");
    p.exp_string(&bytes("số tiền không hợp lệ: «1.500,5»"))
        .unwrap();
    correct(&mut p, "1.500,5", "2.000.000");
    // The summary shows the value as the clerk reads it.
    p.exp_string(&bytes("2.000.000 đ")).unwrap();
    let text = confirm(&mut p, &env, "reg/gifts/2026/QT-2026-001.yaml");
    assert_has(
        &text,
        &[
            "kind: goods\n",
            "description: Giỏ quà Tết\n",
            "value_vnd: 2000000\n",
        ],
    );
}

#[test]
fn a_training_is_entered_with_several_topics_and_a_count_checked_on_the_spot() {
    let env = Env::with_register();
    let mut p = session(&env, &["training", "add", "--title", "Hội nghị quán triệt"]);
    p.exp_string(&bytes("Hình thức")).unwrap();
    p.exp_string(&bytes("Lớp tập huấn, bồi dưỡng")).unwrap();
    type_keys(&mut p, DOWN);
    type_keys(&mut p, ENTER);
    // Several topics: Space marks each, Enter ends the list.
    p.exp_string(&bytes("Space để chọn")).unwrap();
    p.exp_string(&bytes("Kiểm soát xung đột lợi ích")).unwrap();
    type_keys(&mut p, " ");
    type_keys(&mut p, DOWN);
    answer(&mut p, " ");
    p.exp_string(&bytes("Ngày bắt đầu")).unwrap();
    answer(&mut p, "12/03/2026");
    p.exp_string(&bytes("Đơn vị tổ chức")).unwrap();
    p.exp_string(&bytes("QLDN — Phòng Quản lý doanh nghiệp"))
        .unwrap();
    type_keys(&mut p, ENTER);
    p.exp_string(&bytes("Số lượt người tham dự")).unwrap();
    answer(&mut p, "ba mươi");
    p.exp_string(&bytes("cần một số nguyên không âm")).unwrap();
    correct(&mut p, "ba mươi", "30");
    let text = confirm(&mut p, &env, "reg/trainings/2026/TH-2026-001.yaml");
    assert_has(
        &text,
        &[
            "form: course\n",
            "topics:\n- anti_corruption_law\n- coi\n",
            "start_on: 2026-03-12\n",
            "organizer: VP\n",
            "participants: 30\n",
        ],
    );
}

#[test]
fn a_mistyped_flag_is_told_before_the_first_question() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--known-on", "31/02/2026"]);
    let before = p.exp_string(&bytes("ngày không có trên lịch")).unwrap();
    p.exp_eof().unwrap();
    assert!(
        !before.contains(&bytes("Nhập vụ việc")),
        "asked before refusing: {before}"
    );
    assert!(case_files(&env).is_empty());
}

#[test]
fn answers_that_break_a_rule_are_asked_again_not_lost() {
    let env = Env::with_register();
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "VP",
            "--person-name",
            "Nguyễn Văn An",
            "--person-position",
            "Chuyên viên",
            "--situation-type",
            "k1",
            "--situation",
            "Nhận quà",
            "--source",
            "tu-bao-cao",
            "--occurred-on",
            "10/03/2026",
        ],
    );
    p.exp_string(&bytes("Ngày biết (ngày/tháng/năm)")).unwrap();
    answer(&mut p, "01/03/2026");
    // Known before it happened: the rule says why, and the day is asked for again.
    p.exp_string(&bytes("trước")).unwrap();
    p.exp_string(&bytes("Ngày biết (ngày/tháng/năm)")).unwrap();
    answer(&mut p, "12/03/2026");
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &["known_on: 2026-03-12\n", "occurred_on: 2026-03-10\n"],
    );
}

#[test]
fn ctrl_c_at_a_list_gives_the_cursor_back_and_says_so() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add"]);
    p.exp_string(&bytes("Phòng Quản lý doanh nghiệp")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("\x1b[?25h"),
        "the cursor stays hidden: {rest:?}"
    );
    assert!(rest.contains(&bytes("đã dừng, không ghi gì")), "{rest:?}");
    assert!(case_files(&env).is_empty());
}
