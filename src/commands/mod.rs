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
pub mod editor;
pub mod end_measure;
pub mod fields;
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
pub mod publishing;
pub mod read;
pub mod report;
pub mod screen;
pub mod settings;
pub mod show;
pub mod status;
pub mod submitted;
pub mod sync;
pub mod void;
pub mod whoami;

use std::io::Write;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::rules::Rules;
use std::path::PathBuf;

use crate::flags::period_argument;
use crate::model::Record;
use crate::period::PeriodSpec;
use add::AddArgs;
use args::{ShowArgs, StepArgs};
use cancel_measure::{CancelMeasureArgs, PublishCancellationArgs};
use clap::Subcommand;
use close::CloseArgs;
use conclude::ConcludeArgs;
use config::ConfigArgs;
use decide::DecideArgs;
use due::DueArgs;
use end_measure::EndMeasureArgs;
use handle::HandleArgs;
use init::InitArgs;
use list::ListArgs;
use plan::PlanArgs;
use report::ReportArgs;
use sync::SyncArgs;
use void::VoidArgs;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a register: coi.yaml, the record folders and a git repository
    Init(InitArgs),
    /// The records, one command per kind (`case`, `gift`…), as the table of kinds lists them
    #[command(flatten)]
    Kind(KindCommand),
    /// Check every record and coi.yaml; print each problem with its file and line
    Check,
    /// Deadlines of Decree 59 and report deadlines of coi.yaml that are overdue or fall due soon
    Due(DueArgs),
    /// Figures for a reporting period, in the shape of Circular 06/2025/TT-TTCP
    Report(ReportArgs),
    /// This year's records by kind and status, what is overdue, the current reporting period and
    /// the next report deadline
    Status,
    /// The year's plan: its tasks × units, what has been recorded and what is still missing
    Plan(PlanArgs),
    /// The register's settings, coi.yaml: `coi config edit`
    Config(ConfigArgs),
    /// A reporting period's code and dates, as `report` reads it (for scripts: `coi period last`)
    Period {
        /// 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026, or `last` (the default)
        #[arg(value_name = "PERIOD", default_value = "last", value_parser = period_argument)]
        period: PeriodSpec,
    },
    /// Make this clone and the shared remote one: fetch, give a new number to each record made
    /// here whose number was taken there, replay, push
    Sync(SyncArgs),
    /// The Inspectorate's compile of every agency's submitted report (province.yaml)
    Province(province::ProvinceArgs),
    /// The merge driver git runs for record files (registered by init and sync)
    #[command(hide = true)]
    MergeRecord {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        path: String,
    },
    /// Who coi records as acting and commits as, `NAME <EMAIL>` (for scripts that commit too)
    Whoami,
    /// Print a shell completion script (bash, zsh, fish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `coi man > coi.1`, or write one page per command
    Man {
        /// Write coi.1, coi-case.1, coi-case-add.1 … into this folder instead
        #[arg(long, value_name = "DIR")]
        dir: Option<std::path::PathBuf>,
    },
}

/// One subcommand per kind of record, made from the table of kinds ([`crate::kinds!`]): its
/// noun, its help and its verbs.
macro_rules! kind_commands {
    ($(
        $kind:ident: $module:ident::$ty:ident, $prefix:literal, $folder:literal, $noun:literal,
        $word:literal, $label:ident, $about:ident $(, verbs: $verbs:ident)? $(, rules: $own:ident)?;
    )*) => {
        #[derive(Debug, Subcommand)]
        pub enum KindCommand {
            $(
                #[command(name = $noun, about = crate::i18n::msg::$about.en)]
                $kind {
                    #[command(subcommand)]
                    action: KindAction<crate::model::$ty $(, $verbs)?>,
                },
            )*
        }

        impl KindCommand {
            fn run(self, ctx: &mut Context) -> Result<()> {
                match self {
                    $(KindCommand::$kind { action } => action.run(ctx),)*
                }
            }
        }
    };
}

crate::kinds!(kind_commands);

/// A kind's command: the verbs every kind has, and the steps of its own lifecycle.
#[derive(Debug, Subcommand)]
pub enum KindAction<R: Rules, V: Verbs = NoVerbs> {
    #[command(flatten)]
    Record(RecordAction<R>),
    #[command(flatten)]
    Own(V),
}

impl<R: Rules, V: Verbs> KindAction<R, V> {
    fn run(self, ctx: &mut Context) -> Result<()> {
        match self {
            KindAction::Record(action) => record(ctx, action),
            KindAction::Own(verbs) => verbs.run(ctx),
        }
    }
}

