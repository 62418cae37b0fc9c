use crate::harness::{CLERK, Env, NOW};

fn commits(env: &Env) -> Vec<String> {
    env.git("reg", &["log", "--reverse", "--format=%an|%s"])
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

const CASE_FILE: &str = "reg/cases/2026/XDLI-2026-001.yaml";
const GIFT_FILE: &str = "reg/gifts/2026/QT-2026-001.yaml";

#[test]
fn a_case_runs_its_course_with_one_commit_per_step() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let out = env.run(
        "case decide XDLI-2026-001 --measure tam-dinh-chi --date 05/03/2026 \
         --decision-no 15/QĐ-BQL --from 06/03/2026",
    );
    assert_eq!(
        out.ok(),
        "Đã ghi «Quyết định xử lý: tạm đình chỉ công tác» vào reg/cases/2026/XDLI-2026-001.yaml (trạng thái: Đang áp dụng biện pháp)\nXDLI-2026-001\n"
    );
    env.run("case notify XDLI-2026-001 --date 09/03/2026 --note 'Công văn số 20/BQL-VP'")
        .ok();
    // Steps taken in June are recorded in June: no date may be after today.
    env.run_on(
        "2026-06-03",
        "case end-measure XDLI-2026-001 --date 03/06/2026",
    )
    .ok();
    env.run_on(
        "2026-06-10",
        "case close XDLI-2026-001 --date 10/06/2026 --outcome xu-ly-vi-pham \
         --discipline khien-trach --head-responsibility 'Trưởng phòng kiểm điểm'",
    )
    .ok();
    let text = env.read(CASE_FILE);
    assert!(text.contains("measures:\n- kind: temporary_suspension\n  decided_on: 2026-03-05\n  decision_no: 15/QĐ-BQL\n  from: 2026-03-06\n  ended_on: 2026-06-03\n"), "{text}");
    assert!(text.contains("notified_on: 2026-03-09\n"), "{text}");
    assert!(text.contains("closed:\n  'on': 2026-06-10\n  outcome: violation_handled\n  discipline: reprimand\n  head_responsibility: Trưởng phòng kiểm điểm\n"), "{text}");
    let actions: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("  action: "))
        .collect();
    assert_eq!(
        actions,
        ["created", "decide", "notify", "end-measure", "close"]
    );
    assert!(
        text.contains("  action: notify\n  note: Công văn số 20/BQL-VP\n"),
        "{text}"
    );
    assert_eq!(
        commits(&env),
        [
            format!("{CLERK}|case XDLI-2026-001: add"),
            format!("{CLERK}|case XDLI-2026-001: decide temporary suspension"),
            format!("{CLERK}|case XDLI-2026-001: notify"),
            format!("{CLERK}|case XDLI-2026-001: end-measure temporary suspension"),
            format!("{CLERK}|case XDLI-2026-001: close violation handled"),
        ]
    );
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    env.reg(&["check"]).ok();
    // The clerk reads the history in words and dates, the file keeps its spellings.
    let shown = env.reg(&["case", "show", "XDLI-2026-001"]).ok();
    for words in ["Tạo hồ sơ", "Kết thúc biện pháp", "14/03/2026 09:30"] {
        assert!(shown.contains(words), "{words} in\n{shown}");
    }
    assert!(!shown.contains("end-measure"), "{shown}");
    let log = env.reg(&["case", "log", "XDLI-2026-001"]).ok();
    assert!(log.contains("Quyết định xử lý"), "{log}");
    let log = env
        .reg(&["--lang", "en", "case", "log", "XDLI-2026-001"])
        .ok();
    assert!(log.contains("Measure ended"), "{log}");
}

