//! The compile: for each agency, its latest submission of the period (earlier ones are
//! corrections), checked before it counts; the province's figures are the sum of those that
//! count. A submission that cannot be trusted is refused for its agency with the reason, and the
//! compile goes on for the others.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::collect::{self, Collected};
use super::workspace::{Agency, Source, Workspace};
use crate::i18n::{Text, msg};
use crate::period::Period;
use crate::report::block::{self, Block, BlockFigure, BlockUnit, Unreadable};
use crate::report::submission;

/// One submission of an agency, as read: from a tag of its register, or a file dropped in its
/// folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The tag (`bao-cao/2026-Q1-2`) or the file's name.
    pub tag: String,
    pub on: Option<NaiveDate>,
    pub number: Option<String>,
    pub figures: Vec<BlockFigure>,
    /// Why it cannot count, when it cannot.
    pub refused: Option<Text>,
    /// The register commit it is made from, when known and trusted.
    pub commit: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Submitted,
    Late,
    Missing,
    Refused,
}

impl Status {
    pub fn label(self) -> crate::i18n::Label {
        match self {
            Status::Submitted => msg::PROVINCE_SUBMITTED,
            Status::Late => msg::PROVINCE_LATE,
            Status::Missing => msg::PROVINCE_MISSING,
            Status::Refused => msg::PROVINCE_REFUSED,
        }
    }
}

/// An agency in the compile.
#[derive(Debug, Clone)]
pub struct Row {
    pub code: String,
    pub name: String,
    pub status: Status,
    /// The submission that counts (or that was refused).
    pub counted: Option<Submission>,
    /// Why it is missing or refused.
    pub reason: Option<Text>,
}

/// A figure an agency changed by a later submission of the same period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    pub agency: String,
    pub code: String,
    /// `period` or `year_to_date`.
    pub column: &'static str,
    /// The earlier submission and its figure.
    pub earlier: String,
    pub submitted: u64,
    /// The submission that counts and its figure.
    pub later: String,
    pub now: u64,
}

/// The province's figures for a period.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub period: Period,
    pub deadline: NaiveDate,
    pub rows: Vec<Row>,
    /// Indicator codes in the order of the agency report.
    pub codes: Vec<&'static str>,
    pub corrections: Vec<Correction>,
}

impl Row {
    /// Whether its submission counts in the province's figures (on time or late).
    pub fn counts(&self) -> bool {
        matches!(self.status, Status::Submitted | Status::Late)
    }
}

impl Compiled {
    /// The figure of `code` for the agency of `row` (period, year to date), when it counts.
    pub fn figure(row: &Row, code: &str) -> Option<(u64, u64)> {
        if !row.counts() {
            return None;
        }
        let f = row
            .counted
            .as_ref()?
            .figures
            .iter()
            .find(|f| f.code == code)?;
        Some((f.period, f.year_to_date))
    }

    /// The province's total of `code`: the sum over the agencies whose submission counts.
    pub fn total(&self, code: &str) -> (u64, u64) {
        (self.rows.iter())
            .filter_map(|r| Compiled::figure(r, code))
            .fold((0, 0), |(p, y), (a, b)| (p + a, y + b))
    }
}

/// Compiles `period` from what each agency sent (`sent[code]`, every submission of the period,
/// in any order) and why nothing came from an agency that failed to answer (`unreachable`).
pub fn compile(
    workspace: &Workspace,
    period: Period,
    sent: &BTreeMap<String, Vec<Submission>>,
    unreachable: &BTreeMap<String, Text>,
) -> Compiled {
    let deadline = workspace.deadline(&period);
    let mut corrections = Vec::new();
    let rows = (workspace.agencies.iter())
        .map(|agency| {
            let mut all: Vec<&Submission> = sent.get(&agency.code).into_iter().flatten().collect();
            all.sort_by_key(|s| order(&period, s));
            let latest = all.pop();
            if let (Some(latest), Some(earlier)) = (latest, all.last())
                && latest.refused.is_none()
                && earlier.refused.is_none()
            {
                corrections.extend(changes(&agency.code, earlier, latest));
            }
            row(agency, latest, unreachable.get(&agency.code), deadline)
        })
        .collect();
    Compiled {
        period,
        deadline,
        rows,
        codes: crate::report::indicators::INDICATORS
            .iter()
            .map(|i| i.code)
            .collect(),
        corrections,
    }
}

