//! The province's quarter-by-quarter trend, for a 6-month, 9-month or year report: each quarter
//! of the year up to the period compiled from the submissions collected for it (the quarters'
//! tags `bao-cao/2026-Q1`…), summed over the agencies whose submission counts. A quarter with no
//! submission that counts stays empty, never zero. Drawn as a native chart from the cells of its
//! sheet, as the agency's «Theo quý».

use std::path::Path;

use super::compile::{self, Compiled};
use super::verify;
use super::workspace::Workspace;
use crate::i18n::{Lang, in_lang, msg};
use crate::period::{Period, Span};
use crate::render::cells::{Cell, Sheet};
use crate::render::charts::{Cells, Chart, Kind};
use crate::report::indicators::INDICATORS;
use crate::report::sheets::{TREND, indicator_series};

/// The compile of each quarter of the year up to `period`, in order; none for a quarter's report
/// or a period of one's own. The quarters' submissions are checked as the period's are: the tag,
/// the agency, the period, and with `remake` their figures against their commits.
pub fn quarters(
    root: &Path,
    ws: &Workspace,
    period: &Period,
    remake: Option<&verify::Remake>,
) -> Vec<Compiled> {
    if !matches!(period.span, Span::SixMonths | Span::NineMonths | Span::Year) {
        return Vec::new();
    }
    (1..=4)
        .map(|q| Period::of(period.year, Span::Quarter(q), ws.period_start_day))
        .filter(|q| q.from <= period.to)
        .map(|q| {
            let (mut sent, unreachable) = compile::gather(root, ws, &q);
            if let Some(remake) = remake {
                verify::verify(root, &q, &mut sent, remake);
            }
            compile::compile(ws, q, &sent, &unreachable)
        })
        .collect()
}

/// The province's figure of `code` in a quarter: empty when no agency's submission counts.
fn total(quarter: &Compiled, code: &str) -> Option<u64> {
    let counted = quarter.rows.iter().any(|r| r.counts());
    counted.then(|| quarter.total(code).0)
}

/// The sheet: indicators down, a column a quarter; under them the agencies counted in each
/// quarter, and what an empty cell means.
pub fn sheet(quarters: &[Compiled], lang: Lang) -> Sheet {
    let mut headers: Vec<String> = in_lang(
        [msg::REPORT_CODE, msg::REPORT_INDICATOR, msg::REPORT_UNIT],
        lang,
    )
    .map(String::from)
    .to_vec();
    headers.extend((1..=quarters.len()).map(|q| {
        let roman = ["I", "II", "III", "IV"].get(q - 1).copied().unwrap_or("?");
        msg::quarter_heading(roman).get(lang).to_string()
    }));
    let mut rows: Vec<Vec<Cell>> = (INDICATORS.iter())
        .map(|ind| {
            let mut row = vec![
                Cell::text(ind.code),
                Cell::text(ind.wording.get(lang)),
                Cell::text(ind.unit.get(lang)),
            ];
            row.extend(quarters.iter().map(|q| match total(q, ind.code) {
                None => Cell::Empty,
                Some(v) if ind.is_money() => Cell::Money(v),
                Some(v) => Cell::Int(v),
            }));
            row
        })
        .collect();
    let agencies = quarters.first().map_or(0, |q| q.rows.len());
    let mut counted = vec![
        Cell::Empty,
        Cell::text(msg::province_trend_counted(agencies).get(lang)),
        Cell::text(msg::PROVINCE_TREND_AGENCIES.get(lang)),
    ];
    counted.extend(
        (quarters.iter()).map(|q| Cell::Int(q.rows.iter().filter(|r| r.counts()).count() as u64)),
    );
    rows.push(counted);
    let mut note = vec![Cell::Empty, Cell::text(msg::PROVINCE_TREND_EMPTY.get(lang))];
    note.extend((0..1 + quarters.len()).map(|_| Cell::Empty));
    rows.push(note);
    Sheet {
        file: "tinh-theo-quy",
        name: msg::SHEET_QUARTERS.get(lang).to_string(),
        headers,
        rows,
        printed: Vec::new(),
    }
}

/// The chart of [`sheet`], the `at`-th table of the workbook, of `count` quarters: a line a
/// drawn indicator, its name the indicator's wording.
pub fn chart(at: usize, count: usize, lang: Lang) -> Chart {
    Chart {
        name: msg::SHEET_CHART_TREND.get(lang).to_string(),
        title: msg::PROVINCE_TREND_TITLE.get(lang).to_string(),
        kind: Kind::Line,
        sheet: at,
        categories: Cells::Headers {
            from: 3,
            to: 2 + count,
        },
        series: indicator_series(&TREND, count),
    }
}
