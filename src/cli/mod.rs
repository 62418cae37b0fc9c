//! The command line, as clap types. Nothing below `commands` sees these.

use std::marker::PhantomData;
use std::path::PathBuf;

use clap::{
    Arg, ArgAction, ArgMatches, Args, Command as ClapCommand, FromArgMatches, Parser, Subcommand,
    ValueEnum,
};

pub mod help;
pub mod province;
pub mod usage;

use crate::i18n::Lang;
use crate::model::schema::{Field, Source, Type};
use crate::model::settings::Delimiter;
use crate::model::{Case, Gift, Inspection, Kind, PlanAction, Record, Training};
use crate::period::PeriodSpec;

/// Sổ kiểm soát xung đột lợi ích, quà tặng và tuyên truyền PCTN (Nghị định 59/2019/NĐ-CP).
///
/// A register of conflict-of-interest cases, gift reports and anti-corruption trainings, kept
/// as YAML files in a folder under git, checked against Decree 59/2019.
#[derive(Debug, Parser)]
#[command(name = "coi", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    /// Without a command: the register's status (`coi status`)
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Register folder (else COI_DATA, the nearest coi.yaml upward, ./data)
    #[arg(long, global = true, env = "COI_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Language of messages and headings: vi (default) or en
    #[arg(long, global = true, env = "COI_LANG", value_name = "vi|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Output: a table for people, JSON for scripts
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Who is acting, for the history and the commit (else COI_USER, git's user.name, coi.yaml's
    /// clerk, the login)
    #[arg(long, global = true, env = "COI_USER", value_name = "NAME")]
    pub by: Option<String>,
}

/// The global flags, read before the whole command line is parsed (so that the help is in the
/// register's language): clap's own parser, told to go past what it cannot read (an unknown
/// option ends what it reads) and to show no help.
pub fn first_pass(args: &[std::ffi::OsString]) -> Global {
    /// Neither help nor version nor a value refused by a command's own parser ends the first
    /// pass (the global flags keep theirs).
    fn quiet(command: ClapCommand) -> ClapCommand {
        command
            .mut_args(
                |a| match a.is_global_set() || !a.get_action().takes_values() {
                    true => a,
                    false => a.value_parser(clap::builder::ValueParser::os_string()),
                },
            )
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .mut_subcommands(quiet)
    }
    // `coi help case --lang en`: the words after `help`, read as the flags around them are.
    let help = ClapCommand::new("help").arg(Arg::new("command").action(ArgAction::Append));
    let command =
        quiet(<Cli as clap::CommandFactory>::command().ignore_errors(true)).subcommand(help);
    command
        .try_get_matches_from(args)
        .ok()
        .and_then(|m| Global::from_arg_matches(&m).ok())
        .unwrap_or(Global {
            data: None,
            lang: None,
            format: None,
            by: None,
        })
}

/// Why a value typed on the command line was refused: coi's own parsers say it as data, so
/// that it is told in the person's language without reading any library's English.
#[derive(Debug, thiserror::Error)]
pub enum BadValue {
    #[error("use vi or en")]
    Language,
    #[error(transparent)]
    Number(#[from] std::num::ParseIntError),
    #[error("a number from {low} to {high} is needed")]
    OutOfRange { low: String, high: String },
    #[error("a character is needed")]
    NoCharacter,
    #[error("only one character is allowed")]
    MoreThanOneCharacter,
    #[error(
        "the CSV delimiter must be one ASCII character other than a double quote or a line break"
    )]
    Delimiter,
    /// Not a reporting period: told as the command tells a refused value, `flag: problem`.
    #[error("not a reporting period")]
    Period {
        flag: &'static str,
        problem: crate::i18n::Text,
    },
}

fn parse_lang(s: &str) -> Result<Lang, BadValue> {
    Lang::parse(s).ok_or(BadValue::Language)
}

/// A whole number between `low` and `high`.
fn whole<T: TryFrom<i64> + std::fmt::Display>(s: &str, low: T, high: T) -> Result<T, BadValue> {
    let n: i64 = s.parse()?;
    T::try_from(n).map_err(|_| BadValue::OutOfRange {
        low: low.to_string(),
        high: high.to_string(),
    })
}

