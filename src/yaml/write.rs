//! The canonical text of a record: a small YAML writer with one style for everything, so that
//! a file written by `coi` and read back is written again byte for byte, and so that every
//! YAML reader, the older YAML 1.1 ones included, reads back exactly the values we wrote
//! (`no` and `on` stay text, `010` stays text, `1_000` stays text, a position or a voucher
//! number that looks like a date stays text).
//!
//! Only the record's own date and time fields are written as bare dates (`known_on: 2026-03-14`),
//! so that readers that type dates read them as the dates they are. The writer knows them from
//! the kind's schema ([`record_yaml`]); without a schema ([`to_yaml`]) every text that looks like
//! a date is quoted.

use serde::Serialize;
use serde_yaml::{Mapping, Value};

use crate::model::Record;
use crate::model::schema::Type;

/// The canonical YAML of a serialisable value that has no schema, such as `coi.yaml`: keys in
/// the order the type gives them, and any text that a reader might take for a date, a number, a
/// boolean or a null quoted.
pub fn to_yaml<T: Serialize + ?Sized>(value: &T) -> String {
    write(value, None)
}

/// The canonical YAML of a record: as [`to_yaml`], but the date and time fields of its kind's
/// schema ([`Type::Date`], [`Type::Time`]) are written bare.
pub fn record_yaml<R: Record>(record: &R) -> String {
    write(record, Some(Type::Object(R::FIELDS)))
}

/// `schema` is the type of the whole value, when it has one.
fn write<T: Serialize + ?Sized>(value: &T, schema: Option<Type>) -> String {
    let value = serde_yaml::to_value(value).expect("records serialise to YAML values");
    let mut out = String::new();
    match &value {
        Value::Mapping(m) if !m.is_empty() => mapping(m, 0, schema, &mut out),
        Value::Sequence(items) if !items.is_empty() => sequence(items, 0, schema, &mut out),
        other => {
            inline(other, 0, schema, &mut out);
            out.push('\n');
        }
    }
    out
}

/// The type of the value under `key` of a mapping of type `schema`.
fn field_type(schema: Option<Type>, key: &Value) -> Option<Type> {
    match (schema, key) {
        (Some(Type::Object(fields)), Value::String(key)) => {
            fields.iter().find(|f| f.name == key).map(|f| f.ty)
        }
        _ => None,
    }
}

/// The type of the items of a list of type `schema`.
fn item_type(schema: Option<Type>) -> Option<Type> {
    match schema {
        Some(Type::Objects(fields)) => Some(Type::Object(fields)),
        _ => None,
    }
}

fn indent(n: usize, out: &mut String) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn mapping(m: &Mapping, level: usize, schema: Option<Type>, out: &mut String) {
    for (i, (key, value)) in m.iter().enumerate() {
        if i > 0 {
            indent(level, out);
        }
        match key {
            // A key is on one line: never a `|-` block.
            Value::String(s) if s.contains('\n') => double_quoted(s, out),
            key => inline(key, level, None, out),
        }
        out.push(':');
        entry_value(value, level, field_type(schema, key), out);
    }
}

/// The value after `key:` or after `- `.
fn entry_value(value: &Value, level: usize, schema: Option<Type>, out: &mut String) {
    match value {
        Value::Mapping(m) if !m.is_empty() => {
            out.push('\n');
            indent(level + 2, out);
            mapping(m, level + 2, schema, out);
        }
        // Lists under a key sit at the key's own indentation, as most YAML writers do.
        Value::Sequence(items) if !items.is_empty() => {
            out.push('\n');
            indent(level, out);
            sequence(items, level, schema, out);
        }
        other => {
            out.push(' ');
            inline(other, level, schema, out);
            out.push('\n');
        }
    }
}

fn sequence(items: &[Value], level: usize, schema: Option<Type>, out: &mut String) {
    let schema = item_type(schema);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            indent(level, out);
        }
        out.push('-');
        match item {
            Value::Mapping(m) if !m.is_empty() => {
                out.push(' ');
                mapping(m, level + 2, schema, out);
            }
            Value::Sequence(inner) if !inner.is_empty() => {
                out.push(' ');
                sequence(inner, level + 2, schema, out);
            }
            other => {
                out.push(' ');
                inline(other, level + 2, schema, out);
                out.push('\n');
            }
        }
    }
}

/// A value on one line (or a block of text starting on this line).
fn inline(value: &Value, level: usize, schema: Option<Type>, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => {
            let dated = matches!(schema, Some(Type::Date | Type::Time));
            string(s, level, dated, out);
        }
        Value::Sequence(_) => out.push_str("[]"),
        Value::Mapping(_) => out.push_str("{}"),
        Value::Tagged(t) => inline(&t.value, level, schema, out),
    }
}

