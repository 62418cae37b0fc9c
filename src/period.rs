//! Reporting periods and their cut-off (Circular 06/2025/TT-TTCP): a period runs from the 15th
//! of the last month of the previous period to the 14th of its own last month; quarter I,
//! 6 months, 9 months and the year all start on 15 December of the year before. The day is
//! `period_start_day` in `coi.yaml` (1 gives calendar quarters).

use std::fmt;

use chrono::{Datelike, Days, NaiveDate};

use crate::i18n::Text;
use crate::i18n::msg;
use crate::model::fault::ValueFault;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Quarter(u32),
    SixMonths,
    NineMonths,
    Year,
    /// `--from D --to D`.
    Custom(NaiveDate, NaiveDate),
}

/// What a period's figures are compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// «so với kỳ trước».
    Previous,
    /// «so với cùng kỳ năm trước».
    LastYear,
}

impl Basis {
    /// The words after «so với».
    pub fn words(self) -> &'static str {
        match self {
            Basis::Previous => "kỳ trước",
            Basis::LastYear => "cùng kỳ năm trước",
        }
    }
}

/// A reporting period of a year, with its dates under the register's cut-off day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub year: i32,
    pub span: Span,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The start of the year to date (lũy kế): the start of quarter I.
    pub year_from: NaiveDate,
}

/// The last day of quarter `q` of `year` under cut-off day `day`.
fn quarter_end(year: i32, q: u32, day: u32) -> NaiveDate {
    let month = 3 * q;
    if day <= 1 {
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        next.expect("valid month") - Days::new(1)
    } else {
        NaiveDate::from_ymd_opt(year, month, day - 1).expect("cut-off day is at most 28")
    }
}

fn quarter_start(year: i32, q: u32, day: u32) -> NaiveDate {
    let previous_end = if q == 1 {
        quarter_end(year - 1, 4, day)
    } else {
        quarter_end(year, q - 1, day)
    };
    previous_end + Days::new(1)
}

impl Period {
    /// Reads `2026-Q1` … `2026-Q4`, `2026-6M`, `2026-9M` or `2026`.
    pub fn parse(s: &str, day: u32) -> Result<Period, ValueFault> {
        let t = s.trim().to_ascii_uppercase();
        let bad = || ValueFault::NotAPeriod { typed: s.into() };
        let (year, rest) = match t.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (t.as_str(), None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let span = match rest {
            None => Span::Year,
            Some("Q1") => Span::Quarter(1),
            Some("Q2") => Span::Quarter(2),
            Some("Q3") => Span::Quarter(3),
            Some("Q4") => Span::Quarter(4),
            Some("6M") => Span::SixMonths,
            Some("9M") => Span::NineMonths,
            Some(_) => return Err(bad()),
        };
        Ok(Period::of(year, span, day))
    }

    pub fn of(year: i32, span: Span, day: u32) -> Period {
        let year_from = quarter_start(year, 1, day);
        let (from, to) = match span {
            Span::Quarter(q) => (quarter_start(year, q, day), quarter_end(year, q, day)),
            Span::SixMonths => (year_from, quarter_end(year, 2, day)),
            Span::NineMonths => (year_from, quarter_end(year, 3, day)),
            Span::Year => (year_from, quarter_end(year, 4, day)),
            Span::Custom(from, to) => (from, to),
        };
        Period {
            year,
            span,
            from,
            to,
            year_from,
        }
    }

    /// `--from D --to D`: the year to date starts with quarter I of the report year of `to`.
    pub fn custom(from: NaiveDate, to: NaiveDate, day: u32) -> Result<Period, ValueFault> {
        if to < from {
            return Err(ValueFault::EndsBeforeStart { from, to });
        }
        let mut p = Period::of(Period::report_year(to, day), Span::Custom(from, to), day);
        p.year_from = p.year_from.min(from);
        Ok(p)
    }

    /// The latest quarter that has ended before `today`: what a scheduled export reports.
    pub fn last_quarter(today: NaiveDate, day: u32) -> Period {
        let mut year = today.year() + 1;
        loop {
            for q in (1..=4).rev() {
                if quarter_end(year, q, day) < today {
                    return Period::of(year, Span::Quarter(q), day);
                }
            }
            year -= 1;
        }
    }

    /// The report year a day belongs to: the year whose quarter I to quarter IV hold it (after
    /// 14/12, under the 15th, the next year).
    pub fn report_year(d: NaiveDate, day: u32) -> i32 {
        if d > quarter_end(d.year(), 4, day) {
            d.year() + 1
        } else {
            d.year()
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    pub fn year_to_date_contains(&self, d: NaiveDate) -> bool {
        self.year_from <= d && d <= self.to
    }

    /// The period's name in a person's words.
    /// What the figures are compared with, as the note of Mẫu số 03 asks: a quarter with the
    /// quarter before it, the 6 and 9 months and the year with the same period of the year
    /// before, a period of one's own with as many days just before it. `day` is the cut-off.
    pub fn compared_with(&self, day: u32) -> (Period, Basis) {
        match self.span {
            Span::Quarter(1) => (
                Period::of(self.year - 1, Span::Quarter(4), day),
                Basis::Previous,
            ),
            Span::Quarter(q) => (
                Period::of(self.year, Span::Quarter(q - 1), day),
                Basis::Previous,
            ),
            Span::SixMonths | Span::NineMonths | Span::Year => {
                (Period::of(self.year - 1, self.span, day), Basis::LastYear)
            }
            Span::Custom(from, to) => {
                let before = from - Days::new(1);
                let start = before - (to - from);
                let earlier = Period::custom(start, before, day).expect("in order");
                (earlier, Basis::Previous)
            }
        }
    }

    pub fn title(&self) -> Text {
        let y = self.year;
        match self.span {
            Span::Quarter(1) => msg::quarter_i(y),
            Span::Quarter(2) => msg::quarter_ii(y),
            Span::Quarter(3) => msg::quarter_iii(y),
            Span::Quarter(_) => msg::quarter_iv(y),
            Span::SixMonths => msg::first_6_months(y),
            Span::NineMonths => msg::first_9_months(y),
            Span::Year => msg::whole_year(y),
            Span::Custom(..) => {
                let (f, t) = (
                    crate::model::show_date(self.from),
                    crate::model::show_date(self.to),
                );
                msg::custom_period(f, t)
            }
        }
    }
}

/// The short name used for folders: `2026-Q1`, `2026-6M`, `2026`, `2026-03-01_2026-03-31`.
impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.span {
            Span::Quarter(q) => write!(f, "{}-Q{q}", self.year),
            Span::SixMonths => write!(f, "{}-6M", self.year),
            Span::NineMonths => write!(f, "{}-9M", self.year),
            Span::Year => write!(f, "{}", self.year),
            Span::Custom(from, to) => write!(f, "{from}_{to}"),
        }
    }
}

/// A reporting period as it is named on the command line (`2026-Q1`, `2026`, `last`…); its
/// dates depend on the register's cut-off day, so they are known only once it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodSpec {
    /// `last` (`ky-truoc`): the latest quarter that has ended.
    Last,
    /// A quarter, the six or nine months, or the year.
    Named(i32, Span),
}

