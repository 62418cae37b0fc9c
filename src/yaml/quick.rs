//! A quick reader for the YAML that `coi` itself writes, which is what nearly every record file
//! holds.
//!
//! It reads a strict subset: block mappings and lists with plain (or single-quoted) keys, plain,
//! quoted and `|-` scalars, `[]` and `{}`; no comments, tags, anchors, flow collections or blank
//! rows between fields. It gives the [`Value`] that `serde_yaml` gives, resolving plain scalars
//! the same way (null, true/false, whole numbers, else text), and where each field is, as
//! [`crate::yaml::lines::LineMap`] finds it. Anything outside the subset, or whose reading is in
//! any doubt (a scalar that a reader might take for another kind of number, a repeated key, a
//! character that a YAML 1.1 reader takes for a line break), gives `None` and the full reader
//! decides, so every finding and message stays what the full reader gives.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::de::{self, IntoDeserializer, Visitor};
use serde_yaml::{Mapping, Value};

use super::doc::{Doc, Number};
use crate::i18n::Text;

/// The document and where its fields are, or `None` when the full YAML reader must decide.
pub fn parse(text: &str) -> Option<(Node<'_>, Outline<'_>)> {
    let mut reader = Reader::new(text)?;
    let doc = reader.document()?;
    Some((doc, Outline(reader.outline)))
}

/// A document as the quick reader reads it: the [`Value`] that `serde_yaml` gives, with its
/// text borrowed from the file where it can be.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    Number(u64),
    Text(Cow<'a, str>),
    List(Vec<Node<'a>>),
    /// Keys are plain text and never repeat.
    Map(Vec<(&'a str, Node<'a>)>),
}

impl Node<'_> {
    pub fn to_value(&self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number((*n).into()),
            Node::Text(s) => Value::String(s.to_string()),
            Node::List(items) => Value::Sequence(items.iter().map(Node::to_value).collect()),
            Node::Map(entries) => Value::Mapping(
                entries
                    .iter()
                    .map(|(k, v)| (Value::String(k.to_string()), v.to_value()))
                    .collect::<Mapping>(),
            ),
        }
    }
}

impl Doc for Node<'_> {
    fn is_mapping(&self) -> bool {
        matches!(self, Node::Map(_))
    }
    fn entries<'b>(&'b self, entry: &mut dyn FnMut(Option<&'b str>, bool, &'b Self)) -> bool {
        let Node::Map(entries) = self else {
            return false;
        };
        for (key, value) in entries {
            entry(Some(key), true, value);
        }
        true
    }
    fn get(&self, key: &str) -> Option<&Self> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn items(&self) -> Option<&[Self]> {
        match self {
            Node::List(items) => Some(items),
            _ => None,
        }
    }
    fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }
    fn is_tagged(&self) -> bool {
        false
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Node::Text(s) => Some(s),
            _ => None,
        }
    }
    fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(b) => Some(*b),
            _ => None,
        }
    }
    fn number(&self) -> Option<Number> {
        match self {
            Node::Number(n) => Some(Number {
                unsigned: Some(*n),
                signed: i64::try_from(*n).ok(),
                float: false,
            }),
            _ => None,
        }
    }
    fn describe(&self) -> Text {
        // Only for messages: as the full reader's value describes itself.
        self.to_value().describe()
    }
}

/// A record that cannot be built from a [`Node`]. The full reader's conversion then says
/// why, so this is never shown.
#[derive(Debug)]
pub struct Unfit;

impl std::fmt::Display for Unfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not built quickly")
    }
}

impl std::error::Error for Unfit {}

impl de::Error for Unfit {
    fn custom<T: std::fmt::Display>(_: T) -> Unfit {
        Unfit
    }
}

/// Builds a record from a node as `serde_yaml::from_value` builds it from the same value;
/// `Err` for anything that is not plainly so.
pub fn build<'de, R: serde::Deserialize<'de>>(node: &'de Node<'de>) -> Result<R, Unfit> {
    R::deserialize(node)
}

