//! What every command needs to know, decided once from the command line and the environment:
//! the language, the output format, the clock, who is acting and where the register is; and,
//! once the register is open, the settings of its `coi.yaml` and the working-day calendar they
//! make, built once and handed down to storage and the rules.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

use crate::error::{Error, Misuse, Result};
use crate::flags::{Format, Global};
use crate::i18n::Lang;
use crate::i18n::msg;
use crate::layout::CONFIG_FILE;
use crate::register::{self, Register};
use crate::rules::calendar::Calendar;
use crate::rules::settings::parse_config;

#[derive(Debug)]
pub struct Context {
    pub lang: Lang,
    /// Whether `--lang` or `COI_LANG` chose the language (else `coi.yaml` may).
    lang_chosen: bool,
    pub format: Format,
    /// Now, or `COI_NOW` for tests and reproducible runs.
    pub now: DateTime<FixedOffset>,
    /// Whether `COI_NOW` fixed the clock: commits then carry it as their date too.
    fixed_clock: bool,
    data: Option<PathBuf>,
    by: Option<String>,
    /// The `clerk` of the register's `coi.yaml`, once it is open.
    clerk: Option<crate::model::settings::Clerk>,
    /// The register's folder, once it is found.
    register: Option<PathBuf>,
    /// The working-day calendar of the register's settings, once it is open.
    calendar: Option<Calendar>,
    /// The register this run found and its `coi.yaml` as read, until a command opens it.
    found: Option<Result<Found>>,
    pub cwd: PathBuf,
}

/// The register a run is about: where it was found and its `coi.yaml`, read and checked once
/// per run (the help's language comes from it too).
#[derive(Debug)]
pub struct Found {
    pub root: PathBuf,
    /// The settings, or why `coi.yaml` could not be read or is not valid.
    pub config: Result<crate::model::settings::Config>,
}

impl Found {
    /// Finds the register from `--data` (or `COI_DATA`) and `cwd`, and reads its settings.
    pub fn load(data: Option<&std::path::Path>, cwd: &std::path::Path) -> Result<Found> {
        let root = register::discover(data, cwd)?;
        let config = register::config_text(&root).and_then(|text| {
            parse_config(&text).map_err(|problem| Error::Config {
                path: root.join(CONFIG_FILE),
                problem,
            })
        });
        Ok(Found { root, config })
    }
}

impl Context {
    /// The context of a run; `found` is the register as the run found it before parsing its
    /// command line, when it looked (else it is looked for when a command opens it).
    pub fn new(global: &Global, found: Option<Result<Found>>) -> Result<Context> {
        let cwd =
            std::env::current_dir().map_err(|e| Error::io(msg::no_current_folder(), ".", e))?;
        Ok(Context {
            lang: global.lang.unwrap_or_default(),
            lang_chosen: global.lang.is_some(),
            format: global.format.unwrap_or_default(),
            now: clock()?,
            fixed_clock: std::env::var_os("COI_NOW").is_some(),
            data: global.data.clone(),
            by: global.by.clone().filter(|b| !b.trim().is_empty()),
            clerk: None,
            register: None,
            calendar: None,
            found,
            cwd,
        })
    }

    /// The date git gives a commit made now: `COI_NOW` when it is set, so that a run with a
    /// fixed clock makes the same commits; else git's own clock.
    pub fn commit_time(&self) -> Option<DateTime<FixedOffset>> {
        self.fixed_clock.then_some(self.now)
    }

    /// Finds and opens the register; its `language` applies unless one was chosen.
    pub fn open_register(&mut self) -> Result<Register> {
        let found = self.find()?;
        let config = found.config?;
        let calendar = Calendar::with(&config.holidays);
        let reg = Register::new(found.root, config);
        self.calendar = Some(calendar);
        if !self.lang_chosen {
            self.lang = reg.config.language;
        }
        self.clerk = reg.config.clerk.clone();
        self.finish_stopped_sync(&reg)?;
        Ok(reg)
    }

    /// The register this run found, with its `coi.yaml` as it was read: for `check`, which
    /// reads the records of a register whose settings are not valid.
    pub fn find(&mut self) -> Result<Found> {
        let found = match self.found.take() {
            Some(found) => found,
            None => Found::load(self.data.as_deref(), &self.cwd),
        }?;
        self.register = Some(found.root.clone());
        Ok(found)
    }

    /// Gives back what [`Context::find`] took, for the register to be opened from it.
    pub fn keep(&mut self, found: Found) {
        self.found = Some(Ok(found));
    }

    /// The working-day calendar: the shipped days off, and the register's own once it is open.
    pub fn calendar(&self) -> &Calendar {
        self.calendar.as_ref().unwrap_or(Calendar::shipped())
    }

