//! The words of another library: what the YAML reader (yaml_serde and its libyaml, and saphyr)
//! says about a file it cannot read as YAML, only as English text, told in the clerk's
//! language. It gives no structured kind of problem, so this is the one place where its text is
//! read; each phrase is in [`YAML_PROBLEMS`], and the tests feed the reader real broken files and
//! check every message it gives. A phrase not known here is kept as it is. What a file's fields
//! hold is never read from a reader's words: `coi.yaml`, plans, records and command-line values
//! are checked against their field tables first (see `rules::validate`).

use super::msg::*;
use super::{Label, Text};

/// The YAML reader's own problems and contexts, in their English words and in Vietnamese.
/// [`yaml_problem`] shows a reader's message in the clerk's language with these.
pub const YAML_PROBLEMS: &[Label] = &[
    Label::new(
        "không được có mục danh sách «- » ở chỗ này (kiểm tra thụt lề)",
        "block sequence entries are not allowed in this context",
    ),
    Label::new(
        "không được có ký tự điều khiển",
        "control characters are not allowed",
    ),
    Label::new(
        "thiếu dấu «:» sau tên trường",
        "could not find expected ':'",
    ),
    Label::new(
        "thiếu tên chỉ thị",
        "could not find expected directive name",
    ),
    Label::new(
        "thiếu byte mã hóa trong URI",
        "did not find URI escaped octet",
    ),
    Label::new("thiếu dấu «!»", "did not find expected '!'"),
    Label::new("thiếu dấu «,» hoặc «]»", "did not find expected ',' or ']'"),
    Label::new("thiếu dấu «,» hoặc «}»", "did not find expected ',' or '}'"),
    Label::new(
        "thiếu dấu «-» của mục danh sách (kiểm tra thụt lề)",
        "did not find expected '-' indicator",
    ),
    Label::new(
        "không thấy chỗ bắt đầu tài liệu",
        "did not find expected <document start>",
    ),
    Label::new(
        "không thấy chỗ bắt đầu tệp",
        "did not find expected <stream-start>",
    ),
    Label::new(
        "cần một chữ cái hoặc chữ số",
        "did not find expected alphabetic or numeric character",
    ),
    Label::new(
        "cần chú thích hoặc xuống dòng",
        "did not find expected comment or line break",
    ),
    Label::new(
        "cần chữ số hoặc dấu «.»",
        "did not find expected digit or '.' character",
    ),
    Label::new(
        "cần một số thập lục phân",
        "did not find expected hexadecimal number",
    ),
    Label::new(
        "thiếu tên trường (kiểm tra thụt lề)",
        "did not find expected key",
    ),
    Label::new("thiếu giá trị", "did not find expected node content"),
    Label::new("thiếu URI của thẻ", "did not find expected tag URI"),
    Label::new("thiếu số phiên bản", "did not find expected version number"),
    Label::new(
        "cần dấu cách hoặc xuống dòng",
        "did not find expected whitespace or line break",
    ),
    Label::new("cần dấu cách", "did not find expected whitespace"),
    Label::new("thiếu dấu «>»", "did not find the expected '>'"),
    Label::new(
        "thiếu nửa sau của một cặp UTF-16",
        "expected low surrogate area",
    ),
    Label::new(
        "ký tự tab làm sai thụt lề (thụt lề bằng dấu cách)",
        "found a tab character that violates indentation",
    ),
    Label::new(
        "gặp ký tự tab ở chỗ cần dấu cách thụt lề",
        "found a tab character where an indentation space is expected",
    ),
    Label::new(
        "byte đầu UTF-8 không đúng",
        "found an incorrect leading UTF-8 octet",
    ),
    Label::new(
        "byte sau UTF-8 không đúng",
        "found an incorrect trailing UTF-8 octet",
    ),
    Label::new(
        "chỉ báo thụt lề bằng 0",
        "found an indentation indicator equal to 0",
    ),
    Label::new(
        "gặp ký tự không thể mở đầu một giá trị (đặt giá trị trong dấu nháy \"…\")",
        "found character that cannot start any token",
    ),
    Label::new("chỉ thị %TAG bị lặp", "found duplicate %TAG directive"),
    Label::new("chỉ thị %YAML bị lặp", "found duplicate %YAML directive"),
    Label::new(
        "neo bị lặp; lần đầu",
        "found duplicate anchor; first occurrence",
    ),
    Label::new("lần thứ hai", "second occurrence"),
    Label::new(
        "số phiên bản quá dài",
        "found extremely long version number",
    ),
    Label::new(
        "tài liệu YAML không tương thích",
        "found incompatible YAML document",
    ),
    Label::new(
        "mã ký tự Unicode sau «\\» không hợp lệ",
        "found invalid Unicode character escape code",
    ),
    Label::new("gặp bí danh chưa định nghĩa", "found undefined alias"),
    Label::new(
        "gặp tiền tố thẻ chưa định nghĩa",
        "found undefined tag handle",
    ),
    Label::new("gặp dấu «:» không đúng chỗ", "found unexpected ':'"),
    Label::new(
        "gặp dấu «---» hoặc «...» không đúng chỗ",
        "found unexpected document indicator",
    ),
    Label::new(
        "tệp kết thúc giữa chừng (có thể thiếu dấu nháy đóng)",
        "found unexpected end of stream",
    ),
    Label::new(
        "gặp ký tự không phải chữ cái",
        "found unexpected non-alphabetical character",
    ),
    Label::new("tên chỉ thị không biết", "found unknown directive name"),
    Label::new(
        "ký tự sau dấu «\\» không hợp lệ (viết «\\\\» cho một dấu «\\»)",
        "found unknown escape character",
    ),
    Label::new("ký tự UTF-16 không đầy đủ", "incomplete UTF-16 character"),
    Label::new(
        "cặp UTF-16 không đầy đủ",
        "incomplete UTF-16 surrogate pair",
    ),
    Label::new(
        "chuỗi byte UTF-8 không đầy đủ",
        "incomplete UTF-8 octet sequence",
    ),
    Label::new("lỗi đọc dữ liệu", "input error"),
    Label::new("dữ liệu quá dài", "input is too long"),
    Label::new("ký tự Unicode không hợp lệ", "invalid Unicode character"),
    Label::new("byte đầu UTF-8 không hợp lệ", "invalid leading UTF-8 octet"),
    Label::new(
        "độ dài chuỗi UTF-8 không hợp lệ",
        "invalid length of a UTF-8 sequence",
    ),
    Label::new(
        "byte sau UTF-8 không hợp lệ",
        "invalid trailing UTF-8 octet",
    ),
    Label::new(
        "không được có tên trường ở chỗ này",
        "mapping keys are not allowed in this context",
    ),
    Label::new(
        "không được có «tên: giá trị» ở chỗ này (kiểm tra thụt lề; giá trị có «: » thì đặt trong dấu nháy)",
        "mapping values are not allowed in this context",
    ),
    Label::new(
        "gặp nửa sau của một cặp UTF-16 không đúng chỗ",
        "unexpected low surrogate area",
    ),
    Label::new("gặp bí danh (*…) chưa định nghĩa", "unknown anchor"),
    Label::new("lồng nhau quá sâu", "recursion limit exceeded"),
    Label::new("bí danh lặp lại quá nhiều lần", "repetition limit exceeded"),
    Label::new(
        "tệp kết thúc khi đang đọc một giá trị",
        "EOF while parsing a value",
    ),
    Label::new("khi đọc chỉ thị %TAG", "while parsing a %TAG directive"),
    Label::new("khi đọc chỉ thị thẻ", "while parsing a tag directive"),
    Label::new("khi đọc một danh sách", "while parsing a block collection"),
    Label::new("khi đọc một nhóm trường", "while parsing a block mapping"),
    Label::new("khi đọc một giá trị", "while parsing a block node"),
    Label::new(
        "khi đọc một nhóm trường trong ngoặc {…}",
        "while parsing a flow mapping",
    ),
    Label::new(
        "khi đọc một giá trị trong ngoặc",
        "while parsing a flow node",
    ),
    Label::new(
        "khi đọc một danh sách trong ngoặc […]",
        "while parsing a flow sequence",
    ),
    Label::new("khi đọc một giá trị", "while parsing a node"),
    Label::new(
        "khi đọc một giá trị trong dấu nháy",
        "while parsing a quoted scalar",
    ),
    Label::new("khi đọc một thẻ", "while parsing a tag"),
    Label::new("khi đọc chỉ thị %TAG", "while scanning a %TAG directive"),
    Label::new("khi đọc chỉ thị %YAML", "while scanning a %YAML directive"),
    Label::new(
        "khi đọc một đoạn văn nhiều dòng",
        "while scanning a block scalar",
    ),
    Label::new("khi đọc một chỉ thị", "while scanning a directive"),
    Label::new("khi đọc một giá trị", "while scanning a plain scalar"),
    Label::new(
        "khi đọc một giá trị trong dấu nháy",
        "while scanning a quoted scalar",
    ),
    Label::new("khi đọc một tên trường", "while scanning a simple key"),
    Label::new("khi đọc chỉ thị thẻ", "while scanning a tag directive"),
    Label::new("khi đọc một thẻ", "while scanning a tag"),
    Label::new("khi đọc một bí danh", "while scanning an alias"),
    Label::new("khi đọc một neo", "while scanning an anchor"),
    Label::new(
        "khi tìm phần tiếp theo",
        "while scanning for the next token",
    ),
    Label::new(
        "tệp có hơn một tài liệu YAML (bỏ dòng «---» ở giữa tệp)",
        "deserializing from YAML containing more than one document is not supported",
    ),
    Label::new(
        "sau «<<:» cần một nhóm trường hoặc danh sách nhóm trường, nhưng gặp một giá trị",
        "expected a mapping or list of mappings for merging, but found scalar",
    ),
    Label::new(
        "sau «<<:» cần một nhóm trường, nhưng gặp một giá trị",
        "expected a mapping for merging, but found scalar",
    ),
    Label::new(
        "sau «<<:» cần một nhóm trường, nhưng gặp một danh sách",
        "expected a mapping for merging, but found sequence",
    ),
    Label::new(
        "không được có thẻ (!…) sau «<<:»",
        "unexpected tagged value in merge",
    ),
    Label::new("thẻ YAML (!…) rỗng", "empty YAML tag is not allowed"),
    Label::new("không đọc được số", "failed to parse YAML number"),
];

