//! Validation of a parsed YAML document against a kind's field schema: every type error,
//! unknown field, missing field, unknown unit and value outside a list, all in one pass. The
//! settings files (`coi.yaml`, plans) are checked the same way against their own tables
//! ([`settings`]) before their types are read.

use unicode_normalization::is_nfc;

use crate::i18n::msg;
use crate::i18n::{Lang, Text, join};
use crate::layout::plan_path;
use crate::model::RecordId;
use crate::model::schema::{Field, Key, Setting, Shape, Source, Type};
use crate::model::values::{check_text, parse_date, parse_stored_date};
use crate::model::vocab::Vocabulary;
use crate::problem::Finding;
use crate::yaml::Doc;
use serde_yaml::{Mapping, Value};

/// What validation needs from outside the file.
pub struct Context<'a> {
    /// The unit codes of `coi.yaml`; `None` when it could not be read, so units go unchecked.
    pub units: Option<&'a [String]>,
    /// The tasks of the plan of the record's year; `None` when they cannot be known (the record
    /// has no valid key date, or the year's plan file cannot be read), so tasks go unchecked.
    pub tasks: Option<TaskList<'a>>,
    /// Input from a person (`add`): fields that `coi` fills in itself are not required yet.
    pub input: bool,
}

pub fn validate<D: Doc>(fields: &[Field], doc: &D, cx: &Context, out: &mut Vec<Finding>) {
    if doc.is_mapping() {
        object(fields, doc, &At::Root, cx, out)
    } else {
        let found = doc.describe();
        out.push(Finding::error("-", msg::file_not_a_mapping(found)))
    }
}

fn object<D: Doc>(fields: &[Field], value: &D, at: &At, cx: &Context, out: &mut Vec<Finding>) {
    // The fields given a value under a plain text key, so that a field present is not looked
    // up again (field lists are far shorter than 128).
    let mut present = 0u128;
    let mapping = value.entries(&mut |key, plain, v| {
        let Some(name) = key else {
            out.push(Finding::error(
                path_or_dash(&at.path()),
                msg::field_name_not_text(),
            ));
            return;
        };
        match fields.iter().position(|f| f.name == name) {
            Some(i) => {
                if i < 128 && plain && !v.is_null() {
                    present |= 1 << i;
                }
                one(&fields[i], v, &At::Key(at, name), cx, out)
            }
            None => out.push(unknown_field(fields, name, &At::Key(at, name).path())),
        }
    });
    if !mapping {
        return out.push(wrong_type(&at.path(), value, msg::expected_group()));
    }
    for (i, field) in fields.iter().enumerate() {
        if !field.required || (cx.input && field.source == Source::Register) {
            continue;
        }
        if (i >= 128 || present & (1 << i) == 0) && value.get(field.name).is_none_or(D::is_null) {
            out.push(missing(field, &At::Key(at, field.name).path()));
        }
    }
}

/// Where a value is in the document: its field path (`person.name`, `measures[1].kind`),
/// spelled out only when a finding needs it.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Item(&'a At<'a>, usize),
}