    /// The register's lock, for a command that changes it; while another command holds it, the
    /// person is told that this one waits.
    pub fn lock(&self, reg: &Register) -> Result<crate::register::store::Lock> {
        use crate::register::store;
        store::lock(&reg.root, || {
            let path = reg.shown(std::path::Path::new(store::LOCK_FILE));
            eprintln!("{}", msg::lock_waiting(path.display()).get(self.lang));
        })
    }

    /// A sync stopped while it moved the work tree is finished before anything else reads or
    /// writes the register (see [`crate::sync::journal`]).
    fn finish_stopped_sync(&self, reg: &Register) -> Result<()> {
        if !crate::sync::journal::left_behind(&reg.root) {
            return Ok(());
        }
        let _lock = self.lock(reg)?;
        let who = crate::register::git::Identity {
            name: self.actor(&reg.root),
            email: reg.email(),
            at: self.commit_time(),
        };
        let repo = crate::sync::Repo::open(&reg.root, who)?;
        if let Some(crate::sync::Recovered::Finished(moves)) = crate::sync::recover(&repo)? {
            let shown: Vec<String> = moves.iter().map(|(a, b)| format!("{a} → {b}")).collect();
            let said = crate::i18n::msg::sync_recovered(crate::i18n::join(&shown));
            eprintln!("{}", said.get(self.lang));
        }
        Ok(())
    }

    /// The register's folder as it is shown, once a command has looked for it.
    pub fn register_root(&self) -> Option<&std::path::Path> {
        self.register.as_deref()
    }

    pub fn data_flag(&self) -> Option<&std::path::Path> {
        self.data.as_deref()
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// Who acts: `--by`, else `COI_USER`, else git's user name, else the `clerk` of `coi.yaml`,
    /// else the login name; "unknown" only when none is known, with a warning (once).
    pub fn actor(&self, reg_root: &std::path::Path) -> String {
        let clerk = self.clerk.as_ref().and_then(|c| c.name.clone());
        let name = self
            .by
            .clone()
            .or_else(|| register::git::user_name(reg_root))
            .or(clerk)
            .or_else(|| {
                ["USER", "USERNAME", "LOGNAME"]
                    .iter()
                    .filter_map(|v| std::env::var(v).ok())
                    .find(|v| !v.trim().is_empty())
            })
            .unwrap_or_else(|| {
                static WARNED: std::sync::Once = std::sync::Once::new();
                WARNED.call_once(|| {
                    let label =
                        crate::render::stderr_label(msg::WARNING_LABEL.get(self.lang), false);
                    eprintln!("{label}: {}", msg::actor_unknown().get(self.lang));
                });
                UNKNOWN.to_string()
            });
        crate::model::values::normalize_text(&name)
    }
}

/// The register at `root`: its `coi.yaml` read, checked into the settings, and the working-day
/// calendar they make (the shipped days off and the register's own).
pub fn open(root: PathBuf) -> Result<(Register, Calendar)> {
    let text = register::config_text(&root)?;
    let config = parse_config(&text).map_err(|problem| Error::Config {
        path: root.join(CONFIG_FILE),
        problem,
    })?;
    let calendar = Calendar::with(&config.holidays);
    Ok((Register::new(root, config), calendar))
}

/// Who acted, when nothing tells.
pub const UNKNOWN: &str = "unknown";

/// `COI_NOW` as an RFC 3339 time (`2026-03-14T09:30:00+07:00`) or a date; else the local clock.
fn clock() -> Result<DateTime<FixedOffset>> {
    let Ok(value) = std::env::var("COI_NOW") else {
        return Ok(Local::now().fixed_offset());
    };
    if let Ok(t) = DateTime::parse_from_rfc3339(value.trim()) {
        return Ok(t);
    }
    let vietnam = FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset");
    if let Some(day) = crate::model::values::parse_stored_date(value.trim()) {
        return Ok(day
            .and_hms_opt(9, 0, 0)
            .expect("9:00 exists")
            .and_local_timezone(vietnam)
            .unwrap());
    }
    Err(Error::Usage(Misuse::CoiNowInvalid { value }))
}

/// The language for the help text, known before the command line is parsed: `--lang`, else
/// `COI_LANG`, else the `language` of the register `found`, else Vietnamese.
pub fn language_before_parsing(global: &Global, found: Option<&Result<Found>>) -> Lang {
    if let Some(lang) = global.lang {
        return lang;
    }
    match found {
        Some(Ok(Found {
            config: Ok(config), ..
        })) => config.language,
        _ => Lang::Vi,
    }
}
