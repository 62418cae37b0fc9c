//! `coi man`: the manual pages, generated from the command-line definitions in the person's
//! language: the page of `coi` on standard output, or one page per command in a folder, so
//! that the `coi-case(1)` a page refers to exists.

use std::path::Path;

use clap::Command;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::register::store;

pub fn run(ctx: &Context, app: fn() -> Command, dir: Option<&Path>) -> Result<()> {
    let mut cli = crate::flags::help::localize(app(), ctx.lang);
    // Built, each command knows its full name (`coi-case-add`) for its page and its links.
    cli.build();
    let Some(dir) = dir else {
        return super::out(&String::from_utf8_lossy(&page(&cli)?));
    };
    let mut pages = Vec::new();
    every_command(&cli, &mut pages);
    for command in pages {
        let name = command.get_display_name().unwrap_or(command.get_name());
        let path = dir.join(format!("{name}.1"));
        store::replace(&path, &page(command)?)?;
        eprintln!("{}", msg::file_written(path.display()).get(ctx.lang));
    }
    Ok(())
}

fn page(command: &Command) -> Result<Vec<u8>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone())
        .render(&mut page)
        .map_err(Error::Output)?;
    Ok(page)
}

fn every_command<'a>(command: &'a Command, out: &mut Vec<&'a Command>) {
    out.push(command);
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        every_command(sub, out);
    }
}