#[test]
fn the_unit_focal_point_supervises_by_default() {
    let env = Env::with_register();
    let config = env.read("reg/coi.yaml").replace(
        "  name: Phòng Quản lý doanh nghiệp\n",
        "  name: Phòng Quản lý doanh nghiệp\n  focal_point: Lê Thị Bình\n",
    );
    env.write("reg/coi.yaml", &config);
    env.case().add().ok();
    env.run("case decide XDLI-2026-001 --measure supervision --date 05/03/2026")
        .ok();
    assert!(
        env.read(CASE_FILE)
            .contains("- kind: supervision\n  decided_on: 2026-03-05\n  supervisor: Lê Thị Bình\n")
    );
}

#[test]
fn steps_that_make_no_sense_are_refused_and_change_nothing() {
    let env = Env::with_git_register();
    env.case().add().ok();
    env.gift().add().ok();
    let refused = |line: &str, code: i32, words: &str| {
        let (case, gift) = (env.read(CASE_FILE), env.read(GIFT_FILE));
        let head = env.git("reg", &["rev-parse", "HEAD"]);
        let err = env.run(line).fails(code);
        assert!(err.contains(words), "{line}: {err}");
        assert_eq!(env.read(CASE_FILE), case, "{line}");
        assert_eq!(env.read(GIFT_FILE), gift, "{line}");
        assert_eq!(env.git("reg", &["rev-parse", "HEAD"]), head, "{line}");
        assert_eq!(env.git("reg", &["status", "--porcelain"]), "", "{line}");
    };
    // A measure dated before the case was known (02/03/2026).
    refused(
        "case decide XDLI-2026-001 --measure giam-sat --date 01/03/2026",
        1,
        "measures[0].decided_on: Ngày quyết định (01/03/2026) trước ngày biết (02/03/2026)",
    );
    refused(
        "case notify XDLI-2026-001 --date 05/03/2026",
        1,
        "chưa có quyết định để thông báo",
    );
    refused(
        "case end-measure XDLI-2026-001 --date 05/03/2026",
        1,
        "không có biện pháp nào đang áp dụng",
    );
    refused(
        "case decide XDLI-2026-001 --measure tra-lai --date 05/03/2026",
        2,
        "--measure: «tra-lai» không phải giá trị hợp lệ",
    );
    // Handling a gift before it was handed over; a handling that does not fit the kind.
    refused(
        "gift handle QT-2026-001 --outcome nop-ngan-sach --date 12/02/2026",
        1,
        "quà chưa được nộp lại",
    );
    env.reg(&["gift", "handover", "QT-2026-001", "--date", "11/02/2026"])
        .ok();
    refused(
        "gift handover QT-2026-001 --date 12/02/2026",
        1,
        "quà đã được nộp lại ngày 11/02/2026",
    );
    refused(
        "gift handle QT-2026-001 --outcome ban-cong-khai --date 12/02/2026",
        1,
        "không đúng với loại quà «Tiền»",
    );
    refused(
        "gift handle QT-2026-001 --outcome nop-ngan-sach --date 10/02/2026",
        1,
        "trước ngày nộp lại quà",
    );
    refused(
        "gift notify QT-2026-001 --date 12/02/2026",
        1,
        "quà chưa được xử lý",
    );
    // Closing twice (a breach closes only once a decision is on record).
    env.run("case decide XDLI-2026-001 --measure giam-sat --date 04/03/2026")
        .ok();
    env.run("case close XDLI-2026-001 --date 05/03/2026 --outcome het-xung-dot")
        .ok();
    refused(
        "case close XDLI-2026-001 --date 06/03/2026 --outcome het-xung-dot",
        1,
        "vụ việc đã kết thúc ngày 05/03/2026",
    );
    refused(
        "case decide XDLI-2026-001 --no-conflict --date 06/03/2026",
        1,
        "vụ việc đã kết thúc",
    );
    // Acting on a voided record, voiding twice.
    env.run("gift void QT-2026-001 --reason 'Nhập trùng với QT-2026-002'")
        .ok();
    refused(
        "gift handle QT-2026-001 --outcome nop-ngan-sach --date 12/02/2026",
        1,
        "hồ sơ QT-2026-001 đã bị hủy (Nhập trùng với QT-2026-002)",
    );
    refused("gift void QT-2026-001 --reason 'lần nữa'", 1, "đã bị hủy");
    // Unknown records and IDs of another kind.
    refused(
        "case notify XDLI-2026-009 --date 06/03/2026",
        1,
        "không có hồ sơ XDLI-2026-009",
    );
    refused(
        "gift void XDLI-2026-001 --reason x",
        2,
        "không phải mã của loại hồ sơ này",
    );
}

