//! Temporary suspension and temporary transfer (Decree 59/2019 Arts 46–49): 90 days from the
//! decision at most, a term that ends on a day off ending on the next working day; the
//! cancellation and its publication as steps of the measure; and the 05 calendar days to decide a
//! suspension (Art. 34(2)). Dates around Tết 2026 (16–20/02) and 30/04–01/05/2026.

use crate::harness::{CLERK, Env, Run};

/// A day after every date of these tests: no step is recorded in the future.
const LATER: &str = "2026-09-30T09:00:00+07:00";

fn run(env: &Env, line: &str) -> Run {
    Run::from_output(
        env.command_for(line)
            .env("COI_NOW", LATER)
            .output()
            .expect("coi runs"),
    )
}

/// A case of VP known on `known`, received the day given, with its ID.
fn case(env: &Env, known: &str, received: &str) -> String {
    let out = run(
        env,
        &format!(
            "case add --unit VP --person-name 'Lê Văn Tám' --situation-type art29_8 \
             --situation 'Em ruột có hồ sơ do ông Tám thẩm định' --source self-report \
             --known-on {known} --reported-on {received} --received-on {received} \
             --impact tiem-an --proposed-measure 'Tạm đình chỉ việc thẩm định'"
        ),
    );
    out.ok();
    out.last_line().to_string()
}

const CASE_2025: &str = "reg/cases/2025/XDLI-2025-001.yaml";

#[test]
fn decide_refuses_an_until_past_90_days_from_the_decision_across_tet() {
    let env = Env::with_git_register();
    let id = case(&env, "10/11/2025", "17/11/2025");
    let before = env.read(CASE_2025);
    // Decided 18/11/2025: the 90th day, 16/02/2026, is in Tết, then a weekend: 23/02/2026.
    let err = run(
        &env,
        &format!(
            "case decide {id} --measure tam-dinh-chi --date 18/11/2025 --from 24/11/2025 \
             --until 24/02/2026"
        ),
    )
    .fails(1);
    assert_eq!(
        err,
        "Lỗi: không thực hiện được: tạm đình chỉ, tạm chuyển vị trí công tác không quá 90 ngày \
         kể từ ngày ra quyết định (Điều 47 Nghị định 59/2019): quyết định ngày 18/11/2025 thì \
         chậm nhất đến ngày 23/02/2026, không thể đến ngày 24/02/2026\n"
    );
    assert_eq!(env.read(CASE_2025), before, "a refused step writes nothing");
    run(
        &env,
        &format!(
            "case decide {id} --measure tam-dinh-chi --date 18/11/2025 --from 24/11/2025 \
             --until 23/02/2026"
        ),
    )
    .ok();
    assert!(env.read(CASE_2025).contains("  until: 2026-02-23\n"));
}

#[test]
fn the_term_around_30_april_ends_on_4_may_the_day_before_and_the_day_after() {
    let env = Env::with_register();
    // Decided 30/01/2026: the 90th day is 30/04, off with 01/05 and the weekend: 04/05.
    for (until, ok) in [
        ("03/05/2026", true),
        ("04/05/2026", true),
        ("05/05/2026", false),
    ] {
        let id = case(&env, "26/01/2026", "27/01/2026");
        let out = run(
            &env,
            &format!(
                "--lang en case decide {id} --measure tam-chuyen-vi-tri --date 30/01/2026 \
                 --until {until}"
            ),
        );
        if ok {
            out.ok();
        } else {
            let err = out.fails(1);
            assert!(
                err.contains("decided on 30/01/2026, it runs until 04/05/2026 at the latest, not until 05/05/2026"),
                "{err}"
            );
        }
    }
}

/// The demo's XDLI-2026-004 as it was: decided 24/04/2026, running until 26/07/2026 and ended
/// that day, three days past the 90 days from its decision (23/07/2026).
const OLD_004: &str = r#"id: XDLI-2026-004
unit: VP
person:
  name: Vũ Thanh Sơn
situation_type: art29_3
situation: Thẩm định hồ sơ của doanh nghiệp mình hướng dẫn
source: reported_by_others
known_on: 2026-04-20
reported_on: 2026-04-21
received_on: 2026-04-22
impact: potential
proposed_measure: Tạm đình chỉ việc thẩm định
measures:
- kind: temporary_suspension
  decided_on: 2026-04-24
  decision_no: Quyết định số 72/QĐ-BQL
  from: 2026-04-28
  until: 2026-07-26
  ended_on: 2026-07-26
notified_on: 2026-04-28
closed:
  'on': 2026-07-27
  outcome: conflict_ended
  discipline: none
history:
- at: 2026-07-27T10:00:00+07:00
  by: Nguyễn Thị Phương Thảo
  action: created
"#;

