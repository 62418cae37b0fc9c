//! One workbook with a sheet per table: a title block, a frozen header row, real number and
//! date cells, and text always stored as text (so nothing in it can run as a formula). Every
//! sheet prints as the office files it: A4 landscape, its printed columns first and only those
//! in the print area, at a scale it can be read at (never below [`MIN_SCALE`]), the header row
//! on every page, page numbers, every cell bordered, long text wrapped within its column.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    ChartEmptyCells, ChartMarker, ChartType, DocProperties, ExcelDateTime, Format, FormatAlign,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

use unicode_normalization::UnicodeNormalization;

use super::cells::{CELL_LIMIT, Cell, Sheet, cell_len};
use super::charts::{Cells, Chart, Kind};
use crate::i18n::{Text, msg};

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

/// The formats of a sheet's cells.
struct Formats {
    heading: Format,
    title_line: Format,
    header: Format,
    text: Format,
    date: Format,
    money: Format,
    /// Millions of đồng with two decimals (Biểu 01/PCTN).
    millions: Format,
    count: Format,
}

impl Formats {
    fn new() -> Formats {
        // Every cell of the table is bordered, so that a number aligned right never runs into
        // the words of the next column; every cell sits at the top of its row, beside text that
        // wraps.
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Formats {
            heading: Format::new()
                .set_bold()
                .set_font_size(TITLE_SIZE)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            title_line: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_border(FormatBorder::Thin),
            text: cell.clone().set_text_wrap(),
            date: cell.clone().set_num_format("dd/mm/yyyy"),
            money: cell.clone().set_num_format("#,##0"),
            millions: cell.clone().set_num_format("#,##0.00"),
            // Counts grouped too: 60 000 records make five-digit counts.
            count: cell.set_num_format("#,##0"),
        }
    }
}

/// `title`: lines above each sheet's table (agency, period, dates). `created` fixes the
/// document's creation date, so that the same input gives the same bytes.
pub fn write(sheets: &[Sheet], title: &[String], created: NaiveDate) -> Result<Vec<u8>, XlsxError> {
    write_with_charts(sheets, &[], title, created)
}

/// [`write`], with each of `charts` on a chart sheet of its own after the table it draws.
pub fn write_with_charts(
    sheets: &[Sheet],
    charts: &[Chart],
    title: &[String],
    created: NaiveDate,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&excel_date(created)?));
    let formats = Formats::new();
    // The table's header row is under the title and a blank row.
    let head_row = title.len() as u32 + 1;
    for (at, sheet) in sheets.iter().enumerate() {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        let order = write_sheet(ws, sheet, title, &formats)?;
        // Each chart follows the table it draws.
        for chart in charts.iter().filter(|c| c.sheet == at) {
            let made = native_chart(chart, &sheet.name, &order, head_row);
            let cs = book.add_chartsheet();
            cs.set_name(&chart.name)?;
            cs.set_paper_size(A4)
                .set_landscape()
                .set_footer(format!("&C{}", page_of(&chart.name)));
            cs.insert_chart(0, 0, &made)?;
        }
    }
    book.save_to_buffer()
}

/// Where `cells` stand in the workbook: (first row, first column, last row, last column).
fn place(cells: &Cells, order: &[usize], head_row: u32) -> (u32, u16, u32, u16) {
    // A column's place among those written: the printed ones come first.
    let at = |c: usize| order.iter().position(|&o| o == c).unwrap_or(c) as u16;
    let row = |r: usize| head_row + 1 + r as u32;
    match *cells {
        Cells::Headers { from, to } => (head_row, at(from), head_row, at(to)),
        Cells::Row { row: r, from, to } => (row(r), at(from), row(r), at(to)),
        Cells::Column { column, from, to } => (row(from), at(column), row(to), at(column)),
    }
}

fn native_chart(
    chart: &Chart,
    sheet: &str,
    order: &[usize],
    head_row: u32,
) -> rust_xlsxwriter::Chart {
    let mut made = rust_xlsxwriter::Chart::new(match chart.kind {
        Kind::Column => ChartType::Column,
        Kind::Line => ChartType::Line,
    });
    made.title().set_name(&chart.title);
    let range = |cells: &Cells| {
        let (r1, c1, r2, c2) = place(cells, order, head_row);
        (sheet, r1, c1, r2, c2)
    };
    // An empty cell is a gap in a line, never a zero.
    made.show_empty_cells_as(ChartEmptyCells::Gaps);
    for series in &chart.series {
        let (r, c, _, _) = place(&series.name, order, head_row);
        let added = made
            .add_series()
            .set_name((sheet, r, c))
            .set_categories(range(&chart.categories))
            .set_values(range(&series.values));
        // Each point marked on a line, so that a value between two gaps still shows.
        if chart.kind == Kind::Line {
            added.set_marker(ChartMarker::new().set_automatic());
        }
    }
    made
}

