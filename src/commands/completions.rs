//! `coi completions SHELL`: completion scripts generated from the command-line definitions, with
//! the descriptions (shown by zsh, fish and PowerShell) in the person's language.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::context::Context;
use crate::error::Result;

pub fn run(ctx: &Context, shell: clap_complete::Shell) -> Result<()> {
    let mut cli = crate::cli::help::localize(Cli::command(), ctx.lang);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli, "coi", &mut script);
    super::out(&String::from_utf8_lossy(&script))
}
