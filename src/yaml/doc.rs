//! A parsed document as the checks read it: the [`Value`] of the full YAML reader, or the tree
//! of the quick reader that gives the same answers.

use serde_yaml::Value;

use crate::i18n::{Text, msg};

/// A parsed document as validation reads it: a [`Value`], or the tree of a quicker reader that
/// gives the same answers.
pub trait Doc: Sized {
    fn is_mapping(&self) -> bool;
    /// Calls `entry` with each key and value of a mapping: the key as text when it is text
    /// (through a tag), and whether it is plain text. `false` when this is not a mapping.
    fn entries<'a>(&'a self, entry: &mut dyn FnMut(Option<&'a str>, bool, &'a Self)) -> bool;
    /// The value under a text key of a mapping.
    fn get(&self, key: &str) -> Option<&Self>;
    /// The items of a list (through a tag).
    fn items(&self) -> Option<&[Self]>;
    fn is_null(&self) -> bool;
    fn is_tagged(&self) -> bool;
    fn as_str(&self) -> Option<&str>;
    fn as_bool(&self) -> Option<bool>;
    /// A number, not through a tag.
    fn number(&self) -> Option<Number>;
    /// How the value looks, for messages.
    fn describe(&self) -> Text;
}

/// What validation asks of a number.
#[derive(Debug, Clone, Copy)]
pub struct Number {
    pub unsigned: Option<u64>,
    pub signed: Option<i64>,
    pub float: bool,
}

impl Doc for Value {
    fn is_mapping(&self) -> bool {
        matches!(self, Value::Mapping(_))
    }
    fn entries<'a>(&'a self, entry: &mut dyn FnMut(Option<&'a str>, bool, &'a Value)) -> bool {
        let Value::Mapping(map) = self else {
            return false;
        };
        for (key, value) in map {
            entry(key.as_str(), matches!(key, Value::String(_)), value);
        }
        true
    }
    fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Mapping(map) => map.get(key),
            _ => None,
        }
    }
    fn items(&self) -> Option<&[Value]> {
        self.as_sequence().map(Vec::as_slice)
    }
    fn is_null(&self) -> bool {
        Value::is_null(self)
    }
    fn is_tagged(&self) -> bool {
        matches!(self, Value::Tagged(_))
    }
    fn as_str(&self) -> Option<&str> {
        Value::as_str(self)
    }
    fn as_bool(&self) -> Option<bool> {
        Value::as_bool(self)
    }
    fn number(&self) -> Option<Number> {
        match self {
            Value::Number(n) => Some(Number {
                unsigned: n.as_u64(),
                signed: n.as_i64(),
                float: n.is_f64(),
            }),
            _ => None,
        }
    }
    fn describe(&self) -> Text {
        describe(self)
    }
}

/// How a YAML value looks, for messages.
fn describe(v: &Value) -> Text {
    match v {
        Value::Null => msg::found_empty(),
        Value::Bool(_) => msg::found_bool(),
        Value::Number(n) => msg::found_number(n),
        Value::String(s) => {
            let s: String = s.chars().take(60).collect();
            msg::found_text(s)
        }
        Value::Sequence(_) => msg::found_list(),
        Value::Mapping(_) => msg::found_group(),
        Value::Tagged(t) => {
            let tag = t.tag.to_string();
            msg::found_tagged(tag)
        }
    }
}