/// A YAML reader's message, `problem at line 2 column 7, while … at line 1 column 5`, with each
/// known phrase and place in the clerk's language; a phrase not in [`YAML_PROBLEMS`] stays as it
/// is (a newer reader may say something new).
pub fn yaml_problem(detail: &str) -> Text {
    // A context (`, while parsing a block mapping at …`) follows the problem; a comma inside a
    // problem (`expected `a`, `b``) does not start one.
    let context = detail.match_indices(", while ").map(|(i, _)| i).find(|&i| {
        ["while parsing ", "while scanning "]
            .iter()
            .any(|c| detail[i + 2..].starts_with(c))
    });
    let (problem, context) = match context {
        Some(i) => (&detail[..i], Some(&detail[i + 2..])),
        None => (detail, None),
    };
    let mut parts = vec![yaml_part(problem)];
    parts.extend(context.map(yaml_part));
    Text::joined(&parts, ", ")
}

fn yaml_phrase(phrase: &str) -> Text {
    if let Some(key) = phrase.strip_prefix("duplicate entry with key ") {
        return yaml_duplicate_key(key);
    }
    YAML_PROBLEMS
        .iter()
        .find(|l| l.en == phrase)
        .map_or_else(|| Text::same(phrase), |&l| l.into())
}

fn yaml_part(part: &str) -> Text {
    let at_line = part.rsplit_once(" at line ").and_then(|(phrase, at)| {
        let (line, column) = at.split_once(" column ")?;
        Some((phrase, yaml_place(line, column)))
    });
    let at_position = || {
        let (phrase, position) = part.rsplit_once(" at position ")?;
        position
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| (phrase, yaml_position(position)))
    };
    match at_line.or_else(at_position) {
        Some((phrase, place)) => yaml_at(yaml_phrase(phrase), place),
        None => yaml_phrase(part),
    }
}