fn parse_days(s: &str) -> Result<u32, BadValue> {
    whole(s, u32::MIN, u32::MAX)
}

fn parse_index(s: &str) -> Result<usize, BadValue> {
    whole(s, usize::MIN, usize::MAX)
}

fn parse_year(s: &str) -> Result<i32, BadValue> {
    whole(s, i32::MIN, i32::MAX)
}

/// A year of four digits, as plan files are named.
fn parse_plan_year(s: &str) -> Result<i32, BadValue> {
    let year: i32 = s.trim().parse()?;
    if (1000..=9999).contains(&year) {
        Ok(year)
    } else {
        Err(BadValue::OutOfRange {
            low: "1000".into(),
            high: "9999".into(),
        })
    }
}

fn parse_delimiter(s: &str) -> Result<Delimiter, BadValue> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => Err(BadValue::NoCharacter),
        (Some(c), None) => Delimiter::new(c).ok_or(BadValue::Delimiter),
        (Some(_), Some(_)) => Err(BadValue::MoreThanOneCharacter),
    }
}

/// The value parser of `--period`.
pub fn period_flag(s: &str) -> Result<PeriodSpec, BadValue> {
    period_named(s, "--period")
}

/// The value parser of `coi period`'s `PERIOD`.
pub fn period_argument(s: &str) -> Result<PeriodSpec, BadValue> {
    period_named(s, "PERIOD")
}

fn period_named(s: &str, flag: &'static str) -> Result<PeriodSpec, BadValue> {
    PeriodSpec::parse(s).map_err(|problem| BadValue::Period { flag, problem })
}

/// What `--as-of` reads the register at: the end of a day, or a git revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsOf {
    /// The last commit of that day, in Vietnam's time; with the day as it was typed.
    Day(chrono::NaiveDate, String),
    /// A commit, a tag, `HEAD~3`…
    Revision(String),
}

impl AsOf {
    /// A date, else a revision; git says later whether it knows it.
    pub fn parse(s: &str) -> Result<AsOf, BadValue> {
        Ok(match crate::model::values::parse_date(s) {
            Ok(day) => AsOf::Day(day, s.to_string()),
            Err(_) => AsOf::Revision(s.to_string()),
        })
    }

    /// The revision, when it is one.
    pub fn revision(&self) -> Option<&str> {
        match self {
            AsOf::Day(..) => None,
            AsOf::Revision(rev) => Some(rev),
        }
    }

