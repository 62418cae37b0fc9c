//! What was sent: a submission is recorded as an annotated git tag `bao-cao/<period>` (a later
//! one of the same period `bao-cao/<period>-2` …) whose message holds every figure, so that the
//! figures sent can be compared with the figures the register gives today.

use chrono::NaiveDate;
use serde::Serialize;

use super::Report;
use crate::i18n::{Lang, in_lang, msg};
use crate::model::{group_figure, show_date};
use crate::period::Period;
use crate::render::cells::{Cell, Sheet};

/// The folder of git tags that record a submission.
pub const TAG_PREFIX: &str = "bao-cao/";

/// The line above the figures in a tag's message; the figures follow it, one per line.
const FIGURES_HEADER: &str = "code period year_to_date";

/// The line of a tag's heading that gives the report's number, as it was signed.
const NUMBER_LINE: &str = "Số: ";

/// A submission as the register's history keeps it: its tag, the report's number when it was
/// given, the day it was made (the tag's date, in Vietnam's time) and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    pub tag: String,
    pub number: Option<String>,
    pub on: Option<NaiveDate>,
    pub figures: Vec<Sent>,
}

impl Submitted {
    /// «bao-cao/2026-Q1 (Báo cáo số 12/BC-BQL ngày 17/03/2026)», as the corrections name it.
    pub fn named(&self) -> String {
        let mut said = format!("Báo cáo số {}", self.number.as_deref().unwrap_or("…"));
        if let Some(on) = self.on {
            said.push_str(&format!(" ngày {}", show_date(on)));
        }
        format!("{said} (thẻ {})", self.tag)
    }
}

/// One figure as it was sent, for the agency as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub code: String,
    pub period: u64,
    pub year_to_date: u64,
}

/// A figure that differs now from what was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    pub code: String,
    /// `period` or `year_to_date`.
    pub column: &'static str,
    pub submitted: u64,
    pub now: u64,
}

/// The name of the tag of a new submission of `period`, given the tags that exist.
pub fn next_tag(period: &Period, existing: &[String]) -> String {
    let first = format!("{TAG_PREFIX}{period}");
    if !existing.contains(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{first}-{n}"))
        .find(|name| !existing.contains(name))
        .expect("a free number")
}

/// Which submission of `period` the tag `tag` is (`bao-cao/2026` is the first, `bao-cao/2026-2`
/// the second); `None` for a tag of another period, such as `bao-cao/2026-Q1` beside the year's.
pub fn submission_of(period: &Period, tag: &str) -> Option<u32> {
    let first = format!("{TAG_PREFIX}{period}");
    match tag.strip_prefix(&first)? {
        "" => Some(1),
        rest => rest.strip_prefix('-')?.parse::<u32>().ok(),
    }
}

/// The latest submission of `period` among `tags`: the highest `-n`, else the plain name.
pub fn latest_tag<'a>(period: &Period, tags: &'a [String]) -> Option<&'a str> {
    tags.iter()
        .filter_map(|t| Some((submission_of(period, t)?, t.as_str())))
        .max()
        .map(|(_, t)| t)
}

/// The tag's message: a heading a person reads in `git show` (with the report's number when it
/// was given), then every figure.
pub fn message(heading: &[String], number: Option<&str>, report: &Report) -> String {
    let mut text = heading.join("\n");
    if let Some(number) = number {
        text.push_str(&format!("\n{NUMBER_LINE}{number}"));
    }
    text.push_str("\n\n");
    text.push_str(FIGURES_HEADER);
    text.push('\n');
    for f in &report.figures {
        text.push_str(&format!(
            "{} {} {}\n",
            f.indicator.code, f.period, f.year_to_date
        ));
    }
    text
}

/// The figures a tag's message holds (none when it holds no figures).
pub fn parse(message: &str) -> Vec<Sent> {
    let mut lines = message.lines().skip_while(|l| l.trim() != FIGURES_HEADER);
    lines.next();
    // The machine-readable block that follows the lines (see [`super::block`]) is not read here.
    lines
        .take_while(|l| l.trim() != super::block::BEGIN)
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let code = words.next()?.to_string();
            let period = words.next()?.parse().ok()?;
            let year_to_date = words.next()?.parse().ok()?;
            Some(Sent {
                code,
                period,
                year_to_date,
            })
        })
        .collect()
}

/// The report's number a tag's message gives, if it gives one.
pub fn number(message: &str) -> Option<String> {
    (message.lines())
        .take_while(|l| l.trim() != FIGURES_HEADER)
        .find_map(|l| l.strip_prefix(NUMBER_LINE))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
}

