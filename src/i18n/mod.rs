//! The two languages of the interface. Every text a person reads comes as a Vietnamese and an
//! English pair, from the catalogue in [`msg`]; the language is chosen once, when the text is
//! shown.

pub mod foreign;
pub mod msg;

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// Reads `vi`/`en` (and a few spellings people type), for `--lang` and `COI_LANG`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" | "vi_vn" | "vi-vn" | "vie" | "tieng-viet" => Some(Lang::Vi),
            "en" | "en_us" | "en-us" | "en_gb" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Text as a terminal may show it: each control character but the line break and the tab (C0,
/// DEL and C1 alike, ESC above all) written as a visible escape, `\u001b`, so that no file name
/// or value can move the cursor, change colours or hide what follows. The escape is JSON's own,
/// so JSON output stays JSON with the same values. Text without them is handed back as it is;
/// escaping twice changes nothing.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A fixed pair of texts, for labels and headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Label {
    pub const fn new(vi: &'static str, en: &'static str) -> Label {
        Label { vi, en }
    }
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

/// A pair of texts built at run time, for messages that carry values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }
    /// The same words in both languages: a name, or a message nobody has translated yet.
    pub fn same(text: &str) -> Text {
        Text::new(text, text)
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

impl Text {
    /// Texts put one after the other in each language, e.g. the lines of a list.
    pub fn joined<'a>(texts: impl IntoIterator<Item = &'a Text>, separator: &str) -> Text {
        let (mut vi, mut en) = (Vec::new(), Vec::new());
        for t in texts {
            vi.push(t.vi.as_str());
            en.push(t.en.as_str());
        }
        Text::new(vi.join(separator), en.join(separator))
    }
}

impl From<Label> for Text {
    fn from(label: Label) -> Text {
        Text::new(label.vi, label.en)
    }
}

/// English, for logs and `Debug`; people see [`Text::get`] in their language.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// The labels in one language, e.g. for the headings of a table.
pub fn in_lang<const N: usize>(labels: [Label; N], lang: Lang) -> [&'static str; N] {
    labels.map(|l| l.get(lang))
}

/// Joins items as "a, b, c" for messages.
pub fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item.as_ref());
    }
    out
}

/// "Ngày nhận quà" → "ngày nhận quà", for a label in the middle of a sentence; an initialism
/// (`UBND`) stays as it is.
pub fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second) if !second.is_some_and(char::is_uppercase) => first
            .to_lowercase()
            .chain(label[first.len_utf8()..].chars())
            .collect(),
        _ => label.to_string(),
    }
}

/// "báo cáo quà tặng" → "Báo cáo quà tặng", for a label that starts a line.
pub fn upper_first(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_changes_case_at_its_first_letter_only() {
        assert_eq!(lower_first("Ngày nhận quà"), "ngày nhận quà");
        assert_eq!(lower_first("Đ"), "đ");
        assert_eq!(lower_first("UBND tỉnh"), "UBND tỉnh");
        assert_eq!(lower_first(""), "");
        assert_eq!(upper_first("báo cáo quà tặng"), "Báo cáo quà tặng");
        assert_eq!(upper_first("đơn vị"), "Đơn vị");
    }
}

#[cfg(test)]
mod visible_tests {
    use super::visible;

    #[test]
    fn control_characters_are_shown_escaped_once() {
        assert_eq!(
            visible("a\u{1b}[31mb\u{85}c\u{7f}\r"),
            "a\\u001b[31mb\\u0085c\\u007f\\u000d"
        );
        assert_eq!(visible(&visible("x\u{1b}")), "x\\u001b");
        assert!(matches!(
            visible("Nguyễn\tVăn\nAn"),
            std::borrow::Cow::Borrowed(_)
        ));
        let json = format!("{{\"v\": \"{}\"}}", visible("\u{85}"));
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["v"], "\u{85}");
    }
}
