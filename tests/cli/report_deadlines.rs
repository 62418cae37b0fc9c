//! The province's report deadlines (`deadlines` in coi.yaml) in `due` and `status`, until a
//! submission tag `bao-cao/<period>` marks the report sent. The clock is 14/03/2026.

use crate::harness::Env;

/// Adds `deadlines` to the register's coi.yaml.
fn set_deadlines(env: &Env, lines: &str) {
    let config = env.read("reg/coi.yaml");
    env.write("reg/coi.yaml", &format!("{config}deadlines:\n{lines}"));
}

fn json(env: &Env, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&env.reg(args).ok()).unwrap()
}

/// The rows of `due --format json` as (id, field, due, days late).
fn due_rows(env: &Env, within: &str) -> Vec<(String, String, String, i64)> {
    json(env, &["--format", "json", "due", "--within", within])
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
        .collect()
}

fn row(id: &str, field: &str, due: &str, late: i64) -> (String, String, String, i64) {
    (id.into(), field.into(), due.into(), late)
}

#[test]
fn a_deadline_shows_in_due_once_it_falls_within_the_horizon() {
    let env = Env::with_register();
    set_deadlines(&env, "  2026-Q1: 25/03/2026\n");
    // Eleven days ahead: beyond the default seven.
    assert_eq!(
        env.reg(&["due"]).ok(),
        "Không có việc nào quá hạn hoặc đến hạn trong 7 ngày tới.\n"
    );
    assert!(due_rows(&env, "10").is_empty());
    assert_eq!(
        due_rows(&env, "11"),
        [row("2026-Q1", "deadlines.2026-Q1", "2026-03-25", -11)]
    );
    let rows = json(&env, &["--format", "json", "due", "--within", "11"]);
    assert_eq!(rows[0]["who"], "Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh)");
    assert_eq!(rows[0]["what"], "Báo cáo quý I năm 2026");
    assert_eq!(rows[0]["basis"], "Hạn báo cáo của tỉnh, ghi trong coi.yaml");
    let table = env.reg(&["due", "--within", "11"]).ok();
    assert!(
        table.contains(
            "│ 2026-Q1 ┆        ┆ Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) ┆ Báo cáo quý I năm 2026 ┆ \
             25/03/2026 ┆ Còn 11 ngày ┆ Hạn báo cáo của tỉnh, ghi trong coi.yaml │"
        ),
        "{table}"
    );
    let en = env.reg(&["--lang", "en", "due", "--within", "11"]).ok();
    assert!(
        en.contains("Report for quarter I 2026")
            && en.contains("11 days left")
            && en.contains("The province's report deadline, set in coi.yaml"),
        "{en}"
    );
    // Not yet due: status names it under the period, as the next deadline.
    let status = env.reg(&["status"]).ok();
    assert!(
        status.starts_with(
            "Ban Quản lý Khu kinh tế tỉnh\n\
             Kỳ báo cáo hiện tại: Quý I năm 2026 (từ 15/12/2025 đến 14/03/2026)\n\
             Báo cáo 2026-Q1: hạn 25/03/2026, còn 11 ngày\n\n"
        ),
        "{status}"
    );
    assert!(status.contains("Không có việc quá hạn."), "{status}");
}