#[test]
fn xdli_2026_004_ending_past_its_term_is_late_not_done() {
    let env = Env::with_register();
    env.write("reg/cases/2026/XDLI-2026-004.yaml", OLD_004);
    let out = run(&env, "check");
    assert_eq!(out.code, 1, "{}", out.stdout);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            // The cancellation is not recorded: said at the measure, whose field is missing.
            "reg/cases/2026/XDLI-2026-004.yaml:14: warning: measures[0].cancelled_on: Quyết định \
             hủy bỏ quyết định tạm đình chỉ, tạm chuyển vị trí: chưa thực hiện dù hồ sơ đã kết thúc \
             (hạn 30/07/2026; Điều 48 Nghị định 59/2019)",
            "reg/cases/2026/XDLI-2026-004.yaml:18: error: measures[0].until: tạm đình chỉ, tạm \
             chuyển vị trí công tác không quá 90 ngày kể từ ngày ra quyết định (Điều 47 Nghị định \
             59/2019): quyết định ngày 24/04/2026 thì chậm nhất đến ngày 23/07/2026, không thể đến \
             ngày 26/07/2026",
            "reg/cases/2026/XDLI-2026-004.yaml:19: warning: measures[0].ended_on: Hết thời hạn tạm \
             đình chỉ, tạm chuyển vị trí (90 ngày): chậm 3 ngày (hạn 23/07/2026, thực hiện \
             26/07/2026; Điều 47 Nghị định 59/2019)",
            "Đã kiểm tra 1 hồ sơ: 1 lỗi, 2 cảnh báo.",
        ]
    );
    // `show` says the end of the term was late, not done.
    let shown = run(&env, "--format json case show XDLI-2026-004").ok();
    let json: serde_json::Value = serde_json::from_str(&shown).unwrap();
    let steps = json["deadlines"].as_array().expect("deadlines in show");
    let ended = (steps.iter())
        .find(|s| s["field"] == "measures[0].ended_on")
        .expect("the end of the term");
    assert_eq!(ended["due"], "2026-07-23");
    assert_eq!(ended["state"], "late");
    // The same dates are refused when the decision is recorded.
    let id = case(&env, "20/04/2026", "22/04/2026");
    let err = run(
        &env,
        &format!(
            "case decide {id} --measure tam-dinh-chi --date 24/04/2026 --from 28/04/2026 \
             --until 26/07/2026"
        ),
    )
    .fails(1);
    assert!(
        err.contains("24/04/2026") && err.contains("26/07/2026"),
        "{err}"
    );
}

