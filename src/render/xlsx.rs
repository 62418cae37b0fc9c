//! One workbook with a sheet per table: a title block, a frozen header row, real number and
//! date cells, and text always stored as text (so nothing in it can run as a formula). Every
//! sheet prints as the office files it: A4 landscape, one page wide, the header row on every
//! page, page numbers, long text wrapped within its column.

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
    let heading = Format::new()
        .set_bold()
        .set_font_size(13)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let title_line = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    // Every cell sits at the top of its row, beside text that wraps.
    let date = Format::new()
        .set_num_format("dd/mm/yyyy")
        .set_align(FormatAlign::Top);
    let money = Format::new()
        .set_num_format("#,##0")
        .set_align(FormatAlign::Top);
    let millions = Format::new()
        .set_num_format("#,##0.00")
        .set_align(FormatAlign::Top);
    let count = Format::new()
        .set_num_format("0")
        .set_align(FormatAlign::Top);
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        let widths: Vec<f64> = (0..sheet.headers.len()).map(|c| width(sheet, c)).collect();
        let last_column = widths.len().saturating_sub(1) as u16;
        // The title spans the table, so that it prints within the page the table is fitted
        // to, wrapping where it is longer.
        let table_width: f64 = widths.iter().sum();
        for (i, line) in title.iter().enumerate() {
            let (f, size) = if i == 0 {
                (&heading, 13.0)
            } else {
                (&title_line, 11.0)
            };
            let row = i as u32;
            if last_column > 0 {
                ws.merge_range(row, 0, row, last_column, line, f)?;
            } else {
                ws.write_string_with_format(row, 0, line, f)?;
            }
            let lines = (line.chars().count() as f64 * size / 11.0 / table_width).ceil();
            ws.set_row_height(row, lines.max(1.0) * size * 1.4)?;
        }
        let head_row = title.len() as u32 + 1;
        for (c, h) in sheet.headers.iter().enumerate() {
            ws.write_string_with_format(head_row, c as u16, h, &header)?;
            ws.set_column_width(c as u16, widths[c])?;
        }
        let headers = sheet.headers.iter().map(|h| Cell::Text(h.clone()));
        ws.set_row_height(head_row, row_height(headers, &widths))?;
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = head_row + 1 + r as u32;
            // Spreadsheets do not all grow a row for wrapped text when they open a file, so
            // the height is set here.
            ws.set_row_height(r, row_height(row.iter().cloned(), &widths))?;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(s) => ws.write_string_with_format(r, c, s, &text).map(drop)?,
                    Cell::Int(n) => ws
                        .write_number_with_format(r, c, *n as f64, &count)
                        .map(drop)?,
                    Cell::Money(n) => ws
                        .write_number_with_format(r, c, *n as f64, &money)
                        .map(drop)?,
                    Cell::Millions(dong) => {
                        let hundredths = super::cells::hundredths_of_a_million(*dong);
                        ws.write_number_with_format(r, c, hundredths as f64 / 100.0, &millions)
                            .map(drop)?
                    }
                    Cell::Date(d) => ws
                        .write_datetime_with_format(r, c, excel_date(*d)?, &date)
                        .map(drop)?,
                    Cell::Empty => {}
                }
            }
        }
        ws.set_freeze_panes(head_row + 1, 0)?;
        ws.set_paper_size(A4)
            .set_landscape()
            .set_print_fit_to_pages(1, 0)
            .set_print_center_horizontally(true)
            .set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3)
            .set_footer(format!("&C{}", page_of(&sheet.name)));
        ws.set_repeat_rows(head_row, head_row)?;
    }
    book.save_to_buffer()
}

/// The paper size code of A4 in the spreadsheet formats.
const A4: u8 = 9;

/// The footer: the sheet's name and «Trang 2/5» (the spreadsheet fills in the numbers).
fn page_of(sheet: &str) -> String {
    // `&` starts a code in a header or footer; a literal one is written twice.
    format!("{} – Trang &P/&N", sheet.replace('&', "&&"))
}

/// The height of a row whose text wraps within the column widths, in points.
fn row_height(cells: impl Iterator<Item = Cell>, widths: &[f64]) -> f64 {
    let lines = cells
        .zip(widths)
        .map(|(cell, &width)| match cell {
            // A column of width w holds about 1.2 (w − 2) letters of Vietnamese text, which
            // are narrower than the digit that measures the width.
            Cell::Text(s) => (s.chars().count() as f64 / (1.2 * (width - 2.0)).max(1.0)).ceil(),
            _ => 1.0,
        })
        .fold(1.0, f64::max);
    lines * LINE_HEIGHT
}

/// One line of 11-point text, with its spacing.
const LINE_HEIGHT: f64 = 15.0;

/// A column as wide as its longest content, within reason: long text wraps.
fn width(sheet: &Sheet, column: usize) -> f64 {
    let len = |c: &Cell| match c {
        Cell::Text(s) => s.chars().count(),
        Cell::Int(_) => 6,
        Cell::Money(_) => 14,
        Cell::Millions(_) => 12,
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
    (longest.max(head).clamp(6, 45) + 2) as f64
}
