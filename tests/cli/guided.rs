//! Guided entry, driven for real through a pseudo-terminal.

use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use rexpect::process::WaitStatus;
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

/// Waits until the question on screen reads single keys. A question is drawn just before the
/// terminal is switched to reading single keys; a key that arrives before the switch is read by
/// the terminal's line editing instead (a Backspace there erases nothing and is lost). Each
/// question prints its prompt, then reads keys with the terminal switched, and nothing else
/// comes until a key is typed: once the prompt is seen and the switch is made, what is typed
/// next reaches the question whole. Polls the terminal's mode; sleeps for nothing else.
pub fn wait_for_keys(p: &PtySession) {
    let tty = p.process().get_file_handle().expect("the terminal");
    let start = Instant::now();
    loop {
        let mut mode: libc::termios = unsafe { std::mem::zeroed() };
        let got = unsafe { libc::tcgetattr(tty.as_raw_fd(), &mut mode) };
        assert_eq!(got, 0, "cannot read the terminal's mode");
        if mode.c_lflag & libc::ICANON == 0 {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the question never read keys"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Keys typed at the question on screen, once it reads them. Call it after waiting for the
/// question's text, and send what one question takes in one call.
fn type_keys(p: &mut PtySession, keys: &str) {
    wait_for_keys(p);
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// The terminal's bytes are read one character per byte: look for UTF-8 text the same way.
fn bytes(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// Waits for text on the screen.
fn see(p: &mut PtySession, text: &str) -> String {
    p.exp_string(&bytes(text))
        .unwrap_or_else(|e| panic!("waiting for «{text}»: {e}"))
}

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";
const BACKSPACE: &str = "\x7f";

/// An answer typed and sent with Enter.
fn answer(p: &mut PtySession, text: &str) {
    type_keys(p, &format!("{text}{ENTER}"));
}

/// A refused answer erased, and the right one typed in its place.
fn correct(p: &mut PtySession, wrong: &str, right: &str) {
    let erase = BACKSPACE.repeat(wrong.chars().count());
    type_keys(p, &format!("{erase}{right}{ENTER}"));
}

/// Optional questions left empty with Enter, each once its prompt is on screen.
fn skip(p: &mut PtySession, prompts: &[&str]) {
    for prompt in prompts {
        see(p, prompt);
        type_keys(p, ENTER);
    }
}

/// The optional questions of a case, after the required ones, by the end of their prompts.
const CASE_OPTIONAL: &[&str] = &[
    "Người có xung đột lợi ích › Chức vụ (Enter để bỏ qua)",
    "Người có xung đột lợi ích › Mã cán bộ (Enter để bỏ qua)",
    "Người thông tin › Họ và tên (Enter để bỏ qua)",
    "Người thông tin › Cơ quan, tổ chức (Enter để bỏ qua)",
    "Ngày phát sinh (ngày/tháng/năm) (Enter để bỏ qua)",
    "Ngày báo cáo (ngày/tháng/năm) (Enter để bỏ qua)",
    "Ngày thủ trưởng nhận báo cáo (ngày/tháng/năm) (Enter để bỏ qua)",
    "Mức độ ảnh hưởng (Enter để bỏ qua)",
    "Biện pháp đề xuất (Enter để bỏ qua)",
];

/// Those of a gift made to a person.
const GIFT_OPTIONAL: &[&str] = &[
    "Người nhận quà › Chức vụ (Enter để bỏ qua)",
    "Người nhận quà › Mã cán bộ (Enter để bỏ qua)",
    "Địa điểm nhận (Enter để bỏ qua)",
    "Hoàn cảnh nhận quà (Enter để bỏ qua)",
    "Người tặng quà › Chức vụ (Enter để bỏ qua)",
    "Người tặng quà › Cơ quan, tổ chức (Enter để bỏ qua)",
    "Người tặng quà › Địa chỉ (Enter để bỏ qua)",
    "Mối quan hệ với người tặng (Enter để bỏ qua)",
    "Liên quan đến công việc (Enter để bỏ qua)",
    "Cách xác định giá trị (Enter để bỏ qua)",
    "Ngày báo cáo (ngày/tháng/năm) (Enter để bỏ qua)",
    "Ngày nộp lại quà (ngày/tháng/năm) (Enter để bỏ qua)",
];

/// Those of a training.
const TRAINING_OPTIONAL: &[&str] = &[
    "Ngày kết thúc (ngày/tháng/năm) (Enter để bỏ qua)",
    "Địa điểm (Enter để bỏ qua)",
    "Đối tượng (Enter để bỏ qua)",
    "Số cuộc, lớp (Enter để bỏ qua)",
    "Số tài liệu phát hành (Enter để bỏ qua)",
];

/// At the summary, Enter answers «Có» (chosen unless the clerk moves down) and writes the
/// record; its ID ends the output. Returns the file written.
fn confirm(p: &mut PtySession, env: &Env, rel: &str) -> String {
    see(p, "Ghi hồ sơ này?");
    see(p, "Không");
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

fn files(env: &Env, folder: &str) -> Vec<String> {
    std::fs::read_dir(env.path(folder))
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

fn case_files(env: &Env) -> Vec<String> {
    files(env, "reg/cases")
}

/// Ctrl-C at the question on screen, and the one ending: the cursor shown again, one line that
/// says so, exit code 130.
#[track_caller]
fn ctrl_c_stops(mut p: PtySession) {
    wait_for_keys(&p);
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("\x1b[?25h"),
        "the cursor stays hidden: {rest:?}"
    );
    // Without the terminal's escapes, the message is a line of its own, said once.
    let plain = strip_escapes(&rest);
    let message = bytes("Đã dừng, không ghi gì.");
    assert_eq!(plain.matches(&message).count(), 1, "{plain:?}");
    assert!(
        plain.contains(&format!("\n{message}\r\n")) || plain.starts_with(&message),
        "not on a line of its own: {plain:?}"
    );
    assert!(!plain.contains("error"), "{plain:?}");
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 130),
        other => panic!("ended by {other:?}"),
    }
}

/// The text without the terminal's control sequences (`ESC [ … letter`).
fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_clerk_is_asked_for_each_missing_field_and_confirms() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--person-position", "Chuyên viên"]);
    see(&mut p, "Nhập vụ việc xung đột lợi ích");
    // Units by their names: the second is Phòng Quản lý doanh nghiệp.
    see(&mut p, "Phòng Quản lý doanh nghiệp");
    type_keys(&mut p, &format!("{DOWN}{ENTER}"));
    see(&mut p, "Họ và tên");
    answer(&mut p, "Nguyễn Văn An");
    see(&mut p, "Loại tình huống");
    type_keys(&mut p, ENTER);
    see(&mut p, "Nội dung tình huống");
    answer(&mut p, "Nhận quà của doanh nghiệp đang xin giấy phép");
    see(&mut p, "Nguồn phát hiện");
    type_keys(&mut p, ENTER);
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    // A day that does not exist is refused on the spot, and asked again.
    answer(&mut p, "31/02/2026");
    see(&mut p, "ngày không có trên lịch");
    correct(&mut p, "31/02/2026", "02/03/2026");
    // Then the optional questions, the position given as a flag left out; Enter skips each.
    skip(&mut p, &CASE_OPTIONAL[1..]);
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &[
            "unit: QLDN\n",
            "person:\n  name: Nguyễn Văn An\n  position: Chuyên viên\nsituation_type",
            "situation_type: art29_1\n",
            "source: self_report\n",
            "known_on: 2026-03-02\nhistory:",
        ],
    );
}

#[test]
fn optional_fields_come_after_the_required_ones_and_an_answer_is_written() {
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
            "--situation",
            "Em ruột làm giám đốc doanh nghiệp có hồ sơ do ông An thẩm định",
            "--source",
            "tu-bao-cao",
        ],
    );
    // The required questions first, in the order of the record.
    let before = see(&mut p, "Loại tình huống");
    assert!(!before.contains(&bytes("Enter để bỏ qua ›")), "{before}");
    type_keys(&mut p, ENTER);
    let before = see(&mut p, "Ngày biết (ngày/tháng/năm) ›");
    assert!(!before.contains(&bytes("Chức vụ")), "{before}");
    answer(&mut p, "02/03/2026");
    // Then the optional ones: the position, the dates of the written report, the impact.
    see(&mut p, CASE_OPTIONAL[0]);
    answer(&mut p, "Chuyên viên");
    skip(&mut p, &CASE_OPTIONAL[1..5]);
    see(&mut p, CASE_OPTIONAL[5]);
    answer(&mut p, "03/03/2026");
    see(&mut p, CASE_OPTIONAL[6]);
    answer(&mut p, "04/03/2026");
    // A list that may be left empty starts on «(bỏ qua)»; the second item below is potential.
    see(&mut p, CASE_OPTIONAL[7]);
    see(&mut p, "(bỏ qua)");
    type_keys(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    see(&mut p, CASE_OPTIONAL[8]);
    answer(&mut p, "Giao người khác thẩm định hồ sơ");
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &[
            "person:\n  name: Nguyễn Văn An\n  position: Chuyên viên\nsituation_type",
            "known_on: 2026-03-02\nreported_on: 2026-03-03\nreceived_on: 2026-03-04\nimpact: potential\n",
            "proposed_measure: Giao người khác thẩm định hồ sơ\n",
        ],
    );
    assert!(!text.contains("reporter"), "{text}");
    // The written report is on record: `due` asks only for the head's decision.
    let due = env.reg(&["due"]).ok();
    assert!(due.contains("Thủ trưởng quyết định"), "{due}");
    assert!(!due.contains("Báo cáo bằng văn bản"), "{due}");
}

