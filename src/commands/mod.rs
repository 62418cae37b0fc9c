//! One file per command; `run` is the single dispatch.

pub mod add;
pub mod args;
pub mod cancel_measure;
pub mod change;
pub mod check;
pub mod close;
pub mod completions;
pub mod conclude;
pub mod config;
pub mod decide;
pub mod due;
pub mod edit;
pub mod end_measure;
pub mod handle;
pub mod handover;
pub mod init;
pub mod list;
pub mod log;
pub mod man;
pub mod merge_record;
pub mod notify;
pub mod period;
pub mod plan;
pub mod prompt;
pub mod province;
pub mod read;
pub mod report;
pub mod screen;
pub mod show;
pub mod status;
pub mod submitted;
pub mod sync;
pub mod void;
pub mod whoami;

use std::io::Write;

use crate::cli::{CaseAction, Command, GiftAction, InspectionAction, RecordAction};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::rules::Rules;

pub fn run(ctx: &mut Context, command: Option<Command>) -> Result<()> {
    let Some(command) = command else {
        return status::run(ctx);
    };
    match command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Case { action } => match action {
            CaseAction::Record(action) => record(ctx, action),
            CaseAction::Decide(args) => decide::run(ctx, &args),
            CaseAction::EndMeasure(args) => end_measure::run(ctx, &args),
            CaseAction::CancelMeasure(args) => cancel_measure::cancel(ctx, &args),
            CaseAction::PublishCancellation(args) => cancel_measure::publish(ctx, &args),
            CaseAction::Notify(args) => notify::case(ctx, &args),
            CaseAction::Close(args) => close::run(ctx, &args),
        },
        Command::Gift { action } => match action {
            GiftAction::Record(action) => record(ctx, action),
            GiftAction::Handover(args) => handover::run(ctx, &args),
            GiftAction::Handle(args) => handle::run(ctx, &args),
            GiftAction::Notify(args) => notify::gift(ctx, &args),
        },
        Command::Training { action } => record(ctx, action),
        Command::Inspection { action } => match action {
            InspectionAction::Record(action) => record(ctx, action),
            InspectionAction::Conclude(args) => conclude::run(ctx, &args),
        },
        Command::Action { action } => record(ctx, action),
        Command::Check => check::run(ctx),
        Command::Due(args) => due::run(ctx, &args),
        Command::Report(args) => report::run(ctx, &args),
        Command::Status => status::run(ctx),
        Command::Period { period } => period::run(ctx, period),
        Command::Plan(args) => plan::run(ctx, &args),
        Command::Config(args) => config::run(ctx, &args),
        Command::Whoami => whoami::run(ctx),
        Command::Sync(args) => sync::run(ctx, &args),
        Command::Province(args) => province::run(ctx, &args),
        Command::MergeRecord {
            base,
            ours,
            theirs,
            path,
        } => merge_record::run(ctx, &base, &ours, &theirs, &path),
        Command::Completions { shell } => completions::run(ctx, shell),
        Command::Man { dir } => man::run(ctx, dir.as_deref()),
    }
}

/// The verbs every kind shares, written once.
fn record<R: Rules>(ctx: &mut Context, action: RecordAction<R>) -> Result<()> {
    match action {
        RecordAction::Add(args) => add::run::<R>(ctx, &args),
        RecordAction::List(args) => list::run::<R>(ctx, &args),
        RecordAction::Show(args) => show::run::<R>(ctx, &args),
        RecordAction::Edit(args) => edit::run::<R>(ctx, &args),
        RecordAction::Void(args) => void::run::<R>(ctx, &args),
        RecordAction::Log(args) => log::run::<R>(ctx, &args),
    }
}

/// The process is about to end, and the system takes its memory back at once: freeing a large
/// register record by record would only add time (about 45 ms for 100 000 records).
pub fn leave_to_exit<T>(loaded: T) {
    std::mem::forget(loaded);
}

/// Writes to standard output; a closed pipe surfaces as [`Error::Output`] and ends quietly.
pub fn out(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    // The one way to standard output: no control character reaches the terminal raw.
    let text = crate::i18n::visible(text);
    stdout.write_all(text.as_bytes()).map_err(Error::Output)?;
    stdout.flush().map_err(Error::Output)
}

/// How to take a change back when git refuses to commit it.
pub enum Undo {
    /// The file is new: remove it.
    Remove,
    /// The file had these bytes: write them back.
    Restore(Vec<u8>),
}

/// Commits a change; says so when the audit trail cannot take it. When git refuses the commit
/// (its index locked, no identity…), the change is taken back first: nothing is left half done.
pub fn commit(
    reg: &crate::register::Register,
    ctx: &Context,
    rel: &std::path::Path,
    message: &str,
    actor: &str,
    undo: Undo,
) -> Result<()> {
    let committed = match reg.commit(&[rel.to_path_buf()], message, actor, ctx.commit_time()) {
        Ok(committed) => committed,
        Err(e) => {
            let path = reg.root.join(rel);
            let undone = match undo {
                Undo::Remove => std::fs::remove_file(&path).is_ok(),
                Undo::Restore(bytes) => crate::register::store::replace(&path, &bytes).is_ok(),
            };
            crate::register::git::unstage(&reg.root, rel);
            return Err(match e {
                Error::Git { detail, .. } if undone => Error::GitRefused { detail },
                e => e,
            });
        }
    };
    if committed == crate::register::Commit::GitMissing {
        let warning = crate::i18n::msg::git_cannot_run(message);
        warn(warning.get(ctx.lang), ctx.lang);
    }
    Ok(())
}

/// A warning for a person, on standard error.
pub fn warn(line: &str, lang: crate::i18n::Lang) {
    let label = crate::render::stderr_label(crate::i18n::msg::WARNING_LABEL.get(lang), false);
    eprintln!("{label}: {}", crate::i18n::visible(line));
}