/// Writes `sheet`, and says in which order its columns were written.
fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    title: &[String],
    f: &Formats,
) -> Result<Vec<usize>, XlsxError> {
    let layout = Layout::of(sheet, title);
    let printed = layout.printed;
    for (i, line) in title.iter().enumerate() {
        let format = if i == 0 { &f.heading } else { &f.title_line };
        let row = i as u32;
        // The title spans the printed columns, so that it prints on the page with the table,
        // wrapping where it is longer.
        if printed > 1 {
            ws.merge_range(row, 0, row, printed as u16 - 1, line, format)?;
        } else {
            ws.write_string_with_format(row, 0, line, format)?;
        }
        ws.set_row_height(row, layout.heights[i])?;
    }
    let gap = title.len() as u32;
    ws.set_row_height(gap, GAP_HEIGHT)?;
    let head_row = gap + 1;
    for (c, &column) in layout.order.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(head_row, c, &sheet.headers[column], &f.header)?;
        ws.set_column_width(c, layout.widths[column])?;
    }
    ws.set_row_height(head_row, layout.heights[title.len()])?;
    for (r, row) in sheet.rows.iter().enumerate() {
        let height = layout.heights[title.len() + 1 + r];
        let r = head_row + 1 + r as u32;
        // Spreadsheets do not all grow a row for wrapped text when they open a file, so the
        // height is set here, from the printed cells.
        ws.set_row_height(r, height)?;
        for (c, &column) in layout.order.iter().enumerate() {
            let c = c as u16;
            let Some(cell) = row.get(column) else {
                continue;
            };
            match cell {
                Cell::Text(s) => ws
                    .write_string_with_format(r, c, within_limit(s), &f.text)
                    .map(drop)?,
                Cell::Cut { short, .. } => ws
                    .write_string_with_format(r, c, within_limit(short), &f.text)
                    .map(drop)?,
                Cell::Int(n) => ws
                    .write_number_with_format(r, c, *n as f64, &f.count)
                    .map(drop)?,
                Cell::Money(n) => ws
                    .write_number_with_format(r, c, *n as f64, &f.money)
                    .map(drop)?,
                Cell::Millions(dong) => {
                    let hundredths = super::cells::hundredths_of_a_million(*dong) as f64;
                    ws.write_number_with_format(r, c, hundredths / 100.0, &f.millions)
                        .map(drop)?
                }
                Cell::Date(d) => match excel_date(*d) {
                    Ok(day) => ws
                        .write_datetime_with_format(r, c, day, &f.date)
                        .map(drop)?,
                    // A day Excel cannot count (before 1900) is still shown, as text.
                    Err(_) => ws
                        .write_string_with_format(r, c, crate::model::show_date(*d), &f.text)
                        .map(drop)?,
                },
                // An empty cell of the table is bordered like the others.
                Cell::Empty => ws.write_blank(r, c, &f.text).map(drop)?,
            }
        }
    }
    let last_row = head_row + sheet.rows.len() as u32;
    ws.set_freeze_panes(head_row + 1, 0)?;
    ws.set_paper_size(A4)
        .set_landscape()
        .set_print_scale(layout.scale)
        .set_print_center_horizontally(true)
        .set_margins(
            MARGIN_SIDE,
            MARGIN_SIDE,
            MARGIN_TOP,
            MARGIN_BOTTOM,
            0.2,
            MARGIN_FOOTER,
        )
        .set_footer(format!("&C{}", page_of(&sheet.name)));
    ws.set_print_area(0, 0, last_row, printed as u16 - 1)?;
    ws.set_repeat_rows(head_row, head_row)?;
    // A table wider than a page at the smallest readable scale prints on pages side by side,
    // each with the first column (the record's ID) again, the two halves of the same rows one
    // after the other ("over, then down").
    if layout.pages_wide > 1 {
        ws.set_repeat_columns(0, 0)?;
        ws.set_page_order(false);
    }
    Ok(layout.order)
}