#[test]
fn a_deadline_past_is_overdue_in_due_and_status_among_the_records_by_date() {
    let env = Env::with_register();
    // Hand-over due 24/02/2026.
    env.gift().add().ok();
    set_deadlines(
        &env,
        "  2026-Q1: 2026-03-10\n  2025-Q4: 2025-12-18\n  2026-6M: 2026-06-18\n",
    );
    assert_eq!(
        due_rows(&env, "7"),
        [
            row("2025-Q4", "deadlines.2025-Q4", "2025-12-18", 86),
            row("QT-2026-001", "handed_over_on", "2026-02-24", 18),
            row("2026-Q1", "deadlines.2026-Q1", "2026-03-10", 4),
        ]
    );
    let table = env.reg(&["due"]).ok();
    assert!(
        table.contains("│ 2026-Q1     ┆        ┆ Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) ┆ Báo cáo quý I năm 2026  ┆ 10/03/2026 ┆ Trễ 4 ngày  ┆"),
        "{table}"
    );
    assert!(
        table.contains("┆ Báo cáo quý IV năm 2025 ┆ 18/12/2025 ┆ Trễ 86 ngày ┆"),
        "{table}"
    );
    assert_eq!(due_rows(&env, "96").last().unwrap().0, "2026-6M");

    let status = env.reg(&["status"]).ok();
    // The next deadline ahead under the period; those past with the steps overdue, by date.
    assert!(
        status.starts_with(
            "Ban Quản lý Khu kinh tế tỉnh\n\
             Kỳ báo cáo hiện tại: Quý I năm 2026 (từ 15/12/2025 đến 14/03/2026)\n\
             Báo cáo 2026-6M: hạn 18/06/2026, còn 96 ngày\n\n"
        ),
        "{status}"
    );
    assert!(
        status.ends_with(
            "\nViệc quá hạn (xem «coi due»):\n\
             \x20 Báo cáo 2025-Q4: hạn 18/12/2025, trễ 86 ngày\n\
             \x20 QT-2026-001 Phạm Văn Cường: Nộp lại quà tặng — hạn 24/02/2026, trễ 18 ngày\n\
             \x20 Báo cáo 2026-Q1: hạn 10/03/2026, trễ 4 ngày\n"
        ),
        "{status}"
    );
    let status = json(&env, &["--format", "json", "status"]);
    assert_eq!(
        status["overdue"],
        serde_json::json!([
            "Báo cáo 2025-Q4: hạn 18/12/2025, trễ 86 ngày",
            "QT-2026-001 Phạm Văn Cường: Nộp lại quà tặng — hạn 24/02/2026, trễ 18 ngày",
            "Báo cáo 2026-Q1: hạn 10/03/2026, trễ 4 ngày",
        ])
    );
    assert_eq!(
        status["report_deadlines"],
        serde_json::json!([
            {"period": "2025-Q4", "due": "2025-12-18", "days_late": 86},
            {"period": "2026-Q1", "due": "2026-03-10", "days_late": 4},
            {"period": "2026-6M", "due": "2026-06-18", "days_late": -96},
        ])
    );
    // On its day a deadline is due, not yet overdue.
    let mut cmd = env.command_for("status");
    let out = cmd
        .env("COI_NOW", "2026-06-18T08:00:00+07:00")
        .output()
        .unwrap();
    let on_the_day = String::from_utf8(out.stdout).unwrap();
    assert!(
        on_the_day.contains("\nBáo cáo 2026-6M: hạn 18/06/2026, đến hạn hôm nay\n\n"),
        "{on_the_day}"
    );
}

#[test]
fn a_submission_tag_marks_the_report_sent() {
    let env = Env::with_git_register();
    set_deadlines(
        &env,
        "  2025-Q4: 2025-12-18\n  2026-Q1: 2026-03-10\n  2026-6M: 2026-06-18\n",
    );
    let owed =
        |env: &Env| -> Vec<String> { due_rows(env, "365").into_iter().map(|r| r.0).collect() };
    assert_eq!(owed(&env), ["2025-Q4", "2026-Q1", "2026-6M"]);
    // A clerk's hand-made tag; a tag of another period sends nothing else.
    env.git("reg", &["tag", "bao-cao/2026-Q1"]);
    env.git("reg", &["tag", "bao-cao/2026-Q2"]);
    assert_eq!(owed(&env), ["2025-Q4", "2026-6M"]);
    let status = env.reg(&["status"]).ok();
    assert!(!status.contains("2026-Q1"), "{status}");
    assert!(
        status.contains("\n  Báo cáo 2025-Q4: hạn 18/12/2025, trễ 86 ngày\n"),
        "{status}"
    );
    // An annotated tag, as a submission records it, and a second submission of a period.
    env.git(
        "reg",
        &[
            "tag",
            "-a",
            "bao-cao/2025-Q4",
            "-m",
            "Báo cáo quý IV năm 2025",
        ],
    );
    env.git("reg", &["tag", "bao-cao/2026-6M-2"]);
    assert!(owed(&env).is_empty());
    let status = json(&env, &["--format", "json", "status"]);
    assert_eq!(status["overdue"], serde_json::json!([]));
    assert!(status.get("report_deadlines").is_none(), "{status}");
}

