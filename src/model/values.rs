//! Values typed by people: dates, amounts of money, text, and record IDs. Each parser says what
//! is wrong with a value as a [`ValueFault`], which `error` words in both languages.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unicode_normalization::UnicodeNormalization;

use super::fault::ValueFault;
use super::kind::Kind;

/// Reads `2026-03-14` or `14/03/2026` (also `14-03-2026` and `14.03.2026`).
pub fn parse_date(typed: &str) -> Result<NaiveDate, ValueFault> {
    let s = typed.trim();
    let bad = || ValueFault::NotADate { typed: s.into() };
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let (year, month, day) = if parts[0].len() == 4 && s.as_bytes()[4] == b'-' {
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (parts[2], parts[1], parts[0])
    } else {
        return Err(bad());
    };
    let (Ok(y), Ok(m), Ok(d)) = (
        year.parse::<i32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return Err(bad());
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| ValueFault::NoSuchDay { typed: s.into() })
}

/// Reads a date as stored in a record file: only `YYYY-MM-DD`.
pub fn parse_stored_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 || s.as_bytes()[4] != b'-' || s.as_bytes()[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// An amount in whole Vietnamese đồng.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Vnd(pub u64);

impl Vnd {
    /// Reads `2000000`, `2.000.000`, `2,000,000` or `2 000 000`, with an optional `đ`/`VND`.
    /// Separators must group by three, so `2.5` (a fraction) is refused rather than misread.
    pub fn parse(typed: &str) -> Result<Vnd, ValueFault> {
        let s = typed.trim();
        let core = s
            .trim_end_matches(|c: char| c == 'đ' || c == 'd' || c.is_whitespace())
            .trim_end_matches("VND")
            .trim_end_matches("vnd")
            .trim_end_matches("đồng")
            .trim();
        if core.starts_with('-') {
            return Err(ValueFault::AmountNegative { typed: s.into() });
        }
        let bad = || ValueFault::NotAnAmount { typed: s.into() };
        let groups: Vec<&str> = core.split(['.', ',', ' ', '\u{a0}']).collect();
        if groups
            .iter()
            .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
            return Err(bad());
        }
        let digits: String = groups.concat();
        digits
            .parse::<u64>()
            .map(Vnd)
            .map_err(|_| ValueFault::AmountTooLarge { typed: s.into() })
    }

    /// `2.000.000 đ`, the way amounts are written in Vietnamese documents.
    pub fn display(self) -> String {
        format!("{} đ", group_thousands(self.0))
    }
}

pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Reads yes or no as a person types it, in either language: `có`, `co`, `c`, `yes`, `true`,
/// `1`; `không`, `khong`, `k`, `no`, `false`, `0`.
pub fn parse_yes_no(typed: &str) -> Option<bool> {
    match typed.trim().to_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "có" | "co" | "c" => Some(true),
        "false" | "no" | "n" | "0" | "không" | "khong" | "k" => Some(false),
        _ => None,
    }
}

/// Text as it is stored: NFC, trimmed, line ends `\n`, no trailing spaces on a line (so that the
/// YAML writer keeps multi-line text as a readable block).
pub fn normalize_text(s: &str) -> String {
    let unified = s.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
    lines.join("\n").trim().nfc().collect()
}

/// Refuses control characters other than line breaks (and tabs), C0 and C1 alike, which have
/// no place in a record and could upset a terminal or a spreadsheet, and U+FFFE and U+FFFF,
/// which no XML file (a Word or Excel document) can carry.
pub fn check_text(s: &str, multi_line: bool) -> Result<(), ValueFault> {
    for c in s.chars() {
        let allowed = c == '\t' || (multi_line && c == '\n');
        if c.is_control() && !allowed {
            return Err(ValueFault::ControlCharacter { found: c });
        }
        if matches!(c, '\u{fffe}' | '\u{ffff}') {
            return Err(ValueFault::NotACharacter { found: c });
        }
        if c == '\n' && !multi_line {
            return Err(ValueFault::SingleLineOnly);
        }
    }
    Ok(())
}

