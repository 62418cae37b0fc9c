//! What is wrong with a value a person typed: the parsers of dates, amounts, text, closed lists,
//! periods and IDs say it as a [`ValueFault`], with the value as typed, and
//! [`ValueFault::message`] words it. The error of a flag's value names the flag before it;
//! `check` and the questions of `add` show it as it is.

use chrono::NaiveDate;

use super::vocab::Vocabulary;
use crate::i18n::msg;
use crate::i18n::{Lang, Text, join};

/// What is wrong with a value a person typed (a flag's value, an answer, a field of a file),
/// with the value as typed where the wording shows it. The parsers of dates, amounts, text,
/// closed lists and periods say it as this data; [`ValueFault::message`] words it.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueFault {
    // ── A flag of `add` as given
    /// A flag of a single field given more than once.
    GivenTwice,
    /// A flag of a list of groups (measures) given `given` times for `items` items.
    CountMismatch {
        given: usize,
        items: usize,
    },

    // ── Dates
    NotADate {
        typed: String,
    },
    /// Written as a date, but not a day of the calendar (`31/02/2026`).
    NoSuchDay {
        typed: String,
    },

    // ── Amounts and numbers
    AmountNegative {
        typed: String,
    },
    NotAnAmount {
        typed: String,
    },
    AmountTooLarge {
        typed: String,
    },
    NotAWholeNumber {
        typed: String,
    },
    NumberTooLarge {
        typed: String,
    },
    NotYesOrNo {
        typed: String,
    },

    // ── Text
    /// A control character other than a tab (or a line break where lines are allowed).
    ControlCharacter {
        found: char,
    },
    /// U+FFFE or U+FFFF, which no Word or Excel file can hold.
    NotACharacter {
        found: char,
    },
    /// A line break in a field of one line.
    SingleLineOnly,
    /// Text that is required and was given as nothing but spaces.
    Empty,

    // ── Closed lists and periods
    /// A value that is none of the list's choices.
    NotInList {
        typed: String,
        choices: &'static Vocabulary,
    },
    NotAPeriod {
        typed: String,
    },
    /// Not a record's ID (`XDLI-2026-001`, `QT-2026-KQXMB`).
    NotARecordId {
        typed: String,
    },
    /// `--to` before `--from`.
    EndsBeforeStart {
        from: NaiveDate,
        to: NaiveDate,
    },

    // ── `init --unit CODE=Name`
    UnitNotCodeAndName {
        typed: String,
    },
    UnitCodeCharacters {
        code: String,
    },
    UnitNameMissing {
        code: String,
    },
    UnitCodeTwice {
        code: String,
    },

    // ── `void --reason`
    /// No reason given for voiding a record.
    ReasonMissing,
}

impl ValueFault {
    /// What is wrong, without the flag: also what `check` says of a field of a file, and what a
    /// question says of an answer.
    pub fn message(&self) -> Text {
        use ValueFault as F;
        let code = |c: &char| format!("U+{:04X}", *c as u32);
        match self {
            F::GivenTwice => msg::given_twice(),
            F::CountMismatch { given, items } => msg::count_mismatch(
                msg::TIMES.count(*given as u64),
                msg::ITEMS.count(*items as u64),
            ),
            F::NotADate { typed } => msg::not_a_date(typed),
            F::NoSuchDay { typed } => msg::no_such_day(typed),
            F::AmountNegative { typed } => msg::amount_negative(typed),
            F::NotAnAmount { typed } => msg::not_an_amount(typed),
            F::AmountTooLarge { typed } => msg::amount_too_large(typed),
            F::NotAWholeNumber { typed } => msg::not_a_whole_number(typed),
            F::NumberTooLarge { typed } => msg::number_too_large(typed),
            F::NotYesOrNo { typed } => msg::not_yes_or_no(typed),
            F::ControlCharacter { found } => msg::control_character(code(found)),
            F::NotACharacter { found } => msg::not_a_character(code(found)),
            F::SingleLineOnly => msg::single_line_only(),
            F::Empty => msg::prompt_not_empty(),
            F::NotInList { typed, choices } => {
                // Each choice as typed, with its first alias and its label in the language.
                let allowed = |lang| {
                    join(choices.terms.iter().map(|t| {
                        let code = t.yaml.replace('_', "-");
                        match t.aliases.first() {
                            Some(a) => format!("{code} ({a}) «{}»", t.label(lang)),
                            None => format!("{code} «{}»", t.label(lang)),
                        }
                    }))
                };
                let typed = typed.trim();
                Text::new(
                    msg::not_in_vocabulary(typed, allowed(Lang::Vi)).vi,
                    msg::not_in_vocabulary(typed, allowed(Lang::En)).en,
                )
            }
            F::NotAPeriod { typed } => msg::not_a_period(typed),
            F::NotARecordId { typed } => {
                // Shown escaped and cut short: it may be anything, a path or a control character.
                let shown: String = typed
                    .chars()
                    .take(40)
                    .flat_map(char::escape_default)
                    .collect();
                msg::not_a_record_id(shown)
            }
            F::EndsBeforeStart { from, to } => {
                // As `show_date` writes a day: the model's root, where it is, imports this file.
                let day = |d: &NaiveDate| d.format("%d/%m/%Y").to_string();
                msg::period_ends_before_start(day(to), day(from))
            }
            F::UnitNotCodeAndName { .. } => msg::unit_flag_shape(),
            F::UnitCodeCharacters { .. } => msg::unit_code_characters(),
            F::UnitNameMissing { .. } => msg::unit_name_missing(),
            F::UnitCodeTwice { .. } => msg::unit_code_twice(),
            F::ReasonMissing => msg::void_reason_missing(),
        }
    }
}