impl<'de> de::Deserializer<'de> for &'de Node<'de> {
    type Error = Unfit;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unfit> {
        match self {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Number(n) => visitor.visit_u64(*n),
            Node::Text(Cow::Borrowed(s)) => visitor.visit_borrowed_str(s),
            Node::Text(Cow::Owned(s)) => visitor.visit_str(s),
            Node::List(items) => {
                let mut seq = de::value::SeqDeserializer::new(items.iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Node::Map(entries) => {
                let mut map =
                    de::value::MapDeserializer::new(entries.iter().map(|(k, v)| (Key(k), v)));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unfit> {
        match self {
            Node::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Unfit> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Unfit> {
        match self {
            Node::Text(s) => visitor.visit_enum(s.as_ref().into_deserializer()),
            _ => Err(Unfit),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Unfit> for &'de Node<'de> {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

/// A key of a mapping, read by the record's field names.
struct Key<'de>(&'de str);

impl<'de> IntoDeserializer<'de, Unfit> for Key<'de> {
    type Deserializer = de::value::BorrowedStrDeserializer<'de, Unfit>;
    fn into_deserializer(self) -> Self::Deserializer {
        de::value::BorrowedStrDeserializer::new(self.0)
    }
}

/// Every key and list item of a document, with its line, in the order of the file.
#[derive(Debug)]
pub struct Outline<'a>(Vec<Entry<'a>>);

#[derive(Debug)]
struct Entry<'a> {
    /// The enclosing key or list item, as an index into the outline.
    parent: Option<usize>,
    name: Name<'a>,
    /// 1-based.
    line: usize,
}

#[derive(Debug)]
enum Name<'a> {
    Key(&'a str),
    Item(usize),
}

impl Outline<'_> {
    /// The line of every field path (`person.name`, `measures[1]`); made only for files
    /// with findings.
    pub fn lines(&self) -> HashMap<String, usize> {
        let mut paths: Vec<String> = Vec::with_capacity(self.0.len());
        let mut lines = HashMap::with_capacity(self.0.len());
        for entry in &self.0 {
            let parent = entry.parent.map_or("", |p| paths[p].as_str());
            let path = match (parent, &entry.name) {
                ("", Name::Key(key)) => key.to_string(),
                (parent, Name::Key(key)) => format!("{parent}.{key}"),
                (parent, Name::Item(i)) => format!("{parent}[{i}]"),
            };
            lines.entry(path.clone()).or_insert(entry.line);
            paths.push(path);
        }
        lines
    }
}

/// Records nest three levels; anything much deeper is left to the full reader.
const MAX_DEPTH: usize = 16;

struct Reader<'a> {
    rows: Vec<&'a str>,
    /// The row being read.
    at: usize,
    outline: Vec<Entry<'a>>,
}

/// The leading spaces of a row.
fn indent(row: &str) -> usize {
    row.bytes().take_while(|&b| b == b' ').count()
}

/// The rows of valid UTF-8 text that ends with a line feed, if it holds only printable
/// characters that no YAML reader takes for a line break or refuses: no control characters
/// (C0, DEL, C1) but the line feeds, no U+2028, U+2029, U+FEFF, U+FFFE or U+FFFF.
fn rows(text: &str) -> Option<Vec<&str>> {
    let b = text.as_bytes();
    if b.last() != Some(&b'\n') {
        return None;
    }
    let mut rows = Vec::with_capacity(64);
    let mut start = 0;
    for (i, &byte) in b.iter().enumerate() {
        let bad = match byte {
            b' '..=b'~' => false,
            b'\n' => {
                rows.push(&text[start..i]);
                start = i + 1;
                false
            }
            0x00..=0x1f | 0x7f => true,
            // U+0080–U+009F
            0xc2 => b[i + 1] < 0xa0,
            // U+2028, U+2029
            0xe2 => b[i + 1] == 0x80 && matches!(b[i + 2], 0xa8 | 0xa9),
            // U+FEFF, U+FFFE, U+FFFF
            0xef => matches!((b[i + 1], b[i + 2]), (0xbb, 0xbf) | (0xbf, 0xbe | 0xbf)),
            _ => false,
        };
        if bad {
            return None;
        }
    }
    Some(rows)
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Option<Reader<'a>> {
        Some(Reader {
            rows: rows(text)?,
            at: 0,
            outline: Vec::with_capacity(64),
        })
    }

    /// Notes a key or list item on the current row; its index in the outline.
    fn note(&mut self, parent: Option<usize>, name: Name<'a>) -> usize {
        self.outline.push(Entry {
            parent,
            name,
            line: self.at + 1,
        });
        self.outline.len() - 1
    }

    fn document(&mut self) -> Option<Node<'a>> {
        if indent(self.rows.first()?) != 0 {
            return None;
        }
        let doc = self.mapping(0, 0, None, 0)?;
        (self.at == self.rows.len()).then_some(Node::Map(doc))
    }

    /// A block mapping whose keys sit in column `col`. Its first key starts in column
    /// `first` of the current row (after `- ` when it is a list item).
    fn mapping(
        &mut self,
        col: usize,
        depth: usize,
        parent: Option<usize>,
        first: usize,
    ) -> Option<Vec<(&'a str, Node<'a>)>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut map = Vec::with_capacity(if depth == 0 { 32 } else { 8 });
        let mut start = first;
        loop {
            let row = self.rows[self.at];
            let (key, after) = key(&row[start..])?;
            let entry = self.note(parent, Name::Key(key));
            self.at += 1;
            let value = if after.is_empty() {
                self.nested(col, depth, entry)?
            } else {
                let text = after.strip_prefix(' ')?;
                if text == "|-" {
                    Node::Text(Cow::Owned(self.block(col)?))
                } else {
                    inline(text)?
                }
            };
            if map.iter().any(|(k, _)| *k == key) {
                // A key given twice: the full reader names it.
                return None;
            }
            map.push((key, value));
            let Some(next) = self.rows.get(self.at) else {
                return Some(map);
            };
            let n = indent(next);
            // A row further left, or a list item in our column (of the list we are an
            // item of), ends the mapping; a row further right is not ours to read.
            if n < col || next[n..].starts_with('-') {
                return Some(map);
            }
            if n != col {
                return None;
            }
            start = col;
        }
    }

    /// The value of a key that ends its row: a mapping or a list on the rows below.
    fn nested(&mut self, col: usize, depth: usize, parent: usize) -> Option<Node<'a>> {
        let next = self.rows.get(self.at)?;
        let n = indent(next);
        let rest = &next[n..];
        if rest.starts_with("- ") && n >= col {
            Some(Node::List(self.sequence(n, depth + 1, parent)?))
        } else if n > col && !rest.is_empty() {
            Some(Node::Map(self.mapping(n, depth + 1, Some(parent), n)?))
        } else {
            None
        }
    }

    /// A block list whose `- ` sit in column `col`.
    fn sequence(&mut self, col: usize, depth: usize, parent: usize) -> Option<Vec<Node<'a>>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut items = Vec::new();
        loop {
            let item = self.rows[self.at][col..].strip_prefix("- ")?;
            let entry = self.note(Some(parent), Name::Item(items.len()));
            if key(item).is_some() {
                let inner = col + 2;
                let map = self.mapping(inner, depth + 1, Some(entry), inner)?;
                items.push(Node::Map(map));
            } else {
                self.at += 1;
                items.push(inline(item)?);
            }
            let Some(next) = self.rows.get(self.at) else {
                return Some(items);
            };
            let n = indent(next);
            if n < col || (n == col && !next[n..].starts_with("- ")) {
                return Some(items);
            }
            if n != col {
                return None;
            }
        }
    }

