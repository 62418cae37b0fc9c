//! A table of typed cells, written as CSV or as an XLSX sheet.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    /// A count.
    Int(u64),
    /// Whole đồng.
    Money(u64),
    /// Đồng, shown in millions with two decimals (the unit of Biểu 01/PCTN).
    Millions(u64),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn opt_date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Empty, Cell::Date)
    }

    pub fn opt_text(s: Option<&str>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Text(s.to_string()))
    }
}

/// Đồng in hundredths of a million, rounded half up: 66 705 000 đồng is 66,71 triệu đồng.
pub fn hundredths_of_a_million(dong: u64) -> u64 {
    dong.saturating_add(5_000) / 10_000
}

/// One sheet of an export: a file `<file>.csv`, or a tab named `name` in the workbook.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub file: &'static str,
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A text cell a spreadsheet might run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`,
/// a tab or a carriage return first.
pub fn looks_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}
