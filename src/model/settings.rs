//! `coi.yaml`: the agency, its units and the register's settings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::schema::{Key, Setting, Shape};

/// The version of the on-disk format; a newer `coi` can read older registers.
pub const SCHEMA: u32 = 1;

/// Where the plan says the results go (the seed's "UBND tỉnh (qua Thanh tra tỉnh)").
pub const DEFAULT_REPORT_TO: &str = "Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh)";

/// The fields of `coi.yaml`, checked before the file is read into a [`Config`]; a test holds
/// them to the structs' own fields.
pub const CONFIG: &[Setting] = &[
    Setting::new("schema", Shape::Whole).required(),
    Setting::new("agency", Shape::Text).required(),
    Setting::new("agency_code", Shape::Text),
    Setting::new("report_to", Shape::Text),
    Setting::new("units", Shape::List(&Shape::Group(UNIT))),
    Setting::new("language", Shape::Choice(&["vi", "en"])),
    Setting::new("auto_commit", Shape::Bool),
    Setting::new("period_start_day", Shape::Whole),
    Setting::new(
        "holidays",
        Shape::ByKey(Key::Year, &Shape::Group(HOLIDAY_YEAR)),
    ),
    Setting::new("deadlines", Shape::ByKey(Key::Text, &Shape::Date)),
    Setting::new("indicator_map", Shape::ByKey(Key::Text, &Shape::Text)),
    Setting::new("csv", Shape::Group(CSV)),
    Setting::new("parent_body", Shape::Text),
    Setting::new("place", Shape::Text),
    Setting::new("doc_code", Shape::Text),
    Setting::new("signer", Shape::Group(SIGNER)),
    Setting::new("recipients", Shape::List(&Shape::Text)),
    Setting::new("clerk", Shape::Group(CLERK)),
    Setting::new("sync", Shape::Choice(&["manual", "on-add"])),
];

pub const UNIT: &[Setting] = &[
    Setting::new("code", Shape::Text).required(),
    Setting::new("name", Shape::Text).required(),
    Setting::new("head", Shape::Text),
    Setting::new("focal_point", Shape::Text),
];

pub const HOLIDAY_YEAR: &[Setting] = &[
    Setting::new("off", Shape::List(&Shape::Date)),
    Setting::new("working_weekends", Shape::List(&Shape::Date)),
];

pub const CSV: &[Setting] = &[
    Setting::new("delimiter", Shape::Char),
    Setting::new("bom", Shape::Bool),
];

pub const SIGNER: &[Setting] = &[
    Setting::new("for", Shape::Text),
    Setting::new("title", Shape::Text),
    Setting::new("name", Shape::Text),
];

pub const CLERK: &[Setting] = &[
    Setting::new("name", Shape::Text),
    Setting::new("email", Shape::Text),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub schema: u32,
    pub agency: String,
    /// The code the province's compile workspace knows the agency by (`coi province`); carried
    /// in every submission so that a report never counts for another agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency_code: Option<String>,
    #[serde(default = "default_report_to")]
    pub report_to: String,
    #[serde(default)]
    pub units: Vec<Unit>,
    #[serde(default)]
    pub language: Lang,
    #[serde(default = "yes")]
    pub auto_commit: bool,
    /// The day of the month on which a reporting period starts (Circular 06/2025: the 15th).
    #[serde(default = "default_period_start_day")]
    pub period_start_day: u32,
    /// Days off and working weekends added to the shipped calendar, by year.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "typed::by_year"
    )]
    pub holidays: BTreeMap<i32, HolidayYear>,
    /// The province's own report deadlines, by period (e.g. `2026-Q1: 2026-03-18`).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "typed::dated"
    )]
    pub deadlines: BTreeMap<String, NaiveDate>,
    /// Our indicator codes mapped to the official Biểu 01/PCTN numbers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub indicator_map: BTreeMap<String, String>,
    #[serde(default)]
    pub csv: CsvConfig,
    /// The report document (`coi report --docx`): the body the agency answers to, upper case as
    /// it heads the document («ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_body: Option<String>,
    /// The place name before the date line («Bình Hải, ngày … tháng … năm 2026»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The agency's sign in the document's number: `BQL` gives «Số: …/BC-BQL».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_code: Option<String>,
    /// Who signs the report document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Signer>,
    /// The «Nơi nhận» list of the report document, one line each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<String>>,
    /// Who commits when git knows no one (a machine with no git set-up, a scheduled job).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clerk: Option<Clerk>,
    /// When the records made in a clone with a shared remote are published.
    #[serde(default, skip_serializing_if = "SyncWhen::is_manual")]
    pub sync: SyncWhen,
}

