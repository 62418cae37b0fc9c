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
    /// A list too long for a spreadsheet cell: the CSV holds `full`, the workbook `short`, which
    /// ends by saying how many items it leaves out.
    Cut {
        full: String,
        short: String,
    },
}

/// Excel's limit on the text of one cell, in UTF-16 code units: a longer text makes the whole
/// workbook fail.
pub const CELL_LIMIT: usize = 32_767;

/// The length of `s` as Excel counts it.
pub fn cell_len(s: &str) -> usize {
    s.encode_utf16().count()
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

    /// `items` joined by «, »; where that is longer than a cell can hold, the workbook shows
    /// the first ones and `more(n)` for the `n` it leaves out (the CSV keeps them all).
    pub fn list(items: &[String], more: impl Fn(usize) -> String) -> Cell {
        let full = items.join(", ");
        if cell_len(&full) <= CELL_LIMIT {
            return Cell::Text(full);
        }
        let (mut short, mut len, mut shown) = (String::new(), 0, 0);
        for item in items {
            let sep = if shown == 0 { "" } else { ", " };
            // The words for the rest are at their longest when only this item is shown.
            let tail = cell_len(&more(items.len() - shown - 1)) + 1;
            let grown = len + sep.len() + cell_len(item);
            if grown + tail > CELL_LIMIT {
                break;
            }
            len = grown;
            short.push_str(sep);
            short.push_str(item);
            shown += 1;
        }
        let sep = if shown == 0 { "" } else { " " };
        short.push_str(sep);
        short.push_str(&more(items.len() - shown));
        Cell::Cut { full, short }
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
    /// Which columns print, one flag a column; empty: all of them. The others stay in the
    /// workbook after the printed ones, and in the CSV in their place.
    pub printed: Vec<bool>,
}

impl Sheet {
    /// Whether column `c` prints.
    pub fn prints(&self, c: usize) -> bool {
        self.printed.get(c).copied().unwrap_or(true)
    }
}

/// A text cell a spreadsheet might run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`,
/// a tab or a carriage return first.
pub fn looks_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn more(n: usize) -> String {
        format!("… và {n} hồ sơ khác")
    }

    #[test]
    fn a_list_longer_than_a_cell_keeps_what_fits_and_counts_the_rest() {
        let ids: Vec<String> = (1..=4000).map(|i| format!("XDLI-2026-{i:05}")).collect();
        let Cell::Cut { full, short } = Cell::list(&ids, more) else {
            panic!("4 000 IDs of 15 letters do not fit in a cell");
        };
        assert_eq!(full, ids.join(", "));
        assert!(cell_len(&short) <= CELL_LIMIT, "{}", cell_len(&short));
        let shown = short.matches(", ").count() + 1;
        let last = &ids[shown - 1];
        assert!(short.starts_with("XDLI-2026-00001, XDLI-2026-00002, "));
        assert!(
            short.ends_with(&format!("{last} … và {} hồ sơ khác", 4000 - shown)),
            "{}",
            &short[short.len() - 60..]
        );
        // Not one more would have fitted: each takes 17 more letters with its comma.
        assert!(cell_len(&short) + 17 > CELL_LIMIT, "{shown}");
    }

    #[test]
    fn a_list_that_fits_is_plain_text_even_at_the_limit() {
        let one = vec!["Đ".repeat(CELL_LIMIT)];
        assert_eq!(Cell::list(&one, more), Cell::Text(one[0].clone()));
        let two = vec!["x".repeat(CELL_LIMIT - 2), "y".into()];
        let Cell::Cut { short, .. } = Cell::list(&two, more) else {
            panic!("one letter over the limit is cut");
        };
        assert_eq!(short, "… và 2 hồ sơ khác");
        assert_eq!(Cell::list(&[], more), Cell::Text(String::new()));
    }
}