/// Text; `dated` when it is the value of a date or time field.
fn string(s: &str, level: usize, dated: bool, out: &mut String) {
    if plain_is_safe(s, dated) {
        out.push_str(s);
    } else if block_is_safe(s) {
        out.push_str("|-");
        for line in s.split('\n') {
            out.push('\n');
            if !line.is_empty() {
                indent(level + 2, out);
                out.push_str(line);
            }
        }
    } else if !s.chars().any(breaks_quotes) {
        out.push('\'');
        out.push_str(&s.replace('\'', "''"));
        out.push('\'');
    } else {
        double_quoted(s, out);
    }
}

/// Characters a YAML reader takes as line breaks, otherwise changes inside quotes, or refuses
/// in a file: controls, the Unicode line and paragraph separators, a byte-order mark, the
/// non-characters U+FFFE and U+FFFF. They need double quotes and escapes.
fn breaks_quotes(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// Multi-line text as a `|-` block: only when every line reads back exactly.
fn block_is_safe(s: &str) -> bool {
    s.contains('\n')
        && !s.ends_with('\n')
        && !s.starts_with([' ', '\n'])
        && !s.chars().any(|c| breaks_quotes(c) && c != '\n')
        && s.split('\n').all(|line| !line.ends_with(' '))
}

fn double_quoted(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if breaks_quotes(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether text can be written bare and still be read as this same text by YAML 1.1 and 1.2
/// readers alike; in a date or time field (`dated`), also whether it is a date or a time, which
/// stays bare so that readers that type dates read it as the date it is.
fn plain_is_safe(s: &str, dated: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if first.is_whitespace() || s.ends_with(char::is_whitespace) || s.ends_with(':') {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.chars().any(breaks_quotes) || s.contains(": ") || s.contains(" #") {
        return false;
    }
    (dated && is_date_or_time(s)) || !looks_typed(s)
}

/// Whether some reader might take text for something else: a null, a boolean, a number in any
/// notation, a date or a time, or YAML 1.1's merge key `<<` and value key `=`.
fn looks_typed(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let special = [
        "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off", ".nan", ".inf", "-.inf",
        "+.inf", "<<", "=",
    ];
    if special.contains(&lower.as_str()) {
        return true;
    }
    // Anything that might be read as a number by some reader (010, 1_000, 12:30, 0x1F, 1e3, .5,
    // 1,000, which Ruby's reader takes for a thousand, and `.`, a float by YAML 1.1's pattern).
    let numeric = |c: char| c.is_ascii_hexdigit() || "xXoObB_.,:+-eE".contains(c);
    let first = s.chars().next().unwrap_or(' ');
    let starts_numeric =
        first.is_ascii_digit() || first == '.' || ("+-".contains(first) && s.len() > 1);
    (starts_numeric && s.chars().all(numeric)) || like_a_date(s)
}

/// A date as YAML 1.1 readers see one: `2026-03-14` or `2026-3-4`, alone or followed by a time
/// (`2026-03-14T09:30:00`, `2026-03-14t09:30:00z`, `2026-03-14 09:30:00 +7`). Text that only
/// starts with a date and a time (`2026-03-14 09:30 họp`) counts too, for looser readers.
fn like_a_date(s: &str) -> bool {
    let b = s.as_bytes();
    // The end of a run of `min..=max` digits from `at`, if there is one.
    let digits = |at: usize, min: usize, max: usize| {
        let n = b
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (n >= min).then_some(at + n)
    };
    let dash = |at: usize| (b.get(at) == Some(&b'-')).then_some(at + 1);
    let end = digits(0, 4, 4)
        .and_then(dash)
        .and_then(|at| digits(at, 1, 2))
        .and_then(dash)
        .and_then(|at| digits(at, 1, 2));
    let Some(end) = end else {
        return false;
    };
    let rest = &s[end..];
    let time = match rest.strip_prefix(['T', 't']) {
        Some(time) => time,
        None => rest.trim_start_matches([' ', '\t']),
    };
    rest.is_empty() || (time.len() < rest.len() && time.starts_with(|c: char| c.is_ascii_digit()))
}

/// `2026-03-14` or `2026-03-14T09:30:00+07:00`.
fn is_date_or_time(s: &str) -> bool {
    let b = s.as_bytes();
    let date = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit);
    date && (b.len() == 10 || chrono::DateTime::parse_from_rfc3339(s).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRICKY: &[&str] = &[
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "Yes",
        "NO",
        "~",
        "null",
        "1e3",
        "0o12",
        "2026-03-14",
        "12:30",
        "0x1F",
        "1_000",
        "- a",
        "a: b",
        "#x",
        "'q'",
        " lead",
        "trail ",
        ".5",
        "+1",
        "true",
        "False",
        "=SUM(A1)",
        "@x",
        "a\tb",
        "multi\nline",
        "multi\nline ",
        "010",
        "Ngày 1",
        "15/QĐ-BQL",
        "",
        "a #b",
        "x:",
        "line\n\nwith gap",
        " x\ny",
        "ends\n",
        "bell\u{7}",
        "quote \"x\" and 'y'",
        "back\\slash",
        "-",
        "-5",
        "1.200",
        "2026-13-45x",
        "Đ",
        "?",
        "2026-03-14T09:30:00+07:00",
        "=",
        "<<",
        "a\r\nb",
        "\u{fffe}",
        "a\u{ffff}b",
    ];

    #[test]
    fn every_string_reads_back_as_itself() {
        let mut m = Mapping::new();
        for (i, s) in TRICKY.iter().enumerate() {
            m.insert(format!("k{i:02}").into(), Value::String(s.to_string()));
        }
        let doc = Value::Mapping(m);
        let text = to_yaml(&doc);
        let back: Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, doc, "{text}");
        assert_eq!(to_yaml(&back), text);
    }

    #[test]
    fn words_older_readers_take_for_other_types_are_quoted() {
        for s in [
            "yes",
            "no",
            "on",
            "off",
            "y",
            "N",
            "1_000",
            "12:30",
            "010",
            "0x1F",
            "1.200",
            "~",
            "2026-03-14",
            "2026-03-14T09:30:00+07:00",
        ] {
            let text = to_yaml(&std::collections::BTreeMap::from([("k", s)]));
            assert!(text.starts_with("k: '"), "{s}: {text}");
        }
        for s in [
            "Nguyễn Văn An",
            "15/QĐ-BQL",
            "=SUM(A1)",
            "2026-03-14 họp",
            "2026-Q1",
        ] {
            assert_eq!(
                to_yaml(&std::collections::BTreeMap::from([("k", s)])),
                format!("k: {s}\n")
            );
        }
    }

    #[test]
    fn nested_shapes_match_the_usual_layout() {
        let doc: Value = serde_yaml::from_str(
            "id: X\nperson:\n  name: A\nmeasures:\n- kind: k\n  decided_on: 2026-03-05\n- kind: j\ntopics:\n- coi\n- gifts\nnote: |-\n  a\n\n  b\nempty: []\n",
        )
        .unwrap();
        let text = "id: X\nperson:\n  name: A\nmeasures:\n- kind: k\n  decided_on: 2026-03-05\n- kind: j\ntopics:\n- coi\n- gifts\nnote: |-\n  a\n\n  b\nempty: []\n";
        assert_eq!(
            write(&doc, Some(Type::Object(crate::model::Case::FIELDS))),
            text
        );
        // Without the schema the date is text like any other, and quoted.
        assert_eq!(
            to_yaml(&doc),
            text.replace("decided_on: 2026-03-05", "decided_on: '2026-03-05'")
        );
    }

    #[test]
    fn a_multi_line_key_stays_on_its_line() {
        let doc = Value::Mapping(Mapping::from_iter([("a\nb".into(), "c\nd".into())]));
        let text = to_yaml(&doc);
        assert_eq!(text, "\"a\\nb\": |-\n  c\n  d\n");
        assert_eq!(serde_yaml::from_str::<Value>(&text).unwrap(), doc);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::model::values::normalize_text;
    use crate::model::{Case, Gift};

    fn base_case() -> Case {
        serde_yaml::from_str(
            "id: XDLI-2026-001\nunit: VP\nperson: {name: A}\nsituation_type: art29_8\nsituation: x\nsource: self_report\nknown_on: 2026-03-02\n",
        )
        .unwrap()
    }

    proptest! {
        /// A record with any text in it is written, read back equal, and written again
        /// byte for byte.
        #[test]
        fn records_round_trip(
            name in "\\PC{1,40}",
            situation in "\\PC{0,80}|[a-z: #'\"\\n-]{0,80}",
            note in proptest::option::of("\\PC{0,40}|yes|no|on|off|~|null|[0-9_:.]{1,8}"),
            value in any::<u64>(),
        ) {
            let mut case = base_case();
            case.person.name = normalize_text(&name);
            case.situation = normalize_text(&situation);
            case.note = note.map(|n| normalize_text(&n));
            let text = record_yaml(&case);
            let back: Case = serde_yaml::from_str(&text).unwrap();
            prop_assert_eq!(&back, &case);
            prop_assert_eq!(record_yaml(&back), text);

            let gift: Gift = serde_yaml::from_str(&format!(
                "id: QT-2026-001\nunit: VP\nrecipient: {{name: A}}\nreceived_on: 2026-02-10\ngiver: {{name: B}}\nkind: cash\ndescription: x\nvalue_vnd: {value}\n"
            )).unwrap();
            let text = record_yaml(&gift);
            prop_assert_eq!(record_yaml(&serde_yaml::from_str::<Gift>(&text).unwrap()), text);
        }

        /// Whatever bytes a file holds, reading it gives a record or findings, never a panic.
        #[test]
        fn any_bytes_are_read_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), tail in "\\PC{0,80}") {
            let mut input = b"id: XDLI-2026-001\nunit: VP\n".to_vec();
            input.extend(bytes);
            input.extend(tail.as_bytes());
            let cal = crate::rules::calendar::Calendar::shipped();
            let units = vec!["VP".to_string()];
            let tasks = crate::rules::plan::TaskCodes::new(15);
            let checks = crate::rules::file::Checks { units: Some(&units), calendar: cal, tasks: Some(&tasks), today: None };
            let parsed = crate::rules::file::parse::<Case>("cases/2026/XDLI-2026-001.yaml".into(), &input, checks);
            prop_assert!(parsed.record.is_some() || !parsed.findings.is_empty());
        }
    }
}

/// What other YAML readers take a bare scalar for: the implicit resolvers of YAML 1.1 as
/// PyYAML's `resolver.py` writes them, YAML 1.1's own type definitions (yaml.org/type, which
/// add `y` and `n` and a looser float), and the core and JSON schemas of YAML 1.2. The patterns
/// are copied as their sources write them and read by a small matcher.
#[cfg(test)]
pub(crate) mod readers {
    /// A regular expression of the few forms the resolvers use.
    enum Re {
        Char(char),
        Class(Vec<(char, char)>),
        Seq(Vec<Re>),
        Alt(Vec<Re>),
        Repeat(Box<Re>, usize, usize),
    }

    /// Python's verbose syntax: blanks outside a class are ignored; `^` and `$` are the ends of
    /// the text, as a match is always of the whole of it.
    fn parse(pattern: &str) -> Re {
        let p: Vec<char> = pattern.chars().collect();
        let mut i = 0;
        let re = alternatives(&p, &mut i);
        assert_eq!(i, p.len(), "{pattern}");
        re
    }

    fn alternatives(p: &[char], i: &mut usize) -> Re {
        let mut alts = vec![sequence(p, i)];
        while p.get(*i) == Some(&'|') {
            *i += 1;
            alts.push(sequence(p, i));
        }
        Re::Alt(alts)
    }

    fn sequence(p: &[char], i: &mut usize) -> Re {
        let mut items = Vec::new();
        while let Some(&c) = p.get(*i) {
            let atom = match c {
                '|' | ')' => break,
                ' ' | '\n' | '^' | '$' => {
                    *i += 1;
                    continue;
                }
                '(' => {
                    assert_eq!(p[*i..*i + 3], ['(', '?', ':']);
                    *i += 3;
                    let inner = alternatives(p, i);
                    assert_eq!(p[*i], ')');
                    *i += 1;
                    inner
                }
                '[' => {
                    *i += 1;
                    let mut ranges = Vec::new();
                    while p[*i] != ']' {
                        let from = literal(p, i);
                        if p[*i] == '-' && p[*i + 1] != ']' {
                            *i += 1;
                            ranges.push((from, literal(p, i)));
                        } else {
                            ranges.push((from, from));
                        }
                    }
                    *i += 1;
                    Re::Class(ranges)
                }
                _ => Re::Char(literal(p, i)),
            };
            let (min, max) = match p.get(*i) {
                Some('?') => (0, 1),
                Some('*') => (0, usize::MAX),
                Some('+') => (1, usize::MAX),
                _ => {
                    items.push(atom);
                    continue;
                }
            };
            *i += 1;
            items.push(Re::Repeat(Box::new(atom), min, max));
        }
        Re::Seq(items)
    }

    fn literal(p: &[char], i: &mut usize) -> char {
        *i += 1;
        if p[*i - 1] != '\\' {
            return p[*i - 1];
        }
        *i += 1;
        match p[*i - 1] {
            't' => '\t',
            c => c,
        }
    }

    /// Whether `re` matches `s` from `i` on so that `rest` accepts where it ends.
    fn matches(re: &Re, s: &[char], i: usize, rest: &dyn Fn(usize) -> bool) -> bool {
        match re {
            Re::Char(c) => s.get(i) == Some(c) && rest(i + 1),
            Re::Class(ranges) => {
                s.get(i)
                    .is_some_and(|c| ranges.iter().any(|(a, b)| (a..=b).contains(&c)))
                    && rest(i + 1)
            }
            Re::Seq(items) => sequence_matches(items, s, i, rest),
            Re::Alt(alts) => alts.iter().any(|a| matches(a, s, i, rest)),
            Re::Repeat(atom, min, max) => repeat_matches(atom, *min, *max, s, i, rest),
        }
    }

    fn sequence_matches(items: &[Re], s: &[char], i: usize, rest: &dyn Fn(usize) -> bool) -> bool {
        match items.split_first() {
            None => rest(i),
            Some((first, others)) => {
                matches(first, s, i, &|j| sequence_matches(others, s, j, rest))
            }
        }
    }

    /// Greedy, as Python's are.
    fn repeat_matches(
        atom: &Re,
        min: usize,
        max: usize,
        s: &[char],
        i: usize,
        rest: &dyn Fn(usize) -> bool,
    ) -> bool {
        let more =
            |j: usize| j > i && repeat_matches(atom, min.saturating_sub(1), max - 1, s, j, rest);
        (max > 0 && matches(atom, s, i, &more)) || (min == 0 && rest(i))
    }

    thread_local! {
        static PARSED: std::cell::RefCell<std::collections::HashMap<&'static str, std::rc::Rc<Re>>> =
            Default::default();
    }

    /// Whether the whole of `text` matches `pattern`.
    pub fn full_match(pattern: &'static str, text: &str) -> bool {
        let re = PARSED.with_borrow_mut(|parsed| {
            parsed
                .entry(pattern)
                .or_insert_with(|| std::rc::Rc::new(parse(pattern)))
                .clone()
        });
        let s: Vec<char> = text.chars().collect();
        matches(&re, &s, 0, &|end| end == s.len())
    }

    /// A resolver: the tag, the pattern, and the first characters it is tried for. (PyYAML
    /// tries a resolver only for the first characters it was added with; the empty text only
    /// for null.)
    type Resolver = (&'static str, &'static str, &'static str);

    /// PyYAML's `resolver.py`, in the order it adds them.
    const PYYAML: &[Resolver] = &[
        (
            "bool",
            r"^(?:yes|Yes|YES|no|No|NO
                    |true|True|TRUE|false|False|FALSE
                    |on|On|ON|off|Off|OFF)$",
            "yYnNtTfFoO",
        ),
        (
            "float",
            r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                    |[-+]?\.(?:inf|Inf|INF)
                    |\.(?:nan|NaN|NAN))$",
            "-+0123456789.",
        ),
        (
            "int",
            r"^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$",
            "-+0123456789",
        ),
        ("merge", r"^(?:<<)$", "<"),
        (
            "null",
            r"^(?: ~
                    |null|Null|NULL
                    | )$",
            "~nN",
        ),
        (
            "timestamp",
            r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                     (?:[Tt]|[ \t]+)[0-9][0-9]?
                     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$",
            "0123456789",
        ),
        ("value", r"^(?:=)$", "="),
        ("yaml", r"^(?:!|&|\*)$", "!&*"),
    ];

    /// The tag PyYAML gives a bare scalar.
    pub fn pyyaml(text: &str) -> &'static str {
        let tried = |tag: &str, firsts: &str| match text.chars().next() {
            Some(first) => firsts.contains(first),
            None => tag == "null",
        };
        PYYAML
            .iter()
            .find(|(tag, pattern, firsts)| tried(tag, firsts) && full_match(pattern, text))
            .map_or("str", |(tag, ..)| tag)
    }

    /// YAML 1.1's types as yaml.org/type defines them (tried for any first character).
    const YAML_1_1: &[(&str, &str)] = &[
        (
            "bool",
            r"y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
        ),
        (
            "float",
            r"[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?
            |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
            |[-+]?\.(?:inf|Inf|INF)
            |\.(?:nan|NaN|NAN)",
        ),
        (
            "int",
            r"[-+]?0b[0-1_]+
            |[-+]?0[0-7_]+
            |[-+]?(?:0|[1-9][0-9_]*)
            |[-+]?0x[0-9a-fA-F_]+
            |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
        ),
        ("merge", r"<<"),
        ("null", r"~|null|Null|NULL|"),
        (
            "timestamp",
            r"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
            |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
             (?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
             (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?",
        ),
        ("value", r"="),
    ];

    /// YAML 1.2's core schema.
    const CORE: &[(&str, &str)] = &[
        ("null", r"null|Null|NULL|~|"),
        ("bool", r"true|True|TRUE|false|False|FALSE"),
        ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"),
        (
            "float",
            r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
            |[-+]?\.(?:inf|Inf|INF)
            |\.(?:nan|NaN|NAN)",
        ),
    ];

    /// YAML 1.2's JSON schema.
    const JSON: &[(&str, &str)] = &[
        ("null", r"null"),
        ("bool", r"true|false"),
        ("int", r"-?(?:0|[1-9][0-9]*)"),
        (
            "float",
            r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?",
        ),
    ];

    fn resolve(schema: &[(&'static str, &'static str)], text: &str) -> &'static str {
        schema
            .iter()
            .find(|(_, pattern)| full_match(pattern, text))
            .map_or("str", |(tag, _)| tag)
    }

    /// What each reader takes a bare scalar for, where one takes it for something other
    /// than text: `["PyYAML: timestamp", ...]`.
    pub fn not_text(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut note = |reader: &str, tag: &str| {
            if tag != "str" {
                found.push(format!("{reader}: {tag}"));
            }
        };
        note("PyYAML", pyyaml(text));
        note("YAML 1.1", resolve(YAML_1_1, text));
        note("YAML 1.2 core", resolve(CORE, text));
        note("YAML 1.2 JSON", resolve(JSON, text));
        found
    }

    #[test]
    fn the_resolvers_read_as_their_sources_say() {
        for (text, tag) in [
            ("yes", "bool"),
            ("Off", "bool"),
            ("y", "str"),
            ("2026-02-13", "timestamp"),
            ("2026-2-3", "str"),
            ("2026-2-3 1:00:00", "timestamp"),
            ("2026-02-13t10:00:00z", "str"),
            ("2026-02-13t10:00:00Z", "timestamp"),
            ("2026-02-13 10:00:00", "timestamp"),
            ("2026-02-13T10:00:00.5 +7", "timestamp"),
            ("2026-03-14T09:30:00+07:00", "timestamp"),
            ("2026-02-13x", "str"),
            ("0b1010", "int"),
            ("017", "int"),
            ("018", "str"),
            ("0x1F", "int"),
            ("1_000", "int"),
            ("190:20:30", "int"),
            ("0o17", "str"),
            ("1e3", "str"),
            ("1.0e+3", "float"),
            (".5", "float"),
            ("1_000.5", "float"),
            ("1:20.5", "float"),
            (".inf", "float"),
            ("-.Inf", "float"),
            (".NaN", "float"),
            ("1.", "float"),
            ("~", "null"),
            ("", "null"),
            ("Null", "null"),
            ("nULL", "str"),
            ("<<", "merge"),
            ("=", "value"),
            ("Nguyễn", "str"),
        ] {
            assert_eq!(pyyaml(text), tag, "{text:?}");
        }
        assert_eq!(resolve(YAML_1_1, "y"), "bool");
        assert_eq!(resolve(YAML_1_1, "1.2.3"), "float");
        assert_eq!(resolve(CORE, "0o17"), "int");
        assert_eq!(resolve(CORE, "1e3"), "float");
        assert_eq!(resolve(CORE, "2026-02-13"), "str");
        assert_eq!(resolve(JSON, "-0.5e3"), "float");
        assert_eq!(resolve(JSON, "+1"), "str");
        assert!(not_text("Văn phòng").is_empty());
    }
}