/// The steps of a kind's lifecycle beyond the verbs every kind has, named in the table of kinds.
pub trait Verbs: Subcommand + std::fmt::Debug {
    fn run(self, ctx: &mut Context) -> Result<()>;
}

/// The verbs of a kind that has only those every kind has.
#[derive(Debug, Subcommand)]
pub enum NoVerbs {}

impl Verbs for NoVerbs {
    fn run(self, _: &mut Context) -> Result<()> {
        match self {}
    }
}

#[derive(Debug, Subcommand)]
pub enum CaseVerbs {
    /// Record the head's decision: a control measure, or that there is no conflict
    Decide(DecideArgs),
    /// Record that a measure ended (e.g. a temporary suspension after its 90 days)
    EndMeasure(EndMeasureArgs),
    /// Record the decision cancelling a temporary suspension or transfer (Decree 59 Art. 48)
    CancelMeasure(CancelMeasureArgs),
    /// Record how the cancellation was made public: at a meeting or posted (Decree 59 Art. 49)
    PublishCancellation(PublishCancellationArgs),
    /// Record the written notice of the decision to the person and the reporter
    Notify(StepArgs),
    /// Close the case with its outcome and any discipline
    Close(CloseArgs),
}

impl Verbs for CaseVerbs {
    fn run(self, ctx: &mut Context) -> Result<()> {
        match self {
            CaseVerbs::Decide(args) => decide::run(ctx, &args),
            CaseVerbs::EndMeasure(args) => end_measure::run(ctx, &args),
            CaseVerbs::CancelMeasure(args) => cancel_measure::cancel(ctx, &args),
            CaseVerbs::PublishCancellation(args) => cancel_measure::publish(ctx, &args),
            CaseVerbs::Notify(args) => notify::case(ctx, &args),
            CaseVerbs::Close(args) => close::run(ctx, &args),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum GiftVerbs {
    /// Record that the gift was handed over
    Handover(StepArgs),
    /// Record how the gift was handled (Decree 59 Art. 27)
    Handle(HandleArgs),
    /// Record that the giver's managing body was notified
    Notify(StepArgs),
}

impl Verbs for GiftVerbs {
    fn run(self, ctx: &mut Context) -> Result<()> {
        match self {
            GiftVerbs::Handover(args) => handover::run(ctx, &args),
            GiftVerbs::Handle(args) => handle::run(ctx, &args),
            GiftVerbs::Notify(args) => notify::gift(ctx, &args),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum InspectionVerbs {
    /// Record the conclusion: what was found and what was corrected
    Conclude(ConcludeArgs),
}

impl Verbs for InspectionVerbs {
    fn run(self, ctx: &mut Context) -> Result<()> {
        match self {
            InspectionVerbs::Conclude(args) => conclude::run(ctx, &args),
        }
    }
}

/// What can be done with every kind of record.
#[derive(Debug, Subcommand)]
pub enum RecordAction<R: Record> {
    /// Record a new one; every field is a flag, the new ID is the last line printed
    Add(AddArgs<R>),
    /// List the records, sorted by ID
    List(ListArgs),
    /// Show one record in full
    Show(ShowArgs),
    /// Correct a record in your editor ($VISUAL, $EDITOR); it is checked before it is saved
    Edit(ShowArgs),
    /// Void a record entered by mistake: it stays, marked void, and leaves every figure
    Void(VoidArgs),
    /// The record's history, with the git commits that touched its file
    Log(ShowArgs),
}

/// Runs the command; `app` is the whole command line as clap knows it, for the commands that
/// describe it (`man`, `completions`).
pub fn run(ctx: &mut Context, command: Option<Command>, app: fn() -> clap::Command) -> Result<()> {
    let Some(command) = command else {
        return status::run(ctx);
    };
    match command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Kind(command) => command.run(ctx),
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
        Command::Completions { shell } => completions::run(ctx, app, shell),
        Command::Man { dir } => man::run(ctx, app, dir.as_deref()),
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

/// Writes lines to standard output as they are made, through one buffer, so that a long output
/// (every finding of a large register) is never held whole; as [`out`], no control character
/// reaches the terminal raw, and a closed pipe surfaces as [`Error::Output`].
pub fn out_lines(lines: impl IntoIterator<Item = String>) -> Result<()> {
    let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    for line in lines {
        let line = crate::i18n::visible(&line);
        (stdout.write_all(line.as_bytes()))
            .and_then(|()| stdout.write_all(b"\n"))
            .map_err(Error::Output)?;
    }
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