/// The order of submissions of a period: a tag by its `-N`, a file by its day, then its name;
/// the last counts.
pub fn order(period: &Period, s: &Submission) -> (u32, Option<NaiveDate>, String) {
    let first = format!("{}{period}", submission::TAG_PREFIX);
    let n = match s.tag.strip_prefix(&first) {
        Some("") => 1,
        Some(rest) => rest
            .strip_prefix('-')
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
        None => 0,
    };
    (n, s.on, s.tag.clone())
}

fn row(agency: &Agency, latest: Option<&Submission>, failed: Option<&Text>, due: NaiveDate) -> Row {
    let (status, reason) = match latest {
        None => (Status::Missing, failed.cloned()),
        Some(s) if s.refused.is_some() => (Status::Refused, s.refused.clone()),
        Some(s) if s.on.is_some_and(|on| on > due) => (Status::Late, None),
        Some(_) => (Status::Submitted, None),
    };
    Row {
        code: agency.code.clone(),
        name: agency.name.clone(),
        status,
        counted: latest.cloned(),
        reason,
    }
}

/// Each figure that differs between two submissions of one agency.
fn changes(agency: &str, earlier: &Submission, later: &Submission) -> Vec<Correction> {
    let mut out = Vec::new();
    for f in &later.figures {
        let Some(e) = earlier.figures.iter().find(|e| e.code == f.code) else {
            continue;
        };
        for (column, submitted, now) in [
            ("period", e.period, f.period),
            ("year_to_date", e.year_to_date, f.year_to_date),
        ] {
            if submitted != now {
                out.push(Correction {
                    agency: agency.to_string(),
                    code: f.code.clone(),
                    column,
                    earlier: earlier.tag.clone(),
                    submitted,
                    later: later.tag.clone(),
                    now,
                });
            }
        }
    }
    out
}

/// The day of a moment in Vietnam's time.
fn vietnam_day(at: chrono::DateTime<chrono::FixedOffset>) -> NaiveDate {
    let vietnam = chrono::FixedOffset::east_opt(7 * 3600).expect("UTC+7");
    at.with_timezone(&vietnam).date_naive()
}

/// A collected tag read and checked: its block against the commit the tag points to, the
/// period and the agency's code.
pub fn from_tag(tag: &Collected, agency: &Agency, period: &Period) -> Submission {
    let mut s = Submission {
        tag: tag.tag.clone(),
        on: tag.tagged.map(vietnam_day),
        number: submission::number(&tag.message),
        figures: Vec::new(),
        refused: None,
        commit: None,
    };
    if tag.rewritten {
        s.refused = Some(msg::province_tag_rewritten(&tag.tag));
        return s;
    }
    match block::parse(&tag.message) {
        Some(Ok(b)) => {
            s.refused = trust(&b, agency, period);
            if s.refused.is_none() && b.commit != tag.commit {
                s.refused = Some(msg::province_tag_moved(
                    &tag.tag,
                    short(&b.commit),
                    short(&tag.commit),
                ));
            }
            s.on = Some(b.date);
            s.number = b.number;
            s.figures = b.indicators;
            s.commit = Some(b.commit);
        }
        Some(Err(e)) => s.refused = Some(unreadable(e)),
        // A tag made before the block: the figure lines, for the agency as a whole.
        None => {
            s.figures = (submission::parse(&tag.message).into_iter())
                .map(|f| BlockFigure {
                    code: f.code,
                    official: None,
                    period: f.period,
                    year_to_date: f.year_to_date,
                    units: Vec::new(),
                })
                .collect();
            if s.figures.is_empty() {
                s.refused = Some(msg::PROVINCE_NO_FIGURES.into());
            }
        }
    }
    s
}

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(10)]
}

