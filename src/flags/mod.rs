//! What the command line and the commands both speak, below both: the global flags, the output
//! format, coi's own value parsers (which say a refused value as data), `--as-of`, the flags made
//! from a kind's fields, and the help in the person's language. The top-level parser is in `cli`,
//! the subcommands and their arguments in `commands`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

pub mod help;

use crate::i18n::Lang;
use crate::model::schema::{Field, Source, Type};
use crate::model::settings::Delimiter;
use crate::period::PeriodSpec;

#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Register folder (else COI_DATA, the nearest coi.yaml upward, ./data)
    #[arg(long, global = true, env = "COI_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Language of messages and headings: vi (default) or en
    #[arg(long, global = true, env = "COI_LANG", value_name = "vi|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Output: a table for people, JSON for scripts
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Who is acting, for the history and the commit (else COI_USER, git's user.name, coi.yaml's
    /// clerk, the login)
    #[arg(long, global = true, env = "COI_USER", value_name = "NAME")]
    pub by: Option<String>,
}

/// Why a value typed on the command line was refused: coi's own parsers say it as data, so
/// that it is told in the person's language without reading any library's English.
#[derive(Debug, thiserror::Error)]
pub enum BadValue {
    #[error("use vi or en")]
    Language,
    #[error(transparent)]
    Number(#[from] std::num::ParseIntError),
    #[error("a number from {low} to {high} is needed")]
    OutOfRange { low: String, high: String },
    #[error("a character is needed")]
    NoCharacter,
    #[error("only one character is allowed")]
    MoreThanOneCharacter,
    #[error(
        "the CSV delimiter must be one ASCII character other than a double quote or a line break"
    )]
    Delimiter,
    /// Not a reporting period: told as the command tells a refused value, `flag: problem`.
    #[error("not a reporting period")]
    Period {
        flag: &'static str,
        fault: crate::error::ValueFault,
    },
}

pub fn parse_lang(s: &str) -> Result<Lang, BadValue> {
    Lang::parse(s).ok_or(BadValue::Language)
}

/// A whole number between `low` and `high`.
fn whole<T: TryFrom<i64> + std::fmt::Display>(s: &str, low: T, high: T) -> Result<T, BadValue> {
    let n: i64 = s.parse()?;
    T::try_from(n).map_err(|_| BadValue::OutOfRange {
        low: low.to_string(),
        high: high.to_string(),
    })
}

pub fn parse_days(s: &str) -> Result<u32, BadValue> {
    whole(s, u32::MIN, u32::MAX)
}

pub fn parse_index(s: &str) -> Result<usize, BadValue> {
    whole(s, usize::MIN, usize::MAX)
}

pub fn parse_year(s: &str) -> Result<i32, BadValue> {
    whole(s, i32::MIN, i32::MAX)
}

/// A year of four digits, as plan files are named.
pub fn parse_plan_year(s: &str) -> Result<i32, BadValue> {
    let year: i32 = s.trim().parse()?;
    if (1000..=9999).contains(&year) {
        Ok(year)
    } else {
        Err(BadValue::OutOfRange {
            low: "1000".into(),
            high: "9999".into(),
        })
    }
}

pub fn parse_delimiter(s: &str) -> Result<Delimiter, BadValue> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => Err(BadValue::NoCharacter),
        (Some(c), None) => Delimiter::new(c).ok_or(BadValue::Delimiter),
        (Some(_), Some(_)) => Err(BadValue::MoreThanOneCharacter),
    }
}

/// The value parser of `--period`.
pub fn period_flag(s: &str) -> Result<PeriodSpec, BadValue> {
    period_named(s, "--period")
}

/// The value parser of `coi period`'s `PERIOD`.
pub fn period_argument(s: &str) -> Result<PeriodSpec, BadValue> {
    period_named(s, "PERIOD")
}

fn period_named(s: &str, flag: &'static str) -> Result<PeriodSpec, BadValue> {
    PeriodSpec::parse(s).map_err(|fault| BadValue::Period { flag, fault })
}

/// What `--as-of` reads the register at: the end of a day, or a git revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsOf {
    /// The last commit of that day, in Vietnam's time; with the day as it was typed.
    Day(chrono::NaiveDate, String),
    /// A commit, a tag, `HEAD~3`…
    Revision(String),
}

impl AsOf {
    /// A date, else a revision; git says later whether it knows it.
    pub fn parse(s: &str) -> Result<AsOf, BadValue> {
        Ok(match crate::model::values::parse_date(s) {
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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
}

/// A flag for each field a person fills in, with its dotted path.
pub fn add_flags(fields: &'static [Field]) -> Vec<(String, &'static Field)> {
    fn walk(fields: &'static [Field], prefix: &str, out: &mut Vec<(String, &'static Field)>) {
        for f in fields.iter().filter(|f| f.source == Source::Person) {
            let path = if prefix.is_empty() {
                f.name.to_string()
            } else {
                format!("{prefix}.{}", f.name)
            };
            match f.ty {
                Type::Object(inner) | Type::Objects(inner) => walk(inner, &path, out),
                _ => out.push((path, f)),
            }
        }
    }
    let mut out = Vec::new();
    walk(fields, "", &mut out);
    out
}

/// `person.name` → `person-name`.
pub fn flag_name(path: &str) -> String {
    path.replace(['.', '_'], "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_named_once_and_dated_by_the_register() {
        assert_eq!(PeriodSpec::parse(" LAST "), Ok(PeriodSpec::Last));
        assert_eq!(PeriodSpec::parse("ky-truoc"), Ok(PeriodSpec::Last));
        let q1 = PeriodSpec::parse("2026-q1").unwrap();
        assert_eq!(q1, PeriodSpec::Named(2026, crate::period::Span::Quarter(1)));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        assert_eq!(
            q1.period(day, 15),
            crate::period::Period::parse("2026-Q1", 15).unwrap()
        );
        assert_eq!(
            PeriodSpec::parse("2026-Q5"),
            Err(crate::error::ValueFault::NotAPeriod {
                typed: "2026-Q5".into()
            })
        );
    }

    #[test]
    fn as_of_is_a_day_or_a_revision() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
        assert_eq!(
            AsOf::parse("20/05/2026").unwrap(),
            AsOf::Day(day, "20/05/2026".into())
        );
        assert_eq!(AsOf::parse("HEAD~1").unwrap().revision(), Some("HEAD~1"));
    }
    #[test]
    fn nested_fields_become_dashed_flags() {
        let flags: Vec<String> = add_flags(crate::model::case::FIELDS)
            .iter()
            .map(|(p, _)| flag_name(p))
            .collect();
        for f in [
            "unit",
            "person-name",
            "person-position",
            "situation-type",
            "reporter-organization",
            "measures-decided-on",
            "closed-head-responsibility",
            "note",
        ] {
            assert!(flags.contains(&f.to_string()), "{f}");
        }
        assert!(!flags.contains(&"id".to_string()));
        assert!(!flags.contains(&"history".to_string()));
    }
}
