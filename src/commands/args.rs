//! What the commands share for reading the values given on the command line: dates, sums,
//! words from a closed list, text, reporting periods and the `--as-of` of a report. A command
//! takes these from here, never from another command's module.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::i18n::Text;
use crate::i18n::msg;
use crate::model::values::{Vnd, normalize_text, parse_date};
use crate::period::{Period, Span};

pub fn invalid(flag: &str, problem: Text) -> Error {
    Error::InvalidValues(vec![msg::named_problem(flag, problem)])
}

/// A date given to a flag.
pub fn date(flag: &str, raw: &str) -> Result<NaiveDate> {
    parse_date(raw).map_err(|e| invalid(flag, e))
}

pub fn opt_date(flag: &str, raw: Option<&String>) -> Result<Option<NaiveDate>> {
    raw.map(|r| date(flag, r)).transpose()
}

pub fn money(flag: &str, raw: Option<&String>) -> Result<Option<Vnd>> {
    raw.map(|r| Vnd::parse(r).map_err(|e| invalid(flag, e)))
        .transpose()
}

/// A value from a closed list, as typed.
pub fn choice<E>(flag: &str, raw: &str, typed: fn(&str) -> Result<E, Text>) -> Result<E> {
    typed(raw).map_err(|e| invalid(flag, e))
}

/// Text given to a flag: NFC, trimmed, free of control characters.
pub fn text_value(flag: &str, raw: Option<&String>, multi_line: bool) -> Result<Option<String>> {
    let Some(raw) = raw else { return Ok(None) };
    let value = normalize_text(raw);
    crate::model::values::check_text(&value, multi_line).map_err(|e| invalid(flag, e))?;
    Ok((!value.is_empty()).then_some(value))
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
    pub fn parse(name: &str) -> std::result::Result<PeriodSpec, Text> {
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

/// The value parser of `--period`.
pub fn period_flag(s: &str) -> std::result::Result<PeriodSpec, crate::cli::BadValue> {
    period_named(s, "--period")
}

/// The value parser of `coi period`'s `PERIOD`.
pub fn period_argument(s: &str) -> std::result::Result<PeriodSpec, crate::cli::BadValue> {
    period_named(s, "PERIOD")
}

fn period_named(s: &str, flag: &'static str) -> std::result::Result<PeriodSpec, crate::cli::BadValue> {
    PeriodSpec::parse(s).map_err(|problem| crate::cli::BadValue::Period { flag, problem })
}

/// What `--as-of` reads the register at: the end of a day, or a git revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsOf {
    /// The last commit of that day, in Vietnam's time; with the day as it was typed.
    Day(NaiveDate, String),
    /// A commit, a tag, `HEAD~3`…
    Revision(String),
}

impl AsOf {
    /// A date, else a revision; git says later whether it knows it.
    pub fn parse(s: &str) -> std::result::Result<AsOf, crate::cli::BadValue> {
        Ok(match parse_date(s) {
            Ok(day) => AsOf::Day(day, s.to_string()),
            Err(_) => AsOf::Revision(s.to_string()),
        })
    }

    /// The revision, when it is one.
    pub fn revision(&self) -> Option<&str> {
        match self {
            AsOf::Day(..) => None,
            AsOf::Revision(rev) => Some(rev),
        }
    }

    /// The value as it was typed.
    pub fn typed(&self) -> &str {
        match self {
            AsOf::Day(_, typed) | AsOf::Revision(typed) => typed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_named_once_and_dated_by_the_register() {
        assert_eq!(PeriodSpec::parse(" LAST "), Ok(PeriodSpec::Last));
        assert_eq!(PeriodSpec::parse("ky-truoc"), Ok(PeriodSpec::Last));
        let q1 = PeriodSpec::parse("2026-q1").unwrap();
        assert_eq!(q1, PeriodSpec::Named(2026, Span::Quarter(1)));
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        assert_eq!(q1.period(day, 15), Period::parse("2026-Q1", 15).unwrap());
        assert_eq!(PeriodSpec::parse("2026-Q5"), Err(msg::not_a_period("2026-Q5")));
    }

    #[test]
    fn as_of_is_a_day_or_a_revision() {
        let day = NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
        assert_eq!(AsOf::parse("20/05/2026").unwrap(), AsOf::Day(day, "20/05/2026".into()));
        assert_eq!(AsOf::parse("HEAD~1").unwrap().revision(), Some("HEAD~1"));
    }
}
