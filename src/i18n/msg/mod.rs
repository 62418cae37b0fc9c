//! The catalogue: every message and heading `coi` shows, in Vietnamese and English, in one place.
//!
//! An entry with arguments, `name(arg, other: text) { vi: "…{arg}…", en: "…{arg}…" }`, is a
//! function that returns a [`Text`]; an argument is shown as it is in both languages, or, marked
//! `: text`, is itself a [`Text`] or [`Label`] shown in the language of the message. An entry
//! without an argument list, `name { vi: …, en: … }`, is a fixed [`Label`] (headings, prompts).
//!
//! The names of the things a register holds (fields, choices, steps, indicators) are data and stay
//! beside their definitions in `model`, `rules` and `report`; help texts are in [`super::help`].
//! The tests in this module check every pair of the catalogue and of those tables: both languages
//! present, the same placeholders, Vietnamese in NFC.

use super::{Label, Lang, Text};

/// A text in both languages, as an argument of a message.
pub trait Bilingual {
    fn in_lang(&self, lang: Lang) -> &str;
}

impl Bilingual for Text {
    fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang)
    }
}

impl Bilingual for Label {
    fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang)
    }
}

impl<T: Bilingual + ?Sized> Bilingual for &T {
    fn in_lang(&self, lang: Lang) -> &str {
        (**self).in_lang(lang)
    }
}

/// One entry as written, for the tests and for translators.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
}

