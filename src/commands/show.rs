//! `coi <kind> show ID`: one record in full, labelled from the schema, for every kind alike.

use serde_yaml::Value;

use super::args::ShowArgs;
use super::read::{parse_id, published};
use crate::context::Context;
use crate::error::Result;
use crate::flags::Format;
use crate::i18n::Lang;
use crate::i18n::in_lang;
use crate::i18n::msg;
use crate::model::schema::{Field, Type};
use crate::model::values::{Vnd, parse_stored_date};
use crate::model::{RecordId, show_date};
use crate::register::Register;
use crate::render;
use crate::rules::Rules;
use crate::rules::deadlines::{Deadline, State};

pub fn run<R: Rules>(ctx: &mut Context, args: &ShowArgs) -> Result<()> {
    let id = parse_id::<R>(&args.id)?;
    let reg = ctx.open_register()?;
    let id = super::read::resolve::<R>(&reg, id, ctx.lang)?;
    let loaded = super::read::one::<R>(&reg, ctx.calendar(), &id)?;
    let record = &loaded.record;
    let status = record.status(ctx.today());
    // Every step's time limit, as `due` counts it; a void record owes nothing.
    let deadlines: Vec<(Deadline, State)> = match record.void() {
        Some(_) => Vec::new(),
        None => (record.deadlines(ctx.calendar()).into_iter())
            .map(|d| {
                let state = d.state(ctx.calendar(), record.is_open());
                (d, state)
            })
            .collect(),
    };
    let text = match ctx.format {
        Format::Json => {
            // The record as stored, with its derived status (the code `list` prints and
            // `--status` takes) and its deadlines.
            let mut v = serde_json::to_value(record).expect("records serialise");
            v["status"] = serde_json::Value::from(status.yaml);
            v["deadlines"] = deadlines
                .iter()
                .map(|(d, state)| {
                    serde_json::json!({
                        "step": d.limit.what.get(ctx.lang),
                        "field": d.field,
                        "due": d.due,
                        "done": d.done,
                        "state": state.code(),
                        "basis": d.limit.basis.get(ctx.lang),
                    })
                })
                .collect();
            render::json(&v)
        }
        Format::Table => {
            let value = serde_yaml::to_value(record).expect("records serialise");
            let mut rows = Vec::new();
            lines(R::FIELDS, &value, "", ctx.lang, &mut rows);
            rows.push((
                msg::COL_STATUS.get(ctx.lang).to_string(),
                status.label(ctx.lang).to_string(),
            ));
            for (d, state) in &deadlines {
                let step = msg::deadline_row(d.limit.what);
                let (due, state, basis) = (show_date(d.due), state.label(), d.limit.basis);
                let when = match d.done {
                    Some(done) => msg::deadline_done(due, state, show_date(done), basis),
                    None => msg::deadline_pending(due, state, basis),
                };
                rows.push((
                    step.get(ctx.lang).to_string(),
                    when.get(ctx.lang).to_string(),
                ));
            }
            let headers = in_lang([msg::HEADING_FIELD, msg::HEADING_VALUE], ctx.lang);
            render::table(&headers, rows.into_iter().map(|(k, v)| vec![k, v]))
        }
    };
    super::out(&text)?;
    // Each line says itself whether it is an error or a warning.
    for f in &loaded.findings {
        eprintln!("{}", f.render(&reg.root, ctx.lang));
    }
    Ok(())
}

/// The fields of a record's document that name another record (`Type::Id`: a case's
/// `inspection`) made to name the final ID where they were given a provisional one that
/// `coi sync` has published: a link is stored as `sync` writes it. Each ID replaced, with its
/// final one.
pub fn final_links(
    reg: &Register,
    fields: &[Field],
    doc: &mut Value,
) -> Result<Vec<(RecordId, RecordId)>> {
    let mut replaced = Vec::new();
    let Value::Mapping(values) = doc else {
        return Ok(replaced);
    };
    for field in fields
        .iter()
        .filter(|f| matches!(f.ty, Type::Id) && f.name != "id")
    {
        let Some(Value::String(named)) = values.get_mut(field.name) else {
            continue;
        };
        let Ok(id) = named.trim().parse::<RecordId>() else {
            continue;
        };
        if let Some(one) = published(reg, id)? {
            *named = one.to_string();
            replaced.push((id, one));
        }
    }
    Ok(replaced)
}

/// Tells on stderr each link given a provisional ID and stored with the final one.
pub fn tell_final_links(replaced: &[(RecordId, RecordId)], lang: Lang) {
    for (alias, id) in replaced {
        eprintln!("{}", msg::link_alias_of(alias, id).get(lang));
    }
}

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