    /// The rows of a `|-` block under a key in column `col`: its text, the line breaks at
    /// its end dropped.
    fn block(&mut self, col: usize) -> Option<String> {
        let first = self.rows.get(self.at)?;
        let inner = indent(first);
        if inner <= col || inner == first.len() {
            return None;
        }
        let mut text = String::new();
        let mut blank = 0;
        while let Some(row) = self.rows.get(self.at) {
            if row.is_empty() {
                blank += 1;
            } else {
                let n = indent(row);
                if n == row.len() {
                    // Spaces alone: how many count is a fine point left to the full reader.
                    return None;
                }
                if n < inner {
                    break;
                }
                if !text.is_empty() {
                    text.push('\n');
                }
                for _ in 0..blank {
                    text.push('\n');
                }
                blank = 0;
                text.push_str(&row[inner..]);
            }
            self.at += 1;
        }
        Some(text)
    }
}

/// `name:` or `'on':` at the start of a row: the key and what follows its colon.
fn key(rest: &str) -> Option<(&str, &str)> {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let (name, after) = if let Some(quoted) = rest.strip_prefix('\'') {
        let end = quoted.find('\'')?;
        let name = &quoted[..end];
        if !name.bytes().all(word) {
            return None;
        }
        (name, &quoted[end + 1..])
    } else {
        let end = rest.bytes().position(|b| !word(b))?;
        let name = &rest[..end];
        // Keys that a reader would take for a number, a null or a boolean.
        let special = |name| {
            matches!(
                name,
                "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
            )
        };
        match name.bytes().next()? {
            b'0'..=b'9' => return None,
            b'n' | b'N' | b't' | b'T' | b'f' | b'F' if special(name) => return None,
            _ => {}
        }
        (name, &rest[end..])
    };
    let after = after.strip_prefix(':')?;
    // A YAML reader looks no further than 1024 characters for the colon of a key.
    let fits = !name.is_empty() && name.len() <= 128;
    (fits && (after.is_empty() || after.starts_with(' '))).then_some((name, after))
}