/// A record's ID: `XDLI-2026-001`, or, in a register with a shared remote, a provisional
/// `XDLI-2026-KQXMB` until `coi sync` publishes the record with its number. Parsed strictly, so
/// that an ID typed on the command line can never become a path outside the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId {
    pub kind: Kind,
    pub year: i32,
    pub seq: Seq,
}

/// What follows the year in an ID. Provisional IDs sort after every number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seq {
    /// The final number: 1, 2, 3… in each kind and year, in the order records were published.
    Number(u32),
    /// Letters only, so that it never reads as a number: made by one clone, unique in practice
    /// (22⁵ ≈ 5 million per kind and year), replaced by a number when published and kept on
    /// the record as an alias.
    Provisional(Token),
}

/// The letters of a provisional ID. No I, L, O or U, which read as 1, 0 or V.
pub const TOKEN_LETTERS: &[u8; 22] = b"ABCDEFGHJKMNPQRSTVWXYZ";
pub const TOKEN_LEN: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Token([u8; TOKEN_LEN]);

impl Token {
    /// A token from any source of randomness: each value picks one letter.
    pub fn from_random(mut pick: impl FnMut(usize) -> usize) -> Token {
        let mut letters = [0u8; TOKEN_LEN];
        for l in &mut letters {
            *l = TOKEN_LETTERS[pick(TOKEN_LETTERS.len()) % TOKEN_LETTERS.len()];
        }
        Token(letters)
    }

    fn parse(text: &str) -> Option<Token> {
        let bytes: [u8; TOKEN_LEN] = text.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(|b| TOKEN_LETTERS.contains(b))
            .then_some(Token(bytes))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("token letters are ASCII")
    }
}

/// The longest ID we accept: prefix, year, and a number of up to 9 digits.
const MAX_ID_LEN: usize = 4 + 1 + 4 + 1 + 9;

impl RecordId {
    /// The largest number `add` and `sync` give: six digits. A file may hold a larger one
    /// (written by hand or by another program); it is still read, and `check` reports it.
    pub const MAX_SEQ: u32 = 999_999;

    /// Whether the number is larger than `add` would ever give.
    pub fn too_large(&self) -> bool {
        self.number().is_some_and(|n| n > RecordId::MAX_SEQ)
    }

    /// A final ID.
    pub fn new(kind: Kind, year: i32, number: u32) -> RecordId {
        RecordId {
            kind,
            year,
            seq: Seq::Number(number),
        }
    }

    pub fn provisional(kind: Kind, year: i32, token: Token) -> RecordId {
        RecordId {
            kind,
            year,
            seq: Seq::Provisional(token),
        }
    }

    /// The final number; `None` while the ID is provisional.
    pub fn number(&self) -> Option<u32> {
        match self.seq {
            Seq::Number(n) => Some(n),
            Seq::Provisional(_) => None,
        }
    }

    pub fn is_provisional(&self) -> bool {
        matches!(self.seq, Seq::Provisional(_))
    }

    /// The file name: `XDLI-2026-001.yaml`.
    pub fn file_name(&self) -> String {
        format!("{self}.yaml")
    }

    /// The path inside the register: `cases/2026/XDLI-2026-001.yaml`.
    pub fn relative_path(&self) -> std::path::PathBuf {
        std::path::Path::new(self.kind.folder())
            .join(self.year.to_string())
            .join(self.file_name())
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (prefix, year) = (self.kind.prefix(), self.year);
        match &self.seq {
            Seq::Number(n) => write!(f, "{prefix}-{year:04}-{n:03}"),
            Seq::Provisional(token) => write!(f, "{prefix}-{year:04}-{}", token.as_str()),
        }
    }
}

impl FromStr for RecordId {
    type Err = ValueFault;

