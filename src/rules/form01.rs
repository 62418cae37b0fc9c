//! Biểu số 01/PCTN of Circular 06/2025/TT-TTCP, the table of figures every periodic
//! anti-corruption report carries: its rows with their codes (MS), wording and units, read from
//! `form01.txt` as the circular prints them, and which of coi's indicators fill which row by
//! default. The office may map more in `indicator_map` of `coi.yaml`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// One line of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormRow {
    /// «4», «43.1»; empty for a heading and for a part of the row above.
    pub code: &'static str,
    pub wording: &'static str,
    /// «Lớp», «Triệu đồng»; empty for a heading.
    pub unit: &'static str,
}

impl FormRow {
    /// A heading across the table (no code and no unit).
    pub fn is_heading(&self) -> bool {
        self.code.is_empty() && self.unit.is_empty()
    }

    /// A heading of the form's first level, written in capitals («TUYÊN TRUYỀN, PHỔ BIẾN…»).
    pub fn is_section(&self) -> bool {
        self.is_heading() && !self.wording.chars().any(char::is_lowercase)
    }

    /// Money, which the form counts in millions of đồng.
    pub fn in_millions(&self) -> bool {
        self.unit == MILLIONS
    }
}

/// The form's unit of money.
pub const MILLIONS: &str = "Triệu đồng";

/// The form's heading lines, above its table.
pub const TITLE: &str = "Biểu số 01/PCTN";
pub const HEADING: &str =
    "TỔNG HỢP KẾT QUẢ VỀ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC";
/// The columns of its table.
pub const COLUMNS: [&str; 4] = ["MS", "NỘI DUNG", "ĐVT", "SỐ LIỆU"];

/// Our indicators that fill a row of the form when `coi.yaml` says nothing of them: the rows
/// whose wording is what the indicator counts (Circular 06/2025, Biểu 01/PCTN). KT02 and QT06
/// are only a part of rows 25 and 26, so they are the office's to map.
pub const DEFAULT_MAP: &[(&str, &str)] = &[
    ("TT01", "4"),
    ("TT02", "5"),
    ("TT03", "6"),
    ("QT01", "27"),
    ("QT03", "28"),
    ("XD04", "29"),
];

/// The row of the form our indicator `ours` fills: `indicator_map` of `coi.yaml` first (an
/// empty number takes a default off the form), else [`DEFAULT_MAP`].
pub fn mapped<'a>(map: &'a BTreeMap<String, String>, ours: &str) -> Option<&'a str> {
    let given = map.get(ours).map(|theirs| theirs.trim());
    let default = || {
        DEFAULT_MAP
            .iter()
            .find(|(code, _)| *code == ours)
            .map(|(_, theirs)| *theirs)
    };
    given.or_else(default).filter(|theirs| !theirs.is_empty())
}

/// The rows `fill` gives a figure, in the form's order, each after the headings it stands under
/// (said once, with no figure): what a report of the form shows.
pub fn filled<T>(
    mut fill: impl FnMut(&'static FormRow) -> Option<T>,
) -> Vec<(&'static FormRow, Option<T>)> {
    let mut out = Vec::new();
    // The headings met since the last filled row: a section, then the heading within it.
    let mut section: Option<&'static FormRow> = None;
    let mut heading: Option<&'static FormRow> = None;
    for row in rows() {
        if row.is_section() {
            section = Some(row);
            heading = None;
        } else if row.is_heading() {
            heading = Some(row);
        } else if !row.code.is_empty()
            && let Some(value) = fill(row)
        {
            for above in [section.take(), heading.take()].into_iter().flatten() {
                out.push((above, None));
            }
            out.push((row, Some(value)));
        }
    }
    out
}

/// Every row of the form, in its order.
pub fn rows() -> &'static [FormRow] {
    static ROWS: LazyLock<Vec<FormRow>> = LazyLock::new(|| parse(include_str!("form01.txt")));
    &ROWS
}

/// The row of code `code` («27»).
pub fn row(code: &str) -> Option<&'static FormRow> {
    rows().iter().find(|r| !r.code.is_empty() && r.code == code)
}

fn parse(text: &'static str) -> Vec<FormRow> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut cells = line.splitn(3, '|').map(str::trim);
            let (code, wording, unit) = (cells.next(), cells.next(), cells.next());
            FormRow {
                code: code.unwrap_or_default(),
                wording: wording.unwrap_or_default(),
                unit: unit.unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_has_its_108_rows_in_order_with_words_and_units() {
        let coded: Vec<&FormRow> = rows().iter().filter(|r| !r.code.is_empty()).collect();
        let whole: Vec<u32> = coded.iter().filter_map(|r| r.code.parse().ok()).collect();
        assert_eq!(whole, (1..=108).collect::<Vec<u32>>());
        assert!(
            coded
                .iter()
                .all(|r| !r.wording.is_empty() && !r.unit.is_empty())
        );
        assert_eq!(
            row("27").unwrap().wording,
            "Số người đã nộp lại quà tặng cho đơn vị"
        );
        assert_eq!(row("43.1").unwrap().unit, "Người");
        assert!(row("28").unwrap().in_millions());
        assert!(row("109").is_none());
        let first = &rows()[0];
        assert!(first.is_section(), "{first:?}");
        let part = rows()
            .iter()
            .find(|r| r.wording.starts_with("- Trong đó số vụ"))
            .unwrap();
        assert!(!part.is_heading() && part.code.is_empty() && part.unit == "Vụ");
        let sub = rows()
            .iter()
            .find(|r| r.wording == "Thực hiện quy tắc ứng xử của người có chức vụ, quyền hạn")
            .unwrap();
        assert!(sub.is_heading() && !sub.is_section());
    }

    #[test]
    fn coi_yaml_adds_to_the_default_map_and_can_take_a_row_off() {
        let map: BTreeMap<String, String> = [("KT02", "25"), ("TT03", ""), ("QT01", " 26 ")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .into();
        assert_eq!(mapped(&map, "KT02"), Some("25"));
        assert_eq!(mapped(&map, "TT03"), None);
        assert_eq!(mapped(&map, "QT01"), Some("26"));
        assert_eq!(mapped(&map, "TT01"), Some("4"));
        assert_eq!(mapped(&map, "XD01"), None);
    }

    #[test]
    fn the_default_map_names_rows_of_the_form() {
        for (ours, theirs) in DEFAULT_MAP {
            assert!(row(theirs).is_some(), "{ours} → {theirs}");
        }
    }
}