/// A value within its row: `[]`, `{}`, a quoted or a plain scalar.
fn inline(text: &str) -> Option<Node<'_>> {
    match text.as_bytes().first()? {
        b'\'' => single_quoted(&text[1..]).map(Node::Text),
        b'"' => double_quoted(&text[1..]).map(|s| Node::Text(Cow::Owned(s))),
        _ if text == "[]" => Some(Node::List(Vec::new())),
        _ if text == "{}" => Some(Node::Map(Vec::new())),
        _ => plain(text),
    }
}

/// Text in single quotes that end the row; a quote inside is doubled.
fn single_quoted(body: &str) -> Option<Cow<'_, str>> {
    let body = body.strip_suffix('\'')?;
    if !body.contains('\'') {
        return Some(Cow::Borrowed(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find('\'') {
        if !rest[i + 1..].starts_with('\'') {
            return None;
        }
        out.push_str(&rest[..=i]);
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    Some(Cow::Owned(out))
}

/// Text in double quotes that end the row, with the escapes `coi` writes.
fn double_quoted(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return chars.as_str().is_empty().then_some(out),
            '\\' => out.push(match chars.next()? {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'u' => {
                    let rest = chars.as_str();
                    let hex = rest.get(..4)?;
                    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                        return None;
                    }
                    chars = rest[4..].chars();
                    char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                }
                _ => return None,
            }),
            c => out.push(c),
        }
    }
    None
}

/// A plain scalar, resolved as `serde_yaml` resolves it; `None` when in doubt.
fn plain(text: &str) -> Option<Node<'_>> {
    let b = text.as_bytes();
    let first = *b.first()?;
    if matches!(
        first,
        b' ' | b'-'
            | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
    ) || matches!(b.last(), Some(b' ' | b':'))
        || b.iter()
            .zip(&b[1..])
            .any(|pair| matches!(pair, (b':', b' ') | (b' ', b'#')))
    {
        return None;
    }
    match text {
        "~" | "null" | "Null" | "NULL" => return Some(Node::Null),
        "true" | "True" | "TRUE" => return Some(Node::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Node::Bool(false)),
        _ => {}
    }
    // Whatever a reader might take for a number of another kind is left to it. Such text
    // starts with a digit, a sign or a dot. (`inf`, `infinity` and `nan` are numbers to Rust,
    // but not finite ones, so `serde_yaml` keeps them as text.)
    if !matches!(first, b'0'..=b'9' | b'+' | b'.') {
        return Some(Node::Text(Cow::Borrowed(text)));
    }
    if b.iter().all(u8::is_ascii_digit) && (b.len() == 1 || first != b'0') {
        return text.parse::<u64>().ok().map(Node::Number);
    }
    // `serde_yaml` reads one sign before a number; `++1` is text.
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text).as_bytes();
    // `0x1F`, `0o17`, `0b101` (or too large a number of the sort); `0x1FT` is text.
    let radix = match unsigned {
        [b'0', base, digits @ ..] => match base.to_ascii_lowercase() {
            b'x' => digits.iter().all(u8::is_ascii_hexdigit),
            b'o' => digits.iter().all(|d| (b'0'..=b'7').contains(d)),
            b'b' => digits.iter().all(|d| matches!(d, b'0' | b'1')),
            _ => false,
        },
        _ => false,
    };
    // A number that Rust reads as infinite or not a number (`+inf`, `1e999`) is text to
    // `serde_yaml`, which keeps only finite ones; `.inf`, `+.inf`, `-.inf` and `.nan` (not
    // `+.nan`) are its own.
    if radix
        || unsigned.eq_ignore_ascii_case(b".inf")
        || b.eq_ignore_ascii_case(b".nan")
        || text.parse::<f64>().is_ok_and(f64::is_finite)
    {
        return None;
    }
    Some(Node::Text(Cow::Borrowed(text)))
}
