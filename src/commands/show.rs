//! `coi <kind> show ID`: one record in full, labelled from the schema, for every kind alike.

use super::args::ShowArgs;
use super::fields::lines;
use super::read::parse_id;
use crate::context::Context;
use crate::error::Result;
use crate::flags::Format;
use crate::i18n::in_lang;
use crate::i18n::msg;
use crate::model::show_date;
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