#[test]
fn a_public_sale_is_recorded_in_stages() {
    let env = Env::with_register();
    env.gift()
        .kind("hien-vat")
        .description("Bộ ấm chén")
        .add()
        .ok();
    env.reg(&["gift", "handover", "QT-2026-001", "--date", "12/02/2026"])
        .ok();
    env.run("gift handle QT-2026-001 --outcome ban-cong-khai --date 02/03/2026")
        .ok();
    env.run_on(
        "2026-03-20",
        "gift handle QT-2026-001 --outcome ban-cong-khai --date 02/03/2026 \
         --sold-on 20/03/2026 --proceeds 1.800.000 --costs 200.000",
    )
    .ok();
    let err = env
        .run(
            "gift handle QT-2026-001 --outcome ban-cong-khai --date 02/03/2026 \
             --proceeds 1.900.000",
        )
        .fails(1);
    assert!(err.contains("đã được ghi với giá trị khác"), "{err}");
    let err = env
        .run("gift handle QT-2026-001 --outcome ban-cong-khai --date 02/03/2026")
        .fails(1);
    assert!(err.contains("không có thông tin mới"), "{err}");
    env.run_on(
        "2026-04-10",
        "gift handle QT-2026-001 --outcome ban-cong-khai --date 02/03/2026 \
         --paid-on 10/04/2026 --amount 1.600.000 --voucher GNT-0021",
    )
    .ok();
    env.run_on("2026-04-13", "gift notify QT-2026-001 --date 13/04/2026")
        .ok();
    let text = env.read(GIFT_FILE);
    assert!(text.contains("handling:\n  outcome: public_sale\n  decided_on: 2026-03-02\n  sold_on: 2026-03-20\n  proceeds_vnd: 1800000\n  costs_vnd: 200000\n  paid_to_budget_on: 2026-04-10\n  budget_amount_vnd: 1600000\n  voucher_no: GNT-0021\ngiver_notified_on: 2026-04-13\n"), "{text}");
    // Notified 13/04 for a decision of 02/03: late, and check says so without failing.
    let out = env.reg(&["check"]).ok();
    assert!(out.contains("giver_notified_on: Thông báo cho cơ quan quản lý người tặng quà: chậm 25 ngày làm việc (hạn 09/03/2026, thực hiện 13/04/2026; Điều 27 Nghị định 59/2019)"), "{out}");
}

#[test]
fn status_is_derived_shown_and_filtered() {
    let env = Env::with_register();
    for _ in 0..5 {
        env.case().add().ok();
    }
    env.run("case decide XDLI-2026-002 --measure giam-sat --date 05/03/2026")
        .ok();
    env.run("case decide XDLI-2026-003 --measure giam-sat --date 05/03/2026")
        .ok();
    env.run("case end-measure XDLI-2026-003 --date 10/03/2026")
        .ok();
    env.run("case close XDLI-2026-004 --date 10/03/2026 --outcome khong-xung-dot")
        .ok();
    env.reg(&["case", "void", "XDLI-2026-005", "--reason", "Nhập nhầm"])
        .ok();
    let json: serde_json::Value =
        serde_json::from_str(&env.reg(&["case", "list", "--format", "json"]).ok()).unwrap();
    let statuses: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "awaiting_decision",
            "under_measure",
            "measure_ended",
            "closed",
            "void"
        ]
    );
    // The status is never stored.
    assert!(!env.read(CASE_FILE).contains("status"));
    let table = env.reg(&["case", "list", "--status", "dang-ap-dung"]).ok();
    assert!(
        table.contains("XDLI-2026-002")
            && table.contains("Đang áp dụng biện pháp")
            && !table.contains("XDLI-2026-001"),
        "{table}"
    );
    let void = env
        .reg(&["case", "list", "--status", "void", "--format", "json"])
        .ok();
    assert!(void.contains("\"reason\": \"Nhập nhầm\""), "{void}");
    let err = env.reg(&["case", "list", "--status", "lost"]).fails(2);
    assert!(
        err.contains(
            "chọn: awaiting-decision «Chờ quyết định», under-measure «Đang áp dụng biện pháp»"
        ),
        "{err}"
    );
    // The label shown on screen is taken as well as the code.
    let labelled = env
        .reg(&["case", "list", "--status", "Đã hủy", "--format", "json"])
        .ok();
    assert_eq!(labelled, void);
}

