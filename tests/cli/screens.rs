//! Screens that stay short on a large register: `status` shows the most urgent steps and counts
//! the rest, `due` filters by unit and kind and stops at `--limit`, `plan` cuts its lists of IDs
//! to the width of the terminal; and the plan year a day belongs to, which `plan`, `plan init`,
//! `status` and `report` agree on.

use unicode_width::UnicodeWidthStr;

use crate::generator::generate;
use crate::harness::{Env, Run};

/// A day the generated registers have many records before and some steps still ahead of.
const GENERATED_NOW: &str = "2028-06-10T09:00:00+07:00";

/// `coi --data dir ARGS` at `GENERATED_NOW`, `columns` wide.
fn at_width(env: &Env, dir: &str, columns: usize, args: &[&str]) -> Run {
    let mut cmd = env.command();
    cmd.env("COI_NOW", GENERATED_NOW)
        .env("COLUMNS", columns.to_string())
        .args(["--data", dir])
        .args(args);
    Run::from_output(cmd.output().expect("coi runs"))
}

#[track_caller]
fn no_line_wider(text: &str, columns: usize) {
    for line in text.lines() {
        assert!(line.width() <= columns, "wider than {columns}: «{line}»");
    }
}

/// `status`, `due` and `plan` of a generated register, on a screen 80 and 60 columns wide.
fn screens_stay_short(records: &str) {
    let env = Env::new();
    generate(&env, records, "1", "big");
    for columns in [80, 60] {
        let status = at_width(&env, "big", columns, &["status"]).ok();
        no_line_wider(&status, columns);
        // On a screen of 80 columns the table's headings stay on one line; narrower, they
        // wrap, and the lines are still cut to the width.
        if columns >= 80 {
            assert!(status.lines().count() < 40, "{status}");
        }
        assert!(status.contains("việc khác — xem coi due\n"), "{status}");
        let listed = (status.lines())
            .skip_while(|l| !l.starts_with("Việc quá hạn"))
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .count();
        assert_eq!(
            listed, 11,
            "ten steps and the line counting the rest\n{status}"
        );

        let plan = at_width(&env, "big", columns, &["plan"]).ok();
        no_line_wider(&plan, columns);
        assert!(plan.contains(" hồ sơ khác\n"), "{plan}");

        let due = at_width(&env, "big", columns, &["due", "--limit", "5"]).ok();
        no_line_wider(&due, columns);
        assert!(due.contains("việc khác (bỏ --limit để xem hết)\n"), "{due}");
    }
    // The JSON keeps every ID that the screen left out.
    let json = at_width(&env, "big", 60, &["--format", "json", "plan"]).ok();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    for task in json["tasks"].as_array().unwrap() {
        let total = &task["total"];
        assert_eq!(
            total["ids"].as_array().unwrap().len() as u64,
            total["count"].as_u64().unwrap()
        );
    }
}

#[test]
fn status_due_and_plan_fit_the_screen_on_a_generated_register() {
    screens_stay_short("1500");
}

#[test]
#[ignore = "20 000 records: about a minute in a debug build; CI runs the ignored tests"]
fn status_due_and_plan_fit_the_screen_at_twenty_thousand_records() {
    screens_stay_short("20000");
}

#[test]
fn due_shows_the_unit_and_takes_unit_kind_and_limit() {
    let env = Env::new();
    generate(&env, "600", "3", "g");
    let json = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut all = vec!["--format", "json", "due"];
        all.extend(args);
        serde_json::from_str(&at_width(&env, "g", 100, &all).ok()).unwrap()
    };
    let every = json(&[]);
    assert!(every.len() > 20);
    let vp = json(&["--unit", "vp"]);
    assert!(!vp.is_empty() && vp.len() < every.len());
    assert!(vp.iter().all(|d| d["unit"] == "VP"), "{vp:?}");
    let gifts = json(&["--kind", "gift"]);
    assert!(!gifts.is_empty());
    assert!(
        gifts
            .iter()
            .all(|d| d["id"].as_str().unwrap().starts_with("QT-"))
    );
    // The same kind in the words of the Vietnamese help.
    assert_eq!(json(&["--kind", "qua-tang"]), gifts);
    assert_eq!(json(&["--limit", "3"]), every[..3]);

    let table = at_width(&env, "g", 100, &["due", "--unit", "VP", "--limit", "2"]).ok();
    assert!(table.contains("┆ Đơn"), "{table}");
    assert!(table.contains("┆ VP "), "{table}");
    let more = vp.len() - 2;
    assert!(
        table.ends_with(&format!("… và {more} việc khác (bỏ --limit để xem hết)\n")),
        "{table}"
    );
    let err = at_width(&env, "g", 100, &["due", "--unit", "XX"]).fails(2);
    assert!(err.contains("«XX»"), "{err}");
}