/// Text that looks like another type is quoted, for our readers and every other; dates in date
/// fields stay bare.
#[cfg(test)]
mod read_by_others {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::readers::{not_text, pyyaml};
    use super::*;
    use crate::model::schema::field_at;
    use crate::model::{Case, Gift, Record, Training};
    use crate::yaml::quick;

    /// Text that some YAML reader takes for a date, a number, a boolean, a null or a key.
    #[rustfmt::skip]
    const LOOKS_TYPED: &[&str] = &[
        "2026-02-13", "2026-2-3", "2026-02-13T10:00:00", "2026-02-13 10:00:00",
        "2026-02-13t10:00:00z", "2026-02-13T10:00:00Z", "2026-02-13T10:00:00+07:00",
        "2026-02-13 10:00:00.5 -7", "2026-2-3 1:00:00",
        "0b1010", "017", "010", "0x1F", "0o17", "1_000", "190:20:30", "12:30", "1,000", "-1", "+1",
        "0", "1e3", "1E-3", ".5", "1.", ".", "1_000.5", "1:20.5",
        ".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", ".NAN",
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        "~", "null", "Null", "NULL", "", "<<", "=",
    ];

    /// What `to_yaml` writes for `k` holding this text: what follows `k: `.
    fn written(s: &str) -> String {
        let text = to_yaml(&BTreeMap::from([("k", s)]));
        text.strip_prefix("k: ").unwrap().trim_end().to_string()
    }

