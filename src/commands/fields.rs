//! A record's fields in words, as `show`, the summary of guided entry, `edit` and `log` say
//! them: each field present as a labelled line, and the fields an edit changed by their labels.

use serde_yaml::Value;

use crate::i18n::{Lang, lower_first, msg};
use crate::model::schema::{Field, Type};
use crate::model::show_date;
use crate::model::values::{Vnd, parse_stored_date};
use crate::rules::Rules;

/// (label, shown value) for every field present, nested labels joined with `›`.
pub fn lines(
    fields: &[Field],
    value: &Value,
    prefix: &str,
    lang: Lang,
    out: &mut Vec<(String, String)>,
) {
    for f in fields {
        let Some(v) = value.get(f.name) else { continue };
        let label = if prefix.is_empty() {
            f.label.get(lang).to_string()
        } else {
            format!("{prefix} › {}", f.label.get(lang))
        };
        match (f.ty, v) {
            (Type::Object(inner), _) => lines(inner, v, &label, lang, out),
            (Type::Objects(inner), Value::Sequence(items)) => {
                for (i, item) in items.iter().enumerate() {
                    lines(inner, item, &format!("{label} {}", i + 1), lang, out);
                }
            }
            _ => out.push((label, shown(f.ty, v, lang))),
        }
    }
}

fn shown(ty: Type, v: &Value, lang: Lang) -> String {
    match (ty, v) {
        (Type::Date, Value::String(s)) => parse_stored_date(s)
            .map(show_date)
            .unwrap_or_else(|| s.clone()),
        (Type::Time, Value::String(s)) => chrono::DateTime::parse_from_rfc3339(s)
            .map(|t| t.format("%d/%m/%Y %H:%M").to_string())
            .unwrap_or_else(|_| s.clone()),
        (Type::Money, Value::Number(n)) => n
            .as_u64()
            .map(|x| Vnd(x).display())
            .unwrap_or_else(|| n.to_string()),
        (Type::Choice(vocab), Value::String(s)) => vocab.label(s, lang).to_string(),
        (Type::Choices(vocab), Value::Sequence(items)) => crate::i18n::join(
            items
                .iter()
                .filter_map(Value::as_str)
                .map(|s| vocab.label(s, lang)),
        ),
        (Type::Units | Type::Ids, Value::Sequence(items)) => {
            crate::i18n::join(items.iter().filter_map(Value::as_str))
        }
        (Type::Bool, Value::Bool(b)) => if *b { msg::YES } else { msg::NO }.get(lang).into(),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Number(n)) => n.to_string(),
        (_, other) => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// The fields an edit changed, as `coi` lists them in the history and the commit (`person,
/// source`), by their labels: `người có xung đột lợi ích, nguồn phát hiện`; `None` when one of
/// them is not a field of the kind.
pub(super) fn fields_said<R: Rules>(names: &str, lang: Lang) -> Option<String> {
    let labels: Option<Vec<String>> = (names.split(", "))
        .map(|name| R::FIELDS.iter().find(|f| f.name == name))
        .map(|field| field.map(|f| lower_first(f.label.get(lang))))
        .collect();
    labels.map(|l| l.join(", "))
}