#[test]
fn a_code_typed_in_a_list_chooses_that_very_item() {
    let env = Env::with_register();
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--person-name",
            "Nguyễn Văn An",
            "--situation",
            "Em ruột có lợi ích trong hồ sơ được giao",
            "--known-on",
            "02/03/2026",
        ],
    );
    // A unit by its code in any letter case.
    see(&mut p, "Phòng Quản lý doanh nghiệp");
    answer(&mut p, "qldn");
    // `k8`, the code shown in the list: the marker moves there as it is typed (the letter k is
    // no shortcut), and Enter takes art29_8.
    see(&mut p, "(Đ29 k8)");
    answer(&mut p, "k8");
    see(&mut p, "Loại tình huống · Người thân có lợi ích trực tiếp");
    // An alias without diacritics.
    see(&mut p, "Nguồn phát hiện");
    answer(&mut p, "quan-ly-phat-hien");
    see(&mut p, "Nguồn phát hiện · Người quản lý phát hiện");
    skip(&mut p, &CASE_OPTIONAL[..7]);
    // A code that is not in the list is refused on the spot, and the list stays.
    see(&mut p, CASE_OPTIONAL[7]);
    answer(&mut p, "k88");
    see(&mut p, "«k88» không có trong danh sách");
    correct(&mut p, "k88", "tiem-an");
    skip(&mut p, &CASE_OPTIONAL[8..]);
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &[
            "unit: QLDN\n",
            "situation_type: art29_8\n",
            "source: detected_by_manager\n",
            "impact: potential\n",
        ],
    );

    // The YAML name chooses too.
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "VP",
            "--person-name",
            "Trần Thị Bình",
            "--situation",
            "Góp vốn",
            "--source",
            "self_report",
            "--known-on",
            "03/03/2026",
        ],
    );
    see(&mut p, "Loại tình huống");
    answer(&mut p, "art29_6");
    skip(&mut p, CASE_OPTIONAL);
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-002.yaml");
    assert_has(&text, &["situation_type: art29_6\n"]);
}