impl PeriodSpec {
    /// Reads `last`, `ky-truoc`, `2026-Q1` … `2026-Q4`, `2026-6M`, `2026-9M` or `2026`.
    pub fn parse(name: &str) -> std::result::Result<PeriodSpec, ValueFault> {
        if matches!(name.trim().to_lowercase().as_str(), "last" | "ky-truoc") {
            return Ok(PeriodSpec::Last);
        }
        // The cut-off day does not change which period is named.
        let p = Period::parse(name, 1)?;
        Ok(PeriodSpec::Named(p.year, p.span))
    }

    /// The period under cut-off day `day`, as of `today`.
    pub fn period(self, today: NaiveDate, day: u32) -> Period {
        match self {
            PeriodSpec::Last => Period::last_quarter(today, day),
            PeriodSpec::Named(year, span) => Period::of(year, span, day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn dates(s: &str, day: u32) -> (NaiveDate, NaiveDate, NaiveDate) {
        let p = Period::parse(s, day).unwrap();
        (p.from, p.to, p.year_from)
    }

    #[test]
    fn circular_06_cut_off_on_the_15th() {
        assert_eq!(
            dates("2026-Q1", 15),
            (d("2025-12-15"), d("2026-03-14"), d("2025-12-15"))
        );
        assert_eq!(
            dates("2026-Q2", 15),
            (d("2026-03-15"), d("2026-06-14"), d("2025-12-15"))
        );
        assert_eq!(
            dates("2026-Q3", 15),
            (d("2026-06-15"), d("2026-09-14"), d("2025-12-15"))
        );
        assert_eq!(
            dates("2026-Q4", 15),
            (d("2026-09-15"), d("2026-12-14"), d("2025-12-15"))
        );
        assert_eq!(
            dates("2026-6M", 15),
            (d("2025-12-15"), d("2026-06-14"), d("2025-12-15"))
        );
        assert_eq!(
            dates("2026-9M", 15),
            (d("2025-12-15"), d("2026-09-14"), d("2025-12-15"))
        );
        assert_eq!(
            dates("2026", 15),
            (d("2025-12-15"), d("2026-12-14"), d("2025-12-15"))
        );
    }

    #[test]
    fn calendar_quarters_with_day_1() {
        assert_eq!(
            dates("2026-Q1", 1),
            (d("2026-01-01"), d("2026-03-31"), d("2026-01-01"))
        );
        assert_eq!(
            dates("2026-Q2", 1),
            (d("2026-04-01"), d("2026-06-30"), d("2026-01-01"))
        );
        assert_eq!(
            dates("2026-Q3", 1),
            (d("2026-07-01"), d("2026-09-30"), d("2026-01-01"))
        );
        assert_eq!(
            dates("2026-Q4", 1),
            (d("2026-10-01"), d("2026-12-31"), d("2026-01-01"))
        );
        assert_eq!(
            dates("2026", 1),
            (d("2026-01-01"), d("2026-12-31"), d("2026-01-01"))
        );
    }

    #[test]
    fn the_older_16th_cut_off() {
        assert_eq!(
            dates("2026-Q1", 16),
            (d("2025-12-16"), d("2026-03-15"), d("2025-12-16"))
        );
    }

    #[test]
    fn leap_years_fall_inside_quarter_one() {
        let p = Period::parse("2028-Q1", 15).unwrap();
        assert!(p.contains(d("2028-02-29")));
        assert_eq!((p.from, p.to), (d("2027-12-15"), d("2028-03-14")));
        let p = Period::parse("2028-Q1", 1).unwrap();
        assert!(
            p.contains(d("2028-02-29"))
                && p.contains(d("2028-03-31"))
                && !p.contains(d("2028-04-01"))
        );
        // 2024 was leap, 2100 will not be.
        assert!(
            Period::parse("2024-Q1", 1)
                .unwrap()
                .contains(d("2024-02-29"))
        );
        assert_eq!(Period::parse("2100-Q1", 1).unwrap().to, d("2100-03-31"));
    }

    #[test]
    fn boundaries_belong_to_exactly_one_quarter() {
        for day in [1, 15, 16, 28] {
            for year in [2025, 2026, 2028] {
                let quarters: Vec<Period> = (1..=4)
                    .map(|q| Period::of(year, Span::Quarter(q), day))
                    .collect();
                for pair in quarters.windows(2) {
                    assert_eq!(pair[0].to + Days::new(1), pair[1].from, "{year} day {day}");
                }
                let next = Period::of(year + 1, Span::Quarter(1), day);
                assert_eq!(quarters[3].to + Days::new(1), next.from);
                let whole = Period::of(year, Span::Year, day);
                assert_eq!((whole.from, whole.to), (quarters[0].from, quarters[3].to));
            }
        }
    }

    #[test]
    fn the_last_quarter_is_the_latest_that_has_ended() {
        assert_eq!(
            Period::last_quarter(d("2026-03-15"), 15).to_string(),
            "2026-Q1"
        );
        assert_eq!(
            Period::last_quarter(d("2026-03-14"), 15).to_string(),
            "2025-Q4"
        );
        assert_eq!(
            Period::last_quarter(d("2026-12-15"), 15).to_string(),
            "2026-Q4"
        );
        assert_eq!(
            Period::last_quarter(d("2026-12-20"), 15).to_string(),
            "2026-Q4"
        );
        assert_eq!(
            Period::last_quarter(d("2027-01-01"), 1).to_string(),
            "2026-Q4"
        );
        assert_eq!(
            Period::last_quarter(d("2026-12-31"), 1).to_string(),
            "2026-Q3"
        );
    }

    #[test]
    fn bad_names_are_refused() {
        for s in ["2026-Q5", "26-Q1", "2026-H1", "Q1", "", "2026-", "2026-q0"] {
            assert!(Period::parse(s, 15).is_err(), "{s}");
        }
        assert_eq!(Period::parse("2026-q2", 15).unwrap().to_string(), "2026-Q2");
    }

    #[test]
    fn custom_periods_count_the_year_from_quarter_one() {
        let p = Period::custom(d("2026-03-01"), d("2026-03-31"), 15).unwrap();
        assert_eq!(
            (p.from, p.to, p.year_from),
            (d("2026-03-01"), d("2026-03-31"), d("2025-12-15"))
        );
        // After 14/12 the report year is the next one.
        let p = Period::custom(d("2026-12-15"), d("2026-12-20"), 15).unwrap();
        assert_eq!((p.year, p.year_from), (2027, d("2026-12-15")));
        assert!(Period::custom(d("2026-03-31"), d("2026-03-01"), 15).is_err());
        assert_eq!(p.to_string(), "2026-12-15_2026-12-20");
    }

    #[test]
    fn a_day_after_the_last_cut_off_belongs_to_the_next_report_year() {
        assert_eq!(Period::report_year(d("2026-12-14"), 15), 2026);
        assert_eq!(Period::report_year(d("2026-12-15"), 15), 2027);
        assert_eq!(Period::report_year(d("2026-01-01"), 15), 2026);
        assert_eq!(Period::report_year(d("2026-12-31"), 1), 2026);
    }
}