    /// Text written under a key is read back as itself by `serde_yaml` and the quick reader,
    /// and, when it is written bare, every other reader takes it for text.
    fn reads_back(s: &str) -> Result<(), TestCaseError> {
        let map = BTreeMap::from([("k".to_string(), s.to_string())]);
        let text = to_yaml(&map);
        let back: BTreeMap<String, String> = serde_yaml::from_str(&text)
            .map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        prop_assert_eq!(&back, &map, "{:?}", text);
        let (node, _) = quick::parse(&text).ok_or_else(|| TestCaseError::fail(text.clone()))?;
        prop_assert_eq!(node.to_value(), serde_yaml::to_value(&map).unwrap());
        let value = written(s);
        if !value.starts_with(['\'', '"', '|']) {
            prop_assert_eq!(&value, s);
            prop_assert!(not_text(s).is_empty(), "{:?} {:?}", s, not_text(s));
        }
        Ok(())
    }

    #[test]
    fn text_that_looks_like_another_type_is_quoted() {
        // What only other readers take for another type: Go's for a date, Ruby's for a
        // number; and a time with a small `z` that no reader reads, quoted to be safe.
        let elsewhere = ["2026-2-3", "1,000", "2026-02-13t10:00:00z"];
        for s in LOOKS_TYPED {
            assert!(!not_text(s).is_empty() || elsewhere.contains(s), "{s:?}");
            let value = written(s);
            assert!(value.starts_with('\''), "{s:?} is written {value}");
            reads_back(s).unwrap();
        }
    }