fn unreadable(e: Unreadable) -> Text {
    match e {
        Unreadable::Newer(v) => msg::province_block_newer(v),
        Unreadable::Malformed(why) => msg::province_block_malformed(why),
    }
}

/// What a block says that refuses it: another period, another agency's code.
fn trust(b: &Block, agency: &Agency, period: &Period) -> Option<Text> {
    if b.period != period.to_string() {
        return Some(msg::province_other_period(&b.period));
    }
    if let (Some(theirs), Some(ours)) = (&b.agency_code, Some(&agency.code))
        && theirs != ours
    {
        return Some(msg::province_other_agency(theirs, ours));
    }
    None
}

/// The export `coi report --format json` writes, as far as the compile reads it.
#[derive(Debug, Deserialize)]
struct Exported {
    period: String,
    indicators: Vec<ExportedFigure>,
    #[serde(default)]
    left_out: Vec<String>,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    submitted_on: Option<NaiveDate>,
}

#[derive(Debug, Deserialize)]
struct ExportedFigure {
    code: String,
    #[serde(default)]
    official: Option<String>,
    period: u64,
    year_to_date: u64,
    #[serde(default)]
    units: Vec<BlockUnit>,
}

/// The submissions of `period` among the files of a folder source: each `.json` file, either a
/// submission's block or the export of `coi report --format json`. A file of another period is
/// not this compile's; a file that cannot be read is refused with the reason.
pub fn from_folder(
    dir: &Path,
    agency: &Agency,
    period: &Period,
) -> std::io::Result<Vec<Submission>> {
    let mut names: Vec<_> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    let mut found = Vec::new();
    for path in names {
        if path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            continue;
        }
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let modified = (path.metadata().ok())
            .and_then(|m| m.modified().ok())
            .map(|t| vietnam_day(chrono::DateTime::<chrono::Utc>::from(t).fixed_offset()));
        let text = std::fs::read_to_string(&path)?;
        if let Some(s) = from_file(&name, &text, modified, agency, period) {
            found.push(s);
        }
    }
    Ok(found)
}

/// One dropped file read; `None` when it is of another period.
fn from_file(
    name: &str,
    text: &str,
    modified: Option<NaiveDate>,
    agency: &Agency,
    period: &Period,
) -> Option<Submission> {
    let mut s = Submission {
        tag: name.to_string(),
        on: modified,
        number: None,
        figures: Vec::new(),
        refused: None,
        commit: None,
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            s.refused = Some(msg::province_block_malformed(e.to_string()));
            return Some(s);
        }
    };
    let spoken_period = value
        .get("period")
        .and_then(|p| p.as_str())
        .unwrap_or_default();
    if spoken_period != period.to_string() {
        return None;
    }
    if value.get("version").is_some() {
        match block::read(text) {
            Ok(b) => {
                s.refused = trust(&b, agency, period);
                s.on = Some(b.date);
                s.number = b.number;
                s.figures = b.indicators;
                s.commit = Some(b.commit);
            }
            Err(e) => s.refused = Some(unreadable(e)),
        }
        return Some(s);
    }
    match serde_json::from_value::<Exported>(value) {
        Ok(export) => {
            if !export.left_out.is_empty() {
                s.refused = Some(msg::province_incomplete(export.left_out.len()));
            }
            s.on = export.submitted_on.or(modified);
            s.number = export.number;
            s.figures = (export.indicators.into_iter())
                .map(|f| BlockFigure {
                    code: f.code,
                    official: f.official,
                    period: f.period,
                    year_to_date: f.year_to_date,
                    units: f.units,
                })
                .collect();
            debug_assert_eq!(export.period, period.to_string());
        }
        Err(e) => s.refused = Some(msg::province_block_malformed(e.to_string())),
    }
    Some(s)
}