impl At<'_> {
    fn path(&self) -> String {
        let mut path = String::new();
        self.write(&mut path);
        path
    }

    /// As [`child`] joins: a dot only after a path that is not empty.
    fn write(&self, out: &mut String) {
        match self {
            At::Root => {}
            At::Key(parent, name) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            At::Item(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

fn path_or_dash(path: &str) -> &str {
    if path.is_empty() { "-" } else { path }
}

pub fn missing(field: &Field, path: &str) -> Finding {
    Finding::error(path, msg::required_field_missing(field.label)).code("missing")
}

fn unknown_field(fields: &[Field], name: &str, path: &str) -> Finding {
    let nearest = fields
        .iter()
        .map(|f| (strsim::jaro_winkler(f.name, name), f.name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n);
    let known = join(fields.iter().map(|f| f.name));
    let message = match nearest {
        Some(n) => msg::unknown_field_suggest(n),
        None => msg::unknown_field(known),
    };
    Finding::error(path, message).code("unknown-field")
}

fn wrong_type<D: Doc>(path: &str, found: &D, expected: Text) -> Finding {
    let found = found.describe();
    // A number or a date where text belongs: quoting it makes it text.
    let message = if expected == msg::expected_text() {
        msg::wrong_type_quote(expected, found)
    } else {
        msg::wrong_type(expected, found)
    };
    Finding::error(path_or_dash(path), message)
}

fn one<D: Doc>(field: &Field, v: &D, at: &At, cx: &Context, out: &mut Vec<Finding>) {
    if v.is_null() {
        // An empty optional field is the same as an absent one; a required one is reported
        // as missing by the enclosing object.
        return;
    }
    if v.is_tagged() {
        out.push(Finding::error(at.path(), msg::yaml_tag()).code("yaml-tag"));
        return;
    }
    match field.ty {
        Type::Text | Type::LongText => {
            let Some(s) = v.as_str() else {
                return out.push(wrong_type(&at.path(), v, msg::expected_text()));
            };
            text_value(
                s,
                matches!(field.ty, Type::LongText),
                field.required,
                at,
                out,
            );
        }
        Type::Date => {
            let Some(s) = v.as_str() else {
                return out.push(wrong_type(&at.path(), v, msg::expected_date()));
            };
            if stored_date(s) {
                return;
            }
            let message = match parse_date(s) {
                Ok(d) => {
                    let iso = d.format("%Y-%m-%d");
                    msg::date_not_iso(iso)
                }
                Err(fault) => fault.message(),
            };
            out.push(Finding::error(at.path(), message));
        }
        Type::Time => {
            let ok = v
                .as_str()
                .is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok());
            if !ok {
                out.push(wrong_type(&at.path(), v, msg::expected_time()));
            }
        }
        Type::Money | Type::Count => number(field, v, at, out),
        Type::Bool => {
            if v.as_bool().is_none() {
                out.push(wrong_type(&at.path(), v, msg::expected_bool()));
            }
        }
        Type::Choice(vocab) => choice(vocab, v, at, out),
        Type::Choices(vocab) => {
            let Some(items) = v.items() else {
                return out.push(wrong_type(&at.path(), v, msg::found_list()));
            };
            if items.is_empty() && field.required {
                out.push(missing(field, &at.path()));
            }
            for (i, item) in items.iter().enumerate() {
                choice(vocab, item, &At::Item(at, i), out);
            }
        }
        Type::Unit => unit(v, at, cx, out),
        Type::Units => {
            let Some(items) = v.items() else {
                return out.push(wrong_type(&at.path(), v, msg::found_list()));
            };
            if items.is_empty() && field.required {
                out.push(missing(field, &at.path()));
            }
            for (i, item) in items.iter().enumerate() {
                unit(item, &At::Item(at, i), cx, out);
            }
        }
        Type::Task => {
            let Some(code) = v.as_str() else {
                return out.push(wrong_type(&at.path(), v, msg::expected_task_code()));
            };
            if let Some(tasks) = &cx.tasks
                && !tasks.has(code)
            {
                out.push(unknown_task(code, tasks, &at.path()));
            }
        }
        Type::Id => record_id(v, at, out),
        Type::Ids => {
            let Some(items) = v.items() else {
                return out.push(wrong_type(&at.path(), v, msg::found_list()));
            };
            for (i, item) in items.iter().enumerate() {
                record_id(item, &At::Item(at, i), out);
            }
        }
        Type::Object(fields) => object(fields, v, at, cx, out),
        Type::Objects(fields) => {
            let Some(items) = v.items() else {
                return out.push(wrong_type(&at.path(), v, msg::found_list()));
            };
            for (i, item) in items.iter().enumerate() {
                object(fields, item, &At::Item(at, i), cx, out);
            }
        }
    }
}

/// One unit code, which `coi.yaml` must list (when it could be read).
fn unit<D: Doc>(v: &D, at: &At, cx: &Context, out: &mut Vec<Finding>) {
    let Some(code) = v.as_str() else {
        return out.push(wrong_type(&at.path(), v, msg::expected_unit_code()));
    };
    if let Some(units) = cx.units
        && !units.iter().any(|u| u == code)
    {
        out.push(unknown_unit(code, units, &at.path()));
    }
}

/// Whether text is in Unicode NFC: [`is_nfc`], without its table lookups for text made only of
/// characters that are NFC in any company (below U+0300, and the precomposed Latin letters of
/// Vietnamese, U+1E00–U+1EFF).
fn nfc(s: &str) -> bool {
    s.chars()
        .all(|c| c < '\u{300}' || ('\u{1e00}'..='\u{1eff}').contains(&c))
        || is_nfc(s)
}

/// Whether text is a date as stored (`YYYY-MM-DD`): [`parse_stored_date`], without its
/// general-purpose parser for the usual all-digit case.
fn stored_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
    {
        let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or_default();
        return chrono::NaiveDate::from_ymd_opt(n(0..4) as i32, n(5..7), n(8..10)).is_some();
    }
    parse_stored_date(s).is_some()
}

pub fn unknown_unit(code: &str, units: &[String], path: &str) -> Finding {
    let known = if units.is_empty() {
        msg::coi_yaml_lists_no_units()
    } else {
        let list = join(units);
        msg::known_units(list)
    };
    Finding::error(path, msg::unit_not_in_config(code, known)).code("unknown-unit")
}

/// Every text in a document (`coi.yaml`, a plan) that holds a character no record may hold
/// (see [`check_text`]): its field path, as [`crate::yaml::lines::LineMap`] reads it
/// (`units[1].name`), and what is wrong.
pub fn odd_characters(value: &serde_yaml::Value) -> Vec<(String, Text)> {
    fn walk(value: &serde_yaml::Value, path: &str, out: &mut Vec<(String, Text)>) {
        use serde_yaml::Value;
        match value {
            Value::String(s) => {
                if let Err(fault) = check_text(s, true) {
                    out.push((path.to_string(), fault.message()));
                }
            }
            Value::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), out);
                }
            }
            Value::Mapping(map) => {
                for (key, item) in map {
                    let key = match key {
                        Value::String(k) => k.clone(),
                        other => serde_yaml::to_string(other).unwrap_or_default(),
                    };
                    let key = key.trim();
                    let path = match path.is_empty() {
                        true => key.to_string(),
                        false => format!("{path}.{key}"),
                    };
                    walk(item, &path, out);
                }
            }
            Value::Tagged(tagged) => walk(&tagged.value, path, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

fn text_value(s: &str, multi_line: bool, required: bool, at: &At, out: &mut Vec<Finding>) {
    if required && s.trim().is_empty() {
        out.push(Finding::error(at.path(), msg::prompt_not_empty()));
    }
    if let Err(fault) = check_text(s, multi_line) {
        out.push(Finding::error(at.path(), fault.message()));
    }
    if !nfc(s) {
        out.push(Finding::warning(at.path(), msg::not_nfc()));
    }
}

fn number<D: Doc>(field: &Field, v: &D, at: &At, out: &mut Vec<Finding>) {
    let money = matches!(field.ty, Type::Money);
    let expected = if money {
        msg::expected_amount()
    } else {
        msg::expected_whole_number()
    };
    let Some(n) = v.number() else {
        return out.push(wrong_type(&at.path(), v, expected));
    };
    let message = if n
        .unsigned
        .is_some_and(|x| money || x <= u64::from(u32::MAX))
    {
        return;
    } else if n.signed.is_some() {
        msg::negative()
    } else if n.float {
        if money {
            msg::amount_fraction()
        } else {
            msg::fraction()
        }
    } else {
        msg::too_large()
    };
    out.push(Finding::error(at.path(), message));
}

fn choice<D: Doc>(vocab: &Vocabulary, v: &D, at: &At, out: &mut Vec<Finding>) {
    if v.as_str().is_some_and(|s| vocab.term(s).is_some()) {
        return;
    }
    // Each value as the file spells it, with its label, so that a code reads as a code.
    let allowed =
        |lang| join((vocab.terms.iter()).map(|t| format!("{} «{}»", t.yaml, t.label(lang))));
    let (vi, en) = (allowed(Lang::Vi), allowed(Lang::En));
    let Some(s) = v.as_str() else {
        let expected = Text::new(msg::expected_one_of(vi).vi, msg::expected_one_of(en).en);
        return out.push(wrong_type(&at.path(), v, expected));
    };
    let message = match vocab.lookup(s) {
        Some(t) => {
            let y = t.yaml;
            msg::spelled_in_file(s, y)
        }
        None => Text::new(msg::not_a_value_of(s, vi).vi, msg::not_a_value_of(s, en).en),
    };
    out.push(Finding::error(at.path(), message));
}

fn record_id<D: Doc>(v: &D, at: &At, out: &mut Vec<Finding>) {
    match v.as_str() {
        Some(s) => {
            if let Err(fault) = s.parse::<RecordId>() {
                out.push(Finding::error(at.path(), fault.message()));
            }
        }
        None => out.push(wrong_type(&at.path(), v, msg::expected_record_id())),
    }
}

/// The tasks of one year's plan, as a record of that year is checked against them.
#[derive(Debug, Clone, Copy)]
pub struct TaskList<'a> {
    pub year: i32,
    pub codes: &'a [String],
    /// Whether they are the tasks of `plans/<year>.yaml` (else the seed plan's).
    pub from_file: bool,
}

impl<'a> TaskList<'a> {
    pub fn has(&self, code: &str) -> bool {
        self.codes.iter().any(|c| c == code)
    }

    /// A code as a person typed it (`ii.1`), spelt as the plan spells it (`II.1`).
    pub fn spelled(&self, typed: &str) -> Option<&'a str> {
        let typed = typed.trim();
        let codes: &'a [String] = self.codes;
        codes
            .iter()
            .find(|c| c.eq_ignore_ascii_case(typed))
            .map(String::as_str)
    }

    /// A `code` that is not a task of this plan, with the tasks it has.
    pub fn unknown(&self, code: &str) -> UnknownTask {
        UnknownTask {
            code: code.to_string(),
            year: self.year,
            known: self.codes.to_vec(),
            from_file: self.from_file,
        }
    }

    /// Why `code` is not a task of this plan, with the tasks it has.
    pub fn refusal(&self, code: &str) -> Text {
        self.unknown(code).message()
    }
}

