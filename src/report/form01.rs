//! The rows of Biểu 01/PCTN that coi's records fill, with the headings they stand under, as
//! the circular prints them: the form's codes, wording and units, and each row's figure for the
//! period (the sum of the indicators mapped to it; money in millions of đồng).

use super::Report;
use crate::i18n::{Lang, msg};
use crate::model::show_date;
use crate::render::cells::{Cell, Sheet, hundredths_of_a_million};
use crate::rules::form01::{self, FormRow};

/// A line of the form as the report fills it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormLine {
    pub row: &'static FormRow,
    /// `None` for a heading.
    pub value: Option<FormValue>,
    /// Our indicators that make up the figure.
    pub from: Vec<&'static str>,
}

/// A figure of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormValue {
    Count(u64),
    /// Đồng, shown in millions with two decimals, as the form counts money.
    Millions(u64),
}

impl FormValue {
    /// `sum` as `row` counts it: money of ours (đồng) in millions where the form counts
    /// millions; a count stays a count.
    pub fn of(row: &FormRow, sum: u64, money: bool) -> FormValue {
        match row.in_millions() && money {
            true => FormValue::Millions(sum),
            false => FormValue::Count(sum),
        }
    }

    /// «1.309», or «66,70» (millions of đồng) as a Vietnamese reader writes figures.
    pub fn shown(self) -> String {
        match self {
            FormValue::Count(n) => crate::model::group_figure(n),
            FormValue::Millions(dong) => {
                let hundredths = hundredths_of_a_million(dong);
                format!(
                    "{},{:02}",
                    crate::model::group_figure(hundredths / 100),
                    hundredths % 100
                )
            }
        }
    }

    pub fn cell(self) -> Cell {
        match self {
            FormValue::Count(n) => Cell::Int(n),
            FormValue::Millions(dong) => Cell::Millions(dong),
        }
    }
}

/// The rows the report fills, in the form's order, each under the headings it stands under in
/// the form (said once).
pub fn lines(report: &Report) -> Vec<FormLine> {
    let filled = form01::filled(|row| {
        let figures: Vec<_> = (report.figures.iter())
            .filter(|f| f.official.as_deref() == Some(row.code))
            .collect();
        let sum = figures.iter().map(|f| f.period).sum();
        let money = figures.iter().any(|f| f.indicator.is_money());
        let from: Vec<&'static str> = figures.iter().map(|f| f.indicator.code).collect();
        (!figures.is_empty()).then(|| (FormValue::of(row, sum, money), from))
    });
    (filled.into_iter())
        .map(|(row, filled)| match filled {
            Some((value, from)) => FormLine {
                row,
                value: Some(value),
                from,
            },
            None => FormLine {
                row,
                value: None,
                from: Vec::new(),
            },
        })
        .collect()
}

/// The heading lines of the form: «Số liệu tính từ ngày … đến ngày …» and «(Kèm theo Báo cáo
/// số: … ngày … của …)», as the circular words them.
pub fn heading_lines(report: &Report, number: &str, dated: &str, agency: &str) -> Vec<String> {
    let p = &report.period;
    vec![
        format!(
            "Số liệu tính từ ngày {} đến ngày {}",
            show_date(p.from),
            show_date(report.stock_day())
        ),
        format!("(Kèm theo Báo cáo số: {number} ngày {dated} của {agency})"),
    ]
}

/// `bieu-01-pctn.csv` and the workbook's «Biểu 01/PCTN» sheet: MS, the form's words, its unit,
/// the figure, and which of coi's indicators make it up.
pub fn sheet(lines: &[FormLine], lang: Lang) -> Sheet {
    let headers = form01::COLUMNS
        .iter()
        .map(|h| h.to_string())
        .chain([msg::FORM_FROM.get(lang).to_string()])
        .collect();
    let rows = lines
        .iter()
        .map(|line| {
            vec![
                Cell::text(line.row.code),
                Cell::text(line.row.wording),
                Cell::text(line.row.unit),
                line.value.map_or(Cell::Empty, FormValue::cell),
                Cell::text(line.from.join(", ")),
            ]
        })
        .collect();
    Sheet {
        file: "bieu-01-pctn",
        name: "Biểu 01-PCTN".into(),
        headers,
        rows,
        // The form as the circular prints it; which of our indicators make a figure up is
        // the office's note, kept in the file.
        printed: vec![true, true, true, true, false],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_said_in_millions_with_two_decimals_rounded_half_up() {
        assert_eq!(FormValue::Millions(66_705_000).shown(), "66,71");
        assert_eq!(FormValue::Millions(66_704_999).shown(), "66,70");
        assert_eq!(FormValue::Millions(0).shown(), "0,00");
        assert_eq!(
            FormValue::Millions(1_234_500_000_000).shown(),
            "1.234.500,00"
        );
        assert_eq!(FormValue::Count(1309).shown(), "1.309");
    }
}
