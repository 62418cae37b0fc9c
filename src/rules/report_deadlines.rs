//! The province's own report deadlines (`deadlines` in `coi.yaml`): which are still owed. A
//! report is sent once the register's repository has a submission tag for its period,
//! `bao-cao/<period>` or, for a later submission of the same period, `bao-cao/<period>-<n>`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::period::Period;

/// The folder of git tags that record a submission: `bao-cao/2026-Q1`.
pub const TAG_PREFIX: &str = "bao-cao/";

/// A report the province expects by a date and not yet sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDeadline {
    pub period: Period,
    pub due: NaiveDate,
    /// Set in `coi.yaml`, or the circular's own day.
    pub set_by: SetBy,
}

/// Where a report deadline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetBy {
    /// `deadlines` of `coi.yaml`: the province's.
    Province,
    /// Circular 06/2025 Art. 7(2): the 17th of the period's last month.
    Circular,
}

/// The day of the month by which a provincial department sends its report (Circular 06/2025
/// Art. 7(2)), in the period's last month.
pub const CIRCULAR_DAY: u32 = 17;

/// The reports of a year under Circular 06/2025 Art. 7 (quarter I, 6 months, 9 months, the
/// year), each due on the 17th of its last month: what a register owes when `coi.yaml` sets no
/// deadlines. `day` is the register's cut-off day.
pub fn circular(year: i32, day: u32) -> BTreeMap<String, NaiveDate> {
    use crate::period::Span;
    [
        Span::Quarter(1),
        Span::SixMonths,
        Span::NineMonths,
        Span::Year,
    ]
    .into_iter()
    .map(|span| {
        let period = Period::of(year, span, day);
        let last = period.to;
        // The last month is the month the period's cut-off falls in (14/03 → March); with
        // calendar quarters (cut-off day 1) the period ends on its month's last day.
        let due = NaiveDate::from_ymd_opt(last.year(), last.month(), CIRCULAR_DAY)
            .expect("the 17th of a month");
        (period.to_string(), due)
    })
    .collect()
}

impl ReportDeadline {
    /// The period's code, as `coi report --period` takes it and `coi.yaml` keys it: `2026-Q1`.
    pub fn code(&self) -> String {
        self.period.to_string()
    }

    /// Days past the due date; negative while there is still time.
    pub fn days_late(&self, today: NaiveDate) -> i64 {
        (today - self.due).num_days()
    }
}

/// Whether `tag` records a submission of the period `code`: `bao-cao/<code>` or
/// `bao-cao/<code>-<n>`. The period is compared without regard to ASCII case, as
/// `--period` reads it (`bao-cao/2026-q1` is quarter I too).
pub fn marks_sent(tag: &str, code: &str) -> bool {
    let Some(rest) = tag.strip_prefix(TAG_PREFIX) else {
        return false;
    };
    let Some(period) = rest.get(..code.len()) else {
        return false;
    };
    if !period.eq_ignore_ascii_case(code) {
        return false;
    }
    match &rest[code.len()..] {
        "" => true,
        more => more
            .strip_prefix('-')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
    }
}

/// The deadlines of `coi.yaml` whose report no tag of `tags` marks as sent, by due date.
/// `day` is the register's `period_start_day`. A key that is no period (which the checks of
/// `coi.yaml` refuse) is passed over.
pub fn pending(
    deadlines: &BTreeMap<String, NaiveDate>,
    tags: &[String],
    day: u32,
) -> Vec<ReportDeadline> {
    let mut out: Vec<ReportDeadline> = deadlines
        .iter()
        .filter_map(|(key, &due)| {
            let period = Period::parse(key, day).ok()?;
            let code = period.to_string();
            let sent = tags.iter().any(|t| marks_sent(t, &code));
            (!sent).then_some(ReportDeadline {
                period,
                due,
                set_by: SetBy::Province,
            })
        })
        .collect();
    out.sort_by_key(|d| (d.due, d.code()));
    out
}

/// What `coi due` lists: the deadlines owed that fall due by `horizon`, overdue ones included.
pub fn due_by(pending: &[ReportDeadline], horizon: NaiveDate) -> Vec<&ReportDeadline> {
    pending.iter().filter(|d| d.due <= horizon).collect()
}