#[test]
fn due_lists_what_is_overdue_and_what_falls_due_soon() {
    let env = Env::with_register();
    // Known 02/03 (report due 09/03, decision due 09/03); now is 14/03.
    env.case().add().ok();
    // Received 10/02: hand-over due 24/02 because of Tết.
    env.gift().add().ok();
    // Received 12/03: hand-over due 19/03, five days ahead.
    env.gift().received_on("12/03/2026").add().ok();
    // Received 13/03: due 20/03, beyond a window of 5 days.
    env.gift().received_on("13/03/2026").add().ok();
    let json: serde_json::Value =
        serde_json::from_str(&env.reg(&["due", "--within", "5", "--format", "json"]).ok()).unwrap();
    let rows: Vec<(String, String, String, i64)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().into(),
                d["field"].as_str().unwrap().into(),
                d["due"].as_str().unwrap().into(),
                d["days_late"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "QT-2026-001".into(),
                "handed_over_on".into(),
                "2026-02-24".into(),
                18
            ),
            (
                "XDLI-2026-001".into(),
                "reported_on".into(),
                "2026-03-09".into(),
                5
            ),
            (
                "XDLI-2026-001".into(),
                "measures".into(),
                "2026-03-09".into(),
                5
            ),
            // The quarter's report, due on the 17th (Circular 06/2025 Art. 7(2)).
            (
                "2026-Q1".into(),
                "deadlines.2026-Q1".into(),
                "2026-03-17".into(),
                -3
            ),
            (
                "QT-2026-002".into(),
                "handed_over_on".into(),
                "2026-03-19".into(),
                -5
            ),
        ]
    );
    let table = env.reg(&["due", "--within", "5"]).ok();
    assert!(
        table.contains("Nộp lại quà tặng")
            && table.contains("24/02/2026")
            && table.contains("Phạm Văn Cường"),
        "{table}"
    );
    assert!(table.contains("Điều 26 Nghị định 59/2019"), "{table}");
    // Done steps, void and closed records owe nothing.
    env.reg(&["gift", "handover", "QT-2026-001", "--date", "24/02/2026"])
        .ok();
    env.reg(&["gift", "void", "QT-2026-002", "--reason", "Nhập trùng"])
        .ok();
    // (Closed as no conflict, the case would owe the notice of that finding: see below. A
    // breach is closed only once decided; the notice of the decision is then owed too.)
    env.run("case decide XDLI-2026-001 --measure giam-sat --date 10/03/2026")
        .ok();
    env.run("case notify XDLI-2026-001 --date 10/03/2026").ok();
    env.run("case close XDLI-2026-001 --date 10/03/2026 --outcome het-xung-dot")
        .ok();
    assert_eq!(
        env.reg(&["due", "--within", "2", "--format", "json"]).ok(),
        "[]\n"
    );
}