    /// Every bare scalar of a record file that `coi` wrote: its field path, the scalar, and
    /// whether it is a key.
    fn bare_scalars(text: &str) -> Vec<(String, String, bool)> {
        let (_, outline) = quick::parse(text).expect("coi's own files are read quickly");
        let mut deepest: BTreeMap<usize, String> = BTreeMap::new();
        for (path, line) in outline.lines() {
            let at = deepest.entry(line).or_default();
            if path.len() > at.len() {
                *at = path;
            }
        }
        let mut found = Vec::new();
        let mut block: Option<usize> = None;
        for (i, line) in text.lines().enumerate() {
            let indent = line.len() - line.trim_start_matches(' ').len();
            if let Some(col) = block {
                if line.is_empty() || indent > col {
                    continue;
                }
                block = None;
            }
            let path = deepest.get(&(i + 1)).cloned().unwrap_or_default();
            let mut rest = &line[indent..];
            let mut col = indent;
            while let Some(r) = rest.strip_prefix("- ") {
                rest = r;
                col += 2;
            }
            let key_end = rest
                .find(':')
                .filter(|&end| matches!(rest.as_bytes().get(end + 1), None | Some(b' ')));
            if let Some(end) = key_end {
                let key = &rest[..end];
                if !key.starts_with('\'') {
                    found.push((path.clone(), key.to_string(), true));
                }
                rest = rest[end + 1..].trim_start_matches(' ');
            }
            if rest == "|-" {
                block = Some(col);
            } else if !(rest.is_empty()
                || rest.starts_with(['\'', '"'])
                || rest == "[]"
                || rest == "{}")
            {
                found.push((path, rest.to_string(), false));
            }
        }
        found
    }