/// What `coi status` shows: every deadline owed that is past, and the next one still ahead
/// (from today on; two on one day both). The past ones come first.
pub fn at_a_glance(pending: &[ReportDeadline], today: NaiveDate) -> Vec<&ReportDeadline> {
    let next = pending.iter().map(|d| d.due).find(|&due| due >= today);
    pending
        .iter()
        .filter(|d| d.due < today || Some(d.due) == next)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn deadlines(pairs: &[(&str, &str)]) -> BTreeMap<String, NaiveDate> {
        pairs.iter().map(|(k, v)| (k.to_string(), d(v))).collect()
    }

    fn tags(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn codes(list: &[ReportDeadline]) -> Vec<String> {
        list.iter().map(ReportDeadline::code).collect()
    }

    #[test]
    fn without_deadlines_of_its_own_a_register_owes_four_reports_on_the_17th() {
        let due = circular(2026, 15);
        let said: Vec<(&str, NaiveDate)> = due.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            said,
            [
                ("2026", d("2026-12-17")),
                ("2026-6M", d("2026-06-17")),
                ("2026-9M", d("2026-09-17")),
                ("2026-Q1", d("2026-03-17")),
            ]
        );
        // Calendar quarters end on the month's last day; the report is still due on the 17th
        // of that month.
        assert_eq!(circular(2026, 1)["2026-Q1"], d("2026-03-17"));
    }

    #[test]
    fn a_tag_of_the_period_marks_it_sent_and_one_of_another_does_not() {
        assert!(marks_sent("bao-cao/2026-Q1", "2026-Q1"));
        assert!(marks_sent("bao-cao/2026-q1", "2026-Q1"));
        // A second submission of the same period.
        assert!(marks_sent("bao-cao/2026-Q1-2", "2026-Q1"));
        assert!(marks_sent("bao-cao/2026-Q1-12", "2026-Q1"));
        assert!(marks_sent("bao-cao/2026-2", "2026"));
        // Another period, or what only begins like this one.
        assert!(!marks_sent("bao-cao/2026-Q2", "2026-Q1"));
        assert!(!marks_sent("bao-cao/2025-Q1", "2026-Q1"));
        assert!(!marks_sent("bao-cao/2026-Q1", "2026"));
        assert!(!marks_sent("bao-cao/2026-6M", "2026"));
        assert!(!marks_sent("bao-cao/2026-Q1-", "2026-Q1"));
        assert!(!marks_sent("bao-cao/2026-Q1-a", "2026-Q1"));
        assert!(!marks_sent("bao-cao/2026-Q1x", "2026-Q1"));
        assert!(!marks_sent("bao-cao/2026-Q", "2026-Q1"));
        // Not a submission tag at all.
        assert!(!marks_sent("2026-Q1", "2026-Q1"));
        assert!(!marks_sent("v1/2026-Q1", "2026-Q1"));
        assert!(!marks_sent("bao-cao/", "2026-Q1"));
    }

    #[test]
    fn only_the_reports_not_sent_are_owed_in_date_order() {
        let set = deadlines(&[
            ("2026-Q1", "2026-03-18"),
            ("2026-6M", "2026-06-18"),
            ("2025-Q4", "2025-12-18"),
            ("2026", "2026-12-18"),
        ]);
        let none = pending(&set, &[], 15);
        assert_eq!(codes(&none), ["2025-Q4", "2026-Q1", "2026-6M", "2026"]);
        assert_eq!(none[1].due, d("2026-03-18"));
        let sent = tags(&["bao-cao/2025-Q4", "bao-cao/2026-6M-2", "bao-cao/2026-Q2"]);
        assert_eq!(codes(&pending(&set, &sent, 15)), ["2026-Q1", "2026"]);
        // The quarter's tag does not send the year's report, nor the year's the quarter's.
        let year = tags(&["bao-cao/2026"]);
        assert_eq!(
            codes(&pending(&set, &year, 15)),
            ["2025-Q4", "2026-Q1", "2026-6M"]
        );
    }

    #[test]
    fn due_lists_what_falls_due_by_the_horizon_overdue_included() {
        let owed = pending(
            &deadlines(&[
                ("2025-Q4", "2025-12-18"),
                ("2026-Q1", "2026-03-18"),
                ("2026-6M", "2026-06-18"),
            ]),
            &[],
            15,
        );
        let listed = |horizon| -> Vec<String> {
            due_by(&owed, d(horizon))
                .into_iter()
                .map(ReportDeadline::code)
                .collect()
        };
        assert_eq!(listed("2026-03-17"), ["2025-Q4"]);
        // The horizon's own day is inside it.
        assert_eq!(listed("2026-03-18"), ["2025-Q4", "2026-Q1"]);
        assert_eq!(listed("2026-06-18"), ["2025-Q4", "2026-Q1", "2026-6M"]);
    }

    #[test]
    fn days_late_count_past_the_due_date() {
        let q1 = ReportDeadline {
            set_by: SetBy::Province,
            period: Period::parse("2026-Q1", 15).unwrap(),
            due: d("2026-03-18"),
        };
        assert_eq!(q1.days_late(d("2026-03-14")), -4);
        assert_eq!(q1.days_late(d("2026-03-18")), 0);
        assert_eq!(q1.days_late(d("2026-03-21")), 3);
    }

    #[test]
    fn status_shows_the_overdue_and_the_next_one() {
        let owed = pending(
            &deadlines(&[
                ("2025-Q4", "2025-12-18"),
                ("2026-Q1", "2026-03-18"),
                ("2026-Q2", "2026-06-18"),
                ("2026-6M", "2026-06-18"),
                ("2026-Q3", "2026-09-18"),
            ]),
            &[],
            15,
        );
        let shown = |today| -> Vec<String> {
            at_a_glance(&owed, d(today))
                .into_iter()
                .map(ReportDeadline::code)
                .collect()
        };
        assert_eq!(shown("2025-12-01"), ["2025-Q4"]);
        assert_eq!(shown("2026-03-14"), ["2025-Q4", "2026-Q1"]);
        // Due today is not overdue yet: it is the next one.
        assert_eq!(shown("2026-03-18"), ["2025-Q4", "2026-Q1"]);
        assert_eq!(
            shown("2026-03-19"),
            ["2025-Q4", "2026-Q1", "2026-6M", "2026-Q2"]
        );
        // Nothing ahead: the overdue ones only.
        assert_eq!(
            shown("2026-10-01"),
            ["2025-Q4", "2026-Q1", "2026-6M", "2026-Q2", "2026-Q3"]
        );
        assert!(at_a_glance(&[], d("2026-03-14")).is_empty());
    }
}