#[test]
fn a_clerk_goes_back_to_the_previous_question_and_the_new_answer_is_kept() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--unit", "VP"]);
    see(
        &mut p,
        "Quay lại câu trước: gõ < rồi Enter (trong danh sách: Esc)",
    );
    see(&mut p, "Họ và tên");
    answer(&mut p, "Nguyễn Văn A");
    // Esc at a list: back to the name, shown as typed, to be mended.
    see(&mut p, "Loại tình huống");
    type_keys(&mut p, ESC);
    see(&mut p, "Người có xung đột lợi ích › Họ và tên ›");
    see(&mut p, "Nguyễn Văn A");
    type_keys(&mut p, &format!("{BACKSPACE}An{ENTER}"));
    see(&mut p, "Loại tình huống");
    type_keys(&mut p, ENTER);
    see(&mut p, "Nội dung tình huống");
    answer(&mut p, "Nhận quà");
    see(&mut p, "Nguồn phát hiện");
    type_keys(&mut p, ENTER);
    // `<` at a text question: back to the list, which chooses again.
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    answer(&mut p, "<");
    see(&mut p, "Nguồn phát hiện");
    answer(&mut p, "khieu-nai");
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    answer(&mut p, "02/03/2026");
    skip(&mut p, CASE_OPTIONAL);
    // Esc at the summary: back to the last question.
    see(&mut p, "Ghi hồ sơ này?");
    see(&mut p, "Không");
    type_keys(&mut p, ESC);
    see(&mut p, CASE_OPTIONAL[8]);
    answer(&mut p, "Giao người khác xử lý");
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &[
            "person:\n  name: Nguyễn Văn An\n",
            "source: complaint\n",
            "proposed_measure: Giao người khác xử lý\n",
        ],
    );
}

