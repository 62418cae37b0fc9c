//! The canonical text of a record: a small YAML writer with one style for everything, so that
//! a file written by `coi` and read back is written again byte for byte, and so that every
//! YAML reader, the older YAML 1.1 ones included, reads back exactly the values we wrote
//! (`no` and `on` stay text, `010` stays text, `1_000` stays text).

use serde::Serialize;
use serde_yaml::{Mapping, Value};

/// The canonical YAML of a serialisable value: keys in the order the type gives them.
pub fn to_yaml<T: Serialize + ?Sized>(value: &T) -> String {
    let value = serde_yaml::to_value(value).expect("records serialise to YAML values");
    let mut out = String::new();
    match &value {
        Value::Mapping(m) if !m.is_empty() => mapping(m, 0, &mut out),
        Value::Sequence(items) if !items.is_empty() => sequence(items, 0, &mut out),
        other => {
            inline(other, 0, &mut out);
            out.push('\n');
        }
    }
    out
}

fn indent(n: usize, out: &mut String) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn mapping(m: &Mapping, level: usize, out: &mut String) {
    for (i, (key, value)) in m.iter().enumerate() {
        if i > 0 {
            indent(level, out);
        }
        inline(key, level, out);
        out.push(':');
        entry_value(value, level, out);
    }
}

/// The value after `key:` or after `- `.
fn entry_value(value: &Value, level: usize, out: &mut String) {
    match value {
        Value::Mapping(m) if !m.is_empty() => {
            out.push('\n');
            indent(level + 2, out);
            mapping(m, level + 2, out);
        }
        // Lists under a key sit at the key's own indentation, as most YAML writers do.
        Value::Sequence(items) if !items.is_empty() => {
            out.push('\n');
            indent(level, out);
            sequence(items, level, out);
        }
        other => {
            out.push(' ');
            inline(other, level, out);
            out.push('\n');
        }
    }
}

fn sequence(items: &[Value], level: usize, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            indent(level, out);
        }
        out.push('-');
        match item {
            Value::Mapping(m) if !m.is_empty() => {
                out.push(' ');
                mapping(m, level + 2, out);
            }
            Value::Sequence(inner) if !inner.is_empty() => {
                out.push(' ');
                sequence(inner, level + 2, out);
            }
            other => {
                out.push(' ');
                inline(other, level + 2, out);
                out.push('\n');
            }
        }
    }
}

/// A value on one line (or a block of text starting on this line).
fn inline(value: &Value, level: usize, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => string(s, level, out),
        Value::Sequence(_) => out.push_str("[]"),
        Value::Mapping(_) => out.push_str("{}"),
        Value::Tagged(t) => inline(&t.value, level, out),
    }
}

fn string(s: &str, level: usize, out: &mut String) {
    if plain_is_safe(s) {
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

/// Characters a YAML reader takes as line breaks or otherwise changes inside quotes: controls,
/// the Unicode line and paragraph separators, a byte-order mark. They need double quotes and
/// escapes.
fn breaks_quotes(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
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
/// readers alike.
fn plain_is_safe(s: &str) -> bool {
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
    if is_date_or_time(s) {
        // Dates stay bare: readers that type them read them as the dates they are.
        return true;
    }
    let lower = s.to_ascii_lowercase();
    let special = [
        "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off", ".nan", ".inf", "-.inf",
        "+.inf", "<<", "=",
    ];
    if special.contains(&lower.as_str()) {
        return false;
    }
    // Anything that might be read as a number by some reader (010, 1_000, 12:30, 0x1F, 1e3, .5).
    let numeric = |c: char| c.is_ascii_hexdigit() || "xXoObB_.:+-eE".contains(c);
    let starts_numeric = first.is_ascii_digit() || (".+-".contains(first) && s.len() > 1);
    !(starts_numeric && s.chars().all(numeric))
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
            "yes", "no", "on", "off", "y", "N", "1_000", "12:30", "010", "0x1F", "1.200", "~",
        ] {
            let text = to_yaml(&std::collections::BTreeMap::from([("k", s)]));
            assert!(text.starts_with("k: '"), "{s}: {text}");
        }
        for s in ["2026-03-14", "Nguyễn Văn An", "15/QĐ-BQL", "=SUM(A1)"] {
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
        assert_eq!(
            to_yaml(&doc),
            "id: X\nperson:\n  name: A\nmeasures:\n- kind: k\n  decided_on: 2026-03-05\n- kind: j\ntopics:\n- coi\n- gifts\nnote: |-\n  a\n\n  b\nempty: []\n"
        );
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
            let text = to_yaml(&case);
            let back: Case = serde_yaml::from_str(&text).unwrap();
            prop_assert_eq!(&back, &case);
            prop_assert_eq!(to_yaml(&back), text);

            let gift: Gift = serde_yaml::from_str(&format!(
                "id: QT-2026-001\nunit: VP\nrecipient: {{name: A}}\nreceived_on: 2026-02-10\ngiver: {{name: B}}\nkind: cash\ndescription: x\nvalue_vnd: {value}\n"
            )).unwrap();
            let text = to_yaml(&gift);
            prop_assert_eq!(to_yaml(&serde_yaml::from_str::<Gift>(&text).unwrap()), text);
        }

        /// Whatever bytes a file holds, reading it gives a record or findings, never a panic.
        #[test]
        fn any_bytes_are_read_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), tail in "\\PC{0,80}") {
            let mut input = b"id: XDLI-2026-001\nunit: VP\n".to_vec();
            input.extend(bytes);
            input.extend(tail.as_bytes());
            let cal = crate::rules::calendar::Calendar::shipped();
            let units = vec!["VP".to_string()];
            let checks = crate::rules::file::Checks { units: Some(&units), calendar: cal };
            let parsed = crate::rules::file::parse::<Case>("cases/2026/XDLI-2026-001.yaml".into(), &input, checks);
            prop_assert!(parsed.record.is_some() || !parsed.findings.is_empty());
        }
    }
}
