//! How wide each column of a table may be so that the whole table fits a given width.
//!
//! IDs, dates, codes and amounts are read whole, so their columns keep the width of their widest
//! cell (a long header wraps at its spaces instead). Columns of words share what is left, the
//! narrowest first, so no column is starved while another keeps more than it needs. When even
//! that cannot fit, the cell padding goes before any word is cut; when nothing can, the table is
//! as narrow as it can be without cutting a whole value.

use unicode_width::UnicodeWidthStr;

/// The fitted layout: spaces on each side of a cell, and each column's content width.
#[derive(Debug, PartialEq, Eq)]
pub struct Layout {
    pub padding: u16,
    pub widths: Vec<u16>,
}

/// A column of words is given at least its longest word, within these bounds (or its widest
/// cell, if narrower): a longer word is cut rather than widen the table.
const WORD_COLUMN_FLOOR: std::ops::RangeInclusive<usize> = 8..=16;

/// The least a column of words is given on the last rung of [`LADDER`], when cutting words to
/// the floor is not enough: so that a list of nine columns, an ID and two dates among them,
/// still fits 80 characters.
const SQUEEZED_FLOOR: usize = 6;

/// What gives way, in order, when a table is too wide: first the words share what is left,
/// then the cell padding goes, and only then are long words cut down to the floor, and at last
/// below it.
const LADDER: [(usize, Words); 4] = [
    (1, Words::Whole),
    (0, Words::Whole),
    (0, Words::Cut),
    (0, Words::Squeezed),
];

#[derive(Clone, Copy)]
enum Words {
    Whole,
    Cut,
    Squeezed,
}

/// `None` when the table fits as it is.
pub fn fit(headers: &[&str], rows: &[Vec<String>], width: u16) -> Option<Layout> {
    let width = usize::from(width);
    let columns: Vec<Column> = (0..headers.len())
        .map(|i| Column::measure(headers[i], rows.iter().filter_map(|row| row.get(i))))
        .collect();
    let natural: usize = columns.iter().map(|c| c.natural).sum();
    if natural + borders(columns.len(), 1) <= width {
        return None;
    }
    let layout = |padding: usize, widths: Vec<usize>| Layout {
        padding: padding as u16,
        // The table is never wider than a u16 of characters anyway.
        widths: widths
            .into_iter()
            .map(|w| u16::try_from(w).unwrap_or(u16::MAX))
            .collect(),
    };
    let fitted = LADDER.into_iter().find_map(|(padding, words)| {
        let room = width.checked_sub(borders(columns.len(), padding))?;
        Some(layout(padding, share(&columns, words, room)?))
    });
    // Nothing fits: as narrow as it can be without cutting an ID, a date or an amount.
    Some(fitted.unwrap_or_else(|| layout(0, columns.iter().map(|c| c.least(Words::Cut)).collect())))
}

/// The characters a table spends on rules and padding: `│ a ┆ b │` is 3 per column plus 1.
fn borders(columns: usize, padding: usize) -> usize {
    columns * (1 + 2 * padding) + 1
}

struct Column {
    /// The width it takes with every cell on one line.
    natural: usize,
    /// Its widest ID, date, code or amount, which is never cut, even among words.
    widest_whole: usize,
    /// Its longest word, header included.
    longest_word: usize,
    /// Whether any cell has words, which may wrap; other columns hold only whole values.
    words: bool,
}