#[test]
fn a_temporary_measure_is_cancelled_and_its_cancellation_made_public() {
    let env = Env::with_git_register();
    let id = case(&env, "10/11/2025", "11/11/2025");
    run(
        &env,
        &format!("case decide {id} --measure tam-dinh-chi --date 13/11/2025 --until 11/02/2026"),
    )
    .ok();
    // Nothing to publish before the cancellation.
    let err = run(
        &env,
        &format!("case publish-cancellation {id} --date 20/02/2026 --form hop"),
    )
    .fails(1);
    assert!(
        err.contains("coi case cancel-measure XDLI-2025-001 --date"),
        "{err}"
    );
    // The term ends on Wednesday 11/02/2026; cancelled on Monday 23/02, after Tết.
    let out = run(
        &env,
        &format!(
            "case cancel-measure {id} --date 23/02/2026 --decision-no 'Quyết định số 12/QĐ-BQL'"
        ),
    )
    .ok();
    assert!(
        out.starts_with("Đã ghi «Hủy bỏ quyết định: tạm đình chỉ công tác»"),
        "{out}"
    );
    run(
        &env,
        &format!("case publish-cancellation {id} --date 24/02/2026 --form niem-yet"),
    )
    .ok();
    let text = env.read(CASE_2025);
    assert!(
        text.contains(
            "  until: 2026-02-11\n  ended_on: 2026-02-23\n  cancelled_on: 2026-02-23\n  \
             cancellation_no: Quyết định số 12/QĐ-BQL\n  published_on: 2026-02-24\n  \
             publication: posting\n"
        ),
        "{text}"
    );
    let subjects = env.git("reg", &["log", "-3", "--reverse", "--format=%an|%s"]);
    assert_eq!(
        subjects.lines().collect::<Vec<_>>(),
        [
            format!("{CLERK}|case {id}: add"),
            format!("{CLERK}|case {id}: decide temporary suspension"),
            format!(
                "{CLERK}|case {id}: end-measure temporary suspension; cancel-measure temporary suspension"
            ),
            format!("{CLERK}|case {id}: publish-cancellation posting"),
        ][1..]
    );
    let log = run(&env, &format!("case log {id}")).ok();
    assert!(
        log.contains("Công khai quyết định hủy bỏ: niêm yết tại trụ sở 15 ngày liên tục"),
        "{log}"
    );
    // Again: refused, nothing written.
    let err = run(&env, &format!("case cancel-measure {id} --date 24/02/2026")).fails(1);
    assert!(err.contains("đã được hủy bỏ ngày 23/02/2026"), "{err}");
    // The measure was ended by its cancellation on 23/02, past its term: late by 12 days; the
    // cancellation itself was due by 25/02 (12, 13, 23, 24, 25/02): done.
    let shown = run(&env, &format!("--format json case show {id}")).ok();
    let json: serde_json::Value = serde_json::from_str(&shown).unwrap();
    let state = |field: &str| {
        let steps = json["deadlines"].as_array().unwrap();
        let step = steps.iter().find(|s| s["field"] == field).unwrap();
        (
            step["due"].as_str().unwrap().to_string(),
            step["state"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        state("measures[0].ended_on"),
        ("2026-02-11".into(), "late".into())
    );
    assert_eq!(
        state("measures[0].cancelled_on"),
        ("2026-02-25".into(), "done".into())
    );
    // Published 24/02, due by 02/03 (24, 25, 26, 27/02, 02/03).
    assert_eq!(
        state("measures[0].published_on"),
        ("2026-03-02".into(), "done".into())
    );
}

#[test]
fn the_cancellation_is_due_five_working_days_after_the_term_across_tet() {
    let env = Env::with_register();
    // Term ends 11/02/2026; due 25/02 (Tết 16–20/02 between): 24 and 25 on time, 26 late.
    for day in ["24/02/2026", "25/02/2026", "26/02/2026"] {
        let id = case(&env, "10/11/2025", "11/11/2025");
        run(
            &env,
            &format!("case decide {id} --measure tam-dinh-chi --date 13/11/2025"),
        )
        .ok();
        run(&env, &format!("case end-measure {id} --date 11/02/2026")).ok();
        run(&env, &format!("case cancel-measure {id} --date {day}")).ok();
    }
    let out = run(&env, "check").ok();
    let late: Vec<&str> = out.lines().filter(|l| l.contains("cancelled_on")).collect();
    assert_eq!(late.len(), 1, "{out}");
    assert!(
        late[0].starts_with("reg/cases/2025/XDLI-2025-003.yaml"),
        "{out}"
    );
    assert!(
        late[0].contains("chậm 1 ngày làm việc (hạn 25/02/2026, thực hiện 26/02/2026; Điều 48"),
        "{out}"
    );
}

#[test]
fn the_publication_is_due_five_working_days_after_the_cancellation_across_30_april() {
    let env = Env::with_register();
    // Cancelled Tuesday 28/04/2026: 29/04, 04, 05, 06, 07/05.
    for day in ["06/05/2026", "07/05/2026", "08/05/2026"] {
        let id = case(&env, "02/02/2026", "02/02/2026");
        run(
            &env,
            &format!("case decide {id} --measure tam-chuyen-vi-tri --date 03/02/2026"),
        )
        .ok();
        run(&env, &format!("case end-measure {id} --date 24/04/2026")).ok();
        run(&env, &format!("case cancel-measure {id} --date 28/04/2026")).ok();
        run(
            &env,
            &format!("case publish-cancellation {id} --date {day} --form hop"),
        )
        .ok();
    }
    let out = run(&env, "check").ok();
    let late: Vec<&str> = out.lines().filter(|l| l.contains("published_on")).collect();
    assert_eq!(late.len(), 1, "{out}");
    assert!(
        late[0].starts_with("reg/cases/2026/XDLI-2026-003.yaml"),
        "{out}"
    );
    assert!(
        late[0].contains("(hạn 07/05/2026, thực hiện 08/05/2026; Điều 49"),
        "{out}"
    );
}

#[test]
fn a_suspension_is_decided_within_five_calendar_days_of_the_report() {
    let env = Env::with_register();
    // Received Saturday 25/04/2026: the 5th day, 30/04, is off, then 01/05 and a weekend.
    for day in ["03/05/2026", "04/05/2026", "05/05/2026"] {
        let id = case(&env, "24/04/2026", "25/04/2026");
        run(
            &env,
            &format!("case decide {id} --measure dinh-chi --date {day}"),
        )
        .ok();
    }
    let out = run(&env, "check").ok();
    let late: Vec<&str> = out.lines().filter(|l| l.contains("Điều 34")).collect();
    assert_eq!(late.len(), 1, "{out}");
    assert!(
        late[0].starts_with("reg/cases/2026/XDLI-2026-003.yaml"),
        "{out}"
    );
    assert!(
        late[0].contains("chậm 1 ngày (hạn 04/05/2026, thực hiện 05/05/2026"),
        "{out}"
    );
}

#[test]
fn only_a_temporary_measure_is_cancelled() {
    let env = Env::with_register();
    let id = case(&env, "02/03/2026", "03/03/2026");
    run(
        &env,
        &format!("case decide {id} --measure giam-sat --date 05/03/2026"),
    )
    .ok();
    let err = run(&env, &format!("case cancel-measure {id} --date 10/03/2026")).fails(1);
    assert!(
        err.contains("không có quyết định tạm đình chỉ, tạm chuyển vị trí công tác nào"),
        "{err}"
    );
    let err = run(
        &env,
        &format!("case cancel-measure {id} --measure 1 --date 10/03/2026"),
    )
    .fails(1);
    assert!(err.contains("không phải biện pháp «Giám sát»"), "{err}");
}