#[test]
fn ctrl_c_at_a_text_question_stops_with_one_message_and_code_130() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--unit", "VP"]);
    see(&mut p, "Họ và tên");
    type_keys(&mut p, "Nguyễn");
    see(&mut p, "Nguyễn");
    ctrl_c_stops(p);
    assert!(case_files(&env).is_empty(), "{:?}", case_files(&env));
}

#[test]
fn ctrl_c_at_a_list_gives_the_cursor_back_and_stops_the_same_way() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add"]);
    see(&mut p, "Phòng Quản lý doanh nghiệp");
    ctrl_c_stops(p);
    assert!(case_files(&env).is_empty());

    // A list of several, and the summary, end the same way.
    let mut p = session(
        &env,
        &[
            "training",
            "add",
            "--title",
            "Hội nghị quán triệt",
            "--form",
            "hoi-nghi",
        ],
    );
    see(&mut p, "Space để chọn");
    see(&mut p, "Nội dung khác");
    ctrl_c_stops(p);
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "VP",
            "--person-name",
            "Nguyễn Văn An",
            "--situation-type",
            "k1",
            "--situation",
            "Nhận quà",
            "--source",
            "self_report",
        ],
    );
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    answer(&mut p, "02/03/2026");
    skip(&mut p, CASE_OPTIONAL);
    see(&mut p, "Ghi hồ sơ này?");
    see(&mut p, "Không");
    ctrl_c_stops(p);
    assert!(case_files(&env).is_empty());
}

#[test]
fn saying_no_at_the_summary_writes_nothing_and_exits_0() {
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
    see(&mut p, "Ngày nhận quà");
    answer(&mut p, "10/02/2026");
    see(&mut p, "để trống nếu cơ quan");
    answer(&mut p, "Phạm Văn Cường");
    skip(&mut p, GIFT_OPTIONAL);
    see(&mut p, "Ghi hồ sơ này?");
    see(&mut p, "Không");
    type_keys(&mut p, &format!("{DOWN}{ENTER}"));
    see(&mut p, "Không ghi gì.");
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 0, "«Không» is no error"),
        other => panic!("ended by {other:?}"),
    }
    assert!(!env.exists("reg/gifts/2026"));
}