/// The full reader refused a document because a key is given twice.
pub fn is_key_given_twice(detail: &str) -> bool {
    detail.contains("duplicate entry")
}

/// saphyr refused a document because it nests too deeply.
pub fn is_too_deep(info: &str) -> bool {
    info.contains("recursion")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Messages the YAML reader really gives for broken files.
    fn reader_messages() -> Vec<String> {
        let broken = [
            "id: QT-2026-001\nunit: [VP\n",
            "id: QT-2026-001\n  unit: VP\nx: y: z\n",
            "id: \"QT\n",
            "id: QT-2026-001\n\tunit: VP\n",
            "id: QT-2026-001\nunit: VP\nunit: VP\n",
            "id: @x\n",
            "a: *nowhere\n",
            "a: \"\\q\"\n",
            "a: {b: 1\n",
            "- a\nb: c\n",
            "a:\n  - b\n c: d\n",
            "agency: [a\n",
            "agency: A\x07\nunits: []\n",
            "schema: 1\nagency: A\n---\nagency: B\n",
        ];
        broken
            .iter()
            .map(|t| {
                serde_yaml::from_str::<serde_yaml::Value>(t)
                    .expect_err(t)
                    .to_string()
            })
            .collect()
    }

    /// What a field holds is checked against its table, never read from serde's words: this
    /// file matches none of the messages of serde's derived readers.
    #[test]
    fn no_message_of_serdes_typed_readers_is_read_here() {
        let source = include_str!("foreign.rs");
        let (code, _) = source.split_once("#[cfg(test)]").unwrap();
        for words in [
            ["missing", "field"],
            ["unknown", "field"],
            ["unknown", "variant"],
            ["invalid", "type"],
            ["invalid", "value"],
            ["duplicate", "field"],
            ["expected", "struct"],
        ] {
            let phrase = words.join(" ");
            assert!(
                !code.contains(&phrase),
                "foreign.rs reads serde's «{phrase}»"
            );
        }
    }

    #[test]
    fn yaml_reader_messages_are_told_in_vietnamese_and_left_as_they_are_in_english() {
        for detail in reader_messages() {
            let t = yaml_problem(&detail);
            assert_eq!(t.en, detail);
            assert_ne!(t.vi, detail);
            for english in YAML_PROBLEMS.iter().map(|l| l.en) {
                assert!(!t.vi.contains(english), "{detail} -> {}", t.vi);
            }
            for english in [
                " at line ",
                "column",
                "position",
                "while ",
                "field",
                "expected",
                "invalid",
                "unknown",
                "variant",
                "duplicate",
                "floating",
                "input",
                "length",
                "string",
                "one of",
                " or ",
            ] {
                assert!(!t.vi.contains(english), "{detail} -> {}", t.vi);
            }
        }
    }

    #[test]
    fn a_yaml_message_not_in_the_table_is_kept_rather_than_lost() {
        let t = yaml_problem("something new at line 3 column 2");
        assert_eq!(t.vi, "something new ở dòng 3, cột 2");
        assert_eq!(t.en, "something new at line 3 column 2");
    }

    #[test]
    fn only_a_known_context_splits_a_message_at_its_comma() {
        let merge = "expected a mapping for merging, but found scalar at line 2 column 3";
        assert_eq!(
            yaml_problem(merge).vi,
            "sau «<<:» cần một nhóm trường, nhưng gặp một giá trị ở dòng 2, cột 3"
        );
        let odd = "something, while nothing at line 1 column 1";
        assert_eq!(
            yaml_problem(odd).vi,
            "something, while nothing ở dòng 1, cột 1"
        );
    }

    #[test]
    fn each_yaml_phrase_is_in_the_table_once() {
        let mut seen = BTreeSet::new();
        for l in YAML_PROBLEMS {
            assert!(seen.insert(l.en), "{} twice", l.en);
        }
    }

    #[test]
    fn a_key_given_twice_is_known_by_the_full_readers_words() {
        let e = serde_yaml::from_str::<serde_yaml::Value>("a: 1\na: 2\n").unwrap_err();
        assert!(is_key_given_twice(&e.to_string()), "{e}");
        let e = serde_yaml::from_str::<serde_yaml::Value>("a: [1\n").unwrap_err();
        assert!(!is_key_given_twice(&e.to_string()), "{e}");
    }

    #[test]
    fn nesting_too_deep_is_known_by_saphyrs_words() {
        let deep = format!("{}1{}", "[".repeat(3000), "]".repeat(3000));
        assert!(crate::yaml::lines::too_deep(&deep).is_some());
        assert!(crate::yaml::lines::too_deep("a: [1, [2]]\n").is_none());
    }
}