#[test]
fn log_shows_events_and_the_commits_of_the_file() {
    let env = Env::with_git_register();
    env.case().add().ok();
    env.run("--by 'Hoàng Minh Quân' case decide XDLI-2026-001 --no-conflict --date 05/03/2026")
        .ok();
    let json: serde_json::Value = serde_json::from_str(
        &env.reg(&["case", "log", "XDLI-2026-001", "--format", "json"])
            .ok(),
    )
    .unwrap();
    assert_eq!(json["events"][0]["action"], "created");
    assert_eq!(json["events"][1]["action"], "decide");
    assert_eq!(json["events"][1]["by"], "Hoàng Minh Quân");
    assert_eq!(json["events"][1]["at"], NOW);
    let subjects: Vec<&str> = json["commits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["subject"].as_str().unwrap())
        .collect();
    assert_eq!(
        subjects,
        [
            "case XDLI-2026-001: add",
            "case XDLI-2026-001: decide no conflict"
        ]
    );
    assert_eq!(json["commits"][1]["author"], "Hoàng Minh Quân");
    let table = env
        .reg(&["--lang", "en", "case", "log", "XDLI-2026-001"])
        .ok();
    assert!(
        table.contains("14/03/2026 09:30")
            && table.contains("Author")
            && table.contains("decide no conflict"),
        "{table}"
    );
}

#[test]
fn a_register_without_git_keeps_history_only() {
    let env = Env::with_register();
    env.case().add().ok();
    env.run("case decide XDLI-2026-001 --no-conflict --date 05/03/2026")
        .ok();
    let json: serde_json::Value = serde_json::from_str(
        &env.reg(&["case", "log", "XDLI-2026-001", "--format", "json"])
            .ok(),
    )
    .unwrap();
    assert_eq!(json["events"].as_array().unwrap().len(), 2);
    assert_eq!(json["commits"], serde_json::json!([]));
    assert!(!env.exists("reg/.git"));
}

#[test]
fn auto_commit_off_writes_without_committing() {
    let env = Env::with_git_register();
    let config = env
        .read("reg/coi.yaml")
        .replace("auto_commit: true", "auto_commit: false");
    env.write("reg/coi.yaml", &config);
    env.git("reg", &["commit", "-qam", "turn auto_commit off"]);
    env.case().add().ok();
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "?? cases/\n");
}

#[test]
fn a_service_is_reported_not_handed_over() {
    let env = Env::with_register();
    env.gift()
        .kind("dich-vu")
        .description("Phiếu nghỉ dưỡng 2 đêm")
        .add()
        .ok();
    let due = env.reg(&["due", "--format", "json"]).ok();
    assert!(
        due.contains("\"field\": \"reported_on\"")
            && !due.contains("Written report of a gift of services"),
        "{due}"
    );
    env.run("gift handle QT-2026-001 --outcome tu-choi-dich-vu --date 12/02/2026")
        .ok();
    let due: serde_json::Value =
        serde_json::from_str(&env.reg(&["due", "--kind", "gift", "--format", "json"]).ok())
            .unwrap();
    // Declined in time; what is left is the notice to the giver's body.
    let fields: Vec<&str> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["giver_notified_on"]);
}

#[test]
fn a_temporary_measure_longer_than_90_days_is_refused() {
    let env = Env::with_register();
    env.case().add().ok();
    let err = env
        .run(
            "case decide XDLI-2026-001 --measure tam-chuyen-vi-tri --date 05/03/2026 \
             --from 06/03/2026 --until 30/06/2026",
        )
        .fails(1);
    // 90 days from the decision of 05/03/2026: 03/06/2026.
    assert!(
        err.contains("quyết định ngày 05/03/2026 thì chậm nhất đến ngày 03/06/2026, không thể đến ngày 30/06/2026"),
        "{err}"
    );
}

