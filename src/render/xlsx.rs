//! One workbook with a sheet per table: a title block, a frozen header row, real number and
//! date cells, and text always stored as text (so nothing in it can run as a formula).

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::cells::{Cell, Sheet};

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

/// `title`: lines above each sheet's table (agency, period, dates). `created` fixes the
/// document's creation date, so that the same input gives the same bytes.
pub fn write(sheets: &[Sheet], title: &[String], created: NaiveDate) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&excel_date(created)?));
    let heading = Format::new().set_bold().set_font_size(13);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let money = Format::new().set_num_format("#,##0");
    let count = Format::new().set_num_format("0");
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        for (i, line) in title.iter().enumerate() {
            let f = if i == 0 { &heading } else { &Format::new() };
            ws.write_string_with_format(i as u32, 0, line, f)?;
        }
        let head_row = title.len() as u32 + 1;
        for (c, h) in sheet.headers.iter().enumerate() {
            ws.write_string_with_format(head_row, c as u16, h, &header)?;
            ws.set_column_width(c as u16, width(sheet, c))?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = head_row + 1 + r as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(s) => ws.write_string(r, c, s).map(drop)?,
                    Cell::Int(n) => ws
                        .write_number_with_format(r, c, *n as f64, &count)
                        .map(drop)?,
                    Cell::Money(n) => ws
                        .write_number_with_format(r, c, *n as f64, &money)
                        .map(drop)?,
                    Cell::Date(d) => ws
                        .write_datetime_with_format(r, c, excel_date(*d)?, &date)
                        .map(drop)?,
                    Cell::Empty => {}
                }
            }
        }
        ws.set_freeze_panes(head_row + 1, 0)?;
    }
    book.save_to_buffer()
}

/// A column as wide as its longest content, within reason.
fn width(sheet: &Sheet, column: usize) -> f64 {
    let len = |c: &Cell| match c {
        Cell::Text(s) => s.chars().count(),
        Cell::Int(_) => 6,
        Cell::Money(_) => 14,
        Cell::Date(_) => 11,
        Cell::Empty => 0,
    };
    let longest = sheet
        .rows
        .iter()
        .filter_map(|r| r.get(column))
        .map(len)
        .max()
        .unwrap_or(0);
    let head = sheet.headers[column].chars().count().min(24);
    (longest.max(head).clamp(6, 60) + 2) as f64
}
