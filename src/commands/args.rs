//! What the commands share for reading the values given on the command line: dates, sums,
//! words from a closed list, text, reporting periods and the `--as-of` of a report (the last two
//! parsed by clap, as `flags` declares them); and the arguments more than one command takes, a
//! record's ID and a dated step. A command takes these from here, never from another command's
//! module.

use chrono::NaiveDate;
use clap::Args;

use crate::error::{Error, Result, ValueFault, ValueProblem};
use crate::model::values::{Vnd, normalize_text, parse_date};
use crate::model::vocab::Vocabulary;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The record's ID, e.g. XDLI-2026-001
    pub id: String,
}

/// A step that happened on a date.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// The record's ID
    pub id: String,
    /// When it happened (14/03/2026 or 2026-03-14)
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// The value of `flag` cannot be used, for the reason given.
pub fn invalid(flag: &str, fault: ValueFault) -> Error {
    Error::InvalidValues(vec![ValueProblem::new(flag, fault)])
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
pub fn choice<E>(
    flag: &str,
    raw: &str,
    typed: fn(&str) -> Result<E, &'static Vocabulary>,
) -> Result<E> {
    typed(raw).map_err(|choices| {
        let typed = raw.to_string();
        invalid(flag, ValueFault::NotInList { typed, choices })
    })
}

/// Text given to a flag: NFC, trimmed, free of control characters.
pub fn text_value(flag: &str, raw: Option<&String>, multi_line: bool) -> Result<Option<String>> {
    let Some(raw) = raw else { return Ok(None) };
    let value = normalize_text(raw);
    crate::model::values::check_text(&value, multi_line).map_err(|e| invalid(flag, e))?;
    Ok((!value.is_empty()).then_some(value))
}

pub use crate::flags::AsOf;
pub use crate::period::PeriodSpec;
