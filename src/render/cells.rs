//! A table of typed cells, written as CSV or as an XLSX sheet.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    /// A count.
    Int(u64),
    /// Whole đồng.
    Money(u64),
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
