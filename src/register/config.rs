//! `coi.yaml`: the agency, its units and the register's settings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The version of the on-disk format; a newer `coi` can read older registers.
pub const SCHEMA: u32 = 1;

/// Where the plan says the results go (the seed's "UBND tỉnh (qua Thanh tra tỉnh)").
pub const DEFAULT_REPORT_TO: &str = "Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh)";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub schema: u32,
    pub agency: String,
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
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub holidays: BTreeMap<i32, HolidayYear>,
    /// The province's own report deadlines, by period (e.g. `2026-Q1: 2026-03-18`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub deadlines: BTreeMap<String, NaiveDate>,
    /// Our indicator codes mapped to the official Biểu 01/PCTN numbers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub indicator_map: BTreeMap<String, String>,
    #[serde(default)]
    pub csv: CsvConfig,
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
    #[serde(default, rename = "off", skip_serializing_if = "Vec::is_empty")]
    pub days_off: Vec<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub working_weekends: Vec<NaiveDate>,
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
            report_to: default_report_to(),
            units,
            language: Lang::Vi,
            auto_commit: true,
            period_start_day: default_period_start_day(),
            holidays: BTreeMap::new(),
            deadlines: BTreeMap::new(),
            indicator_map: BTreeMap::new(),
            csv: CsvConfig::default(),
        }
    }

    pub fn unit_codes(&self) -> Vec<String> {
        self.units.iter().map(|u| u.code.clone()).collect()
    }

    pub fn unit(&self, code: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.code == code)
    }
}

/// A unit code as typed in `--unit CODE=NAME` or in `coi.yaml`: letters, digits, `-` and `_`.
pub fn valid_unit_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 20
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