/// Every submission of `period` of each agency, from the store (remotes) or its folder; a
/// folder that cannot be read is the reason its agency is missing.
pub fn gather(
    root: &Path,
    workspace: &Workspace,
    period: &Period,
) -> (BTreeMap<String, Vec<Submission>>, BTreeMap<String, Text>) {
    let log = read_log(root, &period.to_string());
    let mut sent = BTreeMap::new();
    let mut unreachable = BTreeMap::new();
    for agency in &workspace.agencies {
        let found = match agency.source() {
            Some(Source::Remote(_)) => {
                if let Some(outcome) = log.as_ref().and_then(|l| l.of(&agency.code))
                    && outcome.status != "fetched"
                {
                    let reason = match outcome.status.as_str() {
                        "timed-out" => msg::province_timed_out(&outcome.reason),
                        _ => msg::province_unreachable(&outcome.reason),
                    };
                    unreachable.insert(agency.code.clone(), reason);
                }
                // The year's tags are fetched with the quarters' (`bao-cao/2026*`): only the
                // period's own count.
                (collect::collected(root, &agency.code, &period.to_string()).iter())
                    .filter(|t| submission::submission_of(period, &t.tag).is_some())
                    .map(|t| from_tag(t, agency, period))
                    .collect()
            }
            Some(Source::Folder(folder)) => match from_folder(&root.join(folder), agency, period) {
                Ok(found) => found,
                Err(e) => {
                    unreachable.insert(
                        agency.code.clone(),
                        msg::province_unreachable(e.to_string()),
                    );
                    Vec::new()
                }
            },
            None => Vec::new(),
        };
        sent.insert(agency.code.clone(), found);
    }
    (sent, unreachable)
}

