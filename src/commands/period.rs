//! `coi period`: a reporting period as `report` reads it, so that a script names its files
//! after the period without computing dates itself.

use serde::Serialize;

use super::args::PeriodSpec;
use crate::context::Context;
use crate::error::Result;
use crate::flags::Format;
use crate::model::show_date;

#[derive(Serialize)]
struct Json {
    period: String,
    title: String,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    year_from: chrono::NaiveDate,
}

pub fn run(ctx: &mut Context, spec: PeriodSpec) -> Result<()> {
    let reg = ctx.open_register()?;
    let p = spec.period(ctx.today(), reg.config.period_start_day);
    let text = match ctx.format {
        Format::Json => crate::render::json(&Json {
            period: p.to_string(),
            title: p.title().get(ctx.lang).to_string(),
            from: p.from,
            to: p.to,
            year_from: p.year_from,
        }),
        // The code alone on the first line, for `$(coi period last)`; then the words.
        Format::Table => format!(
            "{p}\n{} ({} – {})\n",
            p.title().get(ctx.lang),
            show_date(p.from),
            show_date(p.to)
        ),
    };
    super::out(&text)
}
