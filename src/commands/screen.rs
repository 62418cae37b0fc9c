//! Screens that stay short: the width a terminal line may take, lines cut to it, lists cut to
//! what fits with the number left out, and counts grouped by thousands.

use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;

/// The width of a line on screen: `COLUMNS` when it is set (as shells and `ls` read it), else
/// the terminal's; `None` when the output goes to a file or a pipe, which is then not cut.
pub fn width() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
    {
        // Nonsense and tiny widths are ignored, as the tables ignore them.
        return (columns >= 20).then_some(columns);
    }
    comfy_table::Table::new().width().map(usize::from)
}

/// How many columns `s` takes on screen.
pub fn columns(s: &str) -> usize {
    s.width()
}

/// `line` cut to `width` columns, ending in «…» when something was cut.
pub fn fit(line: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return line.to_string();
    };
    if columns(line) <= width {
        return line.to_string();
    }
    let mut out = String::new();
    let mut taken = 0;
    for c in line.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if taken + w + 1 > width {
            break;
        }
        out.push(c);
        taken += w;
    }
    out.push('…');
    out
}

/// Every line of `text` cut to `width`.
pub fn fit_text(text: &str, width: Option<usize>) -> String {
    if width.is_none() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        out.push_str(&fit(body, width));
        out.push_str(end);
    }
    out
}

/// `head` followed by as many of `items` (joined by «, ») as fit in `width` together with the
/// words `more(n)` that say how many were left out: «II.2 — XD-1, XD-2… và 5 hồ sơ khác».
pub fn cut_list(
    head: &str,
    items: &[String],
    more: impl Fn(usize) -> String,
    width: Option<usize>,
) -> String {
    let all = format!("{head}{}", items.join(", "));
    let Some(width) = width else {
        return all;
    };
    if columns(&all) <= width {
        return all;
    }
    let mut line = head.to_string();
    let mut shown = 0;
    for (i, item) in items.iter().enumerate() {
        let sep = if i == 0 { "" } else { ", " };
        let left = items.len() - i - 1;
        let tail = if left == 0 {
            String::new()
        } else {
            format!(" {}", more(left))
        };
        if columns(&line) + columns(sep) + columns(item) + columns(&tail) > width {
            break;
        }
        line.push_str(sep);
        line.push_str(item);
        shown += 1;
    }
    if shown < items.len() {
        let sep = if shown == 0 { "" } else { " " };
        line.push_str(sep);
        line.push_str(&more(items.len() - shown));
    }
    fit(&line, Some(width))
}

/// A count as people read it in a table: `66.423` in Vietnamese, `66,423` in English.
pub fn count(n: usize, lang: Lang) -> String {
    let grouped = crate::model::values::group_thousands(n as u64);
    match lang {
        Lang::Vi => grouped,
        Lang::En => grouped.replace('.', ","),
    }
}

/// "trễ 5 ngày", "còn 2 ngày", "đến hạn hôm nay".
pub fn lateness(days_late: i64) -> crate::i18n::Text {
    let days = crate::i18n::msg::DAYS.count(days_late.unsigned_abs());
    match days_late {
        0 => crate::i18n::msg::DUE_TODAY.into(),
        1.. => crate::i18n::msg::days_late(days),
        _ => crate::i18n::msg::days_left(days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_to_the_width_with_an_ellipsis() {
        assert_eq!(fit("Việc quá hạn", Some(20)), "Việc quá hạn");
        let cut = fit("Thủ trưởng quyết định biện pháp kiểm soát", Some(20));
        assert_eq!(cut, "Thủ trưởng quyết đị…");
        assert_eq!(columns(&cut), 20);
        assert_eq!(fit("abc", None), "abc");
    }

    #[test]
    fn a_list_keeps_what_fits_and_counts_the_rest() {
        let items: Vec<String> = (1..=30).map(|i| format!("XDLI-2028-{i:03}")).collect();
        let more = |n: usize| format!("… và {n} hồ sơ khác");
        let line = cut_list("  II.5 — ", &items, more, Some(60));
        assert!(columns(&line) <= 60, "{line}");
        assert!(
            line.starts_with("  II.5 — XDLI-2028-001, XDLI-2028-002"),
            "{line}"
        );
        assert!(line.ends_with("XDLI-2028-002 … và 28 hồ sơ khác"), "{line}");
        let short = cut_list("  II.5 — ", &items[..2], more, Some(60));
        assert_eq!(short, "  II.5 — XDLI-2028-001, XDLI-2028-002");
        assert_eq!(cut_list("", &items, more, None).matches(", ").count(), 29);
    }

    #[test]
    fn counts_are_grouped_by_thousands_in_the_reader_s_language() {
        assert_eq!(count(66423, Lang::Vi), "66.423");
        assert_eq!(count(66423, Lang::En), "66,423");
        assert_eq!(count(999, Lang::Vi), "999");
    }
}