/// `sync`: when a record made under a provisional ID gets its final number. `manual` (the
/// default): at the next `coi sync`; `on-add`: at once, `add` running the sync itself when the
/// remote answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SyncWhen {
    #[default]
    Manual,
    OnAdd,
}

impl SyncWhen {
    fn is_manual(&self) -> bool {
        *self == SyncWhen::Manual
    }
}

/// The signer block of the report document: «KT. TRƯỞNG BAN» (`for`, only when a deputy signs
/// for the head), «PHÓ TRƯỞNG BAN» (`title`), then the name under the signature.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    #[serde(default, rename = "for", skip_serializing_if = "Option::is_none")]
    pub for_head: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `clerk` {`name`, `email`}: the identity of commits when neither `--by`, `COI_USER` nor git's
/// own configuration gives one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clerk {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<String>,
    /// The unit's focal point for COI supervision: the default supervisor of its cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focal_point: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayYear {
    #[serde(
        default,
        rename = "off",
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "typed::dates"
    )]
    pub days_off: Vec<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "typed::dates"
    )]
    pub working_weekends: Vec<NaiveDate>,
}

/// What a person typing `coi.yaml` may write: dates as `2026-03-14` or `14/03/2026`, as on the
/// command line, and years with or without quotes. `coi init` writes the first form. (The plan
/// files of `plans/` read their dates the same way.)
pub(crate) mod typed {
    use std::collections::BTreeMap;
    use std::fmt;

    use chrono::NaiveDate;
    use serde::de::{Error, Unexpected, Visitor};
    use serde::{Deserialize, Deserializer};

    // The field tables have checked each value before it is read (see `rules::validate::settings`):
    // a refusal here is only the reader's own, shown as it says it.
    struct Date(NaiveDate);

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
            struct Typed;
            impl Visitor<'_> for Typed {
                type Value = Date;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a date")
                }
                fn visit_str<E: Error>(self, text: &str) -> Result<Date, E> {
                    crate::model::values::parse_date(text)
                        .map(Date)
                        .map_err(|_| E::invalid_value(Unexpected::Str(text), &self))
                }
            }
            d.deserialize_str(Typed)
        }
    }

    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    struct Year(i32);

    impl<'de> Deserialize<'de> for Year {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Year, D::Error> {
            struct Typed;
            impl Visitor<'_> for Typed {
                type Value = Year;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a year")
                }
                fn visit_i64<E: Error>(self, year: i64) -> Result<Year, E> {
                    i32::try_from(year)
                        .map(Year)
                        .map_err(|_| E::invalid_value(Unexpected::Signed(year), &self))
                }
                fn visit_u64<E: Error>(self, year: u64) -> Result<Year, E> {
                    i32::try_from(year)
                        .map(Year)
                        .map_err(|_| E::invalid_value(Unexpected::Unsigned(year), &self))
                }
                fn visit_str<E: Error>(self, text: &str) -> Result<Year, E> {
                    text.trim()
                        .parse()
                        .map(Year)
                        .map_err(|_| E::invalid_value(Unexpected::Str(text), &self))
                }
            }
            d.deserialize_any(Typed)
        }
    }

    /// A date that may be left empty (`issued_on:`).
    pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let date = Option::<Date>::deserialize(d)?;
        Ok(date.map(|Date(day)| day))
    }

    pub fn dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        let dates = Vec::<Date>::deserialize(d)?;
        Ok(dates.into_iter().map(|Date(day)| day).collect())
    }

    pub fn dated<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, NaiveDate>, D::Error> {
        let map = BTreeMap::<String, Date>::deserialize(d)?;
        Ok(map.into_iter().map(|(k, Date(day))| (k, day)).collect())
    }

    pub fn by_year<'de, D, T>(d: D) -> Result<BTreeMap<i32, T>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        let map = BTreeMap::<Year, T>::deserialize(d)?;
        Ok(map.into_iter().map(|(Year(y), v)| (y, v)).collect())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsvConfig {
    /// `,` by default; `;` suits Excel in the Vietnamese regional setting.
    #[serde(default = "default_delimiter")]
    pub delimiter: char,
    /// A byte-order mark lets Excel read UTF-8.
    #[serde(default = "yes")]
    pub bom: bool,
}