/// A text no longer than a cell holds. The sheets cut their long lists themselves
/// ([`Cell::list`]); this is for a text that is long on its own (a record's description), which
/// the CSV keeps whole.
fn within_limit(s: &str) -> Cow<'_, str> {
    if cell_len(s) <= CELL_LIMIT {
        return Cow::Borrowed(s);
    }
    let mut kept = String::new();
    let mut len = 0;
    for ch in s.chars() {
        // One unit is kept for the ellipsis.
        if len + ch.len_utf16() > CELL_LIMIT - 1 {
            break;
        }
        len += ch.len_utf16();
        kept.push(ch);
    }
    kept.push('…');
    Cow::Owned(kept)
}

/// The paper size code of A4 in the spreadsheet formats.
const A4: u8 = 9;

/// The smallest scale a sheet prints at: its 11-point text is then 8 points.
pub const MIN_SCALE: u16 = 73;

/// Margins, in inches: narrow at the sides, room for the footer below.
const MARGIN_SIDE: f64 = 0.4;
const MARGIN_TOP: f64 = 0.35;
const MARGIN_BOTTOM: f64 = 0.5;
const MARGIN_FOOTER: f64 = 0.2;

/// What an A4 landscape page holds within its margins, in points at 100 %, less a little for
/// the spreadsheets' own rounding.
const PAGE_WIDTH: f64 = (11.69 - 2.0 * MARGIN_SIDE) * 72.0 * 0.97;
const PAGE_HEIGHT: f64 = (8.27 - MARGIN_TOP - MARGIN_BOTTOM) * 72.0 * 0.97;

/// The first line of the title, in points; the others are of the body's 11.
const TITLE_SIZE: f64 = 13.0;

/// One line of 11-point text and what a row adds to its lines, in points.
const LINE_HEIGHT: f64 = 13.4;
const ROW_PADDING: f64 = 0.6;

/// The blank row between the title and the table.
const GAP_HEIGHT: f64 = 6.0;

/// The tallest row a spreadsheet allows, in points.
const MAX_ROW_HEIGHT: f64 = 409.0;

/// A column's width on paper at 100 %, in points. Excel's width `w` is `7 w + 5` pixels of 3/4
/// point each; LibreOffice, with Carlito for Calibri, prints a column some 7 % wider, so the
/// page is planned with 7.5.
fn points(width: f64) -> f64 {
    (width * 7.5 + 5.0) * 0.75
}

/// How a sheet is laid out on screen and on paper.
#[derive(Debug)]
struct Layout {
    /// The sheet's columns in the order they are written: the printed ones, then the others.
    order: Vec<usize>,
    /// How many columns print (the first ones of `order`).
    printed: usize,
    /// Each column's width, by the sheet's own column number.
    widths: Vec<f64>,
    /// The height of each title line, of the header row, then of each row, in points.
    heights: Vec<f64>,
    scale: u16,
    pages_wide: u32,
}

