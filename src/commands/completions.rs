//! `coi completions SHELL`: completion scripts generated from the command-line definitions, with
//! the descriptions (shown by zsh, fish and PowerShell) in the person's language.

use crate::context::Context;
use crate::error::Result;

pub fn run(ctx: &Context, app: fn() -> clap::Command, shell: clap_complete::Shell) -> Result<()> {
    let mut cli = crate::flags::help::localize(app(), ctx.lang);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli, "coi", &mut script);
    super::out(&String::from_utf8_lossy(&script))
}