#[test]
fn a_case_does_not_close_over_a_measure_still_running_unless_the_closing_ends_it() {
    let env = Env::with_git_register();
    env.case().add().ok();
    env.run("case decide XDLI-2026-001 --measure giam-sat --date 05/03/2026")
        .ok();
    env.run("case decide XDLI-2026-001 --measure tam-chuyen-vi-tri --date 06/03/2026")
        .ok();
    let before = env.read(CASE_FILE);
    let commits_before = commits(&env);

    let err = env
        .run("case close XDLI-2026-001 --date 13/03/2026 --outcome het-xung-dot")
        .fails(1);
    assert!(
        err.contains(
            "chưa thể kết thúc vụ việc khi còn biện pháp đang áp dụng: biện pháp 2 \
             (tạm thời chuyển vị trí công tác khác, quyết định ngày 06/03/2026); \
             hãy kết thúc biện pháp trước (coi case end-measure XDLI-2026-001 --date …), \
             hoặc kết thúc vụ việc kèm --end-measures"
        ),
        "{err}"
    );
    assert_eq!(env.read(CASE_FILE), before, "nothing is written");
    assert_eq!(commits(&env), commits_before, "nothing is committed");

    // Supervision lapses with the case; the transfer is ended on record, the same day.
    env.run("case close XDLI-2026-001 --date 13/03/2026 --outcome het-xung-dot --end-measures")
        .ok();
    let text = env.read(CASE_FILE);
    assert!(
        text.contains("- kind: supervision\n  decided_on: 2026-03-05\n- kind: temporary_transfer\n  decided_on: 2026-03-06\n  ended_on: 2026-03-13\n"),
        "{text}"
    );
    let actions: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("  action: "))
        .collect();
    assert_eq!(
        actions,
        ["created", "decide", "decide", "end-measure", "close"]
    );
    assert_eq!(
        commits(&env).last().unwrap(),
        &format!(
            "{CLERK}|case XDLI-2026-001: end-measure temporary transfer; close conflict ended"
        )
    );
    env.reg(&["check"]).ok();
}

#[test]
fn a_case_cannot_be_added_closed_over_a_running_suspension() {
    let env = Env::with_register();
    let err = env
        .case()
        .with(&[
            "--measures-kind",
            "dinh-chi",
            "--measures-decided-on",
            "05/03/2026",
            "--closed-on",
            "10/03/2026",
            "--closed-outcome",
            "xu-ly-vi-pham",
        ])
        .add()
        .fails(1);
    assert!(
        err.contains(
            "--measures-ended-on (#1): vụ việc đã kết thúc nhưng biện pháp này chưa được kết thúc"
        ),
        "{err}"
    );
    assert!(!env.exists(CASE_FILE));
}

#[test]
fn a_notice_never_sent_stays_owed_after_the_case_is_closed() {
    let env = Env::with_register();
    env.case().add().ok();
    env.run("case decide XDLI-2026-001 --measure giam-sat --date 05/03/2026")
        .ok();
    env.run("case close XDLI-2026-001 --date 10/03/2026 --outcome het-xung-dot")
        .ok();
    let notice = "Thông báo bằng văn bản về quyết định";
    let due = env.run("due").ok();
    assert!(
        due.lines()
            .any(|l| l.contains("XDLI-2026-001") && l.contains(notice)),
        "{due}"
    );
    let check = env.reg(&["check"]).ok();
    assert!(
        check.contains(&format!(
            "notified_on: {notice}: chưa thực hiện dù hồ sơ đã kết thúc (hạn 12/03/2026; \
             Điều 31 Nghị định 59/2019)"
        )),
        "{check}"
    );
    // Sent late, it is late, no longer missing.
    env.run("case notify XDLI-2026-001 --date 13/03/2026").ok();
    assert!(!env.run("due").ok().contains(notice));
    let check = env.reg(&["check"]).ok();
    assert!(!check.contains("chưa thực hiện"), "{check}");
    assert!(
        check.contains("chậm 1 ngày làm việc (hạn 12/03/2026, thực hiện 13/03/2026"),
        "{check}"
    );
}