    /// In a record file, every bare key and text is text to every reader, every bare date or
    /// time a timestamp to a YAML 1.1 reader, and the file reads back as the record.
    fn record_is_read_back<R: Record + PartialEq + std::fmt::Debug>(
        record: &R,
    ) -> Result<String, TestCaseError> {
        let text = record_yaml(record);
        let back: R =
            serde_yaml::from_str(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(&back, record);
        let (node, _) = quick::parse(&text).ok_or_else(|| TestCaseError::fail(text.clone()))?;
        prop_assert_eq!(
            node.to_value(),
            serde_yaml::from_str::<Value>(&text).unwrap()
        );
        for (path, scalar, key) in bare_scalars(&text) {
            let ty = field_at(R::FIELDS, &path).map(|f| f.ty);
            match ty {
                _ if key => prop_assert!(not_text(&scalar).is_empty(), "key {}", scalar),
                Some(Type::Date | Type::Time) => {
                    prop_assert_eq!(pyyaml(&scalar), "timestamp", "{}: {}", path, scalar)
                }
                Some(Type::Money | Type::Count) => prop_assert_eq!(pyyaml(&scalar), "int"),
                Some(Type::Bool) => prop_assert_eq!(pyyaml(&scalar), "bool"),
                _ => prop_assert!(
                    not_text(&scalar).is_empty(),
                    "{}: {} {:?}",
                    path,
                    scalar,
                    not_text(&scalar)
                ),
            }
        }
        Ok(text)
    }

    fn case() -> Case {
        serde_yaml::from_str(
            "id: XDLI-2026-001\nunit: VP\nperson: {name: Nguyễn Văn An}\nsituation_type: art29_8\nsituation: x\nsource: self_report\nknown_on: 2026-03-02\nmeasures:\n- {kind: temporary_transfer, decided_on: 2026-03-05, decision_no: 2026-03-05}\nhistory:\n- {at: '2026-03-14T09:30:00+07:00', by: A, action: created, note: '2026-02-13T10:00:00'}\n",
        )
        .unwrap()
    }

    fn gift() -> Gift {
        serde_yaml::from_str(
            "id: QT-2026-001\nunit: VP\nrecipient: {name: A}\nreceived_on: 2026-02-10\ngiver: {name: B}\nkind: cash\ndescription: x\nvalue_vnd: 500000\nrelated_to_duty: true\nhanded_over_on: 2026-02-12\nhandling: {outcome: state_budget, decided_on: 2026-02-13}\n",
        )
        .unwrap()
    }

    fn training() -> Training {
        serde_yaml::from_str(
            "id: TH-2026-001\ntitle: '2026-02-13'\nform: conference\ntopics: [coi, gifts]\nstart_on: 2026-02-13\norganizer: VP\nparticipants: 12\nplan_ref: 2026-02-13 10:00:00\n",
        )
        .unwrap()
    }

    #[test]
    fn a_text_field_that_looks_like_a_date_is_quoted_and_a_date_field_is_not() {
        let mut case = case();
        case.person.position = Some("2026-02-13".into());
        let text = record_is_read_back(&case).unwrap();
        for line in [
            "  position: '2026-02-13'\n",
            "known_on: 2026-03-02\n",
            "  decided_on: 2026-03-05\n",
            "  decision_no: '2026-03-05'\n",
            "- at: 2026-03-14T09:30:00+07:00\n",
            "  note: '2026-02-13T10:00:00'\n",
        ] {
            assert!(text.contains(line), "{line:?} in\n{text}");
        }

        let mut gift = gift();
        gift.handling.as_mut().unwrap().voucher_no = Some("2026-02-13".into());
        let text = record_is_read_back(&gift).unwrap();
        for line in [
            "received_on: 2026-02-10\n",
            "handed_over_on: 2026-02-12\n",
            "  decided_on: 2026-02-13\n",
            "  voucher_no: '2026-02-13'\n",
            "value_vnd: 500000\n",
            "related_to_duty: true\n",
        ] {
            assert!(text.contains(line), "{line:?} in\n{text}");
        }

        let text = record_is_read_back(&training()).unwrap();
        for line in [
            "title: '2026-02-13'\n",
            "start_on: 2026-02-13\n",
            "plan_ref: '2026-02-13 10:00:00'\n",
        ] {
            assert!(text.contains(line), "{line:?} in\n{text}");
        }
    }

    /// Text of the sorts readers type: dates and times, numbers in every notation, the words
    /// of booleans and nulls, and any of them with a little before or after.
    fn tricky() -> impl Strategy<Value = String> {
        let seed = prop_oneof![
            proptest::sample::select(LOOKS_TYPED).prop_map(str::to_string),
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \t]{1,2})[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,3})?([ \t]?(Z|z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?",
            "[-+]?[0-9.:_,eExXoObBaAfF]{1,10}",
            "[-+]?[0-9]{1,3}(:[0-5]?[0-9]){1,2}(\\.[0-9_]{0,2})?",
            "[-+]?\\.([iI][nN][fF]|[nN][aA][nN])|[iI]nf(inity)?|[nN]a[nN]",
            "[yYnNoOtTfF][a-zA-Z]{0,4}",
            "\\PC{0,12}",
        ];
        (
            "|x|-|\\.|:| |Ngày |'|\"|#|- |[a-z]{1,3}",
            seed,
            "|x|-|T|t|:|\\.|,| | họp|:x| #|\t|\n[a-z]{0,3}",
        )
            .prop_map(|(before, seed, after)| format!("{before}{seed}{after}"))
    }

    proptest! {
        #[test]
        fn tricky_text_reads_back_as_text(s in tricky()) {
            reads_back(&s)?;
        }

        #[test]
        fn tricky_text_in_records_reads_back_as_text(
            position in tricky(),
            note in tricky(),
            voucher in tricky(),
            plan in tricky(),
        ) {
            let mut case = case();
            case.person.position = Some(position.clone());
            case.situation = note.clone();
            case.history[0].note = Some(note);
            case.measures[0].decision_no = Some(voucher.clone());
            record_is_read_back(&case)?;

            let mut gift = gift();
            gift.handling.as_mut().unwrap().voucher_no = Some(voucher);
            gift.giver.position = Some(position);
            record_is_read_back(&gift)?;

            let mut training = training();
            training.plan_ref = Some(plan.clone());
            training.title = plan;
            record_is_read_back(&training)?;
        }
    }
}