/// The record of the last collect of a period, if there is one.
pub fn read_log(root: &Path, period: &str) -> Option<collect::Log> {
    let text = std::fs::read_to_string(collect::log_path(root, period)).ok()?;
    serde_json::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q1() -> Period {
        Period::parse("2026-Q1", 15).unwrap()
    }

    fn agency(code: &str) -> Agency {
        Agency {
            code: code.into(),
            name: format!("Cơ quan {code}"),
            remote: Some("/r".into()),
            folder: None,
        }
    }

    fn fig(code: &str, period: u64, ytd: u64) -> BlockFigure {
        BlockFigure {
            code: code.into(),
            official: None,
            period,
            year_to_date: ytd,
            units: Vec::new(),
        }
    }

    fn sub(tag: &str, day: u32, xd01: u64) -> Submission {
        Submission {
            tag: tag.into(),
            on: NaiveDate::from_ymd_opt(2026, 3, day),
            number: None,
            figures: vec![fig("XD01", xd01, xd01 + 1)],
            refused: None,
            commit: None,
        }
    }

    #[test]
    fn the_latest_submission_counts_late_ones_are_named_and_the_totals_sum_what_counts() {
        let mut w = Workspace::new("Thanh tra".into(), 2026);
        w.agencies = vec![agency("A"), agency("B"), agency("C"), agency("D")];
        let mut sent = BTreeMap::new();
        sent.insert(
            "A".into(),
            vec![
                sub("bao-cao/2026-Q1-2", 16, 5),
                sub("bao-cao/2026-Q1", 10, 3),
            ],
        );
        sent.insert("B".into(), vec![sub("bao-cao/2026-Q1", 20, 2)]);
        let mut refused = sub("bao-cao/2026-Q1", 12, 100);
        refused.refused = Some(Text::same("moved"));
        sent.insert("C".into(), vec![refused]);
        let mut unreachable = BTreeMap::new();
        unreachable.insert("D".into(), Text::same("no answer"));
        let c = compile(&w, q1(), &sent, &unreachable);
        let statuses: Vec<_> = c.rows.iter().map(|r| r.status).collect();
        assert_eq!(
            statuses,
            [
                Status::Submitted,
                Status::Late,
                Status::Refused,
                Status::Missing
            ]
        );
        assert_eq!(c.total("XD01"), (7, 9));
        assert_eq!(c.rows[3].reason, Some(Text::same("no answer")));
        assert_eq!(c.corrections.len(), 2);
        assert_eq!(c.corrections[0].earlier, "bao-cao/2026-Q1");
        assert_eq!((c.corrections[0].submitted, c.corrections[0].now), (3, 5));
    }

    #[test]
    fn a_tag_whose_commit_is_not_the_blocks_or_of_another_agency_is_refused() {
        let b = Block {
            version: 1,
            agency: "X".into(),
            agency_code: Some("A".into()),
            period: "2026-Q1".into(),
            from: q1().from,
            to: q1().to,
            year_from: q1().year_from,
            commit: "1111111111".into(),
            number: None,
            date: NaiveDate::from_ymd_opt(2026, 3, 16).unwrap(),
            indicators: vec![fig("XD01", 1, 1)],
        };
        let tag = |commit: &str| Collected {
            tag: "bao-cao/2026-Q1".into(),
            rewritten: false,
            commit: commit.into(),
            tagged: None,
            message: format!("head\n{}", b.text()),
        };
        assert_eq!(
            from_tag(&tag("1111111111"), &agency("A"), &q1()).refused,
            None
        );
        let moved = from_tag(&tag("2222222222"), &agency("A"), &q1());
        assert!(moved.refused.unwrap().en.contains("2222222222"));
        let other = from_tag(&tag("1111111111"), &agency("B"), &q1());
        assert!(other.refused.unwrap().en.contains('A'));
        let q2 = Period::parse("2026-Q2", 15).unwrap();
        assert!(
            from_tag(&tag("1111111111"), &agency("A"), &q2)
                .refused
                .is_some()
        );
    }

    #[test]
    fn a_tag_made_before_the_block_is_read_from_its_figure_lines() {
        let tag = Collected {
            tag: "bao-cao/2026-Q1".into(),
            rewritten: false,
            commit: "1111111111".into(),
            tagged: chrono::DateTime::parse_from_rfc3339("2026-03-16T20:00:00+00:00").ok(),
            message: "Ban A\nSố: 4/BC-A\n\ncode period year_to_date\nXD01 2 3\n".into(),
        };
        let s = from_tag(&tag, &agency("A"), &q1());
        assert_eq!(s.refused, None);
        assert_eq!(s.figures, [fig("XD01", 2, 3)]);
        assert_eq!(s.number.as_deref(), Some("4/BC-A"));
        // 20:00 UTC is the next morning in Vietnam.
        assert_eq!(s.on, NaiveDate::from_ymd_opt(2026, 3, 17));
        let by_hand = Collected {
            message: "made by hand\n".into(),
            ..tag
        };
        assert!(from_tag(&by_hand, &agency("A"), &q1()).refused.is_some());
    }

    #[test]
    fn a_dropped_export_is_read_and_one_with_records_left_out_is_refused() {
        let export = r#"{"agency":"X","period":"2026-Q1","submitted_on":"2026-03-15","number":"3/BC-X",
            "indicators":[{"code":"XD01","period":2,"year_to_date":4,"units":[{"code":"VP","period":2,"year_to_date":4}]}],
            "left_out":[]}"#;
        let s = from_file("a.json", export, None, &agency("A"), &q1()).unwrap();
        assert_eq!(s.refused, None);
        assert_eq!(s.on, NaiveDate::from_ymd_opt(2026, 3, 15));
        assert_eq!(s.figures[0].units[0].year_to_date, 4);
        let partial = export.replace(r#""left_out":[]"#, r#""left_out":["cases/2026/x.yaml"]"#);
        assert!(
            from_file("b.json", &partial, None, &agency("A"), &q1())
                .unwrap()
                .refused
                .is_some()
        );
        let other = export.replace("2026-Q1", "2026-Q2");
        assert_eq!(from_file("c.json", &other, None, &agency("A"), &q1()), None);
        assert!(
            from_file("d.json", "{", None, &agency("A"), &q1())
                .unwrap()
                .refused
                .is_some()
        );
    }
}