#[test]
fn a_handled_gift_still_owes_its_giver_notice() {
    let env = Env::with_register();
    env.gift().add().ok();
    env.run("gift handover QT-2026-001 --date 10/02/2026").ok();
    env.run("gift handle QT-2026-001 --outcome nop-ngan-sach --date 10/02/2026")
        .ok();
    let due = env.run("due --within 3650").ok();
    assert!(
        due.lines().any(|l| l.contains("QT-2026-001")
            && l.contains("Thông báo cho cơ quan quản lý người tặng quà")),
        "{due}"
    );
}

#[test]
fn show_gives_the_status_and_every_deadline_as_due_and_list_count_them() {
    let env = Env::with_register();
    env.case().add().ok();
    env.run("case decide XDLI-2026-001 --measure giam-sat --date 05/03/2026")
        .ok();
    let json =
        |line: &str| -> serde_json::Value { serde_json::from_str(&env.run(line).ok()).unwrap() };
    let shown = json("--format json case show XDLI-2026-001");
    let listed = json("--format json case list");
    assert_eq!(shown["status"], "under_measure");
    assert_eq!(shown["status"], listed[0]["status"]);
    let states: Vec<(&str, &str, &str)> = shown["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["field"].as_str().unwrap(),
                d["due"].as_str().unwrap(),
                d["state"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("reported_on", "2026-03-09", "open"),
            ("measures", "2026-03-09", "done"),
            ("notified_on", "2026-03-12", "open"),
        ],
        "{shown}"
    );
    // The same due dates as `due`.
    let due = json("--format json due --kind case");
    let owed: Vec<(&str, &str)> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["field"].as_str().unwrap(), d["due"].as_str().unwrap()))
        .collect();
    assert_eq!(
        owed,
        [("reported_on", "2026-03-09"), ("notified_on", "2026-03-12")]
    );

    // Closed without the notice: the notice is a missed step; a late notice is late.
    env.run("case close XDLI-2026-001 --date 10/03/2026 --outcome het-xung-dot")
        .ok();
    let shown = json("--format json case show XDLI-2026-001");
    assert_eq!(shown["status"], "closed");
    assert_eq!(shown["deadlines"][2]["state"], "missed", "{shown}");
    let table = env.run("case show XDLI-2026-001").ok();
    assert!(
        table.contains("Hạn: Thông báo bằng văn bản về quyết định")
            && table.contains("Hạn 12/03/2026, bỏ sót"),
        "{table}"
    );
    env.run("case notify XDLI-2026-001 --date 13/03/2026").ok();
    let shown = json("--format json case show XDLI-2026-001");
    assert_eq!(shown["deadlines"][2]["state"], "late", "{shown}");
    assert_eq!(shown["deadlines"][2]["done"], "2026-03-13", "{shown}");
}

#[test]
fn closing_as_no_conflict_records_the_finding_and_counts_in_xd03() {
    let env = Env::with_git_register();
    env.case().add().ok();
    env.run("case close XDLI-2026-001 --date 06/03/2026 --outcome khong-xung-dot")
        .ok();
    let text = env.read(CASE_FILE);
    assert!(text.contains("no_conflict_on: 2026-03-06\n"), "{text}");
    let log = env.git("reg", &["log", "--format=%s"]);
    assert!(
        log.starts_with("case XDLI-2026-001: decide no conflict; close no conflict\n"),
        "{log}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.run("--format json report --period 2026-Q1").ok()).unwrap();
    let figure = |code: &str| {
        let f = json["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == code)
            .unwrap();
        f["period"].as_u64().unwrap()
    };
    assert_eq!((figure("XD01"), figure("XD03")), (0, 1));

    // A case closed so by hand, without the finding's date, is named by check.
    let undated = text.replace("no_conflict_on: 2026-03-06\n", "");
    env.write(CASE_FILE, &undated);
    let out = env.run("check").stdout;
    assert!(
        out.contains("warning: no_conflict_on: vụ việc kết thúc với kết quả không có xung đột lợi ích nhưng chưa ghi «Ngày xác định không có XĐLI»"),
        "{out}"
    );
}
