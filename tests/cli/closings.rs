//! How things end, and when: no breach closes without a decision, no date of what has happened
//! is after today, a service is never handed over and a gift of the agency itself is never late;
//! and how the report counts what is still not done past its limit. The harness's today is
//! Saturday 14/03/2026.

use std::process::Command;

use crate::harness::{Env, Run};

const CASE_FILE: &str = "reg/cases/2026/XDLI-2026-001.yaml";
const GIFT_FILE: &str = "reg/gifts/2026/QT-2026-001.yaml";

/// A command run with `COI_NOW` at 09:30 of `day` (`YYYY-MM-DD`).
fn on(day: &str, mut cmd: Command) -> Run {
    cmd.env("COI_NOW", format!("{day}T09:30:00+07:00"));
    Run::from_output(cmd.output().expect("coi runs"))
}

/// The figures of one indicator in `coi report … --format json`: (period, year to date).
fn figure(env: &Env, period: &[&str], code: &str) -> (u64, u64) {
    let mut args = vec!["report"];
    args.extend_from_slice(period);
    args.extend(["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&env.reg(&args).ok()).unwrap();
    let f = (json["indicators"].as_array().unwrap().iter())
        .find(|f| f["code"] == code)
        .unwrap_or_else(|| panic!("no {code}"));
    (
        f["period"].as_u64().unwrap(),
        f["year_to_date"].as_u64().unwrap(),
    )
}

// ── No breach closes silently ───────────────────────────────────────────────────────────────

/// The audit's case: a case closed with no decision on record.
#[test]
fn a_case_closed_with_no_decision_is_refused_with_a_hint() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let before = env.read(CASE_FILE);
    let head = env.git("reg", &["rev-parse", "HEAD"]);
    let err = env
        .run("case close XDLI-2026-001 --date 10/03/2026 --outcome het-xung-dot")
        .fails(1);
    assert_eq!(
        err,
        "Lỗi: không thực hiện được: chưa thể kết thúc vụ việc với kết quả «đã chấm dứt xung đột lợi ích» \
         khi chưa có quyết định: chưa có biện pháp kiểm soát nào và chưa xác định không có xung đột lợi ích\n  \
         gợi ý: ghi quyết định trước (coi case decide XDLI-2026-001 --measure … --date …, hoặc --no-conflict), \
         rồi kết thúc vụ việc\n"
    );
    let err = env
        .run("--lang en case close XDLI-2026-001 --date 10/03/2026 --outcome xu-ly-vi-pham --discipline khien-trach")
        .fails(1);
    assert!(
        err.contains("the case cannot be closed as 'violation handled' with no decision")
            && err.contains("record the decision first (coi case decide XDLI-2026-001"),
        "{err}"
    );
    assert_eq!(env.read(CASE_FILE), before);
    assert_eq!(env.git("reg", &["rev-parse", "HEAD"]), head);
    // Once decided, it closes; closed as "no conflict", the closing is itself the finding.
    env.run("case decide XDLI-2026-001 --measure giam-sat --date 05/03/2026")
        .ok();
    env.run("case close XDLI-2026-001 --date 10/03/2026 --outcome het-xung-dot")
        .ok();
    env.case().add().ok();
    env.run("case close XDLI-2026-002 --date 10/03/2026 --outcome khong-xung-dot")
        .ok();
}

/// The audit's case, by hand: `check` says it is an error at `closed.outcome`, `due` keeps the
/// decision owed, and the report leaves the record out as any record with errors.
#[test]
fn a_case_closed_by_hand_with_no_decision_is_an_error_and_stays_due() {
    let env = Env::with_register();
    env.case().add().ok();
    let text = env.read(CASE_FILE).replace(
        "history:",
        "closed:\n  'on': 2026-03-10\n  outcome: conflict_ended\nhistory:",
    );
    env.write(CASE_FILE, &text);
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains(
            "cases/2026/XDLI-2026-001.yaml:12: error: closed.outcome: vụ việc kết thúc với kết quả \
             «đã chấm dứt xung đột lợi ích» nhưng chưa có quyết định nào (biện pháp kiểm soát hoặc \
             xác định không có XĐLI): một vi phạm không được kết thúc mà không có quyết định"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("measures: Thủ trưởng quyết định biện pháp kiểm soát: chưa thực hiện dù hồ sơ đã kết thúc"),
        "{}",
        out.stdout
    );
    let due: serde_json::Value =
        serde_json::from_str(&env.reg(&["due", "--kind", "case", "--format", "json"]).ok())
            .unwrap();
    let owed: Vec<(&str, &str)> = (due.as_array().unwrap().iter())
        .map(|d| (d["id"].as_str().unwrap(), d["field"].as_str().unwrap()))
        .collect();
    assert_eq!(owed, [("XDLI-2026-001", "measures")]);
}

// ── No date after today ─────────────────────────────────────────────────────────────────────

#[test]
fn add_refuses_a_date_of_what_happened_after_today() {
    let env = Env::with_register();
    // The day before and the day itself are taken; the day after is refused, naming both days.
    env.gift().received_on("13/03/2026").add().ok();
    env.gift().received_on("14/03/2026").add().ok();
    let err = env.gift().received_on("15/03/2026").add().fails(1);
    assert_eq!(
        err,
        "Lỗi: hồ sơ không hợp lệ, chưa ghi:\n  --received-on: Ngày nhận quà (15/03/2026) sau ngày \
         hôm nay (14/03/2026); chỉ ghi ngày của việc đã xảy ra\n"
    );
    let err = env
        .case()
        .with(&[
            "--measures-kind",
            "giam-sat",
            "--measures-decided-on",
            "16/03/2026",
        ])
        .with(&["--lang", "en"])
        .add()
        .fails(1);
    assert!(
        err.contains(
            "--measures-decided-on (#1): Decided on (16/03/2026) is after today (14/03/2026); \
             only the date of something that has happened is recorded"
        ),
        "{err}"
    );
    assert!(!env.exists("reg/gifts/2026/QT-2026-003.yaml"));
    assert!(!env.exists(CASE_FILE));
    // The same add, once its day has come.
    on("2026-03-15", env.gift().received_on("15/03/2026").command()).ok();
}

#[test]
fn every_step_refuses_a_date_after_today_and_takes_today() {
    let env = Env::with_register();
    env.case().add().ok();
    env.gift().add().ok();
    let refused = |line: &str, words: &str| {
        let (case, gift) = (env.read(CASE_FILE), env.read(GIFT_FILE));
        let err = env.run(line).fails(1);
        assert!(err.contains(words), "{line}: {err}");
        assert!(
            err.contains("sau ngày hôm nay (14/03/2026)"),
            "{line}: {err}"
        );
        assert_eq!(env.read(CASE_FILE), case, "{line}");
        assert_eq!(env.read(GIFT_FILE), gift, "{line}");
    };
    refused(
        "case decide XDLI-2026-001 --measure tam-chuyen-vi-tri --date 15/03/2026",
        "measures[0].decided_on: Ngày quyết định (15/03/2026)",
    );
    // A measure's end is a plan: it may lie ahead.
    env.run(
        "case decide XDLI-2026-001 --measure tam-chuyen-vi-tri --date 14/03/2026 \
         --from 14/03/2026 --until 30/04/2026",
    )
    .ok();
    refused(
        "case notify XDLI-2026-001 --date 15/03/2026",
        "notified_on: Ngày thông báo (15/03/2026)",
    );
    env.run("case notify XDLI-2026-001 --date 14/03/2026").ok();
    refused(
        "case end-measure XDLI-2026-001 --date 15/03/2026",
        "measures[0].ended_on: Ngày kết thúc (15/03/2026)",
    );
    refused(
        "case close XDLI-2026-001 --date 15/03/2026 --outcome het-xung-dot --end-measures",
        "closed.on: Ngày kết thúc vụ việc (15/03/2026)",
    );
    env.run("case close XDLI-2026-001 --date 14/03/2026 --outcome het-xung-dot --end-measures")
        .ok();
    refused(
        "gift handover QT-2026-001 --date 15/03/2026",
        "handed_over_on: Ngày nộp lại quà (15/03/2026)",
    );
    env.run("gift handover QT-2026-001 --date 13/03/2026").ok();
    refused(
        "gift handle QT-2026-001 --outcome nop-ngan-sach --date 15/03/2026",
        "handling.decided_on: Ngày quyết định xử lý (15/03/2026)",
    );
    env.run("gift handle QT-2026-001 --outcome nop-ngan-sach --date 14/03/2026")
        .ok();
    refused(
        "gift handle QT-2026-001 --outcome nop-ngan-sach --date 14/03/2026 --paid-on 15/03/2026 --amount 2.000.000",
        "handling.paid_to_budget_on: Ngày nộp ngân sách (15/03/2026)",
    );
    refused(
        "gift notify QT-2026-001 --date 15/03/2026",
        "giver_notified_on: Ngày thông báo cơ quan người tặng (15/03/2026)",
    );
    env.run("gift notify QT-2026-001 --date 14/03/2026").ok();
    // An inspection entered ahead is a plan; its conclusion is not.
    env.run(
        "inspection add --unit VP --inspected-units QLDN --kind theo-ke-hoach --start-on 20/03/2026 \
         --subject 'Kiểm tra việc thẩm định hồ sơ'",
    )
    .ok();
    let err = env
        .run("inspection conclude KT-2026-001 --date 25/03/2026 --violations 0")
        .fails(1);
    assert!(err.contains("sau ngày hôm nay (14/03/2026)"), "{err}");
    env.reg(&["check"]).ok();
    // A measure decided today may start ahead.
    env.case().add().ok();
    env.run(
        "case decide XDLI-2026-002 --measure tam-chuyen-vi-tri --date 14/03/2026 \
         --from 16/03/2026 --until 30/04/2026",
    )
    .ok();
}

#[test]
fn check_warns_about_a_date_after_today_found_in_a_file() {
    let env = Env::with_register();
    env.gift().stated().add().ok();
    env.run("gift handover QT-2026-001 --date 12/02/2026").ok();
    let text = env
        .read(GIFT_FILE)
        .replace("handed_over_on: 2026-02-12", "handed_over_on: 2026-03-15");
    env.write(GIFT_FILE, &text);
    let out = env.reg(&["check"]).ok();
    assert!(
        out.contains(
            "gifts/2026/QT-2026-001.yaml:17: warning: handed_over_on: Ngày nộp lại quà (15/03/2026) \
             sau ngày hôm nay (14/03/2026); chỉ ghi ngày của việc đã xảy ra"
        ),
        "{out}"
    );
    // The day after, the same file is clean of it.
    let out = on("2026-03-15", env.command_for("check")).ok();
    assert!(!out.contains("sau ngày hôm nay"), "{out}");
}

// ── Gifts ───────────────────────────────────────────────────────────────────────────────────

#[test]
fn a_service_is_never_handed_over() {
    let env = Env::with_register();
    env.gift()
        .kind("dich-vu")
        .description("Phiếu nghỉ dưỡng 02 đêm")
        .with(&["--reported-on", "11/02/2026"])
        .add()
        .ok();
    let before = env.read(GIFT_FILE);
    let err = env
        .run("gift handover QT-2026-001 --date 12/02/2026")
        .fails(1);
    assert_eq!(
        err,
        "Lỗi: không thực hiện được: quà tặng là dịch vụ không nộp lại được (Điều 27 khoản 3 Nghị định \
         59/2019); thủ trưởng thông báo cho bên cung cấp rằng dịch vụ sẽ không được sử dụng\n  \
         gợi ý: ghi việc thông báo không sử dụng dịch vụ: coi gift handle QT-2026-001 --outcome \
         service_declined --date …\n"
    );
    assert_eq!(env.read(GIFT_FILE), before);
    env.run("gift handle QT-2026-001 --outcome service_declined --date 13/02/2026")
        .ok();
    // Handed over by hand: an error of `check`.
    let text = env.read(GIFT_FILE).replace(
        "reported_on: 2026-02-11\n",
        "reported_on: 2026-02-11\nhanded_over_on: 2026-02-12\n",
    );
    env.write(GIFT_FILE, &text);
    let out = env.reg(&["check", "--format", "json"]);
    assert_eq!(out.code, 1);
    let found: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(
        (found.as_array().unwrap().iter())
            .any(|f| f["field"] == "handed_over_on" && f["code"] == "service-handed-over"),
        "{found}"
    );
}

/// A gift the agency itself received (Decree 59 Art. 26(1)) has no hand-over limit: never due,
/// never late, never in QT05, however long it is held; it is still handled under Art. 27.
#[test]
fn an_agency_gift_has_no_hand_over_limit() {
    let env = Env::with_register();
    env.gift()
        .without("--recipient-name")
        .with(&["--recipient-type", "co-quan"])
        .add()
        .ok();
    let due: serde_json::Value =
        serde_json::from_str(&env.reg(&["due", "--kind", "gift", "--format", "json"]).ok())
            .unwrap();
    assert_eq!(due, serde_json::json!([]));
    assert_eq!(figure(&env, &["--period", "2026-Q1"], "QT05"), (0, 0));
    assert_eq!(figure(&env, &["--period", "2026-Q1"], "QT07"), (1, 1));
    env.run("gift handover QT-2026-001 --date 13/03/2026").ok();
    let out = env.reg(&["check"]).ok();
    assert!(!out.contains("chậm"), "{out}");
    assert_eq!(figure(&env, &["--period", "2026-Q1"], "QT05"), (0, 0));
    assert_eq!(figure(&env, &["--period", "2026-Q1"], "QT02"), (1, 1));
    // Handled under Art. 27, with the notice to the giver's body due in 5 working days.
    env.run("gift handle QT-2026-001 --outcome nop-ngan-sach --date 13/03/2026")
        .ok();
    let due = env.reg(&["due", "--format", "json"]).ok();
    assert!(due.contains("\"field\": \"giver_notified_on\""), "{due}");
}

/// The audit's case: a service reported but not declined is held at the period's end (QT07),
/// and never counts as handed over (QT02, QT03) nor as handed over late (QT05).
#[test]
fn a_service_only_reported_counts_in_qt07_and_never_in_qt02_qt03_qt05() {
    let env = Env::with_register();
    env.gift()
        .kind("dich-vu")
        .description("Phiếu nghỉ dưỡng 02 đêm")
        .value("8.000.000")
        .with(&["--reported-on", "11/02/2026"])
        .add()
        .ok();
    for (code, want) in [
        ("QT07", (1, 1)),
        ("QT02", (0, 0)),
        ("QT03", (0, 0)),
        ("QT05", (0, 0)),
    ] {
        assert_eq!(figure(&env, &["--period", "2026-Q1"], code), want, "{code}");
    }
    // Declined in Q2: no longer held at the end of Q2, counted in QT08c, still never handed over.
    on(
        "2026-04-02",
        env.command_for("gift handle QT-2026-001 --outcome service_declined --date 02/04/2026"),
    )
    .ok();
    for (code, want) in [
        ("QT07", (0, 0)),
        ("QT08c", (1, 1)),
        ("QT02", (0, 0)),
        ("QT03", (0, 0)),
        ("QT05", (0, 0)),
    ] {
        assert_eq!(figure(&env, &["--period", "2026-Q2"], code), want, "{code}");
    }
}

// ── Still not done past the limit at the period's end ───────────────────────────────────────

/// A gift received on Tuesday 10/02/2026 is due on 24/02 (Tết keeps 16–20/02 off). Still held at
/// the end of a period, it counts in QT05 only once that end is past 24/02.
#[test]
fn a_gift_still_held_past_its_limit_counts_in_qt05_across_tet() {
    let env = Env::with_register();
    env.gift().add().ok();
    for (to, late) in [("23/02/2026", 0), ("24/02/2026", 0), ("25/02/2026", 1)] {
        let period = ["--from", "01/02/2026", "--to", to];
        assert_eq!(figure(&env, &period, "QT05"), (late, late), "{to}");
    }
}

/// A case received on Tuesday 28/04/2026 is due on 07/05 (30/04 and 01/05 are days off). Still
/// undecided at the end of a period, it counts in XD06 only once that end is past 07/05.
#[test]
fn a_case_still_undecided_past_its_limit_counts_in_xd06_across_30_4() {
    let env = Env::with_register();
    on(
        "2026-05-08",
        env.case()
            .known_on("27/04/2026")
            .with(&["--reported-on", "28/04/2026", "--received-on", "28/04/2026"])
            .command(),
    )
    .ok();
    for (to, late) in [("06/05/2026", 0), ("07/05/2026", 0), ("08/05/2026", 1)] {
        let period = ["--from", "15/04/2026", "--to", to];
        assert_eq!(figure(&env, &period, "XD06"), (late, late), "{to}");
    }
    // Decided the day after: counted once, as a late decision.
    on(
        "2026-05-08",
        env.command_for("case decide XDLI-2026-001 --measure giam-sat --date 08/05/2026"),
    )
    .ok();
    assert_eq!(figure(&env, &["--period", "2026-Q2"], "XD06"), (1, 1));
    assert_eq!(figure(&env, &["--period", "2026"], "XD06"), (1, 1));
}