/// With no `deadlines` in `coi.yaml`, the circular's stand: quarter I, the 6 and 9 months and
/// the year, each due on the 17th of its last month (Circular 06/2025 Art. 7(2)), said as such.
#[test]
fn without_deadlines_of_its_own_a_register_owes_the_circulars() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let status = env.reg(&["status"]).ok();
    assert!(
        status.contains(
            "(từ 15/12/2025 đến 14/03/2026)\nBáo cáo 2026-Q1: hạn 17/03/2026, còn 3 ngày\n"
        ),
        "{status}"
    );
    let due = json(
        &env,
        &[
            "due",
            "--kind",
            "han-bao-cao",
            "--within",
            "100",
            "--format",
            "json",
        ],
    );
    let rows: Vec<(&str, &str, &str)> = (due.as_array().unwrap().iter())
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap();
            (s("id"), s("due"), s("basis"))
        })
        .collect();
    let basis =
        "Ngày 17 tháng cuối kỳ, khoản 2 Điều 7 Thông tư 06/2025/TT-TTCP (coi.yaml không ghi hạn)";
    assert_eq!(
        rows,
        [
            ("2026-Q1", "2026-03-17", basis),
            ("2026-6M", "2026-06-17", basis)
        ]
    );
    // Sent, it is owed no more; a deadline of the province's own replaces the circular's.
    env.git("reg", &["tag", "bao-cao/2026-Q1"]);
    let status = env.reg(&["status"]).ok();
    assert!(!status.contains("Báo cáo 2026-Q1"), "{status}");
    set_deadlines(&env, "  2026-6M: 2026-06-12\n");
    env.git("reg", &["commit", "-qam", "config: edit deadlines"]);
    let due = json(
        &env,
        &[
            "due",
            "--kind",
            "han-bao-cao",
            "--within",
            "100",
            "--format",
            "json",
        ],
    );
    assert_eq!(due[0]["due"], "2026-06-12", "{due}");
    assert_eq!(due.as_array().unwrap().len(), 1, "{due}");
}

/// A register without git cannot tag a report as sent: of the circular's deadlines it is told
/// only those still ahead, never one it could not mark done.
#[test]
fn a_register_without_git_is_told_only_the_circulars_deadlines_ahead() {
    let env = Env::with_register();
    let ahead = env.reg(&["status"]).ok();
    assert!(
        ahead.contains("Báo cáo 2026-Q1: hạn 17/03/2026, còn 3 ngày"),
        "{ahead}"
    );
    let mut later = env.command_for("status");
    later.env("COI_NOW", "2026-03-20T09:00:00+07:00");
    let later = crate::harness::Run::from_output(later.output().unwrap()).ok();
    assert!(!later.contains("Báo cáo 2026-Q1"), "{later}");
}

#[test]
fn a_deadline_keyed_by_no_period_is_refused_at_its_line() {
    let env = Env::with_register();
    set_deadlines(&env, "  Quý 1: 2026-03-18\n");
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with(
            "reg/coi.yaml:17: error: deadlines.Quý 1: kỳ báo cáo không hợp lệ: «Quý 1» \
             (dạng 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M hoặc 2026)\n"
        ),
        "{}",
        out.stdout
    );
    env.reg(&["due"]).fails(1);
    // The period as `coi report --period` names it, so that its tag can match.
    env.write(
        "reg/coi.yaml",
        &env.read("reg/coi.yaml").replace("Quý 1", "2026-q1"),
    );
    let out = env.reg(&["check"]);
    assert!(
        out.stdout.starts_with(
            "reg/coi.yaml:17: error: deadlines.2026-q1: «2026-q1» cần viết là «2026-Q1» trong tệp\n"
        ),
        "{}",
        out.stdout
    );
}