impl Layout {
    fn of(sheet: &Sheet, title: &[String]) -> Layout {
        let columns = sheet.headers.len();
        let mut order: Vec<usize> = (0..columns).filter(|&c| sheet.prints(c)).collect();
        // A sheet that would print nothing prints everything.
        if order.is_empty() {
            order = (0..columns).collect();
        }
        let printed = order.len();
        let rest: Vec<usize> = (0..columns).filter(|c| !order.contains(c)).collect();
        order.extend(rest);
        let mut widths: Vec<f64> = (0..columns).map(|c| width(sheet, c)).collect();
        // The printed columns fit the page at the smallest readable scale: wrapping text
        // columns give up width, down to a floor where words still fit, each step from the
        // column it costs the fewest lines (a column of w holding text t takes about t / w
        // lines, so one less width costs about t / w² more).
        let widest = PAGE_WIDTH * 100.0 / f64::from(MIN_SCALE);
        let printed_width = |widths: &[f64]| {
            order[..printed]
                .iter()
                .map(|&c| points(widths[c]))
                .sum::<f64>()
        };
        let text: Vec<f64> = (0..columns).map(|c| text_in(sheet, c)).collect();
        while printed_width(&widths) > widest {
            let cost = |c: usize| text[c] / (widths[c] * widths[c]);
            let narrower = (order[..printed].iter().copied())
                .filter(|&c| text[c] > 0.0 && widths[c] > MIN_TEXT_WIDTH)
                .min_by(|&a, &b| cost(a).total_cmp(&cost(b)).then(a.cmp(&b)));
            match narrower {
                Some(c) => widths[c] -= 1.0,
                None => break,
            }
        }
        let table_width = printed_width(&widths);
        let pages_wide = (table_width / widest).ceil().max(1.0) as u32;
        let by_width = (100.0 * PAGE_WIDTH / table_width)
            .floor()
            .clamp(f64::from(MIN_SCALE), 100.0);

        let shown = &order[..printed];
        let across: f64 = shown.iter().map(|&c| room(widths[c])).sum();
        let mut heights: Vec<f64> = title
            .iter()
            .enumerate()
            .map(|(i, line)| {
                // The first line is larger, and bold: about 6 % wider again.
                let (size, bold) = if i == 0 {
                    (TITLE_SIZE, 1.06)
                } else {
                    (11.0, 1.0)
                };
                let wide = measure(line) * size / 11.0 * bold;
                let lines = (wide / across).ceil().max(1.0);
                lines * size * LINE_HEIGHT / 11.0 + ROW_PADDING
            })
            .collect();
        let header = shown.iter().map(|&c| lines(&sheet.headers[c], widths[c]));
        heights.push(row_height(header));
        for row in &sheet.rows {
            let cells = shown.iter().map(|&c| match row.get(c) {
                Some(Cell::Text(s)) => lines(s, widths[c]),
                Some(Cell::Cut { short, .. }) => lines(short, widths[c]),
                _ => 1,
            });
            heights.push(row_height(cells));
        }
        // A sheet that fits on one page at a readable scale prints on one page.
        let tall = heights.iter().sum::<f64>() + GAP_HEIGHT;
        let by_height = (100.0 * PAGE_HEIGHT / tall).floor();
        let scale = if pages_wide == 1 && by_height >= f64::from(MIN_SCALE) {
            by_width.min(by_height)
        } else {
            by_width
        };
        Layout {
            order,
            printed,
            widths,
            heights,
            scale: scale as u16,
            pages_wide,
        }
    }
}

/// The narrowest a wrapping text column is made to print.
const MIN_TEXT_WIDTH: f64 = 12.0;

/// How much text column `c` holds, in widths of a digit: none for a column of numbers and
/// dates, which never wrap.
fn text_in(sheet: &Sheet, c: usize) -> f64 {
    (sheet.rows.iter())
        .map(|r| match r.get(c) {
            Some(Cell::Text(s)) => measure(s),
            Some(Cell::Cut { short, .. }) => measure(short),
            _ => 0.0,
        })
        .sum()
}

/// How wide `c` is in Calibri (and in LibreOffice's Carlito, which has its widths), in widths
/// of a digit, the unit of a column's width. A Vietnamese letter is as wide as the letter under
/// its marks.
fn glyph(c: char) -> f64 {
    // Most letters are ASCII, and need no decomposing.
    let base = match c.is_ascii() {
        true => c,
        false => c.nfd().next().unwrap_or(c),
    };
    match base {
        'i' | 'l' | 'j' | 'I' | ' ' | '.' | ',' | ':' | ';' | '!' | '\'' | '|' => 0.46,
        'f' | 't' | 'r' | '(' | ')' | '-' | '/' => 0.68,
        's' | 'z' | 'c' | '"' => 0.82,
        'a' | 'e' | 'g' | 'k' | 'v' | 'x' | 'y' | 'J' => 0.93,
        '0'..='9' => 1.0,
        'w' => 1.41,
        'm' => 1.58,
        'M' | 'W' | '…' | '—' => 1.72,
        c if c.is_uppercase() => 1.2,
        _ => 1.04,
    }
}

/// How wide `text` is on one line, in widths of a digit.
fn measure(text: &str) -> f64 {
    text.chars().map(glyph).sum()
}

/// What a line of a column of width `w` holds, in widths of a digit: Excel draws the digit a
/// little narrower than its text's, and keeps a margin at each side.
fn room(width: f64) -> f64 {
    (0.93 * width - 0.3).max(1.0)
}

/// The lines `text` takes in a column of width `w`, wrapped at spaces as a spreadsheet does.
fn lines(text: &str, width: f64) -> usize {
    let room = room(width);
    let space = glyph(' ');
    let mut count = 0;
    for paragraph in text.split('\n') {
        count += 1;
        let mut used = 0.0;
        for word in paragraph.split(' ') {
            let long = measure(word);
            if used == 0.0 && long <= room {
                used = long;
            } else if used + space + long <= room {
                used += space + long;
            } else if long <= room {
                count += 1;
                used = long;
            } else {
                // A word longer than the line is broken across lines.
                let total = if used == 0.0 {
                    long
                } else {
                    used + space + long
                };
                let more = (total / room).ceil() as usize - 1;
                count += more;
                used = total - more as f64 * room;
            }
        }
    }
    count
}