    /// The value as it was typed.
    pub fn typed(&self) -> &str {
        match self {
            AsOf::Day(_, typed) | AsOf::Revision(typed) => typed,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a register: coi.yaml, the record folders and a git repository
    Init(InitArgs),
    /// Conflict-of-interest cases (vụ việc xung đột lợi ích)
    Case {
        #[command(subcommand)]
        action: CaseAction,
    },
    /// Gift reports and hand-overs (báo cáo, nộp lại quà tặng)
    Gift {
        #[command(subcommand)]
        action: GiftAction,
    },
    /// Propagation and training sessions (tuyên truyền, tập huấn PCTN)
    Training {
        #[command(subcommand)]
        action: RecordAction<Training>,
    },
    /// Inspections and supervision of public duty (kiểm tra, giám sát công vụ)
    Inspection {
        #[command(subcommand)]
        action: InspectionAction,
    },
    /// The other steps of the year's plan: dissemination, rule reviews, focal points…
    Action {
        #[command(subcommand)]
        action: RecordAction<PlanAction>,
    },
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

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 (the year), or `last` for the latest quarter
    /// that has ended
    #[arg(long, value_name = "PERIOD", required_unless_present = "from", conflicts_with_all = ["from", "to"], value_parser = period_flag)]
    pub period: Option<PeriodSpec>,
    /// Start of a period of your own (with --to)
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// End of a period of your own (with --from)
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// Write tong-hop.csv, theo-don-vi.csv, qua-tang.csv, xung-dot-loi-ich.csv, tuyen-truyen.csv,
    /// kiem-tra.csv, ke-hoach.csv, bieu-01-pctn.csv, dieu-chinh.csv, khong-tinh.csv here
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Write one workbook with a sheet for each table
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
    /// Write the report document (.docx) in the layout of Decree 30/2020/NĐ-CP: header, the
    /// results task by task, parts for the clerk to write, «Nơi nhận», the signer and the
    /// indicator table
    #[arg(long, value_name = "FILE")]
    pub docx: Option<PathBuf>,
    /// Leave out the records that `coi check` finds errors in, and list them, instead of refusing
    #[arg(long)]
    pub allow_errors: bool,
    /// The register as it stood at a git revision (a commit, tag, HEAD~3…) or at the end of a
    /// day (the last commit of that day), read from git without touching the working tree
    #[arg(long, value_name = "REV|DATE", value_parser = AsOf::parse)]
    pub as_of: Option<AsOf>,
    /// Record the submission of this report: an annotated git tag bao-cao/<period> holding
    /// every figure
    #[arg(long, conflicts_with_all = ["as_of", "allow_errors"])]
    pub submit: bool,
    /// The report's number as it is signed (12, or 12/BC-BQL): written in the document and
    /// kept with the submission, so that a later correction names it
    #[arg(long, value_name = "NUMBER")]
    pub number: Option<String>,
    /// CSV delimiter (default from coi.yaml, else ','); ';' suits Excel in the Vietnamese setting
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<Delimiter>,
    /// Write CSV without the byte-order mark
    #[arg(long)]
    pub no_bom: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Only tell git how to merge record files (.gitattributes and the repository's
    /// configuration), for a clone made before this version
    #[arg(long)]
    pub setup: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub action: Option<PlanCommand>,
    /// The plan's year (default: the current report year)
    #[arg(long, value_name = "YEAR", value_parser = parse_plan_year)]
    pub year: Option<i32>,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Write plans/<year>.yaml with the seed plan's eight tasks, for the office to fill in
    Init(PlanInitArgs),
    /// Open plans/<year>.yaml in the editor (VISUAL, EDITOR), check it and commit it
    Edit(PlanEditArgs),
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub action: ConfigCommand,
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum ConfigCommand {
    /// Open coi.yaml in the editor (VISUAL, EDITOR), check it as every command reads it and
    /// commit it, for `coi sync` to send to the other clones
    Edit,
}

#[derive(Debug, Args)]
pub struct PlanInitArgs {
    /// The plan's year (default: this year)
    #[arg(long, value_name = "YEAR", value_parser = parse_plan_year)]
    pub year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct PlanEditArgs {
    /// The plan's year (default: the current report year)
    #[arg(long, value_name = "YEAR", value_parser = parse_plan_year)]
    pub year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Also show what falls due within this many days
    #[arg(long, value_name = "DAYS", default_value_t = 7, value_parser = parse_days)]
    pub within: u32,
    /// Only this unit's steps (code from coi.yaml); the province's report deadlines belong to
    /// no unit and are left out
    #[arg(long, value_name = "CODE")]
    pub unit: Option<String>,
    /// Only this kind: case, gift, training, inspection, action, or report (the report
    /// deadlines)
    #[arg(
        long,
        value_name = "KIND",
        hide_possible_values = true,
        value_parser = clap::builder::PossibleValuesParser::new(
            due_kinds().map(|(noun, vi)| clap::builder::PossibleValue::new(noun).alias(vi))
        )
    )]
    pub kind: Option<String>,
    /// Show at most this many, the most urgent first, and say how many more there are
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
}

/// What `coi due --kind` takes: the nouns of the kinds of record, and `report`, each also in
/// Vietnamese without diacritics.
pub fn due_kinds() -> impl Iterator<Item = (&'static str, &'static str)> {
    (Kind::ALL.into_iter())
        .map(|k| (k.noun(), k.spec().word))
        .chain([("report", "han-bao-cao")])
}

#[derive(Debug, Subcommand)]
pub enum CaseAction {
    #[command(flatten)]
    Record(RecordAction<Case>),
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

#[derive(Debug, Subcommand)]
pub enum GiftAction {
    #[command(flatten)]
    Record(RecordAction<Gift>),
    /// Record that the gift was handed over
    Handover(StepArgs),
    /// Record how the gift was handled (Decree 59 Art. 27)
    Handle(HandleArgs),
    /// Record that the giver's managing body was notified
    Notify(StepArgs),
}

#[derive(Debug, Subcommand)]
pub enum InspectionAction {
    #[command(flatten)]
    Record(RecordAction<Inspection>),
    /// Record the conclusion: what was found and what was corrected
    Conclude(ConcludeArgs),
}

#[derive(Debug, Args)]
pub struct ConcludeArgs {
    /// The inspection's ID
    pub id: String,
    /// Date of the conclusion
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Number of the written conclusion
    #[arg(long, value_name = "TEXT")]
    pub conclusion_no: Option<String>,
    /// Violations found
    #[arg(long, value_name = "N", value_parser = parse_days)]
    pub violations: Option<u32>,
    /// Violations corrected
    #[arg(long, value_name = "N", value_parser = parse_days)]
    pub corrected: Option<u32>,
    /// What the inspection found
    #[arg(long, value_name = "TEXT")]
    pub findings: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// A step that happened on a date.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// The record's ID
    pub id: String,
    /// When it happened (14/03/2026 or 2026-03-14)
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The case's ID
    pub id: String,
    /// The measure (its values are listed from the vocabulary, in `cli::help`)
    #[arg(
        long,
        value_name = "KIND",
        required_unless_present = "no_conflict",
        conflicts_with = "no_conflict"
    )]
    pub measure: Option<String>,
    /// The head found no conflict of interest
    #[arg(long)]
    pub no_conflict: bool,
    /// Date of the decision
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Number of the decision
    #[arg(long, value_name = "TEXT")]
    pub decision_no: Option<String>,
    /// Who supervises (default: the unit's focal point in coi.yaml, for supervision)
    #[arg(long, value_name = "NAME")]
    pub supervisor: Option<String>,
    /// The measure applies from
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The measure applies until
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct EndMeasureArgs {
    /// The case's ID
    pub id: String,
    /// When the measure ended
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Which measure (1 for the first); needed when more than one is running
    #[arg(long, value_name = "N", value_parser = parse_index)]
    pub measure: Option<usize>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct CancelMeasureArgs {
    /// The case's ID
    pub id: String,
    /// The date of the cancellation decision
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Which measure (1 for the first); needed when the case has more than one temporary measure
    #[arg(long, value_name = "N", value_parser = parse_index)]
    pub measure: Option<usize>,
    /// The number of the cancellation decision
    #[arg(long, value_name = "NO")]
    pub decision_no: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct PublishCancellationArgs {
    /// The case's ID
    pub id: String,
    /// The day the cancellation was announced, or first posted
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// How: meeting or posting (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "FORM")]
    pub form: String,
    /// Which measure (1 for the first); needed when the case has more than one temporary measure
    #[arg(long, value_name = "N", value_parser = parse_index)]
    pub measure: Option<usize>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The case's ID
    pub id: String,
    /// When the case was closed
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The outcome (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "OUTCOME")]
    pub outcome: String,
    /// Discipline (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "KIND")]
    pub discipline: Option<String>,
    /// The head's responsibility, when a violation occurred
    #[arg(long, value_name = "TEXT")]
    pub head_responsibility: Option<String>,
    /// End the temporary suspension, suspension or temporary transfer still running on the
    /// closing day (each ending is recorded in the history)
    #[arg(long)]
    pub end_measures: bool,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct HandleArgs {
    /// The gift's ID
    pub id: String,
    /// How the gift was handled (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "OUTCOME")]
    pub outcome: String,
    /// Date of the decision on handling
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Date the goods were sold
    #[arg(long, value_name = "DATE")]
    pub sold_on: Option<String>,
    /// What the sale brought in (đồng)
    #[arg(long, value_name = "VND")]
    pub proceeds: Option<String>,
    /// Costs of the sale (đồng)
    #[arg(long, value_name = "VND")]
    pub costs: Option<String>,
    /// Date of payment into the state budget
    #[arg(long, value_name = "DATE")]
    pub paid_on: Option<String>,
    /// Amount paid into the state budget (đồng)
    #[arg(long, value_name = "VND")]
    pub amount: Option<String>,
    /// Number of the payment voucher
    #[arg(long, value_name = "TEXT")]
    pub voucher: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct VoidArgs {
    /// The record's ID
    pub id: String,
    /// Why the record is void (entered by mistake, a duplicate…)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Date of voiding (default: today)
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder of the new register (created if needed)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Name of the agency (tên cơ quan)
    #[arg(long, value_name = "NAME")]
    pub agency: String,
    /// A unit as CODE=NAME, e.g. VP="Văn phòng"; repeat for each unit
    #[arg(long = "unit", value_name = "CODE=NAME")]
    pub units: Vec<String>,
    /// Where the periodic report goes
    #[arg(long, value_name = "TEXT")]
    pub report_to: Option<String>,
    /// Do not create a git repository
    #[arg(long)]
    pub no_git: bool,
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

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this unit (code from coi.yaml)
    #[arg(long, value_name = "CODE")]
    pub unit: Option<String>,
    /// Only this year (the year in the ID)
    #[arg(long, value_name = "YEAR", value_parser = parse_year)]
    pub year: Option<i32>,
    /// Only records in this status (e.g. awaiting-decision, under-measure, closed, void)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The record's ID, e.g. XDLI-2026-001
    pub id: String,
}

/// The fields of a new record, one flag each, made from the kind's schema: `person.name`
/// becomes `--person-name`. Values stay text here; `commands::add` reads them.
#[derive(Debug)]
pub struct AddArgs<R> {
    /// (field path, values in the order given), for each flag that was used.
    pub values: Vec<(String, Vec<String>)>,
    pub quiet: bool,
    kind: PhantomData<R>,
}

/// A flag for each field a person fills in, with its dotted path.
pub fn add_flags(fields: &'static [Field]) -> Vec<(String, &'static Field)> {
    fn walk(fields: &'static [Field], prefix: &str, out: &mut Vec<(String, &'static Field)>) {
        for f in fields.iter().filter(|f| f.source == Source::Person) {
            let path = if prefix.is_empty() {
                f.name.to_string()
            } else {
                format!("{prefix}.{}", f.name)
            };
            match f.ty {
                Type::Object(inner) | Type::Objects(inner) => walk(inner, &path, out),
                _ => out.push((path, f)),
            }
        }
    }
    let mut out = Vec::new();
    walk(fields, "", &mut out);
    out
}

/// `person.name` → `person-name`.
pub fn flag_name(path: &str) -> String {
    path.replace(['.', '_'], "-")
}

fn value_name(ty: Type) -> &'static str {
    match ty {
        Type::Date => "DATE",
        Type::Money => "VND",
        Type::Count => "N",
        Type::Bool => "true|false",
        Type::Unit => "CODE",
        Type::Units => "CODES",
        Type::Choice(_) | Type::Choices(_) => "VALUE",
        _ => "TEXT",
    }
}

fn flag_help(f: &Field) -> (String, String) {
    let short = format!("{} ({})", f.label.vi, f.label.en);
    let mut long = short.clone();
    if let Type::Choice(v) | Type::Choices(v) = f.ty {
        long.push_str("\n\nValues:");
        for t in v.terms {
            let aliases = if t.aliases.is_empty() {
                String::new()
            } else {
                format!(" [{}]", t.aliases.join(", "))
            };
            long.push_str(&format!("\n  {}{} — {}", t.yaml, aliases, t.vi));
        }
    }
    match f.ty {
        Type::Date => long.push_str("\n\n14/03/2026 or 2026-03-14"),
        Type::Money => long.push_str("\n\nWhole đồng: 2000000, 2.000.000 or 2,000,000"),
        Type::Choices(_) | Type::Units => {
            long.push_str("\n\nRepeat the flag or separate values with commas")
        }
        _ => {}
    }
    (short, long)
}

impl<R: Record> FromArgMatches for AddArgs<R> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut values = Vec::new();
        for (path, _) in add_flags(R::FIELDS) {
            if let Some(given) = m.get_many::<String>(&path) {
                values.push((path, given.cloned().collect()));
            }
        }
        Ok(AddArgs {
            values,
            quiet: m.get_flag("quiet"),
            kind: PhantomData,
        })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl<R: Record> Args for AddArgs<R> {
    fn augment_args(mut cmd: ClapCommand) -> ClapCommand {
        for (path, field) in add_flags(R::FIELDS) {
            let (help, long_help) = flag_help(field);
            cmd = cmd.arg(
                Arg::new(path.clone())
                    .long(flag_name(&path))
                    .value_name(value_name(field.ty))
                    .action(ArgAction::Append)
                    // Text may begin with a dash ("- Giám sát…", "-2+3").
                    .allow_hyphen_values(matches!(field.ty, Type::Text | Type::LongText))
                    .help(help)
                    .long_help(long_help),
            );
        }
        // `--value-vnd -5` reaches the amount parser, which explains what is wrong with it.
        cmd.allow_negative_numbers(true).arg(
            Arg::new("quiet")
                .long("quiet")
                .short('q')
                .action(ArgAction::SetTrue)
                .help("Print only the new ID"),
        )
    }

    fn augment_args_for_update(cmd: ClapCommand) -> ClapCommand {
        Self::augment_args(cmd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent_in_both_languages() {
        Cli::command().debug_assert();
        crate::cli::help::localize(Cli::command(), Lang::Vi).debug_assert();
        crate::cli::help::localize(Cli::command(), Lang::En).debug_assert();
    }

    #[test]
    fn the_first_pass_reads_the_global_flags_past_help_and_refused_values() {
        let global = |line: &str| {
            let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
            first_pass(&args)
        };
        assert_eq!(
            global("coi case list --lang en --help").lang,
            Some(Lang::En)
        );
        assert_eq!(
            global("coi report --period 2026-Q9 --lang en").lang,
            Some(Lang::En)
        );
        assert_eq!(global("coi help --lang en").lang, Some(Lang::En));
        assert_eq!(global("coi help case --lang en").lang, Some(Lang::En));
        let g = global("coi --data reg --format json due --within x");
        assert_eq!(g.data, Some(PathBuf::from("reg")));
        assert_eq!(g.format, Some(Format::Json));
    }

    #[test]
    fn a_period_is_named_once_and_dated_by_the_register() {
        assert_eq!(PeriodSpec::parse(" LAST "), Ok(PeriodSpec::Last));
        assert_eq!(PeriodSpec::parse("ky-truoc"), Ok(PeriodSpec::Last));
        let q1 = PeriodSpec::parse("2026-q1").unwrap();
        assert_eq!(q1, PeriodSpec::Named(2026, crate::period::Span::Quarter(1)));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        assert_eq!(
            q1.period(day, 15),
            crate::period::Period::parse("2026-Q1", 15).unwrap()
        );
        assert_eq!(
            PeriodSpec::parse("2026-Q5"),
            Err(crate::i18n::msg::not_a_period("2026-Q5"))
        );
    }

    #[test]
    fn as_of_is_a_day_or_a_revision() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
        assert_eq!(
            AsOf::parse("20/05/2026").unwrap(),
            AsOf::Day(day, "20/05/2026".into())
        );
        assert_eq!(AsOf::parse("HEAD~1").unwrap().revision(), Some("HEAD~1"));
    }
    #[test]
    fn nested_fields_become_dashed_flags() {
        let flags: Vec<String> = add_flags(crate::model::case::FIELDS)
            .iter()
            .map(|(p, _)| flag_name(p))
            .collect();
        for f in [
            "unit",
            "person-name",
            "person-position",
            "situation-type",
            "reporter-organization",
            "measures-decided-on",
            "closed-head-responsibility",
            "note",
        ] {
            assert!(flags.contains(&f.to_string()), "{f}");
        }
        assert!(!flags.contains(&"id".to_string()));
        assert!(!flags.contains(&"history".to_string()));
    }
}
