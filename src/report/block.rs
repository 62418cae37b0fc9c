//! The machine-readable block of a submission: JSON between two marker lines at the end of the
//! tag's message (`coi report --submit`), read back by the province's compile (`coi province`).
//! The human heading and the `code period year_to_date` lines stay above it, so that tags made
//! before the block existed are still read the old way.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Report;

/// The line that opens the block.
pub const BEGIN: &str = "-----BEGIN COI SUBMISSION-----";
/// The line that closes it.
pub const END: &str = "-----END COI SUBMISSION-----";
/// The version of the block's shape; a reader refuses a newer one rather than misread it.
pub const VERSION: u32 = 1;

/// What a submission says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub version: u32,
    /// The agency's name and, when `coi.yaml` sets it, its code.
    pub agency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency_code: Option<String>,
    /// The period's code, as `--period` takes it (`2026-Q1`).
    pub period: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub year_from: NaiveDate,
    /// The register commit the figures are made from (the commit the tag points to).
    pub commit: String,
    /// The report's number as it is signed (`12/BC-BQL`), when it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The day the report was sent (the tag's day, in Vietnam's time).
    pub date: NaiveDate,
    pub indicators: Vec<BlockFigure>,
}

/// One indicator: for the period, the year to date, and per unit of the agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockFigure {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<String>,
    pub period: u64,
    pub year_to_date: u64,
    #[serde(default)]
    pub units: Vec<BlockUnit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockUnit {
    pub code: String,
    pub period: u64,
    pub year_to_date: u64,
}

/// Why a block cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// A block opened and never closed, or JSON that is not a block.
    Malformed(String),
    /// A block of a later version than this `coi` reads.
    Newer(u32),
}

impl Block {
    /// The block of `report`, sent by `agency` on `date` from `commit`.
    pub fn of(
        report: &Report,
        agency: &str,
        agency_code: Option<&str>,
        commit: &str,
        number: Option<&str>,
        date: NaiveDate,
    ) -> Block {
        let p = &report.period;
        Block {
            version: VERSION,
            agency: agency.to_string(),
            agency_code: agency_code.map(str::to_string),
            period: p.to_string(),
            from: p.from,
            to: p.to,
            year_from: p.year_from,
            commit: commit.to_string(),
            number: number.map(str::to_string),
            date,
            indicators: (report.figures.iter())
                .map(|f| BlockFigure {
                    code: f.indicator.code.to_string(),
                    official: f.official.clone(),
                    period: f.period,
                    year_to_date: f.year_to_date,
                    units: (f.units.iter())
                        .map(|(code, period, ytd)| BlockUnit {
                            code: code.clone(),
                            period: *period,
                            year_to_date: *ytd,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// The block as it ends the tag's message: the markers and the JSON between them.
    pub fn text(&self) -> String {
        let json = serde_json::to_string_pretty(self).expect("a block is plain data");
        format!("\n{BEGIN}\n{json}\n{END}\n")
    }

    /// The figure of the indicator `code`, if the block has it.
    pub fn figure(&self, code: &str) -> Option<&BlockFigure> {
        self.indicators.iter().find(|f| f.code == code)
    }
}

/// The block a tag's message holds: `None` when it has none (a tag made before blocks, or by
/// hand).
pub fn parse(message: &str) -> Option<Result<Block, Unreadable>> {
    let start = message.lines().position(|l| l.trim() == BEGIN)?;
    let mut lines = message.lines().skip(start + 1);
    let mut json = String::new();
    let mut closed = false;
    for line in lines.by_ref() {
        if line.trim() == END {
            closed = true;
            break;
        }
        json.push_str(line);
        json.push('\n');
    }
    if !closed {
        return Some(Err(Unreadable::Malformed("no end marker".into())));
    }
    Some(read(&json))
}

/// A block from its JSON alone (as a file dropped in a folder source holds it).
pub fn read(json: &str) -> Result<Block, Unreadable> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| Unreadable::Malformed(e.to_string()))?;
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => return Err(Unreadable::Newer(v as u32)),
        Some(_) => {}
        None => return Err(Unreadable::Malformed("no version".into())),
    }
    serde_json::from_value(value).map_err(|e| Unreadable::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block() -> Block {
        Block {
            version: VERSION,
            agency: "Ban Quản lý Khu kinh tế tỉnh".into(),
            agency_code: Some("BQLKKT".into()),
            period: "2026-Q1".into(),
            from: NaiveDate::from_ymd_opt(2025, 12, 15).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 3, 14).unwrap(),
            year_from: NaiveDate::from_ymd_opt(2025, 12, 15).unwrap(),
            commit: "0123456789abcdef0123456789abcdef01234567".into(),
            number: Some("12/BC-BQL".into()),
            date: NaiveDate::from_ymd_opt(2026, 3, 16).unwrap(),
            indicators: vec![BlockFigure {
                code: "XD01".into(),
                official: None,
                period: 2,
                year_to_date: 3,
                units: vec![BlockUnit {
                    code: "VP".into(),
                    period: 2,
                    year_to_date: 3,
                }],
            }],
        }
    }

    #[test]
    fn a_block_reads_back_from_the_message_it_ends() {
        let message = format!(
            "Ban A\nBÁO CÁO\n\ncode period year_to_date\nXD01 2 3\n{}",
            block().text()
        );
        assert_eq!(parse(&message), Some(Ok(block())));
        // The old lines are still read as before, the block left out of them.
        let old = super::super::submission::parse(&message);
        assert_eq!(old.len(), 1);
        assert_eq!(old[0].code, "XD01");
    }

    #[test]
    fn a_message_without_a_block_has_none_and_a_broken_one_says_why() {
        assert_eq!(parse("Ban A\n\ncode period year_to_date\nXD01 2 3\n"), None);
        let open = format!("x\n{BEGIN}\n{{\"version\": 1}}\n");
        assert!(matches!(parse(&open), Some(Err(Unreadable::Malformed(_)))));
        let newer = format!("x\n{BEGIN}\n{{\"version\": 9}}\n{END}\n");
        assert_eq!(parse(&newer), Some(Err(Unreadable::Newer(9))));
        let no_version = format!("x\n{BEGIN}\n{{}}\n{END}\n");
        assert!(matches!(
            parse(&no_version),
            Some(Err(Unreadable::Malformed(_)))
        ));
    }
}
