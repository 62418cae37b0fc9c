//! The audit's cases of the law to the letter (Decree 59/2019, as ../shared/DOMAIN.md quotes it),
//! each as a named test.

use crate::harness::{Env, Run};

/// Runs `line` on the register with the clock at the end of June 2026.
fn in_june(env: &Env, line: &str) -> Run {
    let mut cmd = env.command_for(line);
    cmd.env("COI_NOW", "2026-06-30T09:00:00+07:00");
    Run::from_output(cmd.output().unwrap())
}

fn figure(env: &Env, period: &str, code: &str) -> (u64, u64) {
    let out = in_june(env, &format!("--format json report --period {period}")).ok();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let f = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("{code}"));
    (
        f["period"].as_u64().unwrap(),
        f["year_to_date"].as_u64().unwrap(),
    )
}

#[test]
fn a_coded_and_an_uncoded_record_of_one_person_in_different_quarters_are_one_person() {
    let env = Env::with_register();
    let gift = |unit: &str, code: Option<&str>, received: &str, handed: &str| {
        let code = code.map_or(String::new(), |c| format!(" --recipient-code {c}"));
        in_june(
            &env,
            &format!(
                "gift add --unit {unit} --recipient-name 'Nguyễn Văn An'{code} \
                 --received-on {received} --handed-over-on {handed} \
                 --giver-name 'Công ty TNHH Minh Phát' --kind tien-mat --description 'Phong bì' \
                 --value-vnd 1.000.000"
            ),
        )
        .ok();
    };
    // Q1: CB-017, then in VP. Q2: moved to QLDN (coded there), and one more record in VP
    // written without the code.
    gift("VP", Some("CB-017"), "10/02/2026", "12/02/2026");
    gift("QLDN", Some("CB-017"), "10/04/2026", "13/04/2026");
    gift("VP", None, "20/04/2026", "22/04/2026");
    assert_eq!(figure(&env, "2026-Q2", "QT01"), (1, 1));
    assert_eq!(figure(&env, "2026-Q1", "QT01"), (1, 1));
    assert_eq!(figure(&env, "2026-6M", "QT01"), (1, 1));
}

/// A report made before its period ends says as of which day its figures are, on the first
/// page and in the terminal, and says its state «at the end» of that day; the day is today,
/// the day given to `--as-of`, or the day of the revision given to it.
#[test]
fn a_report_made_before_its_period_ends_says_the_day_its_figures_run_to() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let early = "Kỳ báo cáo chưa kết thúc: số liệu đến ngày 14/03/2026";
    let out = env.run("report --period 2026 --docx early.docx").ok();
    assert!(out.contains(early), "{out}");
    let said = crate::docx::paragraphs(&env.path("early.docx"));
    assert!(said.iter().any(|p| p == &format!("{early}.")), "{said:?}");
    assert!(
        said.iter()
            .any(|p| p.starts_with("Đến ngày 14/03/2026, còn 1 trường hợp chưa xử lý xong;")),
        "{said:?}"
    );
    // The same state read back later gives the same day: the commit's, or the one asked for.
    let later = |line: &str| {
        let mut cmd = env.command_for(line);
        cmd.env("COI_NOW", "2026-06-30T09:00:00+07:00");
        Run::from_output(cmd.output().unwrap()).ok()
    };
    let again = later("report --period 2026 --as-of HEAD");
    assert!(again.contains(early), "{again}");
    let asked = later("report --period 2026 --as-of 20/05/2026");
    assert!(
        asked.contains("Kỳ báo cáo chưa kết thúc: số liệu đến ngày 20/05/2026"),
        "{asked}"
    );
    // A finished period says nothing of the kind, and the same run gives the same bytes.
    let q1 = env.run("report --period 2026-Q1").ok();
    assert!(!q1.contains("chưa kết thúc"), "{q1}");
    assert_eq!(env.run("report --period 2026-Q1").ok(), q1);
    assert_eq!(later("report --period 2026 --as-of HEAD"), again);
}
