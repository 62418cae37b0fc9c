//! `coi whoami`: who `coi` records as acting and commits as, so that a script committing files of
//! its own (the quarterly export) gives git the same identity without any git set-up.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::flags::Format;

#[derive(Serialize)]
struct Json {
    name: String,
    email: String,
}

pub fn run(ctx: &mut Context) -> Result<()> {
    let reg = ctx.open_register()?;
    let who = Json {
        name: ctx.actor(&reg.root),
        email: reg.email(),
    };
    let text = match ctx.format {
        Format::Json => crate::render::json(&who),
        Format::Table => format!("{} <{}>\n", who.name, who.email),
    };
    super::out(&text)
}
