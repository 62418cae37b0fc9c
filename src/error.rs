//! The one error type of `coi`. Each error knows its message and hint in both languages and its
//! exit code; `main` is the only place that prints them. An error carries data, not text: a
//! refused step is a [`Refusal`], a command line that cannot be used a [`Misuse`], a value
//! given to a flag that cannot be used a [`ValueProblem`], each with its values, worded here.
//! What the parsers below say of a value ([`ValueFault`], in `model::fault`) and of a plan task
//! (`rules::validate::UnknownTask`) is worded beside them, as `check` shows it too.

use std::io;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::i18n::msg;
use crate::i18n::{Lang, Text, join, lower_first};
pub use crate::model::fault::ValueFault;
use crate::model::vocab::{Term, Vocabulary};
use crate::model::{Kind, RecordId, show_date};
use crate::problem::{ConfigProblem, Finding, Located};
use crate::rules::validate::UnknownTask;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No register was found from the current folder.
    #[error("no register found")]
    NoRegister { from: PathBuf },
    /// `--data` names a folder without `coi.yaml`.
    #[error("not a register: {path}")]
    NotARegister { path: PathBuf },
    #[error("a register already exists: {path}")]
    RegisterExists { path: PathBuf },
    /// `coi.yaml` cannot be read as a configuration.
    #[error("{}", config_message(.path, .problem).en)]
    Config {
        path: PathBuf,
        problem: ConfigProblem,
    },
    #[error("{action}: {path}: {source}")]
    Io {
        action: Text,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A file that `coi` makes (a workbook, a document) could not be made: why, in the words
    /// of the reader's language.
    #[error("{action}: {path}: {}", .reason.en)]
    Make {
        action: Text,
        path: PathBuf,
        reason: Text,
    },
    /// Writing to standard output failed (a closed pipe ends quietly in `main`).
    #[error("cannot write the output: {0}")]
    Output(#[source] io::Error),
    /// The command line is wrong; the misuse says how.
    #[error("{}", .0.message().en)]
    Usage(Misuse),
    /// Values given on the command line that cannot be used: each flag with what is wrong.
    #[error("invalid values: {}", join(.0.iter().map(|p| p.message().en)))]
    InvalidValues(Vec<ValueProblem>),
    /// Required fields that were not given, as flags.
    #[error("missing fields: {}", .flags.join(", "))]
    MissingFields { flags: Vec<String> },
    #[error("unknown unit code {code}")]
    UnknownUnit { code: String, known: Vec<String> },
    /// A `plan_task` that the plan of the record's year does not have.
    #[error("unknown plan task {} for {}", .0.code, .0.year)]
    UnknownTask(UnknownTask),
    /// `plan init` for a year that already has its plan file.
    #[error("plan exists: {}", .path.display())]
    PlanExists { path: PathBuf, year: i32 },
    /// A plan file that cannot be read as a plan.
    #[error("cannot read plan {}", .path.display())]
    BadPlan {
        path: PathBuf,
        findings: Vec<Located>,
    },
    #[error("no record {id}")]
    NotFound { id: String, noun: &'static str },
    /// A record file that cannot be read.
    #[error("cannot read record {}", .path.display())]
    BadRecord {
        path: PathBuf,
        findings: Vec<Located>,
    },
    /// The new record breaks a rule (dates out of order, a handling that does not fit…).
    #[error("the record breaks the rules")]
    Rejected(Vec<Finding>),
    /// A step that makes no sense for the register or the record as it stands.
    #[error("{}", .0.message().en)]
    Refused(Refusal),
    #[error("the register is locked by another coi process")]
    Locked { path: PathBuf },
    /// A path inside the register that is a symbolic link: never read or written through.
    #[error("symbolic link in the register: {}", .path.display())]
    Symlink { path: PathBuf },
    /// Git refused to open the repository or to take the change (another account's folder, its
    /// index locked, no identity); nothing of the change was left behind.
    #[error("git refused the change: {detail}")]
    GitRefused { detail: String },
    #[error("git {action} failed: {detail}")]
    Git { action: String, detail: String },
    /// Problems that were already printed (e.g. by `check`): exit 1 without another message.
    #[error("problems were reported")]
    Reported,
}

/// A step `coi` refuses for the register or the record as it stands: which refusal, and its
/// values. Worded in one place, [`Refusal::message`] and [`Refusal::hint`].
#[derive(Debug, Clone)]
pub enum Refusal {
    /// No sequence number is left for a new record of the year after `last`.
    NoNumberLeft {
        last: RecordId,
        year: i32,
    },
    /// The register's repository is in the middle of a merge.
    GitMidMerge,
    RecordVoid {
        id: RecordId,
    },
    RecordVoidBecause {
        id: RecordId,
        reason: String,
    },
    /// A record's draft still has errors and the person gave up.
    DraftHasErrors,
    /// The record file changed while the editor was open.
    ChangedWhileEditing {
        id: RecordId,
    },
    /// A settings file's draft (`coi.yaml`, a plan) still has errors and the person gave up.
    SettingsDraftHasErrors {
        file: String,
    },
    SettingsChangedWhileEditing {
        file: String,
    },
    EditorFailed {
        program: String,
    },
    /// A question could not be asked or answered on the terminal.
    PromptFailed {
        detail: String,
    },
    PlanEditNone {
        year: i32,
        file: String,
    },
    /// A provisional ID that two published records keep among their aliases.
    IdAliasAmbiguous {
        alias: RecordId,
        ids: Vec<RecordId>,
    },

    // ── `report`
    SubmitRefusedForErrors {
        errors: usize,
    },
    ReportRefusedForErrors {
        errors: usize,
    },
    SubmitNeedsGit,
    SubmitUncommitted,
    AsOfNeedsGit,
    AsOfNoCommitBy {
        day: NaiveDate,
    },
    AsOfUnknownRevision {
        rev: String,
    },
    AsOfNoRegister {
        rev: String,
    },

    // ── `sync` and the merge driver
    SyncNumbersExhausted {
        kind: Kind,
        year: i32,
    },
    SyncCannotPublish {
        path: String,
    },
    SyncMidOperation,
    SyncUncommitted {
        files: Vec<String>,
    },
    /// Settings files changed by hand and not committed: each file, as the person sees it,
    /// with the command that commits it when there is one.
    SyncUncommittedSettings {
        files: Vec<(String, Option<String>)>,
    },
    SyncNoGit {
        dir: PathBuf,
    },
    SyncNoRemote,
    SyncDetached,
    SyncUnreachable {
        remote: String,
        url: String,
        detail: String,
    },
    SyncUnrelated {
        remote: String,
    },
    SyncCannotReplay {
        file: String,
    },
    SyncWorkTree {
        detail: String,
    },
    SyncPushRefused {
        remote: String,
        detail: String,
    },
    SyncRaces,
    SyncRewritten {
        remote: String,
    },
    /// A record file with a git attribute of another program than `driver`, coi's merge driver.
    SyncForeignAttribute {
        file: String,
        attribute: String,
        driver: &'static str,
    },
    SyncMoveUnfinished {
        detail: String,
    },
    MergeNotARecord {
        path: String,
    },
    MergeBothCreated {
        path: String,
    },
    MergeUnreadable {
        path: String,
        detail: String,
    },

    // ── Steps on a case
    CaseClosedOn {
        on: NaiveDate,
    },
    CaseAlreadyClosed {
        on: NaiveDate,
    },
    NoConflictAlreadyRecorded,
    MeasuresExcludeNoConflict,
    /// A temporary measure's end (`until`) after the longest term allowed from `decided`.
    UntilPastTerm {
        until: NaiveDate,
        decided: NaiveDate,
        term: NaiveDate,
    },
    /// Closing with an outcome other than "no conflict" before any decision is recorded.
    CloseWithoutDecision {
        outcome: &'static Term,
        id: RecordId,
    },
    /// Measures still in force: each one's number (from 1), kind and day of decision.
    CaseHasMeasuresRunning {
        id: RecordId,
        running: Vec<(usize, &'static Term, NaiveDate)>,
    },
    /// `--measure number` of a case with `count` measures.
    NoSuchMeasure {
        count: usize,
        number: usize,
    },
    NoMeasureInForce,
    SeveralMeasuresInForce,
    MeasureAlreadyEnded {
        on: NaiveDate,
    },
    CancellationOfALastingMeasure {
        kind: &'static Term,
    },
    NoTemporaryMeasure,
    SeveralTemporaryMeasures,
    MeasureAlreadyCancelled {
        on: NaiveDate,
    },
    NotCancelledYet {
        id: RecordId,
    },
    CancellationAlreadyPublished {
        on: NaiveDate,
    },
    NoticeAlreadyRecorded {
        on: NaiveDate,
    },
    NothingToNotify,

    // ── Steps on a gift or an inspection
    GiftAlreadyHandedOver {
        on: NaiveDate,
    },
    /// A service is settled by the notice to its provider, never handed over.
    ServiceNotHandedOver {
        id: RecordId,
    },
    GiftNotHandedOver,
    GiftNotHandled,
    GiftAlreadyHandled {
        was: &'static Term,
        on: NaiveDate,
    },
    NothingNew,
    DetailRecordedOtherwise,
    InspectionAlreadyConcluded {
        on: NaiveDate,
    },
    /// No `province.yaml` in the folder a `coi province` command runs in.
    NoProvinceWorkspace {
        dir: PathBuf,
    },
    /// `province.yaml` has problems (printed above).
    ProvinceFileProblems {
        count: usize,
    },
    /// `coi province init` where a workspace already is.
    ProvinceWorkspaceExists {
        file: PathBuf,
    },
    /// `add-agency` with a code the workspace has.
    AgencyTwice {
        code: String,
    },
}

impl Refusal {
    /// Why the step is refused.
    pub fn message(&self) -> Text {
        use Refusal as R;
        let day = |d: &NaiveDate| show_date(*d);
        match self {
            R::NoNumberLeft { last, year } => msg::no_number_left(last, year),
            R::GitMidMerge => msg::git_mid_merge(),
            R::RecordVoid { id } => msg::record_void(id),
            R::RecordVoidBecause { id, reason } => msg::record_void_because(id, reason),
            R::DraftHasErrors => msg::draft_has_errors(),
            R::ChangedWhileEditing { id } => msg::changed_while_editing(id),
            R::SettingsDraftHasErrors { file } => msg::settings_draft_has_errors(file),
            R::SettingsChangedWhileEditing { file } => msg::settings_changed_while_editing(file),
            R::EditorFailed { program } => msg::editor_failed(program),
            R::PromptFailed { detail } => msg::prompt_failed(detail),
            R::PlanEditNone { year, file } => msg::plan_edit_none(year, file),
            R::IdAliasAmbiguous { alias, ids } => {
                let ids: Vec<String> = ids.iter().map(RecordId::to_string).collect();
                msg::id_alias_ambiguous(alias, join(&ids))
            }
            R::SubmitRefusedForErrors { errors } => {
                msg::submit_refused_for_errors(msg::ERRORS.count(*errors as u64))
            }
            R::ReportRefusedForErrors { errors } => {
                msg::report_refused_for_errors(msg::ERRORS.count(*errors as u64))
            }
            R::SubmitNeedsGit => msg::submit_needs_git(),
            R::SubmitUncommitted => msg::submit_uncommitted(),
            R::AsOfNeedsGit => msg::as_of_needs_git(),
            R::AsOfNoCommitBy { day: d } => msg::as_of_no_commit_by(day(d)),
            R::AsOfUnknownRevision { rev } => msg::as_of_unknown_revision(rev),
            R::AsOfNoRegister { rev } => msg::as_of_no_register(rev),
            R::SyncNumbersExhausted { kind, year } => {
                msg::sync_numbers_exhausted(kind.prefix(), year)
            }
            R::SyncCannotPublish { path } => msg::sync_cannot_publish(path),
            R::SyncMidOperation => msg::sync_mid_operation(),
            R::SyncUncommitted { files } => msg::sync_uncommitted(join(files)),
            R::SyncUncommittedSettings { files } => {
                msg::sync_uncommitted_settings(msg::files_with_commands(files))
            }
            R::SyncNoGit { dir } => msg::sync_no_git(dir.display()),
            R::SyncNoRemote => msg::sync_no_remote(),
            R::SyncDetached => msg::sync_detached(),
            R::SyncUnreachable {
                remote,
                url,
                detail,
            } => msg::sync_unreachable(remote, url, detail),
            R::SyncUnrelated { remote } => msg::sync_unrelated(remote),
            R::SyncCannotReplay { file } => msg::sync_cannot_replay(file),
            R::SyncWorkTree { detail } => msg::sync_work_tree(detail),
            R::SyncPushRefused { remote, detail } => msg::sync_push_refused(remote, detail),
            R::SyncRaces => msg::sync_races(),
            R::SyncRewritten { remote } => msg::sync_rewritten(remote),
            R::SyncForeignAttribute {
                file,
                attribute,
                driver,
            } => msg::sync_foreign_attribute(file, attribute, driver),
            R::SyncMoveUnfinished { detail } => msg::sync_move_unfinished(detail),
            R::MergeNotARecord { path } => msg::merge_not_a_record(path),
            R::MergeBothCreated { path } => msg::merge_both_created(path),
            R::MergeUnreadable { path, detail } => msg::merge_unreadable(path, detail),
            R::CaseClosedOn { on } => msg::case_closed_on(day(on)),
            R::CaseAlreadyClosed { on } => msg::case_already_closed(day(on)),
            R::NoConflictAlreadyRecorded => msg::no_conflict_already_recorded(),
            R::MeasuresExcludeNoConflict => msg::measures_exclude_no_conflict(),
            R::UntilPastTerm {
                until,
                decided,
                term,
            } => msg::until_past_term(day(until), day(decided), day(term)),
            R::CloseWithoutDecision { outcome, .. } => msg::close_without_decision(Text::new(
                lower_first(outcome.vi),
                lower_first(outcome.en),
            )),
            R::CaseHasMeasuresRunning { id, running } => {
                let named: Vec<Text> = (running.iter())
                    .map(|(number, kind, decided)| {
                        let kind = Text::new(lower_first(kind.vi), lower_first(kind.en));
                        msg::measure_running(number, kind, day(decided))
                    })
                    .collect();
                msg::case_has_measures_running(Text::joined(&named, "; "), id)
            }
            R::NoSuchMeasure { count, number } => {
                msg::no_such_measure(msg::MEASURES.count(*count as u64), number)
            }
            R::NoMeasureInForce => msg::no_measure_in_force(),
            R::SeveralMeasuresInForce => msg::several_measures_in_force(),
            R::MeasureAlreadyEnded { on } => msg::measure_already_ended(day(on)),
            R::CancellationOfALastingMeasure { kind } => {
                msg::cancellation_of_a_lasting_measure(kind)
            }
            R::NoTemporaryMeasure => msg::no_temporary_measure(),
            R::SeveralTemporaryMeasures => msg::several_temporary_measures(),
            R::MeasureAlreadyCancelled { on } => msg::measure_already_cancelled(day(on)),
            R::NotCancelledYet { id } => msg::not_cancelled_yet(id),
            R::CancellationAlreadyPublished { on } => msg::cancellation_already_published(day(on)),
            R::NoticeAlreadyRecorded { on } => msg::notice_already_recorded(day(on)),
            R::NothingToNotify => msg::nothing_to_notify(),
            R::GiftAlreadyHandedOver { on } => msg::gift_already_handed_over(day(on)),
            R::ServiceNotHandedOver { .. } => msg::service_not_handed_over(),
            R::GiftNotHandedOver => msg::gift_not_handed_over(),
            R::GiftNotHandled => msg::gift_not_handled(),
            R::GiftAlreadyHandled { was, on } => msg::gift_already_handled(was, day(on)),
            R::NothingNew => msg::nothing_new(),
            R::DetailRecordedOtherwise => msg::detail_recorded_otherwise(),
            R::InspectionAlreadyConcluded { on } => msg::inspection_already_concluded(day(on)),
            R::NoProvinceWorkspace { dir } => msg::province_no_workspace(dir.display()),
            R::ProvinceFileProblems { count } => msg::province_file_problems(count),
            R::ProvinceWorkspaceExists { file } => msg::province_exists(file.display()),
            R::AgencyTwice { code } => msg::province_agency_twice(code),
        }
    }

    /// What to do first, for the refusals that have a way forward of their own.
    pub fn hint(&self) -> Option<Text> {
        match self {
            Refusal::ServiceNotHandedOver { id } => Some(msg::hint_service_declined(id)),
            Refusal::CloseWithoutDecision { id, .. } => Some(msg::hint_close_without_decision(id)),
            _ => None,
        }
    }
}

/// A value given to a flag that cannot be used: the flag, and what is wrong with the value.
/// Worded in [`ValueProblem::message`].
#[derive(Debug, Clone)]
pub struct ValueProblem {
    pub flag: String,
    pub fault: ValueFault,
}

impl ValueProblem {
    pub fn new(flag: impl Into<String>, fault: ValueFault) -> ValueProblem {
        ValueProblem {
            flag: flag.into(),
            fault,
        }
    }

    /// `--known-on: not a valid date: '31/02'`: the flag, then what is wrong; a unit given to
    /// `init` is named with the flag, as the person typed it.
    pub fn message(&self) -> Text {
        use ValueFault as F;
        let (flag, why) = (&self.flag, self.fault.message());
        match &self.fault {
            F::UnitNotCodeAndName { typed } => msg::flag_value_problem(flag, typed, why),
            F::UnitCodeCharacters { code } => msg::flag_value_problem(flag, code, why),
            F::UnitNameMissing { code } | F::UnitCodeTwice { code } => {
                msg::named_problem(format!("{flag} {code}"), why)
            }
            _ => msg::named_problem(flag, why),
        }
    }
}

/// A command line that cannot be used: which problem, and its values. Worded in
/// [`Misuse::message`].
#[derive(Debug, Clone)]
pub enum Misuse {
    /// `COI_NOW` is neither an RFC 3339 time nor a date.
    CoiNowInvalid { value: String },
    /// `init --agency` with nothing but spaces.
    AgencyEmpty,
    /// `init` without `--no-git`, and no git to run.
    GitNotFound,
    /// The fields given do not make a record: the reason, in the YAML reader's own words.
    CannotBuildRecord { detail: String },
    /// `coi.yaml`'s CSV delimiter cannot be used and `--delimiter` was not given.
    BadDelimiter,
    /// A question asks for a unit and `coi.yaml` lists none.
    NoUnits,
    /// An ID given on the command line that cannot be read.
    BadId { fault: ValueFault },
    /// A readable ID of another kind of record than the command's.
    IdOfOtherKind { id: RecordId, expected: Kind },
    /// `--status` that is none of the kind's statuses.
    NotAStatus {
        typed: String,
        statuses: &'static Vocabulary,
    },
    /// A name given as nothing but spaces (`coi province … --name`).
    Blank { flag: &'static str },
    /// An agency code that cannot be one.
    BadAgencyCode { code: String },
    /// What `province.yaml` would say of the agency added.
    AgencyRefused { problem: Text },
}

impl Misuse {
    pub fn message(&self) -> Text {
        match self {
            Misuse::CoiNowInvalid { value } => msg::coi_now_invalid(value),
            Misuse::AgencyEmpty => msg::agency_empty(),
            Misuse::GitNotFound => msg::git_not_found(),
            Misuse::CannotBuildRecord { detail } => msg::cannot_build_record(detail),
            Misuse::BadDelimiter => msg::DELIMITER_RULE.into(),
            Misuse::NoUnits => msg::coi_yaml_lists_no_units(),
            Misuse::BadId { fault } => fault.message(),
            Misuse::IdOfOtherKind { id, expected } => {
                msg::id_of_other_kind(id, expected.label(), expected.prefix())
            }
            Misuse::NotAStatus { typed, statuses } => {
                // The codes with the labels the person sees in `list`.
                let known = |lang| {
                    join(
                        (statuses.terms.iter())
                            .map(|t| format!("{} «{}»", t.yaml.replace('_', "-"), t.label(lang))),
                    )
                };
                let vi = msg::not_a_status_of_kind(typed, known(Lang::Vi)).vi;
                let en = msg::not_a_status_of_kind(typed, known(Lang::En)).en;
                Text::new(vi, en)
            }
            Misuse::Blank { flag } => msg::province_blank(flag),
            Misuse::BadAgencyCode { code } => msg::config_agency_code(code),
            Misuse::AgencyRefused { problem } => problem.clone(),
        }
    }
}

/// `coi.yaml:7: coi.yaml is not valid: units[1].code: …`: where, in which field, and what.
fn config_message(path: &std::path::Path, problem: &ConfigProblem) -> Text {
    let message = match &problem.field {
        Some(field) => msg::config_field_problem(field, problem.message.clone()),
        None => problem.message.clone(),
    };
    msg::at_line(path.display(), problem.line, msg::config_invalid(message))
}

/// Git's message cut in two: its first line without `fatal:` or `error:`, and the rest (how to
/// fix it, as git says), on one line.
fn git_words(detail: &str) -> (String, String) {
    let mut lines = detail.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or_default();
    let first = ["fatal: ", "error: "]
        .iter()
        .find_map(|p| first.strip_prefix(p))
        .unwrap_or(first);
    (first.to_string(), lines.collect::<Vec<_>>().join(" "))
}

impl Error {
    pub fn io(action: Text, path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// The same error with each path that lies in the folder `from` shown in `to` instead: a
    /// copy of the register in a temporary folder (`--as-of`) is shown as the register itself,
    /// and a register reached by an absolute path (`to` is `.`) shows its files relative to
    /// itself. A path outside `from` is shown as it was given.
    pub fn rebased(mut self, from: &std::path::Path, to: &std::path::Path) -> Error {
        let path = match &mut self {
            Error::Config { path, .. }
            | Error::Io { path, .. }
            | Error::Make { path, .. }
            | Error::PlanExists { path, .. }
            | Error::BadPlan { path, .. }
            | Error::BadRecord { path, .. }
            | Error::Locked { path }
            | Error::Symlink { path } => path,
            _ => return self,
        };
        if let Ok(rel) = path.strip_prefix(from) {
            *path = match (to == std::path::Path::new("."), rel.as_os_str().is_empty()) {
                (true, true) => PathBuf::from("."),
                (true, false) => rel.to_path_buf(),
                (false, _) => to.join(rel),
            };
        }
        self
    }

    /// 2 for a problem with the command (a flag or value that cannot be read, a field not
    /// given, a unit or task the register does not have); 1 for a problem with the data,
    /// including a record or step that the rules refuse for the record as it stands.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_)
            | Error::InvalidValues(_)
            | Error::MissingFields { .. }
            | Error::UnknownUnit { .. }
            | Error::UnknownTask(_) => 2,
            Error::NoRegister { .. }
            | Error::NotARegister { .. }
            | Error::RegisterExists { .. }
            | Error::Config { .. }
            | Error::Io { .. }
            | Error::Make { .. }
            | Error::Output(_)
            | Error::PlanExists { .. }
            | Error::BadPlan { .. }
            | Error::NotFound { .. }
            | Error::BadRecord { .. }
            | Error::Rejected(_)
            | Error::Refused(_)
            | Error::Locked { .. }
            | Error::Symlink { .. }
            | Error::GitRefused { .. }
            | Error::Git { .. }
            | Error::Reported => 1,
        }
    }

    pub fn message(&self) -> Text {
        match self {
            Error::NoRegister { from } => {
                let from = from.display();
                msg::no_register(from)
            }
            Error::NotARegister { path } => {
                let path = path.display();
                msg::not_a_register(path)
            }
            Error::RegisterExists { path } => {
                let path = path.display();
                msg::register_exists(path)
            }
            Error::Config { path, problem } => config_message(path, problem),
            Error::Io { action, path, .. } | Error::Make { action, path, .. } => {
                let path = path.display();
                msg::io_failed(action, path)
            }
            Error::Output(_) => msg::cannot_write_output(),
            Error::Usage(misuse) => misuse.message(),
            Error::InvalidValues(problems) => {
                let problems: Vec<Text> = problems.iter().map(ValueProblem::message).collect();
                msg::invalid_values(Text::joined(&problems, "\n  "))
            }
            Error::MissingFields { flags } => {
                let list = flags.join(" ");
                msg::missing_fields(list)
            }
            Error::UnknownUnit { code, known } => {
                let list = join(known);
                msg::unknown_unit(code, list)
            }
            Error::UnknownTask(unknown) => unknown.message(),
            Error::PlanExists { path, .. } => {
                let path = path.display();
                msg::plan_exists(path)
            }
            Error::BadPlan { path, findings } => {
                let path = path.display();
                let n = findings.iter().filter(|f| f.finding.is_error()).count();
                msg::plan_unreadable(path, msg::ERRORS.count(n as u64))
            }
            Error::NotFound { id, .. } => msg::no_such_record(id),
            Error::BadRecord { path, findings } => {
                let path = path.display();
                let n = findings.iter().filter(|f| f.finding.is_error()).count();
                msg::record_unreadable(path, msg::ERRORS.count(n as u64))
            }
            Error::Rejected(findings) => {
                let problems: Vec<Text> = findings
                    .iter()
                    .map(|f| match f.shown_field() {
                        Some(field) => msg::named_problem(field, &f.message),
                        None => f.message.clone(),
                    })
                    .collect();
                msg::record_rejected(Text::joined(&problems, "\n  "))
            }
            Error::Refused(refusal) => msg::refused(refusal.message()),
            Error::Locked { path } => {
                let path = path.display();
                msg::register_locked(path)
            }
            Error::Symlink { path } => {
                let path = path.display();
                msg::symlink_refused(path)
            }
            Error::GitRefused { detail } => {
                let (reason, _) = git_words(detail);
                msg::git_refused(reason)
            }
            Error::Git { action, .. } => msg::git_failed(action),
            Error::Reported => msg::errors_reported(),
        }
    }

    /// What lies beneath, when it helps: the system's own words.
    pub fn cause(&self) -> Option<Text> {
        match self {
            Error::Io { source, .. } | Error::Output(source) => Some(msg::io_error(source)),
            Error::Make { reason, .. } => Some(reason.clone()),
            Error::Git { detail, .. } => Some(Text::same(detail.trim())),
            Error::GitRefused { detail } => {
                let (_, more) = git_words(detail);
                (!more.is_empty()).then(|| Text::same(&more))
            }
            _ => None,
        }
    }

    pub fn hint(&self) -> Option<Text> {
        Some(match self {
            Error::NoRegister { .. } | Error::NotARegister { .. } => msg::hint_no_register(),
            Error::MissingFields { .. } => msg::hint_missing_fields(),
            Error::UnknownUnit { .. } => msg::hint_unknown_unit(),
            Error::UnknownTask(UnknownTask { year, .. }) => {
                let file = crate::layout::plan_path(*year);
                msg::hint_unknown_task(year, file.display())
            }
            Error::PlanExists { year, .. } => msg::hint_plan_exists(year),
            Error::BadPlan { .. } => msg::hint_record_unreadable(),
            Error::NotFound { noun, .. } => msg::hint_no_such_record(noun),
            Error::BadRecord { .. } => msg::hint_record_unreadable(),
            Error::Locked { .. } => msg::hint_register_locked(),
            Error::Symlink { .. } => msg::hint_symlink(),
            Error::GitRefused { detail } if detail.contains("dubious ownership") => {
                msg::hint_git_dubious_ownership()
            }
            Error::GitRefused { detail } if detail.contains("index.lock") => {
                msg::hint_git_index_lock()
            }
            Error::GitRefused { .. } => msg::hint_git_refused(),
            Error::Git { .. } => msg::hint_git_failed(),
            Error::Refused(refusal) => return refusal.hint(),
            _ => return None,
        })
    }

    /// The full text for a person: message, then the findings when there are some.
    pub fn details(&self, base: &std::path::Path, lang: Lang) -> Vec<String> {
        match self {
            Error::BadRecord { findings, .. } | Error::BadPlan { findings, .. } => {
                findings.iter().map(|f| f.render(base, lang)).collect()
            }
            _ => Vec::new(),
        }
    }
}

impl Error {
    /// Prints the error on stderr: its message, its details, a cause and a hint.
    pub fn print(&self, lang: Lang) {
        let (cause, hint) = (msg::CAUSE.get(lang), msg::HINT.get(lang));
        // A path or a value in the message is shown with its control characters escaped.
        let shown = |text: &crate::i18n::Text| crate::i18n::visible(text.get(lang)).into_owned();
        eprintln!(
            "{}: {}",
            crate::render::stderr_label(msg::ERROR_LABEL.get(lang), true),
            shown(&self.message())
        );
        for line in self.details(std::path::Path::new("."), lang) {
            eprintln!("  {}", crate::i18n::visible(&line));
        }
        if let Some(c) = self.cause() {
            eprintln!("  {cause}: {}", shown(&c));
        }
        if let Some(h) = self.hint() {
            eprintln!("  {hint}: {}", shown(&h));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_settings_error_reads_the_same_as_text_and_as_a_message() {
        let problem = crate::rules::settings::parse_config(
            "schema: 1\nagency: A\nunits:\n- code: VP\n  name: B\n- code: VP\n  name: C\n",
        )
        .unwrap_err();
        let e = Error::Config {
            path: "reg/coi.yaml".into(),
            problem,
        };
        let text = e.to_string();
        assert!(text.starts_with("reg/coi.yaml:6: "), "{text}");
        assert!(text.contains("units[1].code: "), "{text}");
        assert_eq!(text, e.message().en);
    }
}

#[cfg(test)]
mod wording {
    use super::*;
    use crate::model::Record;
    use crate::model::vocab::{CaseOutcome, HandlingOutcome, MeasureKind};

    fn id(s: &str) -> RecordId {
        s.parse().unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    /// One example of each refusal, in the order of [`refusal_arm`].
    fn refusals() -> Vec<Refusal> {
        use Refusal as R;
        let (case, gift) = (id("XDLI-2026-0007"), id("QT-2026-0002"));
        let s = |t: &str| t.to_string();
        vec![
            R::NoNumberLeft {
                last: id("XDLI-2026-9999"),
                year: 2026,
            },
            R::GitMidMerge,
            R::RecordVoid { id: case },
            R::RecordVoidBecause {
                id: case,
                reason: s("nhập trùng"),
            },
            R::DraftHasErrors,
            R::ChangedWhileEditing { id: case },
            R::SettingsDraftHasErrors {
                file: s("coi.yaml"),
            },
            R::SettingsChangedWhileEditing {
                file: s("coi.yaml"),
            },
            R::EditorFailed { program: s("vi") },
            R::PromptFailed {
                detail: s("broken pipe"),
            },
            R::PlanEditNone {
                year: 2026,
                file: s("plans/2026.yaml"),
            },
            R::IdAliasAmbiguous {
                alias: id("XDLI-2026-KQXMB"),
                ids: vec![case, id("XDLI-2026-0008")],
            },
            R::SubmitRefusedForErrors { errors: 2 },
            R::ReportRefusedForErrors { errors: 1 },
            R::SubmitNeedsGit,
            R::SubmitUncommitted,
            R::AsOfNeedsGit,
            R::AsOfNoCommitBy { day: day(1) },
            R::AsOfUnknownRevision { rev: s("v9") },
            R::AsOfNoRegister { rev: s("HEAD~3") },
            R::SyncNumbersExhausted {
                kind: Kind::Case,
                year: 2026,
            },
            R::SyncCannotPublish {
                path: s("cases/2026/XDLI-2026-KQXMB.yaml"),
            },
            R::SyncMidOperation,
            R::SyncUncommitted {
                files: vec![s("cases/2026/XDLI-2026-0007.yaml")],
            },
            R::SyncUncommittedSettings {
                files: vec![(s("coi.yaml"), Some(s("coi config edit")))],
            },
            R::SyncNoGit { dir: "reg".into() },
            R::SyncNoRemote,
            R::SyncDetached,
            R::SyncUnreachable {
                remote: s("origin"),
                url: s("/srv/coi.git"),
                detail: s("no such file"),
            },
            R::SyncUnrelated {
                remote: s("origin"),
            },
            R::SyncCannotReplay {
                file: s("notes.txt"),
            },
            R::SyncWorkTree {
                detail: s("untracked file"),
            },
            R::SyncPushRefused {
                remote: s("origin"),
                detail: s("hook declined"),
            },
            R::SyncRaces,
            R::SyncRewritten {
                remote: s("origin"),
            },
            R::SyncForeignAttribute {
                file: s("cases/2026/XDLI-2026-0007.yaml"),
                attribute: s("merge=union"),
                driver: "coi",
            },
            R::SyncMoveUnfinished {
                detail: s("disk full"),
            },
            R::MergeNotARecord { path: s("x.yaml") },
            R::MergeBothCreated { path: s("x.yaml") },
            R::MergeUnreadable {
                path: s("x.yaml"),
                detail: s("bad"),
            },
            R::CaseClosedOn { on: day(2) },
            R::CaseAlreadyClosed { on: day(2) },
            R::NoConflictAlreadyRecorded,
            R::MeasuresExcludeNoConflict,
            R::UntilPastTerm {
                until: day(30),
                decided: day(1),
                term: day(16),
            },
            R::CloseWithoutDecision {
                outcome: CaseOutcome::NoConflict.term(),
                id: case,
            },
            R::CaseHasMeasuresRunning {
                id: case,
                running: vec![(1, MeasureKind::Suspension.term(), day(3))],
            },
            R::NoSuchMeasure {
                count: 1,
                number: 3,
            },
            R::NoMeasureInForce,
            R::SeveralMeasuresInForce,
            R::MeasureAlreadyEnded { on: day(4) },
            R::CancellationOfALastingMeasure {
                kind: MeasureKind::Suspension.term(),
            },
            R::NoTemporaryMeasure,
            R::SeveralTemporaryMeasures,
            R::MeasureAlreadyCancelled { on: day(5) },
            R::NotCancelledYet { id: case },
            R::CancellationAlreadyPublished { on: day(6) },
            R::NoticeAlreadyRecorded { on: day(7) },
            R::NothingToNotify,
            R::GiftAlreadyHandedOver { on: day(8) },
            R::ServiceNotHandedOver { id: gift },
            R::GiftNotHandedOver,
            R::GiftNotHandled,
            R::GiftAlreadyHandled {
                was: HandlingOutcome::PublicSale.term(),
                on: day(9),
            },
            R::NothingNew,
            R::DetailRecordedOtherwise,
            R::InspectionAlreadyConcluded { on: day(10) },
            R::NoProvinceWorkspace {
                dir: PathBuf::from("thanh-tra"),
            },
            R::ProvinceFileProblems { count: 2 },
            R::ProvinceWorkspaceExists {
                file: PathBuf::from("thanh-tra/province.yaml"),
            },
            R::AgencyTwice { code: s("BQL") },
        ]
    }

    /// The place of each refusal in [`refusals`]. A new refusal does not compile until it has
    /// an arm here, and the test fails until it has an example there.
    fn refusal_arm(r: &Refusal) -> usize {
        use Refusal as R;
        match r {
            R::NoNumberLeft { .. } => 0,
            R::GitMidMerge => 1,
            R::RecordVoid { .. } => 2,
            R::RecordVoidBecause { .. } => 3,
            R::DraftHasErrors => 4,
            R::ChangedWhileEditing { .. } => 5,
            R::SettingsDraftHasErrors { .. } => 6,
            R::SettingsChangedWhileEditing { .. } => 7,
            R::EditorFailed { .. } => 8,
            R::PromptFailed { .. } => 9,
            R::PlanEditNone { .. } => 10,
            R::IdAliasAmbiguous { .. } => 11,
            R::SubmitRefusedForErrors { .. } => 12,
            R::ReportRefusedForErrors { .. } => 13,
            R::SubmitNeedsGit => 14,
            R::SubmitUncommitted => 15,
            R::AsOfNeedsGit => 16,
            R::AsOfNoCommitBy { .. } => 17,
            R::AsOfUnknownRevision { .. } => 18,
            R::AsOfNoRegister { .. } => 19,
            R::SyncNumbersExhausted { .. } => 20,
            R::SyncCannotPublish { .. } => 21,
            R::SyncMidOperation => 22,
            R::SyncUncommitted { .. } => 23,
            R::SyncUncommittedSettings { .. } => 24,
            R::SyncNoGit { .. } => 25,
            R::SyncNoRemote => 26,
            R::SyncDetached => 27,
            R::SyncUnreachable { .. } => 28,
            R::SyncUnrelated { .. } => 29,
            R::SyncCannotReplay { .. } => 30,
            R::SyncWorkTree { .. } => 31,
            R::SyncPushRefused { .. } => 32,
            R::SyncRaces => 33,
            R::SyncRewritten { .. } => 34,
            R::SyncForeignAttribute { .. } => 35,
            R::SyncMoveUnfinished { .. } => 36,
            R::MergeNotARecord { .. } => 37,
            R::MergeBothCreated { .. } => 38,
            R::MergeUnreadable { .. } => 39,
            R::CaseClosedOn { .. } => 40,
            R::CaseAlreadyClosed { .. } => 41,
            R::NoConflictAlreadyRecorded => 42,
            R::MeasuresExcludeNoConflict => 43,
            R::UntilPastTerm { .. } => 44,
            R::CloseWithoutDecision { .. } => 45,
            R::CaseHasMeasuresRunning { .. } => 46,
            R::NoSuchMeasure { .. } => 47,
            R::NoMeasureInForce => 48,
            R::SeveralMeasuresInForce => 49,
            R::MeasureAlreadyEnded { .. } => 50,
            R::CancellationOfALastingMeasure { .. } => 51,
            R::NoTemporaryMeasure => 52,
            R::SeveralTemporaryMeasures => 53,
            R::MeasureAlreadyCancelled { .. } => 54,
            R::NotCancelledYet { .. } => 55,
            R::CancellationAlreadyPublished { .. } => 56,
            R::NoticeAlreadyRecorded { .. } => 57,
            R::NothingToNotify => 58,
            R::GiftAlreadyHandedOver { .. } => 59,
            R::ServiceNotHandedOver { .. } => 60,
            R::GiftNotHandedOver => 61,
            R::GiftNotHandled => 62,
            R::GiftAlreadyHandled { .. } => 63,
            R::NothingNew => 64,
            R::DetailRecordedOtherwise => 65,
            R::InspectionAlreadyConcluded { .. } => 66,
            R::NoProvinceWorkspace { .. } => 67,
            R::ProvinceFileProblems { .. } => 68,
            R::ProvinceWorkspaceExists { .. } => 69,
            R::AgencyTwice { .. } => 70,
        }
    }

    fn misuses() -> Vec<Misuse> {
        let s = |t: &str| t.to_string();
        vec![
            Misuse::CoiNowInvalid { value: s("mai") },
            Misuse::AgencyEmpty,
            Misuse::GitNotFound,
            Misuse::CannotBuildRecord {
                detail: s("missing field `unit`"),
            },
            Misuse::BadDelimiter,
            Misuse::NoUnits,
            Misuse::BadId {
                fault: "XDLI-26".parse::<RecordId>().unwrap_err(),
            },
            Misuse::IdOfOtherKind {
                id: id("QT-2026-0001"),
                expected: Kind::Case,
            },
            Misuse::NotAStatus {
                typed: s("xong"),
                statuses: crate::model::Case::STATUSES,
            },
            Misuse::Blank { flag: "--name" },
            Misuse::BadAgencyCode { code: s("B Q L") },
            Misuse::AgencyRefused {
                problem: Text::new("mã trùng", "a code given twice"),
            },
        ]
    }

    /// The place of each misuse in [`misuses`], as [`refusal_arm`] for the refusals.
    fn misuse_arm(m: &Misuse) -> usize {
        match m {
            Misuse::CoiNowInvalid { .. } => 0,
            Misuse::AgencyEmpty => 1,
            Misuse::GitNotFound => 2,
            Misuse::CannotBuildRecord { .. } => 3,
            Misuse::BadDelimiter => 4,
            Misuse::NoUnits => 5,
            Misuse::BadId { .. } => 6,
            Misuse::IdOfOtherKind { .. } => 7,
            Misuse::NotAStatus { .. } => 8,
            Misuse::Blank { .. } => 9,
            Misuse::BadAgencyCode { .. } => 10,
            Misuse::AgencyRefused { .. } => 11,
        }
    }

    /// Each example's arm, in order: 0, 1, 2… with none missing or repeated.
    fn in_order<T>(examples: &[T], arm: fn(&T) -> usize) {
        let arms: Vec<usize> = examples.iter().map(arm).collect();
        let expected: Vec<usize> = (0..arms.len()).collect();
        assert_eq!(
            arms, expected,
            "one example of each variant, in the order of its arm"
        );
    }

    fn worded(what: &str, text: &Text) {
        assert!(!text.vi.trim().is_empty(), "{what}: no Vietnamese");
        assert!(!text.en.trim().is_empty(), "{what}: no English");
        assert_ne!(text.vi, text.en, "{what}: the same in both languages");
    }

    #[test]
    fn every_refusal_is_worded_in_both_languages() {
        let all = refusals();
        in_order(&all, refusal_arm);
        for r in &all {
            let what = format!("{r:?}");
            worded(&what, &r.message());
            if let Some(hint) = r.hint() {
                worded(&what, &hint);
            }
            let e = Error::Refused(r.clone());
            assert_eq!(e.exit_code(), 1, "{what}");
            assert_eq!(e.to_string(), r.message().en, "{what}");
        }
    }

    #[test]
    fn every_misuse_is_worded_in_both_languages() {
        let all = misuses();
        in_order(&all, misuse_arm);
        for m in &all {
            let what = format!("{m:?}");
            worded(&what, &m.message());
            let e = Error::Usage(m.clone());
            assert_eq!(e.exit_code(), 2, "{what}");
            assert_eq!(e.to_string(), m.message().en, "{what}");
        }
    }

    /// One example of each value fault, in the order of [`value_fault_arm`].
    fn value_faults() -> Vec<ValueFault> {
        use ValueFault as F;
        let s = |t: &str| t.to_string();
        vec![
            F::GivenTwice,
            F::CountMismatch { given: 1, items: 2 },
            F::NotADate { typed: s("mai") },
            F::NoSuchDay {
                typed: s("31/02/2026"),
            },
            F::AmountNegative { typed: s("-5") },
            F::NotAnAmount { typed: s("2,5") },
            F::AmountTooLarge {
                typed: s("99999999999999999999999"),
            },
            F::NotAWholeNumber { typed: s("ba") },
            F::NumberTooLarge {
                typed: s("9999999999"),
            },
            F::NotYesOrNo {
                typed: s("có lẽ")
            },
            F::ControlCharacter { found: '\u{1}' },
            F::NotACharacter { found: '\u{fffe}' },
            F::SingleLineOnly,
            F::Empty,
            F::NotInList {
                typed: s("dinh chi"),
                choices: &MeasureKind::VOCABULARY,
            },
            F::NotAPeriod {
                typed: s("2026-Q5"),
            },
            F::NotARecordId {
                typed: s("XDLI-26\u{7}"),
            },
            F::EndsBeforeStart {
                from: day(5),
                to: day(1),
            },
            F::UnitNotCodeAndName { typed: s("VP") },
            F::UnitCodeCharacters { code: s("V P") },
            F::UnitNameMissing { code: s("VP") },
            F::UnitCodeTwice { code: s("VP") },
            F::ReasonMissing,
        ]
    }

    /// The place of each value fault in [`value_faults`], as [`refusal_arm`] for the refusals.
    fn value_fault_arm(f: &ValueFault) -> usize {
        use ValueFault as F;
        match f {
            F::GivenTwice => 0,
            F::CountMismatch { .. } => 1,
            F::NotADate { .. } => 2,
            F::NoSuchDay { .. } => 3,
            F::AmountNegative { .. } => 4,
            F::NotAnAmount { .. } => 5,
            F::AmountTooLarge { .. } => 6,
            F::NotAWholeNumber { .. } => 7,
            F::NumberTooLarge { .. } => 8,
            F::NotYesOrNo { .. } => 9,
            F::ControlCharacter { .. } => 10,
            F::NotACharacter { .. } => 11,
            F::SingleLineOnly => 12,
            F::Empty => 13,
            F::NotInList { .. } => 14,
            F::NotAPeriod { .. } => 15,
            F::NotARecordId { .. } => 16,
            F::EndsBeforeStart { .. } => 17,
            F::UnitNotCodeAndName { .. } => 18,
            F::UnitCodeCharacters { .. } => 19,
            F::UnitNameMissing { .. } => 20,
            F::UnitCodeTwice { .. } => 21,
            F::ReasonMissing => 22,
        }
    }

    #[test]
    fn every_value_fault_is_worded_in_both_languages_and_named_by_its_flag() {
        let all = value_faults();
        in_order(&all, value_fault_arm);
        for f in &all {
            let what = format!("{f:?}");
            worded(&what, &f.message());
            let problem = ValueProblem::new("--known-on", f.clone());
            let text = problem.message();
            worded(&what, &text);
            for lang in [&text.vi, &text.en] {
                assert!(lang.starts_with("--known-on"), "{what}: {lang}");
            }
            let e = Error::InvalidValues(vec![problem]);
            assert_eq!(e.exit_code(), 2, "{what}");
        }
    }

    #[test]
    fn a_value_problem_reads_as_the_person_typed_it() {
        use ValueFault as F;
        let read = |flag: &str, fault: F| ValueProblem::new(flag, fault).message();
        let t = read("--unit", F::UnitNotCodeAndName { typed: "VP".into() });
        assert_eq!(t.vi, "--unit «VP»: viết MÃ=Tên, ví dụ VP=\"Văn phòng\"");
        assert_eq!(t.en, "--unit 'VP': write CODE=Name, e.g. VP=\"Office\"");
        let t = read("--unit", F::UnitCodeTwice { code: "VP".into() });
        assert_eq!(t.vi, "--unit VP: mã bị lặp");
        assert_eq!(t.en, "--unit VP: the code is given twice");
        let t = read("--reason", F::ReasonMissing);
        assert_eq!(t.vi, "--reason: cần ghi lý do hủy");
        assert_eq!(t.en, "--reason: say why the record is void");
        let t = read("--measures-from", F::CountMismatch { given: 1, items: 2 });
        assert_eq!(
            t.en,
            "--measures-from: given 1 time for 2 items; give it once per item, in order (\"\" for none)"
        );
        let t = read(
            "--to",
            F::EndsBeforeStart {
                from: day(5),
                to: day(1),
            },
        );
        assert_eq!(
            t.vi,
            "--to: ngày 01/03/2026 sớm hơn ngày bắt đầu ở --from (05/03/2026)"
        );
        assert_eq!(
            t.en,
            "--to: 01/03/2026 is before the start given by --from (05/03/2026)"
        );
        let t = read("--situation", F::ControlCharacter { found: '\u{1}' });
        assert_eq!(t.vi, "--situation: văn bản có ký tự điều khiển U+0001");
        let t = read(
            "--measures-kind",
            F::NotInList {
                typed: " tạm ".into(),
                choices: &MeasureKind::VOCABULARY,
            },
        );
        assert!(
            t.vi.starts_with(
                "--measures-kind: «tạm» không phải giá trị hợp lệ; chọn: supervision (giam-sat) «"
            ),
            "{}",
            t.vi
        );
        assert!(
            t.en.contains("temporary-suspension (tam-dinh-chi) «Temporary suspension»"),
            "{}",
            t.en
        );
    }

    #[test]
    fn an_id_that_cannot_be_read_is_shown_escaped_and_cut_short() {
        let typed = format!("XDLI-2026-\u{7}{}", "9".repeat(60));
        let fault = typed.parse::<RecordId>().unwrap_err();
        assert_eq!(fault, ValueFault::NotARecordId { typed });
        let text = Error::Usage(Misuse::BadId { fault }).message();
        let shown = format!("«XDLI-2026-\\u{{7}}{}»", "9".repeat(29));
        assert!(
            text.vi
                .starts_with(&format!("mã hồ sơ không hợp lệ: {shown} (")),
            "{}",
            text.vi
        );
        assert!(text.en.contains("'XDLI-2026-\\u{7}9"), "{}", text.en);
    }

    #[test]
    fn invalid_values_are_told_one_a_line_under_one_heading() {
        let e = Error::InvalidValues(vec![
            ValueProblem::new("--known-on", ValueFault::GivenTwice),
            ValueProblem::new("--value", ValueFault::AmountNegative { typed: "-5".into() }),
        ]);
        let text = e.message();
        assert_eq!(
            text.vi,
            "giá trị không hợp lệ:\n  --known-on: chỉ được cho một lần\n  --value: số tiền không được âm: «-5»"
        );
        assert_eq!(
            text.en,
            "invalid values:\n  --known-on: give it only once\n  --value: an amount cannot be negative: '-5'"
        );
        assert_eq!(
            e.to_string(),
            "invalid values: --known-on: give it only once, --value: an amount cannot be negative: '-5'"
        );
    }

    #[test]
    fn an_unknown_task_names_the_tasks_of_the_plan_it_was_checked_against() {
        let unknown = |from_file| {
            Error::UnknownTask(UnknownTask {
                code: "II.9".into(),
                year: 2026,
                known: vec!["II.1".into(), "II.2".into()],
                from_file,
            })
        };
        let seed = unknown(false).message();
        assert_eq!(
            seed.vi,
            "nhiệm vụ «II.9» không có trong kế hoạch năm 2026 (chưa có plans/2026.yaml, nên là các \
             nhiệm vụ của kế hoạch mẫu: II.1, II.2)"
        );
        assert_eq!(
            seed.en,
            "task 'II.9' is not in the plan for 2026 (there is no plans/2026.yaml, so the seed \
             plan's tasks: II.1, II.2)"
        );
        let file = unknown(true).message();
        assert_eq!(
            file.en,
            "task 'II.9' is not in the plan for 2026 (the tasks of plans/2026.yaml: II.1, II.2)"
        );
        let e = unknown(true);
        assert_eq!(e.exit_code(), 2);
        assert_eq!(e.to_string(), "unknown plan task II.9 for 2026");
        let hint = e.hint().unwrap();
        assert_eq!(
            hint.en,
            "see the tasks with 'coi plan --year 2026'; add a new task to plans/2026.yaml"
        );
        worded("UnknownTask", &hint);
    }

    #[test]
    fn a_refusal_reads_its_values_in_each_language() {
        let r = Refusal::UntilPastTerm {
            until: day(30),
            decided: day(1),
            term: day(16),
        };
        let text = Error::Refused(r).message();
        for lang in [&text.vi, &text.en] {
            for d in ["30/03/2026", "01/03/2026", "16/03/2026"] {
                assert!(lang.contains(d), "{lang}");
            }
        }
        let gift = id("QT-2026-0002");
        let hinted = Error::Refused(Refusal::ServiceNotHandedOver { id: gift });
        let hint = hinted.hint().unwrap();
        assert!(hint.vi.contains(&gift.to_string()), "{}", hint.vi);
        assert!(hint.en.contains(&gift.to_string()), "{}", hint.en);
    }
}