impl Column {
    fn measure<'a>(header: &str, cells: impl Iterator<Item = &'a String>) -> Column {
        let mut longest_word = header.split(' ').map(UnicodeWidthStr::width).max();
        let (mut widest_cell, mut widest_whole, mut words) = (0, 0, false);
        for cell in cells {
            widest_cell = widest_cell.max(cell.width());
            if is_whole_value(cell) {
                widest_whole = widest_whole.max(cell.width());
            } else {
                words = true;
            }
            let value = cell.strip_suffix(" đ").unwrap_or(cell);
            longest_word =
                longest_word.max(value.split_whitespace().map(UnicodeWidthStr::width).max());
        }
        let longest_word = longest_word.unwrap_or(0);
        Column {
            natural: widest_cell.max(header.width()),
            widest_whole,
            longest_word,
            words,
        }
    }

    /// The width at which none of its words or values is cut.
    fn uncut(&self) -> usize {
        self.longest_word.max(self.widest_whole)
    }

    /// The least it can be given: its widest whole value, and a word column's floor; when
    /// words may be cut, a header word too.
    fn least(&self, words: Words) -> usize {
        let (low, high) = WORD_COLUMN_FLOOR.into_inner();
        let words = match (self.words, words) {
            (false, Words::Whole) => self.longest_word,
            (false, Words::Cut) => self.longest_word.min(low),
            (true, Words::Whole) => self.natural.min(self.longest_word.clamp(low, high)),
            (true, Words::Cut) => self.natural.min(low),
            (false, Words::Squeezed) => self.longest_word.min(SQUEEZED_FLOOR),
            (true, Words::Squeezed) => self.natural.min(SQUEEZED_FLOOR),
        };
        words.max(self.widest_whole)
    }
}

/// IDs, dates, amounts and unit codes: read whole, so never wrapped or cut.
fn is_whole_value(cell: &str) -> bool {
    let value = cell.strip_suffix(" đ").unwrap_or(cell);
    let code = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || "-_./".contains(c);
    !value.contains(char::is_whitespace)
        && (value.contains(|c: char| c.is_ascii_digit()) || value.chars().all(code))
}

/// Each column's width within `room`, or `None` when the least widths do not fit.
fn share(columns: &[Column], words: Words, room: usize) -> Option<Vec<usize>> {
    let mut widths: Vec<usize> = columns.iter().map(|c| c.least(words)).collect();
    let mut left = room.checked_sub(widths.iter().sum())?;
    // First, so that no word is cut that could stay whole: the columns whose longest word is
    // cut get it back, the cheapest first, while the room lasts.
    let mut cut: Vec<usize> = (0..columns.len())
        .filter(|&i| widths[i] < columns[i].uncut())
        .collect();
    cut.sort_by_key(|&i| columns[i].uncut() - widths[i]);
    for i in cut {
        let short = columns[i].uncut() - widths[i];
        if short <= left {
            widths[i] += short;
            left -= short;
        }
    }
    // Then one character at a time to the narrowest column still short of what it wants: a
    // word column its natural width, a column of whole values its header's longest word; and
    // what is still left lets the headers of whole values stay on one line.
    let wants = |c: &Column| match c.words {
        true => c.natural,
        false => c.least(Words::Whole),
    };
    let left = grow_narrowest(&mut widths, left, |i| wants(&columns[i]));
    grow_narrowest(&mut widths, left, |i| columns[i].natural);
    Some(widths)
}