/// A `plan_task` that the plan of the record's year does not have: the code typed, the year,
/// the codes the plan has, and whether they are `plans/<year>.yaml`'s (else the seed plan's,
/// the year having no plan file). Worded in [`UnknownTask::message`], for `check` and for `add`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownTask {
    pub code: String,
    pub year: i32,
    pub known: Vec<String>,
    pub from_file: bool,
}

impl UnknownTask {
    pub fn message(&self) -> Text {
        let file = plan_path(self.year).display().to_string();
        let list = join(&self.known);
        let known = match self.from_file {
            true => msg::plan_tasks_of_file(file, list),
            false => msg::plan_tasks_of_seed(file, list),
        };
        msg::plan_task_unknown(&self.code, self.year, known)
    }
}

/// A record's `plan_task` that its year's plan does not have.
pub fn unknown_task(code: &str, tasks: &TaskList, path: &str) -> Finding {
    Finding::error(path, tasks.refusal(code)).code("unknown-task")
}

/// A problem of a settings file (`coi.yaml`, a plan file) against its field table: the field it
/// is told under (empty for the file as a whole), the path whose line it is on, and what is
/// wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Misfit {
    pub field: String,
    pub at: String,
    pub message: Text,
}

impl Misfit {
    fn at(path: &str, message: Text) -> Misfit {
        Misfit {
            field: path.to_string(),
            at: path.to_string(),
            message,
        }
    }
}