/// The height of a row of cells taking `lines` lines each, in points.
fn row_height(lines: impl Iterator<Item = usize>) -> f64 {
    let most = lines.max().unwrap_or(1).max(1);
    (most as f64 * LINE_HEIGHT + ROW_PADDING).min(MAX_ROW_HEIGHT)
}

/// The footer: the sheet's name and «Trang 2/5» (the spreadsheet fills in the numbers).
fn page_of(sheet: &str) -> String {
    // `&` starts a code in a header or footer; a literal one is written twice.
    format!("{} – Trang &P/&N", sheet.replace('&', "&&"))
}

/// A column as wide as its longest content, within reason: long text wraps. Its header (bold,
/// some 6 % wider) wraps too, onto at most three lines, never within a word.
fn width(sheet: &Sheet, column: usize) -> f64 {
    let wide = |c: &Cell| match c {
        Cell::Text(s) => measure(s),
        Cell::Cut { .. } => MAX_WIDTH,
        Cell::Int(_) => 6.0,
        Cell::Money(_) => 11.0,
        Cell::Millions(_) => 9.0,
        Cell::Date(_) => 10.0,
        Cell::Empty => 0.0,
    };
    let longest = (sheet.rows.iter())
        .filter_map(|r| r.get(column))
        .map(wide)
        .fold(0.0, f64::max);
    let header = &sheet.headers[column];
    let word = header.split(' ').map(measure).fold(0.0, f64::max);
    let head = word.max(measure(header) / 3.0) * 1.06;
    // What a line holds is a little less than the width: see `room`.
    ((longest.max(head) + 0.3) / 0.93)
        .ceil()
        .clamp(5.0, MAX_WIDTH)
}

/// The widest a column is made, in Excel's units.
const MAX_WIDTH: f64 = 70.0;