    fn from_str(s: &str) -> Result<RecordId, ValueFault> {
        // Built only on failure: IDs are parsed for every record of a large register.
        let bad = || ValueFault::NotARecordId { typed: s.into() };
        if s.len() > MAX_ID_LEN || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(bad());
        }
        let upper = s.to_ascii_uppercase();
        let mut parts = upper.split('-');
        let (Some(prefix), Some(year), Some(seq), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let kind = Kind::from_prefix(prefix).ok_or_else(bad)?;
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !digits(year) {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        if let Some(token) = Token::parse(seq) {
            return Ok(RecordId::provisional(kind, year, token));
        }
        if seq.len() < 3 || !digits(seq) {
            return Err(bad());
        }
        let seq: u32 = seq.parse().map_err(|_| bad())?;
        if seq == 0 {
            return Err(bad());
        }
        Ok(RecordId::new(kind, year, seq))
    }
}

impl Serialize for RecordId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RecordId, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|e: ValueFault| serde::de::Error::custom(e.message().en))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_iso_and_vietnamese_order() {
        assert_eq!(parse_date("2026-03-14").unwrap(), d(2026, 3, 14));
        assert_eq!(parse_date("14/03/2026").unwrap(), d(2026, 3, 14));
        assert_eq!(parse_date("4/3/2026").unwrap(), d(2026, 3, 4));
        assert_eq!(parse_date(" 14.03.2026 ").unwrap(), d(2026, 3, 14));
        assert_eq!(parse_date("29/02/2028").unwrap(), d(2028, 2, 29));
    }

    #[test]
    fn impossible_or_garbled_dates_are_refused() {
        for s in [
            "2026-02-30",
            "31/04/2026",
            "29/02/2026",
            "2026/03/14x",
            "14/03/26",
            "",
            "hôm nay",
            "2026-3",
        ] {
            assert!(parse_date(s).is_err(), "{s}");
        }
        assert_eq!(
            parse_date(" 31/04/2026 "),
            Err(ValueFault::NoSuchDay {
                typed: "31/04/2026".into()
            })
        );
    }

    #[test]
    fn stored_dates_are_iso_only() {
        assert_eq!(parse_stored_date("2026-03-14"), Some(d(2026, 3, 14)));
        assert_eq!(parse_stored_date("14/03/2026"), None);
        assert_eq!(parse_stored_date("2026-3-14"), None);
    }

    #[test]
    fn money_reads_grouped_and_plain() {
        for s in [
            "2000000",
            "2.000.000",
            "2,000,000",
            "2 000 000",
            "2.000.000 đ",
            "2000000 VND",
        ] {
            assert_eq!(Vnd::parse(s).unwrap(), Vnd(2_000_000), "{s}");
        }
        assert_eq!(Vnd::parse("0").unwrap(), Vnd(0));
    }

    #[test]
    fn money_refuses_fractions_negatives_and_overflow() {
        for s in [
            "2.5",
            "-100",
            "1.000,50",
            "12.34.567",
            "abc",
            "",
            "99999999999999999999999",
        ] {
            assert!(Vnd::parse(s).is_err(), "{s}");
        }
        let negative = ValueFault::AmountNegative { typed: "-5".into() };
        assert_eq!(Vnd::parse("-5"), Err(negative));
    }

    #[test]
    fn money_displays_with_dots() {
        assert_eq!(Vnd(2_000_000).display(), "2.000.000 đ");
        assert_eq!(Vnd(999).display(), "999 đ");
        assert_eq!(Vnd(1_000).display(), "1.000 đ");
    }

    #[test]
    fn text_is_nfc_trimmed_with_unix_lines() {
        let decomposed = "Nguye\u{302}\u{303}n  \r\nline two  ";
        assert_eq!(normalize_text(decomposed), "Nguyễn\nline two");
        assert!(check_text("a\u{7}b", true).is_err());
        for odd in [
            "\u{1b}[31m",
            "\u{85}",
            "\u{9b}",
            "\r",
            "\u{7f}",
            "\u{fffe}",
            "\u{ffff}",
        ] {
            assert!(check_text(odd, true).is_err(), "{odd:?}");
        }
        assert!(check_text("Nguyễn\tVăn\u{fffd}", false).is_ok());
        assert!(check_text("a\nb", false).is_err());
        assert!(check_text("a\nb", true).is_ok());
    }

    #[test]
    fn ids_parse_strictly() {
        let id: RecordId = "XDLI-2026-001".parse().unwrap();
        assert_eq!(id, RecordId::new(Kind::Case, 2026, 1));
        assert_eq!(id.to_string(), "XDLI-2026-001");
        assert_eq!(
            "qt-2026-1234".parse::<RecordId>().unwrap().to_string(),
            "QT-2026-1234"
        );
        let long = "X".repeat(10_000);
        for s in [
            "../x",
            "/etc/passwd",
            "XDLI-2026-01",
            "XDLI-26-001",
            "XDLI-2026-000",
            "AB-2026-001",
            "XDLI-2026-001/..",
            "XDLI-2026-001\0",
            "XDLI-2026-001.yaml",
            long.as_str(),
            "",
        ] {
            assert!(s.parse::<RecordId>().is_err(), "{s}");
        }
        assert_eq!(
            id.relative_path(),
            std::path::Path::new("cases/2026/XDLI-2026-001.yaml")
        );
    }

    #[test]
    fn provisional_ids_are_letters_that_never_read_as_a_number() {
        let id: RecordId = "qt-2026-kqxmb".parse().unwrap();
        assert!(id.is_provisional());
        assert_eq!(id.number(), None);
        assert_eq!(id.to_string(), "QT-2026-KQXMB");
        assert!(RecordId::new(Kind::Gift, 2026, 999_999_999) < id);
        assert!(RecordId::new(Kind::Gift, 2026, 1) < id);
        // Confusable letters, digits mixed in, and other lengths are neither form.
        for s in [
            "QT-2026-KQXMI",
            "QT-2026-KQXM1",
            "QT-2026-KQXM",
            "QT-2026-KQXMBB",
        ] {
            assert!(s.parse::<RecordId>().is_err(), "{s}");
        }
        let mut n = 0;
        let token = Token::from_random(|len| {
            n += 7;
            n % len
        });
        let made = RecordId::provisional(Kind::Case, 2026, token);
        assert_eq!(made.to_string().parse::<RecordId>().unwrap(), made);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1900i32..2200, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    }

    proptest! {
        #[test]
        fn dates_read_back_in_both_forms(d in any_date()) {
            prop_assert_eq!(parse_date(&d.format("%d/%m/%Y").to_string()).unwrap(), d);
            prop_assert_eq!(parse_date(&d.format("%Y-%m-%d").to_string()).unwrap(), d);
            prop_assert_eq!(parse_stored_date(&d.format("%Y-%m-%d").to_string()), Some(d));
        }

        #[test]
        fn any_text_is_a_date_or_a_clear_refusal(s in "\\PC{0,20}|[0-9/.-]{0,12}") {
            if let Err(e) = parse_date(&s).map_err(|f| f.message()) {
                prop_assert!(!e.vi.is_empty() && !e.en.is_empty());
            }
        }

        #[test]
        fn amounts_read_back_plain_and_grouped(n in any::<u64>()) {
            prop_assert_eq!(Vnd::parse(&n.to_string()).unwrap(), Vnd(n));
            let grouped = group_thousands(n);
            prop_assert_eq!(Vnd::parse(&grouped).unwrap(), Vnd(n));
            prop_assert_eq!(Vnd::parse(&grouped.replace('.', ",")).unwrap(), Vnd(n));
            prop_assert_eq!(Vnd::parse(&Vnd(n).display()).unwrap(), Vnd(n));
        }

        #[test]
        fn any_text_is_an_amount_or_a_clear_refusal(s in "\\PC{0,30}|[0-9., -]{0,30}") {
            if let Err(e) = Vnd::parse(&s).map_err(|f| f.message()) {
                prop_assert!(!e.vi.is_empty() && !e.en.is_empty());
            }
        }

        #[test]
        fn normalising_text_is_stable(s in "\\PC{0,60}|[a-zA-Z \\r\\n\\t]{0,60}") {
            let once = normalize_text(&s);
            prop_assert_eq!(normalize_text(&once), once.clone());
            prop_assert!(unicode_normalization::is_nfc(&once));
        }

        #[test]
        fn ids_read_back(kind in 0usize..3, year in 1000i32..10000, seq in 1u32..1_000_000_000) {
            let id = RecordId::new(Kind::ALL[kind], year, seq);
            prop_assert_eq!(id.to_string().parse::<RecordId>().unwrap(), id);
        }
    }
}