/// Checks a settings file's value tree against its field table, every problem in the order of
/// the file. An empty field is the same as an absent one, as in a record; a number or `true`
/// where text belongs is its text, as the person wrote it. When nothing is wrong,
/// [`settings_as_written`] reads the file for its types, which then have nothing to refuse.
pub fn settings(fields: &'static [Setting], value: &Value, out: &mut Vec<Misfit>) {
    group(fields, value, "", out)
}

fn child(path: &str, name: &str) -> String {
    match path.is_empty() {
        true => name.to_string(),
        false => format!("{path}.{name}"),
    }
}

/// A key as text: a field's name, or a key of the file's own.
fn key_text(key: &Value) -> Option<String> {
    match key {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Names as a settings message lists them: `` `code`, `name` ``.
fn quoted(names: impl IntoIterator<Item = &'static str>) -> String {
    join(names.into_iter().map(|n| format!("`{n}`")))
}

fn misplaced(path: &str, expected: Text, found: &Value, out: &mut Vec<Misfit>) {
    let found = found.describe();
    let message = if path.is_empty() {
        msg::file_not_a_mapping(found)
    } else {
        msg::wrong_type(expected, found)
    };
    out.push(Misfit::at(path, message));
}

fn group(fields: &'static [Setting], value: &Value, path: &str, out: &mut Vec<Misfit>) {
    let Value::Mapping(map) = value else {
        return misplaced(path, msg::expected_group(), value, out);
    };
    let mut given = Vec::new();
    for (key, v) in map {
        let Some(name) = key_text(key) else {
            out.push(Misfit::at(path, msg::field_name_not_text()));
            continue;
        };
        let at = child(path, &name);
        let Some(field) = fields.iter().find(|f| f.name == name) else {
            let known = quoted(fields.iter().map(|f| f.name));
            out.push(Misfit {
                field: path.to_string(),
                at,
                message: msg::setting_unknown(&name, known),
            });
            continue;
        };
        // An empty field is the same as an absent one; a required one is missing.
        if !v.is_null() {
            given.push(field.name);
            setting(&field.shape, v, &at, out);
        }
    }
    for field in fields.iter().filter(|f| f.required) {
        if !given.contains(&field.name) {
            out.push(Misfit::at(path, msg::setting_missing(field.name)));
        }
    }
}

fn setting(shape: &Shape, v: &Value, at: &str, out: &mut Vec<Misfit>) {
    if v.is_tagged() {
        let expected = match shape {
            Shape::Group(_) | Shape::ByKey(..) => msg::expected_group(),
            _ => msg::expected_text(),
        };
        return misplaced(at, expected, v, out);
    }
    match shape {
        Shape::Text => {
            if !matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_)) {
                misplaced(at, msg::expected_text(), v, out)
            }
        }
        Shape::Whole => {
            let message = match v {
                Value::Number(n) => match n.as_u64() {
                    Some(x) if x <= u64::from(u32::MAX) => return,
                    Some(_) => msg::too_large(),
                    None if n.as_i64().is_some() => msg::negative(),
                    None => msg::fraction(),
                },
                _ => return misplaced(at, msg::expected_whole_number(), v, out),
            };
            out.push(Misfit::at(at, message));
        }
        Shape::Bool => {
            if !v.is_bool() {
                misplaced(at, msg::expected_bool(), v, out)
            }
        }
        Shape::Char => match v {
            Value::String(s) if s.chars().count() == 1 => {}
            _ => misplaced(at, msg::expected_character(), v, out),
        },
        Shape::Date => match v {
            Value::String(s) => {
                if let Err(fault) = parse_date(s) {
                    out.push(Misfit::at(at, fault.message()));
                }
            }
            _ => misplaced(at, msg::expected_date(), v, out),
        },
        Shape::Choice(values) => {
            let known = quoted(values.iter().copied());
            match v {
                Value::String(s) if values.contains(&s.as_str()) => {}
                Value::String(s) => out.push(Misfit::at(at, msg::setting_not_a_choice(s, known))),
                _ => misplaced(at, msg::expected_one_of(known), v, out),
            }
        }
        Shape::List(item) => match v {
            Value::Sequence(items) => {
                for (i, v) in items.iter().enumerate() {
                    setting(item, v, &format!("{at}[{i}]"), out);
                }
            }
            _ => misplaced(at, msg::found_list(), v, out),
        },
        Shape::Group(fields) => group(fields, v, at, out),
        Shape::ByKey(key, item) => {
            let Value::Mapping(map) = v else {
                return misplaced(at, msg::expected_group(), v, out);
            };
            for (k, v) in map {
                let Some(name) = key_text(k) else {
                    out.push(Misfit::at(at, msg::field_name_not_text()));
                    continue;
                };
                let path = child(at, &name);
                if *key == Key::Year && name.trim().parse::<i32>().is_err() {
                    out.push(Misfit {
                        field: at.to_string(),
                        at: path,
                        message: msg::setting_not_a_year(&name),
                    });
                    continue;
                }
                setting(item, v, &path, out);
            }
        }
    }
}