macro_rules! catalogue {
    ($entries:ident; $(
        $(#[$attr:meta])*
        $name:ident $(( $($arg:ident $(: $kind:ident)?),* $(,)? ))? {
            vi: $vi:literal,
            en: $en:literal $(,)?
        }
    )*) => {
        $( catalogue!(@entry [$(#[$attr])*] $name $(($($arg $(: $kind)?),*))? $vi, $en); )*

        /// Every entry of the file, in its order.
        pub const $entries: &[$crate::i18n::msg::Entry] = &[$($crate::i18n::msg::Entry { name: stringify!($name), vi: $vi, en: $en }),*];
    };
    (@entry [$($attr:tt)*] $name:ident ($($arg:ident $(: $kind:ident)?),*) $vi:literal, $en:literal) => {
        $($attr)*
        pub fn $name($($arg: catalogue!(@type $($kind)?)),*) -> $crate::i18n::Text {
            $crate::i18n::Text::new(
                { $(catalogue!(@bind Vi $arg $($kind)?);)* format!($vi) },
                { $(catalogue!(@bind En $arg $($kind)?);)* format!($en) },
            )
        }
    };
    (@entry [$($attr:tt)*] $name:ident $vi:literal, $en:literal) => {
        $($attr)*
        pub const $name: $crate::i18n::Label = $crate::i18n::Label::new($vi, $en);
    };
    (@type) => { impl ::std::fmt::Display };
    (@type text) => { impl $crate::i18n::msg::Bilingual };
    (@bind $lang:ident $arg:ident) => { let $arg = &$arg; };
    (@bind $lang:ident $arg:ident text) => { let $arg = $crate::i18n::msg::Bilingual::in_lang(&$arg, $crate::i18n::Lang::$lang); };
}

mod cli;
mod province;
mod records;
mod register;
mod report;
mod values;

pub use cli::*;
pub use province::*;
pub use records::*;
pub use register::*;
pub use report::*;
pub use values::*;

/// Every entry of the catalogue, file by file.
/// Every entry of the catalogue.
pub fn entries() -> impl Iterator<Item = &'static Entry> {
    ENTRIES.into_iter().flatten()
}

const ENTRIES: [&[Entry]; 6] = [
    values::VALUES_ENTRIES,
    records::RECORDS_ENTRIES,
    register::REGISTER_ENTRIES,
    report::REPORT_ENTRIES,
    cli::CLI_ENTRIES,
    province::PROVINCE_ENTRIES,
];

/// A thing counted: Vietnamese nouns do not change with the number, English ones do.
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub vi: &'static str,
    pub en_one: &'static str,
    pub en_many: &'static str,
}

impl Noun {
    /// "3 hồ sơ" / "3 records".
    pub fn count(&self, n: impl Into<u64>) -> Text {
        let n = n.into();
        let en = if n == 1 { self.en_one } else { self.en_many };
        Text::new(format!("{n} {}", self.vi), format!("{n} {en}"))
    }
}

macro_rules! nouns {
    ($($name:ident = $vi:literal, $one:literal, $many:literal;)*) => {
        $(pub const $name: Noun = Noun { vi: $vi, en_one: $one, en_many: $many };)*
        /// Every noun, for the tests.
        pub const NOUNS: &[Noun] = &[$($name),*];
    };
}

nouns! {
    RECORDS = "hồ sơ", "record", "records";
    ERRORS = "lỗi", "error", "errors";
    WARNINGS = "cảnh báo", "warning", "warnings";
    DAYS = "ngày", "day", "days";
    WORKING_DAYS = "ngày làm việc", "working day", "working days";
    MEASURES = "biện pháp", "measure", "measures";
    TIMES = "lần", "time", "times";
    ITEMS = "mục", "item", "items";
    COMMITS = "lần ghi", "commit", "commits";
}

/// `coi.yaml (`coi config edit`), plans/notes.txt`: files, each with the command that commits
/// it when there is one; the same in both languages.
pub fn files_with_commands(files: &[(String, Option<String>)]) -> String {
    super::join(files.iter().map(|(file, command)| match command {
        Some(command) => format!("{file} (`{command}`)"),
        None => file.clone(),
    }))
}

/// What the operating system said. In Vietnamese, a sentence for its kind of problem, with the
/// system's error number when there is one (what a technician looks up; `--lang en` gives the
/// system's own words); in English, the system's own words. Neither names the temporary file a
/// write goes through (`tempfile` adds `at path "…/.coi-tmp-…"`): the message that comes with
/// the cause names the file that was meant.
pub fn io_error(e: &std::io::Error) -> Text {
    use std::io::ErrorKind as K;
    let vi = match e.kind() {
        K::NotFound => "không có tệp hoặc thư mục này",
        K::PermissionDenied => "không có quyền truy cập",
        K::AlreadyExists => "đã có tệp hoặc thư mục trùng tên",
        K::StorageFull => "ổ đĩa đã đầy",
        K::QuotaExceeded => "đã dùng hết dung lượng được cấp trên ổ đĩa",
        K::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc, không cho ghi",
        K::IsADirectory => "đây là thư mục, không phải tệp",
        K::NotADirectory => "một phần của đường dẫn không phải thư mục",
        K::DirectoryNotEmpty => "thư mục không trống",
        K::InvalidData => "dữ liệu không đọc được",
        K::InvalidInput => "hệ điều hành không nhận tên hoặc giá trị này",
        K::InvalidFilename => "tên tệp không hợp lệ",
        K::TimedOut => "quá thời gian chờ",
        K::FileTooLarge => "tệp quá lớn",
        K::ResourceBusy | K::ExecutableFileBusy => "tệp đang được chương trình khác dùng",
        K::UnexpectedEof => "tệp kết thúc sớm hơn dự kiến",
        K::WriteZero => "không ghi thêm được dữ liệu",
        K::Interrupted => "thao tác bị ngắt giữa chừng",
        K::Unsupported => "hệ điều hành không hỗ trợ thao tác này",
        K::OutOfMemory => "không đủ bộ nhớ",
        K::CrossesDevices => "không chuyển được tệp sang ổ đĩa khác",
        K::TooManyLinks => "quá nhiều liên kết tới tệp",
        K::StaleNetworkFileHandle => "ổ đĩa mạng không còn truy cập được",
        K::BrokenPipe => "chương trình nhận kết quả đã đóng",
        K::WouldBlock => "tài nguyên đang bận",
        K::ConnectionRefused
        | K::ConnectionReset
        | K::ConnectionAborted
        | K::NotConnected
        | K::NetworkDown
        | K::NetworkUnreachable
        | K::HostUnreachable
        | K::AddrInUse
        | K::AddrNotAvailable => "không kết nối được qua mạng",
        _ => "hệ thống báo lỗi không rõ loại; chạy lại lệnh với --lang en để xem nguyên văn",
    };
    let vi = match e.raw_os_error() {
        Some(n) => format!("{vi} (mã lỗi {n})"),
        None => vi.to_string(),
    };
    let mut en = e.to_string();
    if let Some(at) = en.find(" at path \"") {
        en.truncate(at);
    }
    Text::new(vi, en)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use unicode_normalization::is_nfc;

    use super::*;
    use crate::model::Kind;
    use crate::model::schema::{Field, Type};
    use crate::report::INDICATORS;
    use crate::rules::deadlines;

    /// The names inside `{…}`, without format specs; `{{` is a literal brace.
    fn placeholders(template: &str) -> BTreeSet<&str> {
        let mut names = BTreeSet::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            if rest[open..].starts_with("{{") {
                rest = &rest[open + 2..];
                continue;
            }
            let close = rest[open..].find('}').expect("a closing brace") + open;
            let inner = &rest[open + 1..close];
            names.insert(inner.split(':').next().unwrap_or(inner));
            rest = &rest[close + 1..];
        }
        names
    }

    /// Entries that are the same in both languages because they only put other texts together,
    /// or are a word both languages use.
    const SAME_IN_BOTH: &[&str] = &[
        "named_problem",
        "config_field_problem",
        "at_line",
        "io_failed",
        "COMMIT_HASH",
    ];

    #[test]
    fn every_entry_has_both_languages_and_the_same_placeholders() {
        let mut names = BTreeSet::new();
        for e in entries() {
            assert!(names.insert(e.name), "{} is in the catalogue twice", e.name);
            assert!(
                !e.vi.trim().is_empty() && !e.en.trim().is_empty(),
                "{}",
                e.name
            );
            assert_eq!(
                placeholders(e.vi),
                placeholders(e.en),
                "{}: the two languages show different values",
                e.name
            );
            assert_eq!(
                e.vi == e.en,
                SAME_IN_BOTH.contains(&e.name),
                "{}: Vietnamese and English should differ unless listed in SAME_IN_BOTH",
                e.name
            );
        }
    }

    #[test]
    fn the_placeholder_reader_sees_names_and_skips_escaped_braces() {
        let found = placeholders("{a} {{literal}} {b:>4} {a}");
        assert_eq!(found.into_iter().collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn messages_fill_in_each_language_with_its_own_words() {
        let t = required_field_missing(Label::new("Ngày biết", "Known on"));
        assert_eq!(t.vi, "thiếu trường bắt buộc (Ngày biết)");
        assert_eq!(t.en, "required field is missing (Known on)");
        assert_eq!(ERRORS.count(1u64).en, "1 error");
        assert_eq!(ERRORS.count(2u64).en, "2 errors");
        assert_eq!(ERRORS.count(2u64).vi, "2 lỗi");
    }

    fn field_labels(fields: &[Field], out: &mut Vec<(String, Label)>) {
        for f in fields {
            out.push((format!("field {}", f.name), f.label));
            match f.ty {
                Type::Object(inner) | Type::Objects(inner) => field_labels(inner, out),
                Type::Choice(vocab) | Type::Choices(vocab) => {
                    for t in vocab.terms {
                        out.push((format!("choice {}", t.yaml), Label::new(t.vi, t.en)));
                    }
                }
                _ => {}
            }
        }
    }

    /// Every pair a person can read: the catalogue and the tables of names kept with the data.
    fn every_pair() -> Vec<(String, Label)> {
        let mut all: Vec<(String, Label)> = entries()
            .map(|e| (e.name.to_string(), Label::new(e.vi, e.en)))
            .collect();
        for n in NOUNS {
            all.push((n.en_many.to_string(), Label::new(n.vi, n.en_one)));
            all.push((n.en_many.to_string(), Label::new(n.vi, n.en_many)));
        }
        for kind in Kind::ALL {
            field_labels(kind.fields(), &mut all);
            for t in kind.statuses().terms {
                all.push((format!("status {}", t.yaml), Label::new(t.vi, t.en)));
            }
        }
        for l in crate::i18n::foreign::YAML_PROBLEMS {
            all.push(("yaml".into(), *l));
        }
        for k in Kind::ALL {
            all.push((format!("kind {k:?}"), k.label()));
        }
        for i in INDICATORS {
            for l in [i.wording, i.unit, i.how] {
                all.push((format!("indicator {}", i.code), l));
            }
        }
        for l in [
            &deadlines::CASE_REPORT,
            &deadlines::CASE_DECISION,
            &deadlines::CASE_NOTICE,
            &deadlines::TEMPORARY_MEASURE,
            &deadlines::MEASURE_CANCELLATION,
            &deadlines::CANCELLATION_PUBLICATION,
            &deadlines::SUSPENSION_DECISION,
            &deadlines::GIFT_HANDOVER,
            &deadlines::GIFT_REPORT,
            &deadlines::GIFT_GIVER_NOTICE,
            &deadlines::GIFT_BUDGET,
        ] {
            all.push(("deadline".into(), l.what));
            all.push(("deadline basis".into(), l.basis));
        }
        all
    }

    #[test]
    fn every_text_a_person_reads_is_in_both_languages_and_vietnamese_is_nfc() {
        let all = every_pair();
        assert!(all.len() > 400, "only {} pairs found", all.len());
        for (name, l) in &all {
            assert!(is_nfc(l.vi), "{name}: «{}» is not NFC", l.vi);
            assert!(!l.vi.trim().is_empty(), "{name}: no Vietnamese");
            assert!(!l.en.trim().is_empty(), "{name}: no English");
            assert!(
                !l.vi.contains('\u{fffd}') && !l.en.contains('\u{fffd}'),
                "{name}: a replacement character"
            );
        }
    }
}
