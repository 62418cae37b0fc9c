//! What is wrong with a file, said with the field it concerns and, once placed, the file and
//! line: what the rules find in records, plans and settings, and what storage finds beside them
//! (a link, a stray file). Below both, so that each can say it.

use std::fmt;

use crate::i18n::{Lang, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    /// Always in English: `check` output is a fixed format that editors and scripts parse.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem, attached to a field path such as `measures[0].decided_on` (or `-` for the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub field: String,
    pub message: Text,
    /// A stable name of the kind of problem, for scripts (`missing`, `unknown-unit`, …).
    pub code: &'static str,
}

impl Finding {
    pub fn error(field: impl Into<String>, message: Text) -> Finding {
        Finding {
            severity: Severity::Error,
            field: field.into(),
            message,
            code: "invalid",
        }
    }

    pub fn warning(field: impl Into<String>, message: Text) -> Finding {
        Finding {
            severity: Severity::Warning,
            field: field.into(),
            message,
            code: "invalid",
        }
    }

    pub fn code(mut self, code: &'static str) -> Finding {
        self.code = code;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The field as a person sees it: none for a problem of the whole file (`-` in the data
    /// and in JSON, where a script finds it in its place).
    pub fn shown_field(&self) -> Option<&str> {
        (self.field != WHOLE_FILE).then_some(self.field.as_str())
    }

    /// `field: message`, or the message alone for the whole file.
    pub fn shown(&self, lang: Lang) -> String {
        let message = self.message.get(lang);
        match self.shown_field() {
            Some(field) => format!("{field}: {message}"),
            None => message.to_string(),
        }
    }
}

/// The field of a problem of the whole file.
pub const WHOLE_FILE: &str = "-";

/// A finding placed in a file: what `check` prints as `path:line: error: field: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The path relative to the register.
    pub path: std::path::PathBuf,
    pub line: usize,
    pub finding: Finding,
}

impl Located {
    /// A finding at a line of a file (its path relative to the register).
    pub fn at(rel: &std::path::Path, line: usize, finding: Finding) -> Located {
        Located {
            path: rel.to_path_buf(),
            line,
            finding,
        }
    }

    pub fn render(&self, base: &std::path::Path, lang: Lang) -> String {
        let path = if base == std::path::Path::new(".") {
            self.path.clone()
        } else {
            base.join(&self.path)
        };
        let line = format!(
            "{}:{}: {}: {}",
            path.display(),
            self.line,
            self.finding.severity,
            self.finding.shown(lang)
        );
        // A file name or a value may hold a control character: never printed raw.
        crate::i18n::visible(&line).into_owned()
    }
}

/// What is wrong with a `coi.yaml`: where, in which field when the reader knows it, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    pub line: usize,
    pub field: Option<String>,
    pub message: Text,
}

impl ConfigProblem {
    pub fn new(line: usize, field: Option<String>, message: Text) -> ConfigProblem {
        ConfigProblem {
            line,
            field,
            message,
        }
    }

    /// The problem as `check` shows it, in the file at `rel`: a problem with no field says
    /// which file it is about.
    pub fn located(self, rel: &std::path::Path) -> Located {
        let (field, message) = match self.field {
            Some(field) => (field, self.message),
            None => (
                WHOLE_FILE.into(),
                crate::i18n::msg::config_invalid(self.message),
            ),
        };
        Located::at(rel, self.line, Finding::error(field, message))
    }
}