/// A settings file that [`settings`] let through, read again as its table says: each text as
/// it is written (`code: 01` stays `01`, which the value tree takes for the number 1), an empty
/// field left out. The types are read from this tree.
pub fn settings_as_written(
    fields: &'static [Setting],
    text: &str,
) -> Result<Value, serde_yaml::Error> {
    use serde::Deserializer;
    serde_yaml::Deserializer::from_str(text).deserialize_map(Many::Fields(fields))
}

/// The value of one shape, as written.
struct As(&'static Shape);

/// The value of a field, `Null` when it is empty.
struct Given(&'static Shape);

/// A list or a group, as written: its items, its fields, or the value of each of its keys.
enum Many {
    Items(&'static Shape),
    Fields(&'static [Setting]),
    Keys(&'static Shape),
}

impl<'de> serde::de::DeserializeSeed<'de> for As {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        use serde::Deserialize;
        match self.0 {
            Shape::Text => String::deserialize(d).map(Value::String),
            Shape::List(item) => d.deserialize_seq(Many::Items(item)),
            Shape::Group(fields) => d.deserialize_map(Many::Fields(fields)),
            Shape::ByKey(_, item) => d.deserialize_map(Many::Keys(item)),
            _ => Value::deserialize(d),
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Given {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Given {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value")
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        serde::de::DeserializeSeed::deserialize(As(self.0), d)
    }
}

impl<'de> serde::de::Visitor<'de> for Many {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list or a group")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let Many::Items(item) = self else {
            return Err(serde::de::Error::invalid_type(
                serde::de::Unexpected::Seq,
                &self,
            ));
        };
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(As(item))? {
            items.push(v);
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut read = Mapping::new();
        while let Some(key) = map.next_key::<String>()? {
            let shape = match self {
                Many::Fields(fields) => fields.iter().find(|f| f.name == key).map(|f| &f.shape),
                Many::Keys(item) => Some(item),
                Many::Items(_) => None,
            };
            let Some(shape) = shape else {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            };
            let v = map.next_value_seed(Given(shape))?;
            if !v.is_null() {
                read.insert(Value::String(key), v);
            }
        }
        Ok(Value::Mapping(read))
    }
}

#[cfg(test)]
mod tests {
    use serde_yaml::Value;

    use super::*;
    use crate::model::case;

    fn run(yaml: &str) -> Vec<Finding> {
        let doc: Value = serde_yaml::from_str(yaml).unwrap();
        let units = vec!["VP".to_string(), "QLDN".to_string()];
        let mut out = Vec::new();
        validate(
            case::FIELDS,
            &doc,
            &Context {
                units: Some(&units),
                tasks: None,
                input: false,
            },
            &mut out,
        );
        out
    }

    fn fields(found: &[Finding]) -> Vec<&str> {
        found.iter().map(|f| f.field.as_str()).collect()
    }

    #[test]
    fn reports_every_problem_at_once() {
        let found = run(
            "id: XDLI-2026-001\nunit: XX\nperson: {name: A, postion: B}\nsituation_type: art29_10\n\
             situation: 42\nsource: self-report\nknown_on: 14/03/2026\nmeasures:\n- kind: supervision\n",
        );
        assert_eq!(
            fields(&found),
            vec![
                "unit",
                "person.postion",
                "situation_type",
                "situation",
                "source",
                "known_on",
                "measures[0].decided_on",
            ]
        );
        assert!(found[1].message.en.contains("did you mean 'position'"));
        assert!(found[0].message.en.contains("known unit codes: VP, QLDN"));
        assert!(found[4].message.en.contains("written 'self_report'"));
        assert!(found[5].message.en.contains("2026-03-14"));
    }

    #[test]
    fn input_from_a_person_does_not_need_the_id_or_history() {
        let doc: Value = serde_yaml::from_str("unit: VP").unwrap();
        let mut out = Vec::new();
        validate(
            case::FIELDS,
            &doc,
            &Context {
                units: Some(&["VP".into()]),
                tasks: None,
                input: true,
            },
            &mut out,
        );
        assert!(!fields(&out).contains(&"id"));
        assert!(fields(&out).contains(&"person"));
    }

    #[test]
    fn money_must_be_whole_and_not_negative() {
        use crate::model::gift;
        let units = vec!["VP".to_string()];
        for (value, words) in [
            ("-5", "negative"),
            ("2.5", "whole đồng"),
            ("\"2.000.000\"", "expected an amount"),
        ] {
            let doc: Value = serde_yaml::from_str(&format!("value_vnd: {value}")).unwrap();
            let mut out = Vec::new();
            validate(
                gift::FIELDS,
                &doc,
                &Context {
                    units: Some(&units),
                    tasks: None,
                    input: true,
                },
                &mut out,
            );
            let f = out.iter().find(|f| f.field == "value_vnd").unwrap();
            assert!(f.message.en.contains(words), "{value}: {}", f.message.en);
        }
    }

    #[test]
    fn a_task_is_one_of_the_plan_of_the_records_year_when_it_is_known() {
        let codes = ["II.1".to_string(), "III.1".to_string()];
        let tasks = TaskList {
            year: 2026,
            codes: &codes,
            from_file: true,
        };
        for (value, with_tasks, problem) in [
            ("II.1", Some(tasks), None),
            ("II.9", Some(tasks), Some("unknown-task")),
            // Spelt as the plan spells it: `ii.1` is another code in a file.
            ("ii.1", Some(tasks), Some("unknown-task")),
            ("II.9", None, None),
            ("2", None, Some("invalid")),
        ] {
            let doc: Value = serde_yaml::from_str(&format!("plan_task: {value}")).unwrap();
            let mut out = Vec::new();
            let cx = Context {
                units: None,
                tasks: with_tasks,
                input: true,
            };
            validate(case::FIELDS, &doc, &cx, &mut out);
            let found = out.iter().find(|f| f.field == "plan_task");
            assert_eq!(found.map(|f| f.code), problem, "{value}: {found:?}");
        }
    }

    #[test]
    fn the_shortcut_to_nfc_is_exact() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{IsNormalized, is_nfc_quick};
        // A text of characters that are each NFC ("quick check: yes") and never reordered
        // (combining class 0) is NFC whatever their order.
        for c in ('\0'..'\u{300}').chain('\u{1e00}'..='\u{1eff}') {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        for s in [
            "Nguyễn Văn An",
            "Đỗ Thị Lan Anh",
            "Nguye\u{302}\u{303}n",
            "e\u{301}",
            "Ω",
        ] {
            assert_eq!(nfc(s), is_nfc(s), "{s}");
        }
    }

    #[test]
    fn tags_are_refused() {
        let found = run("situation: !foo echo\n");
        assert!(
            found
                .iter()
                .any(|f| f.field == "situation" && f.code == "yaml-tag")
        );
    }
}