impl CsvConfig {
    /// The delimiter of `coi.yaml`, once its checks have let it through.
    pub fn delimiter(&self) -> Option<Delimiter> {
        Delimiter::new(self.delimiter)
    }
}

/// The character between the cells of a CSV file: one ASCII character other than the double
/// quote and the line breaks, which CSV keeps for itself. (A character outside ASCII would be
/// cut to its first byte, and a quote would make the file unreadable.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiter(u8);

impl Delimiter {
    pub fn new(c: char) -> Option<Delimiter> {
        let byte = u8::try_from(c).ok().filter(|b| b.is_ascii())?;
        (!matches!(byte, b'"' | b'\r' | b'\n')).then_some(Delimiter(byte))
    }

    pub fn byte(self) -> u8 {
        self.0
    }
}

impl Default for CsvConfig {
    fn default() -> CsvConfig {
        CsvConfig {
            delimiter: default_delimiter(),
            bom: true,
        }
    }
}

fn default_report_to() -> String {
    DEFAULT_REPORT_TO.to_string()
}
fn yes() -> bool {
    true
}
fn default_period_start_day() -> u32 {
    15
}
fn default_delimiter() -> char {
    ','
}

impl Config {
    pub fn new(agency: String, units: Vec<Unit>) -> Config {
        Config {
            schema: SCHEMA,
            agency,
            agency_code: None,
            report_to: default_report_to(),
            units,
            language: Lang::Vi,
            auto_commit: true,
            period_start_day: default_period_start_day(),
            holidays: BTreeMap::new(),
            deadlines: BTreeMap::new(),
            indicator_map: BTreeMap::new(),
            csv: CsvConfig::default(),
            parent_body: None,
            place: None,
            doc_code: None,
            signer: None,
            recipients: None,
            clerk: None,
            sync: SyncWhen::Manual,
        }
    }

    pub fn unit_codes(&self) -> Vec<String> {
        self.units.iter().map(|u| u.code.clone()).collect()
    }

    pub fn unit(&self, code: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.code == code)
    }

    /// The settings of the report document, each `None` when missing or blank.
    pub fn document(&self) -> DocumentSettings<'_> {
        DocumentSettings::of(
            self.parent_body.as_deref(),
            self.place.as_deref(),
            self.doc_code.as_deref(),
            self.signer.as_ref(),
            self.recipients.as_deref(),
        )
    }
}

