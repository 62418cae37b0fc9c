//! `coi completions SHELL`: completion scripts generated from the command-line definitions.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;

pub fn run(shell: clap_complete::Shell) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "coi", &mut script);
    super::out(&String::from_utf8_lossy(&script))
}
