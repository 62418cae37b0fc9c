//! CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (by default), the delimiter of
//! the register's settings, amounts as plain integers, dates as ISO, and text that a
//! spreadsheet could take for a formula made inert with a leading apostrophe.

use super::cells::{Cell, Sheet, looks_like_formula};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The sheet as CSV, its cells parted by `delimiter` (one ASCII byte other than `"`, CR or LF).
pub fn write(sheet: &Sheet, delimiter: u8, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(BOM);
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    w.write_record(sheet.headers.iter().map(|h| guard(h)))
        .expect("writing to memory");
    // A spreadsheet set to Vietnamese reads `;` between cells and `,` before decimals; one set
    // to English reads `,` and `.`.
    let decimal = if delimiter == b';' { ',' } else { '.' };
    for row in &sheet.rows {
        w.write_record(row.iter().map(|cell| field(cell, decimal)))
            .expect("writing to memory");
    }
    w.flush().expect("writing to memory");
    drop(w);
    out
}

fn field(cell: &Cell, decimal: char) -> String {
    match cell {
        Cell::Text(s) | Cell::Cut { full: s, .. } => guard(s),
        Cell::Int(n) | Cell::Money(n) => n.to_string(),
        Cell::Millions(dong) => {
            let hundredths = super::cells::hundredths_of_a_million(*dong);
            format!("{}{decimal}{:02}", hundredths / 100, hundredths % 100)
        }
        Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
        Cell::Empty => String::new(),
    }
}

fn guard(s: &str) -> String {
    if looks_like_formula(s) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: Vec<Vec<Cell>>) -> Sheet {
        Sheet {
            file: "t",
            name: "t".into(),
            headers: vec!["Mã".into(), "Giá trị".into(), "Ngày".into()],
            rows,
            printed: Vec::new(),
        }
    }

    #[test]
    fn bom_crlf_plain_numbers_and_iso_dates() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 14).unwrap();
        let bytes = write(
            &sheet(vec![vec![
                Cell::text("QT-2026-001"),
                Cell::Money(2_000_000),
                Cell::Date(d),
            ]]),
            b',',
            true,
        );
        assert_eq!(
            bytes,
            "\u{feff}Mã,Giá trị,Ngày\r\nQT-2026-001,2000000,2026-03-14\r\n".as_bytes()
        );
        let bytes = write(
            &sheet(vec![vec![Cell::text("a;b"), Cell::Int(1), Cell::Empty]]),
            b';',
            false,
        );
        assert_eq!(bytes, "Mã;Giá trị;Ngày\r\n\"a;b\";1;\r\n".as_bytes());
    }

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        let rows = [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "Nguyễn = An",
        ]
        .into_iter()
        .map(|s| vec![Cell::text(s), Cell::Int(5), Cell::Empty])
        .collect();
        let text = String::from_utf8(write(&sheet(rows), b',', false)).unwrap();
        let firsts: Vec<&str> = text
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(firsts[0], "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(&firsts[1..4], ["'+1", "'-2", "'@SUM(A1)"]);
        assert!(
            text.contains("'\tx") && text.contains("\"'\rx\""),
            "{text:?}"
        );
        assert_eq!(firsts[6], "Nguyễn = An");
    }
}