/// Why the workbook could not be made, in the reader's language.
pub fn reason(e: &XlsxError) -> Text {
    match e {
        XlsxError::MaxStringLengthExceeded => msg::xlsx_text_too_long(),
        XlsxError::RowColumnLimitError => msg::xlsx_too_many_rows(),
        XlsxError::SheetnameCannotBeBlank(name)
        | XlsxError::SheetnameLengthExceeded(name)
        | XlsxError::SheetnameReused(name)
        | XlsxError::SheetnameContainsInvalidCharacter(name)
        | XlsxError::SheetnameStartsOrEndsWithApostrophe(name) => msg::xlsx_bad_sheet_name(name),
        XlsxError::DateTimeRangeError(_) => msg::xlsx_date_out_of_range(),
        XlsxError::IoError(io) | XlsxError::TempFileError(_, io) => msg::io_error(io),
        XlsxError::ZipError(zip) => msg::xlsx_cannot_pack(zip),
        // The others come from features the report does not use (charts, tables, images…):
        // the library's own words, in both languages.
        other => msg::xlsx_failed(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(headers: &[&str], rows: Vec<Vec<Cell>>, printed: Vec<bool>) -> Sheet {
        Sheet {
            file: "t",
            name: "Thử".into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows,
            printed,
        }
    }

    #[test]
    fn a_text_longer_than_a_cell_is_cut_with_an_ellipsis() {
        let long = "Quà tặng ".repeat(5000);
        let kept = within_limit(&long);
        assert_eq!(cell_len(&kept), CELL_LIMIT);
        assert!(kept.ends_with('…') && long.starts_with(kept.trim_end_matches('…')));
        assert!(matches!(within_limit("ngắn"), Cow::Borrowed("ngắn")));
    }

    #[test]
    fn printed_columns_come_first_and_a_short_sheet_prints_on_one_page() {
        let rows = (0..10)
            .map(|i| {
                vec![
                    Cell::text(format!("QT-2026-{i:03}")),
                    Cell::text("Ghi chú nội bộ rất dài ".repeat(5)),
                    Cell::Money(1_500_000),
                ]
            })
            .collect();
        let s = sheet(
            &["Mã", "Cách tính", "Giá trị"],
            rows,
            vec![true, false, true],
        );
        let layout = Layout::of(&s, &["Ban Quản lý".into()]);
        assert_eq!((layout.order, layout.printed), (vec![0, 2, 1], 2));
        assert_eq!((layout.scale, layout.pages_wide), (100, 1));
        // Every row one line: the unprinted note does not make the printed rows taller.
        assert!(
            layout.heights[2..]
                .iter()
                .all(|&h| h == LINE_HEIGHT + ROW_PADDING)
        );
    }

    #[test]
    fn a_wide_table_is_narrowed_then_printed_two_pages_wide_never_below_the_scale() {
        let headers: Vec<String> = (0..40).map(|i| format!("Cột {i}")).collect();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let row = vec![Cell::text("Nội dung khá dài của một ô trong bảng"); 40];
        let wide = sheet(&headers, vec![row.clone(); 3], Vec::new());
        let layout = Layout::of(&wide, &[]);
        assert_eq!(layout.scale, MIN_SCALE);
        assert_eq!(layout.pages_wide, 3);
        assert!(layout.widths.iter().all(|&w| w == MIN_TEXT_WIDTH));
        // Eight such columns are narrowed to fit one page.
        let eight = sheet(&headers[..8], vec![row[..8].to_vec(); 3], Vec::new());
        let layout = Layout::of(&eight, &[]);
        assert_eq!(layout.pages_wide, 1);
        assert!(layout.scale >= MIN_SCALE);
        let total: f64 = layout.widths.iter().map(|&w| points(w)).sum();
        assert!(
            total * f64::from(layout.scale) / 100.0 <= PAGE_WIDTH,
            "{total}"
        );
    }

    /// A part of the workbook `bytes`, as text.
    fn part(bytes: &[u8], name: &str) -> String {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    #[test]
    fn a_table_two_pages_wide_repeats_its_id_column_and_prints_its_halves_in_turn() {
        let headers: Vec<String> = (0..30).map(|i| format!("Cột {i}")).collect();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let row = vec![Cell::text("Nội dung khá dài của một ô trong bảng"); 30];
        let wide = sheet(&headers, vec![row; 3], Vec::new());
        let day = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let bytes = write(&[wide], &["Ban Quản lý".into()], day).unwrap();
        let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains("<pageSetup paperSize=\"9\" scale=\"73\" pageOrder=\"overThenDown\" orientation=\"landscape\""),
            "{sheet}"
        );
        let book = part(&bytes, "xl/workbook.xml");
        assert!(book.contains("Thử!$A:$A,Thử!$3:$3</definedName>"), "{book}");
        assert!(book.contains("Thử!$A$1:$AD$6</definedName>"), "{book}");
    }

    #[test]
    fn lines_wrap_at_spaces_by_the_width_of_each_letter() {
        // 10 wide: 9 digits a line.
        assert_eq!(room(10.0), 9.0);
        assert_eq!(lines("Quà tặng", 10.0), 1);
        assert_eq!(lines("Quà tặng cho cán bộ", 10.0), 2);
        assert_eq!(lines("Quà tặng cho cán bộ Thanh tra", 10.0), 3);
        assert_eq!(lines("một\nhai", 10.0), 2);
        assert_eq!(lines(&"0".repeat(25), 10.0), 3);
        assert_eq!(lines("", 10.0), 1);
        // Narrow letters take less room than wide ones, with their marks as without.
        assert_eq!(lines(&"i".repeat(19), 10.0), 1);
        assert_eq!(lines(&"m".repeat(19), 10.0), 4);
        assert_eq!(measure("Đặng"), measure("Dang"));
    }

    #[test]
    fn each_error_of_the_library_is_said_with_its_reason() {
        let cases = [
            XlsxError::MaxStringLengthExceeded,
            XlsxError::RowColumnLimitError,
            XlsxError::SheetnameReused("Tổng hợp".into()),
            XlsxError::IoError(std::io::Error::from(std::io::ErrorKind::StorageFull)),
            XlsxError::ParameterError("x".into()),
        ];
        for e in &cases {
            let r = reason(e);
            assert!(!r.vi.contains("không rõ"), "{}", r.vi);
            assert!(!r.vi.is_empty() && !r.en.is_empty());
        }
        assert!(reason(&cases[0]).vi.contains("32.767"));
        assert!(reason(&cases[2]).vi.contains("Tổng hợp"));
        assert_eq!(reason(&cases[3]).vi, "ổ đĩa đã đầy");
    }
}