/// The plan year of a day, as each command sees it: 14/12 is still this year's; from 15/12,
/// where the first reporting period of the next year begins, the next year's.
#[test]
fn plan_plan_init_status_and_report_agree_on_the_plan_year() {
    for (day, year) in [
        ("2026-12-14", 2026),
        ("2026-12-15", 2027),
        ("2026-12-31", 2027),
        ("2027-01-01", 2027),
    ] {
        let env = Env::with_git_register();
        let plan = env.run_on(day, "plan").ok();
        assert!(
            plan.contains(&format!("Chưa có kế hoạch năm {year} ")),
            "{day}: {plan}"
        );
        assert!(
            plan.contains(&format!("coi plan init --year {year}»")),
            "{day}"
        );
        env.run_on(day, "plan init").ok();
        assert!(env.exists(&format!("reg/plans/{year}.yaml")), "{day}");
        let plan = env.run_on(day, "plan").ok();
        assert!(
            plan.contains(&format!("Kế hoạch năm {year}")),
            "{day}: {plan}"
        );
        // Once made, the plan is not made again.
        env.run_on(day, "plan init").fails(1);
        let status = env.run_on(day, "status").ok();
        assert!(
            status.contains(&format!("Hồ sơ của năm báo cáo {year} ")),
            "{day}: {status}"
        );
        // A report of the day counts from the start of the same year (its plan's year).
        let report = env
            .run_on(
                day,
                &format!("report --from {} --to {}", show(day), show(day)),
            )
            .ok();
        let start = format!("lũy kế từ 15/12/{}", year - 1);
        assert!(report.contains(&start), "{day}: {report}");
    }
}

/// 2026-12-14 as the command line takes it, 14/12/2026.
fn show(day: &str) -> String {
    let (y, md) = day.split_at(4);
    let (m, d) = (&md[1..3], &md[4..6]);
    format!("{d}/{m}/{y}")
}

/// `status` during a `git merge` left with a conflict says so, on screen and in JSON.
#[test]
fn status_says_when_a_git_merge_is_unfinished() {
    let env = Env::with_git_register();
    let quiet = env.run("status").ok();
    assert!(!quiet.contains("hợp nhất"), "{quiet}");
    let head = env.git("reg", &["rev-parse", "--abbrev-ref", "HEAD"]);
    env.git("reg", &["checkout", "-q", "-b", "other"]);
    env.write("reg/ghi-chu.txt", "một\n");
    env.git("reg", &["add", "ghi-chu.txt"]);
    env.git("reg", &["commit", "-q", "-m", "ghi chú"]);
    env.git("reg", &["checkout", "-q", head.trim()]);
    env.write("reg/ghi-chu.txt", "hai\n");
    env.git("reg", &["add", "ghi-chu.txt"]);
    env.git("reg", &["commit", "-q", "-m", "ghi chú khác"]);
    let merge = env
        .git_command("reg")
        .args(["merge", "-q", "other"])
        .output()
        .unwrap();
    assert!(!merge.status.success(), "the merge stops at the conflict");
    let status = env.run("status").ok();
    assert!(
        status.contains(
            "Kho git của sổ đang hợp nhất (git merge) dở: giải quyết xung đột rồi git commit, \
             hoặc hủy bằng git merge --abort"
        ),
        "{status}"
    );
    let json = env.run("--format json status").ok();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["merging"], true);
}