/// `dieu-chinh.csv` and the workbook's «Điều chỉnh» sheet: each figure that differs from what
/// was sent, with the submission it corrects.
pub fn corrections_sheet(
    sent: Option<&Submitted>,
    corrections: &[Correction],
    report: &Report,
    lang: Lang,
) -> Sheet {
    let headers = in_lang(
        [
            msg::REPORT_CODE,
            msg::REPORT_INDICATOR,
            msg::CORRECTION_COLUMN,
            msg::CORRECTION_SUBMITTED,
            msg::CORRECTION_NOW,
            msg::CORRECTION_DIFFERENCE,
            msg::CORRECTION_OF,
        ],
        lang,
    );
    let rows = corrections
        .iter()
        .map(|c| {
            let figure = report.figures.iter().find(|f| f.indicator.code == c.code);
            let wording = figure.map_or("", |f| f.indicator.wording.get(lang));
            let column = match c.column {
                "period" => msg::REPORT_PERIOD,
                _ => msg::REPORT_YEAR_TO_DATE,
            };
            // In words: a leading sign would read as a formula to a spreadsheet.
            let difference = match c.now >= c.submitted {
                true => msg::correction_up(group_figure(c.now - c.submitted)),
                false => msg::correction_down(group_figure(c.submitted - c.now)),
            };
            vec![
                Cell::text(c.code.clone()),
                Cell::text(wording),
                Cell::text(column.get(lang)),
                Cell::Int(c.submitted),
                Cell::Int(c.now),
                Cell::text(difference.get(lang)),
                Cell::text(sent.map(Submitted::named).unwrap_or_default()),
            ]
        })
        .collect();
    Sheet {
        file: "dieu-chinh",
        name: msg::SHEET_CORRECTIONS.get(lang).to_string(),
        headers: headers.map(String::from).to_vec(),
        rows,
        printed: Vec::new(),
    }
}

/// Each figure of `report` that differs from what was `sent`.
pub fn corrections(sent: &[Sent], report: &Report) -> Vec<Correction> {
    let mut out = Vec::new();
    for f in &report.figures {
        let Some(s) = sent.iter().find(|s| s.code == f.indicator.code) else {
            continue;
        };
        for (column, submitted, now) in [
            ("period", s.period, f.period),
            ("year_to_date", s.year_to_date, f.year_to_date),
        ] {
            if submitted != now {
                out.push(Correction {
                    code: s.code.clone(),
                    column,
                    submitted,
                    now,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::Span;

    fn q1() -> Period {
        Period::of(2026, Span::Quarter(1), 15)
    }

    #[test]
    fn a_tag_is_a_submission_of_its_own_period_only() {
        let year = Period::of(2026, Span::Year, 15);
        assert_eq!(submission_of(&year, "bao-cao/2026"), Some(1));
        assert_eq!(submission_of(&year, "bao-cao/2026-3"), Some(3));
        for other in [
            "bao-cao/2026-Q1",
            "bao-cao/2026-6M",
            "bao-cao/2026-Q1-2",
            "bao-cao/2027",
        ] {
            assert_eq!(submission_of(&year, other), None, "{other}");
        }
        assert_eq!(submission_of(&q1(), "bao-cao/2026-Q1-2"), Some(2));
    }

    fn tags(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_second_submission_of_a_period_takes_the_next_number() {
        assert_eq!(next_tag(&q1(), &[]), "bao-cao/2026-Q1");
        let sent = tags(&["bao-cao/2026-Q1", "bao-cao/2025-Q4"]);
        assert_eq!(next_tag(&q1(), &sent), "bao-cao/2026-Q1-2");
        let twice = tags(&["bao-cao/2026-Q1", "bao-cao/2026-Q1-2"]);
        assert_eq!(next_tag(&q1(), &twice), "bao-cao/2026-Q1-3");
    }

    #[test]
    fn the_latest_submission_is_the_highest_number() {
        let all = tags(&[
            "bao-cao/2026-Q1-2",
            "bao-cao/2026-Q1",
            "bao-cao/2026-Q1-10",
            "bao-cao/2026-Q2",
            "bao-cao/2026-Q1-x",
        ]);
        assert_eq!(latest_tag(&q1(), &all), Some("bao-cao/2026-Q1-10"));
        assert_eq!(latest_tag(&q1(), &tags(&["bao-cao/2026-Q2"])), None);
    }

    #[test]
    fn the_figures_read_back_from_the_message() {
        let message =
            "Ban A\nBÁO CÁO\n\ncode period year_to_date\nTT01 3 5\nQT03 2000000 2000000\n";
        assert_eq!(
            parse(message),
            [
                Sent {
                    code: "TT01".into(),
                    period: 3,
                    year_to_date: 5
                },
                Sent {
                    code: "QT03".into(),
                    period: 2_000_000,
                    year_to_date: 2_000_000
                },
            ]
        );
        assert!(parse("a tag made by hand\n").is_empty());
    }

    #[test]
    fn the_number_of_the_report_is_read_from_the_heading_only() {
        let signed = "Ban A\nSố: 12/BC-BQL\n\ncode period year_to_date\nTT01 3 5\n";
        assert_eq!(number(signed).as_deref(), Some("12/BC-BQL"));
        assert_eq!(number("Ban A\n\ncode period year_to_date\nSố: 1 2\n"), None);
        let named = Submitted {
            tag: "bao-cao/2026-Q1".into(),
            number: Some("12/BC-BQL".into()),
            on: NaiveDate::from_ymd_opt(2026, 3, 17),
            figures: Vec::new(),
        };
        assert_eq!(
            named.named(),
            "Báo cáo số 12/BC-BQL ngày 17/03/2026 (thẻ bao-cao/2026-Q1)"
        );
    }
}
