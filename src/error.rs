//! The one error type of `coi`. Each error knows its message and hint in both languages and its
//! exit code; `main` is the only place that prints them.

use std::io;
use std::path::PathBuf;

use crate::i18n::msg;
use crate::i18n::{Lang, Text, join};
use crate::problem::{ConfigProblem, Finding, Located};

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
    /// The command line is wrong; the text says how.
    #[error("{0}")]
    Usage(Text),
    /// Values given on the command line that cannot be used, one line each.
    #[error("invalid values")]
    InvalidValues(Vec<Text>),
    /// Required fields that were not given, as flags.
    #[error("missing fields: {}", .flags.join(", "))]
    MissingFields { flags: Vec<String> },
    #[error("unknown unit code {code}")]
    UnknownUnit { code: String, known: Vec<String> },
    /// A `plan_task` that the plan of the record's year does not have.
    #[error("{}", .message.en)]
    UnknownTask { message: Text, year: i32 },
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
    /// A step that makes no sense for the record as it stands.
    #[error("{0}")]
    Refused(Text),
    /// A refused step, with what to do first.
    #[error("{reason}")]
    RefusedHinted { reason: Text, hint: Text },
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

/// `coi.yaml:7: coi.yaml is not valid: units[1].code: …`: where, in which field, and what.
fn config_message(path: &std::path::Path, problem: &ConfigProblem) -> Text {
    let message = match &problem.field {
        Some(field) => msg::serde_in_field(field, problem.message.clone()),
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
            | Error::UnknownTask { .. } => 2,
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
            | Error::RefusedHinted { .. }
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
            Error::Usage(t) => t.clone(),
            Error::InvalidValues(problems) => msg::invalid_values(Text::joined(problems, "\n  ")),
            Error::MissingFields { flags } => {
                let list = flags.join(" ");
                msg::missing_fields(list)
            }
            Error::UnknownUnit { code, known } => {
                let list = join(known);
                msg::unknown_unit(code, list)
            }
            Error::UnknownTask { message, .. } => message.clone(),
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
            Error::Refused(t) | Error::RefusedHinted { reason: t, .. } => msg::refused(t),
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
            Error::UnknownTask { year, .. } => {
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
            Error::RefusedHinted { hint, .. } => hint.clone(),
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