impl<'a> DocumentSettings<'a> {
    /// What a settings file says for its report document (`coi.yaml`, `province.yaml`), each
    /// `None` when missing or blank, and the blank lines of `recipients` left out.
    pub fn of(
        parent_body: Option<&'a str>,
        place: Option<&'a str>,
        doc_code: Option<&'a str>,
        signer: Option<&'a Signer>,
        recipients: Option<&'a [String]>,
    ) -> DocumentSettings<'a> {
        DocumentSettings {
            parent_body: filled(parent_body),
            place: filled(place),
            doc_code: filled(doc_code),
            signer_for: filled(signer.and_then(|s| s.for_head.as_deref())),
            signer_title: filled(signer.and_then(|s| s.title.as_deref())),
            signer_name: filled(signer.and_then(|s| s.name.as_deref())),
            recipients: (recipients.iter().copied().flatten())
                .filter_map(|r| filled(Some(r)))
                .collect(),
        }
    }

    /// The report's number as it is signed (`--number`): `12` is «12/BC-<doc_code>», a full
    /// number (`12/BC-BQL`) stays as given, and so does a number without a `doc_code`.
    pub fn number(&self, given: &str) -> String {
        let given = given.trim();
        match (given.contains('/'), self.doc_code) {
            (false, Some(code)) => format!("{given}/BC-{code}"),
            _ => given.to_string(),
        }
    }
}

/// What `coi.yaml` says for the report document, blanks taken for missing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentSettings<'a> {
    pub parent_body: Option<&'a str>,
    pub place: Option<&'a str>,
    pub doc_code: Option<&'a str>,
    pub signer_for: Option<&'a str>,
    pub signer_title: Option<&'a str>,
    pub signer_name: Option<&'a str>,
    pub recipients: Vec<&'a str>,
}

fn filled(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// A unit code as typed in `--unit CODE=NAME` or in `coi.yaml`: letters, digits, `-` and `_`.
pub fn valid_unit_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 20
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The agency's sign as it stands in «Số: …/BC-BQL»: the part after `BC-`, with no space or `/`.
pub fn valid_doc_code(code: &str) -> bool {
    let code = code.trim();
    !code.is_empty()
        && !code.chars().any(|c| c.is_whitespace() || c == '/')
        && !code.to_uppercase().starts_with("BC-")
}

#[cfg(test)]
mod tests {
    use crate::rules::settings::parse_config;

    const HEAD: &str = "schema: 1\nagency: Ban A\nunits:\n- code: VP\n  name: Văn phòng\n";

    #[test]
    fn dates_are_read_as_a_person_types_them_and_years_with_or_without_quotes() {
        let iso = "holidays:\n  2026:\n    off: [2026-03-16]\n    working_weekends: [2026-03-21]\n\
                   deadlines:\n  2026-Q1: 2026-03-18\n";
        let typed = "holidays:\n  \"2026\":\n    off: [16/03/2026]\n    working_weekends: [21/3/2026]\n\
                     deadlines:\n  2026-Q1: 18/03/2026\n";
        let iso = parse_config(&format!("{HEAD}{iso}")).unwrap();
        assert_eq!(iso.holidays[&2026].days_off.len(), 1);
        assert_eq!(parse_config(&format!("{HEAD}{typed}")).unwrap(), iso);
    }

    #[test]
    fn a_value_that_is_no_date_or_year_is_named_at_its_line() {
        for (tail, line, field, said) in [
            (
                "deadlines:\n  2026-Q1: 31/04/2026\n",
                7,
                "deadlines.2026-Q1",
                "«31/04/2026»",
            ),
            (
                "holidays:\n  2026:\n    off: [2026-13-01]\n",
                8,
                "holidays.2026.off[0]",
                "«2026-13-01»",
            ),
            (
                "holidays:\n  năm 2026:\n    off: []\n",
                7,
                "holidays",
                "«năm 2026»",
            ),
        ] {
            let problem = parse_config(&format!("{HEAD}{tail}")).unwrap_err();
            assert_eq!(problem.line, line, "{tail}");
            assert_eq!(problem.field.as_deref(), Some(field), "{tail}");
            assert!(problem.message.vi.contains(said), "{}", problem.message.vi);
            assert!(
                !problem.message.vi.contains("expected"),
                "{}",
                problem.message.vi
            );
        }
    }
}
