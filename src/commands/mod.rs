//! One file per command; `run` is the single dispatch.

pub mod add;
pub mod check;
pub mod init;
pub mod list;
pub mod show;

use std::io::Write;

use crate::cli::{Command, RecordAction};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::Record;

pub fn run(ctx: &mut Context, command: Command) -> Result<()> {
    match command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Case { action } => record(ctx, action),
        Command::Gift { action } => record(ctx, action),
        Command::Training { action } => record(ctx, action),
        Command::Check => check::run(ctx),
    }
}

/// The verbs every kind shares, written once.
fn record<R: Record>(ctx: &mut Context, action: RecordAction<R>) -> Result<()> {
    match action {
        RecordAction::Add(args) => add::run::<R>(ctx, &args),
        RecordAction::List(args) => list::run::<R>(ctx, &args),
        RecordAction::Show(args) => show::run::<R>(ctx, &args),
    }
}

/// Writes to standard output; a closed pipe surfaces as [`Error::Output`] and ends quietly.
pub fn out(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).map_err(Error::Output)?;
    stdout.flush().map_err(Error::Output)
}

/// A warning for a person, on standard error.
pub fn warn(line: &str) {
    eprintln!("warning: {line}");
}