#[test]
fn without_a_terminal_nothing_is_asked() {
    let env = Env::with_register();
    let err = env.reg(&["case", "add", "--unit", "VP"]).fails(2);
    assert!(
        err.starts_with("Lỗi: thiếu trường bắt buộc: --person-name"),
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
        ],
    );
    see(&mut p, "Loại quà");
    // The kinds by their Vietnamese names; the third is goods.
    see(&mut p, "Giấy tờ có giá");
    see(&mut p, "Hiện vật");
    type_keys(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    see(&mut p, "Mô tả quà tặng");
    answer(&mut p, "Giỏ quà Tết");
    // The label says đồng once, the example after it.
    see(&mut p, "Giá trị (đồng) (ví dụ 2.000.000)");
    // Part of a đồng is refused on the spot.
    answer(&mut p, "1.500,5");
    see(&mut p, "số tiền không hợp lệ: «1.500,5»");
    correct(&mut p, "1.500,5", "2.000.000");
    // An empty name: the agency received it, and the recipient's position is not asked.
    see(&mut p, "để trống nếu cơ quan");
    type_keys(&mut p, ENTER);
    see(&mut p, GIFT_OPTIONAL[2]);
    answer(&mut p, "Trụ sở Văn phòng");
    skip(&mut p, &GIFT_OPTIONAL[3..8]);
    // Yes or no in words.
    see(&mut p, GIFT_OPTIONAL[8]);
    answer(&mut p, "có");
    skip(&mut p, &GIFT_OPTIONAL[9..]);
    // The summary shows the value as the clerk reads it.
    let summary = see(&mut p, "2.000.000 đ");
    assert!(
        !summary.contains(&bytes("Người nhận quà › Chức vụ")),
        "{summary}"
    );
    let text = confirm(&mut p, &env, "reg/gifts/2026/QT-2026-001.yaml");
    assert_has(
        &text,
        &[
            "recipient_type: agency\n",
            "place: Trụ sở Văn phòng\n",
            "related_to_duty: true\n",
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
    see(&mut p, "Hình thức");
    see(&mut p, "Lớp tập huấn, bồi dưỡng");
    type_keys(&mut p, &format!("{DOWN}{ENTER}"));
    // Several topics: Space marks each, or a code typed and Enter; Enter ends the list.
    see(&mut p, "Space để chọn");
    see(&mut p, "Kiểm soát xung đột lợi ích");
    type_keys(&mut p, &format!(" {DOWN} "));
    see(&mut p, "✔ xdli — Kiểm soát xung đột lợi ích");
    answer(&mut p, "gifts");
    see(&mut p, "✔ qua-tang — Tặng quà, nhận quà");
    type_keys(&mut p, ENTER);
    see(&mut p, "Ngày bắt đầu");
    answer(&mut p, "12/03/2026");
    see(&mut p, "Đơn vị tổ chức");
    see(&mut p, "QLDN — Phòng Quản lý doanh nghiệp");
    type_keys(&mut p, ENTER);
    see(&mut p, "Số lượt người tham dự");
    answer(&mut p, "ba mươi");
    // What was typed is said back with why it is refused.
    see(&mut p, "«ba mươi» không phải số nguyên không âm");
    correct(&mut p, "ba mươi", "30");
    // The number of copies issued is asked, as the report counts them (TT03).
    skip(&mut p, &TRAINING_OPTIONAL[..4]);
    see(&mut p, TRAINING_OPTIONAL[4]);
    answer(&mut p, "30");
    let text = confirm(&mut p, &env, "reg/trainings/2026/TH-2026-001.yaml");
    assert_has(
        &text,
        &[
            "form: course\n",
            "topics:\n- anti_corruption_law\n- coi\n- gifts\n",
            "start_on: 2026-03-12\n",
            "organizer: VP\n",
            "participants: 30\nmaterials: 30\n",
        ],
    );
}

#[test]
fn an_unknown_code_refused_at_the_end_is_asked_again_and_the_other_answers_kept() {
    let env = Env::with_register();
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "XX",
            "--person-name",
            "Nguyễn Văn An",
            "--situation-type",
            "k1",
            "--situation",
            "Nhận quà",
            "--source",
            "tu-bao-cao",
        ],
    );
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    // Typed short, left on screen as it is written.
    answer(&mut p, "2/3/2026");
    see(&mut p, "02/03/2026");
    skip(&mut p, CASE_OPTIONAL);
    // The unit the flag named does not exist: said, then asked from the list of units.
    see(&mut p, "XX");
    see(&mut p, "Phòng Quản lý doanh nghiệp");
    answer(&mut p, "qldn");
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &[
            "unit: QLDN\n",
            "known_on: 2026-03-02\n",
            "name: Nguyễn Văn An\n",
        ],
    );
}