/// Gives `left` away one character at a time to the narrowest column still short of what it
/// wants; returns what no column wanted.
fn grow_narrowest(widths: &mut [usize], mut left: usize, wants: impl Fn(usize) -> usize) -> usize {
    while left > 0 {
        let Some(narrowest) = (0..widths.len())
            .filter(|&i| widths[i] < wants(i))
            .min_by_key(|&i| widths[i])
        else {
            break;
        };
        widths[narrowest] += 1;
        left -= 1;
    }
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        let rows = [row(&["QT-2026-001", "Tiền mặt"])];
        assert_eq!(fit(&["Mã", "Loại quà"], &rows, 80), None);
    }

    #[test]
    fn whole_values_keep_their_width_and_words_share_the_rest() {
        let rows = [row(&[
            "QT-2026-001",
            "Phạm Thị Thu Trang",
            "20/01/2026",
            "Hiện vật có giá trị lớn",
        ])];
        let headers = ["Mã", "Người nhận", "Ngày nộp lại", "Loại quà"];
        let layout = fit(&headers, &rows, 50).unwrap();
        assert_eq!(layout.padding, 1);
        // The date keeps its 10 characters though its header is 12 wide.
        assert_eq!(layout.widths[..1], [11]);
        assert_eq!(layout.widths[2], 10);
        let total: usize = layout.widths.iter().map(|&w| usize::from(w)).sum();
        assert_eq!(total + borders(4, 1), 50);
        assert!(layout.widths[1] >= 8 && layout.widths[3] >= 8, "{layout:?}");
    }

    #[test]
    fn padding_goes_before_words_are_cut() {
        let rows = [row(&["QT-2026-001", "Phạm Thị Thu Trang", "20/01/2026"])];
        let headers = ["Mã", "Người nhận", "Ngày"];
        // 11 + 8 + 10 needs 39 with padding and 33 without.
        assert_eq!(fit(&headers, &rows, 38).unwrap().padding, 0);
        assert_eq!(fit(&headers, &rows, 39).unwrap().padding, 1);
        // Below the floor of cut words, words are squeezed to 6 before the table gives up.
        assert_eq!(fit(&headers, &rows, 32).unwrap().widths, [11, 7, 10]);
        assert_eq!(fit(&headers, &rows, 31).unwrap().widths, [11, 6, 10]);
        let narrowest = fit(&headers, &rows, 30).unwrap();
        assert_eq!(narrowest.padding, 0);
        assert_eq!(narrowest.widths, [11, 8, 10], "whole values are never cut");
    }

    #[test]
    fn long_words_are_cut_only_when_nothing_else_fits() {
        let rows = [row(&["QT-2026-001", "Perishables", "12"])];
        let headers = ["ID", "Kind", "Participants"];
        // 11 + 11 + 12 with no padding: 4 rules.
        assert_eq!(fit(&headers, &rows, 38).unwrap().widths, [11, 11, 12]);
        // Then one word is cut, down to 8, so that the other stays whole; the ID stays.
        let cut = fit(&headers, &rows, 34).unwrap();
        assert_eq!((cut.padding, cut.widths), (0, vec![11, 11, 8]));
        assert_eq!(fit(&headers, &rows, 31).unwrap().widths, [11, 8, 8]);
    }

    #[test]
    fn a_long_word_stays_whole_when_the_room_allows() {
        let rows = [row(&[
            "Thanhtoánkhôngtiềnmặt hết",
            "có nhiều chữ ngắn ở đây nữa",
        ])];
        let headers = ["Cách", "Ghi chú"];
        // 40 characters of room: 20 each would cut the 21-character word, 21 + 19 does not.
        let layout = fit(&headers, &rows, 40 + borders(2, 1) as u16).unwrap();
        assert_eq!((layout.padding, layout.widths), (1, vec![21, 19]));
    }

    #[test]
    fn dates_among_words_are_not_cut() {
        let rows = [
            row(&["QT-2026-001", "20/01/2026", "Phạm Thị Thu Trang"]),
            row(&["QT-2026-002", "chưa nộp", "Lê Văn Tám"]),
        ];
        let headers = ["Mã", "Nộp lại", "Người nhận"];
        let narrowest = fit(&headers, &rows, 20).unwrap();
        assert_eq!(narrowest.widths, [11, 10, 8], "{narrowest:?}");
    }

    #[test]
    fn room_left_over_keeps_the_header_of_a_date_on_one_line() {
        let rows = [row(&[
            "20/01/2026",
            "Hiện vật có giá trị lớn được nộp lại cho cơ quan",
        ])];
        let headers = ["Ngày nộp lại", "Loại quà"];
        // The words cannot have all they want, but the date column's header is only 2 wider.
        let layout = fit(&headers, &rows, 40).unwrap();
        assert_eq!(
            layout.widths[0], 10,
            "the words are served first: {layout:?}"
        );
        let wide = fit(&headers, &rows, 12 + 48 + borders(2, 1) as u16 - 1).unwrap();
        assert_eq!(wide.widths, [11, 48], "{wide:?}");
    }
}