#[test]
fn a_mistyped_flag_is_told_before_the_first_question() {
    let env = Env::with_register();
    let mut p = session(&env, &["case", "add", "--known-on", "31/02/2026"]);
    let before = see(&mut p, "ngày không có trên lịch");
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
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    answer(&mut p, "01/03/2026");
    let optional: Vec<&str> = CASE_OPTIONAL
        .iter()
        .copied()
        .filter(|q| !q.contains("Chức vụ") && !q.contains("Ngày phát sinh"))
        .collect();
    skip(&mut p, &optional);
    // Known before it happened: the rule says why, once, and the day is asked for again.
    let said = see(&mut p, "trước");
    assert!(
        !said.contains(&bytes("Ngày biết: Ngày biết")),
        "the field said twice: {said}"
    );
    see(&mut p, "Ngày biết (ngày/tháng/năm)");
    answer(&mut p, "12/03/2026");
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &["known_on: 2026-03-12\n", "occurred_on: 2026-03-10\n"],
    );
}

#[test]
fn every_list_item_shows_the_code_that_selects_it_and_ctrl_u_clears_what_was_typed() {
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
            "--situation",
            "Em ruột có lợi ích trong hồ sơ được giao",
            "--known-on",
            "02/03/2026",
        ],
    );
    // The code before each item selects it: an alias in Vietnamese.
    see(&mut p, "k8 — Người thân có lợi ích trực tiếp");
    answer(&mut p, "k8");
    see(&mut p, "Loại tình huống · Người thân có lợi ích trực tiếp");
    see(&mut p, "tu-bao-cao — Tự báo cáo");
    // What was typed is cleared by Ctrl-U: no «not in the list», the item under the marker
    // is taken.
    type_keys(&mut p, "zzz");
    see(&mut p, "zzz");
    type_keys(&mut p, &format!("\x15tu-bao-cao{ENTER}"));
    see(&mut p, "Nguồn phát hiện · Tự báo cáo");
    skip(&mut p, CASE_OPTIONAL);
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &["situation_type: art29_8\n", "source: self_report\n"],
    );
}

#[test]
fn the_plan_task_is_chosen_from_the_tasks_of_the_year_s_plan() {
    let env = Env::with_register();
    env.run("plan init").ok();
    let plan = env.read("reg/plans/2026.yaml");
    env.write(
        "reg/plans/2026.yaml",
        &format!("{plan}- code: IV.1\n  title: Rà soát quy chế chi tiêu nội bộ\n  lead:\n"),
    );
    let mut p = session(
        &env,
        &[
            "action",
            "add",
            "--unit",
            "VP",
            "--kind",
            "rule_review",
            "--title",
            "Rà soát quy chế",
            "--done-on",
            "05/03/2026",
        ],
    );
    // The plan's own task is in the list with its code, beside the seed plan's.
    see(&mut p, "II.1 — Hoàn thiện quy định nội bộ");
    see(&mut p, "IV.1 — Rà soát quy chế chi tiêu nội bộ");
    answer(&mut p, "iv.1");
    see(
        &mut p,
        "Nhiệm vụ của kế hoạch · IV.1 — Rà soát quy chế chi tiêu nội bộ",
    );
    skip(
        &mut p,
        &["Số văn bản (Enter để bỏ qua)", "Ghi chú (Enter để bỏ qua)"],
    );
    let text = confirm(&mut p, &env, "reg/actions/2026/HD-2026-001.yaml");
    assert_has(&text, &["plan_task: IV.1\n"]);
}

#[test]
fn a_case_found_through_an_inspection_chooses_it_from_the_register_s_inspections() {
    let env = Env::with_register();
    for subject in ["Kiểm tra việc thẩm định hồ sơ", "Kiểm tra công tác cán bộ"]
    {
        env.run(&format!(
            "inspection add --unit VP --inspected-units QLDN --kind dot-xuat \
             --subject '{subject}' --start-on 02/03/2026"
        ))
        .ok();
    }
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "QLDN",
            "--person-name",
            "Nguyễn Văn An",
            "--situation",
            "Em ruột có lợi ích trong hồ sơ được giao",
            "--situation-type",
            "k8",
            "--known-on",
            "05/03/2026",
        ],
    );
    see(&mut p, "Nguồn phát hiện");
    answer(&mut p, "thanh-tra");
    // Asked right after the source, each inspection with the ID that selects it.
    see(&mut p, "Phát hiện qua cuộc kiểm tra");
    see(&mut p, "KT-2026-002 — Kiểm tra công tác cán bộ");
    see(&mut p, "KT-2026-001 — Kiểm tra việc thẩm định hồ sơ");
    answer(&mut p, "kt-2026-001");
    see(&mut p, "Phát hiện qua cuộc kiểm tra · KT-2026-001");
    skip(&mut p, CASE_OPTIONAL);
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-001.yaml");
    assert_has(
        &text,
        &["source: inspection\n", "inspection: KT-2026-001\n"],
    );

    // Another source does not ask for it.
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "QLDN",
            "--person-name",
            "Trần Thị Bình",
            "--situation",
            "Góp vốn",
            "--situation-type",
            "k8",
            "--known-on",
            "05/03/2026",
        ],
    );
    see(&mut p, "Nguồn phát hiện");
    answer(&mut p, "tu-bao-cao");
    skip(&mut p, CASE_OPTIONAL);
    let text = confirm(&mut p, &env, "reg/cases/2026/XDLI-2026-002.yaml");
    assert!(!text.contains("inspection:"), "{text}");
}

/// Everything a session has written so far, kept to be read as a terminal shows it.
struct Screen(Vec<u8>);

impl Screen {
    /// Waits for text, as [`see`], and keeps what came with it.
    fn see(&mut self, p: &mut PtySession, text: &str) {
        let before = see(p, text);
        // One character per byte, as rexpect reads them.
        self.0.extend(before.chars().map(|c| c as u8));
        self.0.extend(text.as_bytes());
    }

    /// The lines a terminal of 120 columns shows.
    fn lines(&self) -> Vec<String> {
        let mut parser = vt100::Parser::new(400, 120, 0);
        parser.process(&self.0);
        parser
            .screen()
            .contents()
            .lines()
            .map(str::to_string)
            .collect()
    }
}

#[test]
fn going_back_leaves_no_earlier_answer_or_summary_on_the_screen() {
    let env = Env::with_register();
    let mut p = session(
        &env,
        &[
            "case",
            "add",
            "--unit",
            "VP",
            "--situation-type",
            "k1",
            "--situation",
            "Nhận quà",
            "--source",
            "tu-bao-cao",
            "--known-on",
            "02/03/2026",
        ],
    );
    let mut screen = Screen(Vec::new());
    screen.see(&mut p, "Họ và tên");
    answer(&mut p, "Nguyễn Văn A");
    // Back from the first optional question to the name, mended.
    screen.see(&mut p, CASE_OPTIONAL[0]);
    answer(&mut p, "<");
    screen.see(&mut p, "Nguyễn Văn A");
    type_keys(&mut p, &format!("{BACKSPACE}An{ENTER}"));
    for prompt in CASE_OPTIONAL {
        screen.see(&mut p, prompt);
        type_keys(&mut p, ENTER);
    }
    // Back from the summary to the last question, then the summary again.
    screen.see(&mut p, "Ghi hồ sơ này?");
    screen.see(&mut p, "Không");
    type_keys(&mut p, ESC);
    screen.see(&mut p, CASE_OPTIONAL[8]);
    answer(&mut p, "Giao người khác xử lý");
    screen.see(&mut p, "Ghi hồ sơ này?");
    screen.see(&mut p, "Không");
    let lines = screen.lines();
    let named: Vec<&String> = (lines.iter())
        .filter(|l| l.contains("Người có xung đột lợi ích › Họ và tên ·"))
        .collect();
    assert_eq!(named.len(), 1, "{lines:#?}");
    assert!(named[0].ends_with("Nguyễn Văn An"), "{lines:#?}");
    // The answer left empty before going back from the summary is gone; the new one stays.
    let proposed: Vec<&String> = (lines.iter())
        .filter(|l| l.contains("Biện pháp đề xuất ·"))
        .collect();
    assert_eq!(proposed.len(), 1, "{lines:#?}");
    assert!(proposed[0].ends_with("Giao người khác xử lý"), "{lines:#?}");
    let summaries = lines
        .iter()
        .filter(|l| l.contains("Ghi hồ sơ này?"))
        .count();
    assert_eq!(summaries, 1, "{lines:#?}");
    type_keys(&mut p, ENTER);
    p.exp_eof().unwrap();
    assert_has(
        &env.read("reg/cases/2026/XDLI-2026-001.yaml"),
        &[
            "name: Nguyễn Văn An\n",
            "proposed_measure: Giao người khác xử lý\n",
        ],
    );
}
