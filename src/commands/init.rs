//! `coi init`: a new register.

use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::error::{Error, Misuse, Result, ValueFault, ValueProblem};
use crate::i18n::msg;
use crate::layout::CONFIG_FILE;
use crate::model::Kind;
use crate::model::settings::{Config, Unit, valid_unit_code};
use crate::model::values::normalize_text;
use crate::register::git;
use crate::register::store::{self, LOCK_FILE, TEMP_PREFIX};
use crate::sync::{ATTRIBUTES, Repo};
use crate::yaml::to_yaml;
use clap::Args;

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

const HEADER: &str = "# Sổ kiểm soát xung đột lợi ích (coi). Sửa tệp này bằng «coi config edit» (kiểm tra rồi ghi vào git); xem README.\n";

pub fn run(ctx: &mut Context, args: &InitArgs) -> Result<()> {
    let dir = &args.dir;
    if dir.join(CONFIG_FILE).exists() {
        return Err(Error::RegisterExists { path: dir.clone() });
    }
    let agency = normalize_text(&args.agency);
    if agency.is_empty() {
        return Err(Error::Usage(Misuse::AgencyEmpty));
    }
    let units = parse_units(&args.units)?;
    let mut config = Config::new(agency, units);
    if let Some(to) = &args.report_to {
        config.report_to = normalize_text(to);
    }
    config.language = ctx.lang;
    let use_git = !args.no_git;
    // Without git of its own, a register must not commit into a repository it happens to sit in.
    config.auto_commit = use_git;
    if use_git
        && std::process::Command::new("git")
            .arg("--version")
            .output()
            .is_err()
    {
        return Err(Error::Usage(Misuse::GitNotFound));
    }

    let create = |e| Error::io(msg::cannot_create_folder(), dir, e);
    std::fs::create_dir_all(dir).map_err(create)?;
    store::create_new(
        &dir.join(CONFIG_FILE),
        format!("{HEADER}{}", to_yaml(&config)).as_bytes(),
    )?;
    for kind in Kind::ALL {
        std::fs::create_dir_all(dir.join(kind.folder())).map_err(create)?;
    }
    write_gitignore(dir)?;
    if use_git {
        crate::sync::write_attributes(dir)?;
    }

    let mut committed = false;
    if use_git {
        if !git::in_work_tree(dir) {
            git::init(dir)?;
        }
        let paths = [
            PathBuf::from(CONFIG_FILE),
            PathBuf::from(".gitignore"),
            PathBuf::from(ATTRIBUTES),
        ];
        let who = git::Identity {
            name: ctx.actor(dir),
            email: git::user_email(dir).unwrap_or_default(),
            at: ctx.commit_time(),
        };
        // Clones of the register merge record files with coi (see `coi sync`).
        Repo::open(dir, who.clone())?.configure_driver(&super::publishing::program()?)?;
        git::commit(
            dir,
            &paths,
            &format!("register: create for {}", config.agency),
            &who,
        )?;
        committed = true;
    }
    let done = if committed {
        msg::register_created_in_git(dir.display())
    } else {
        msg::register_created(dir.display())
    };
    super::out(&format!("{}\n", done.get(ctx.lang)))
}

fn parse_units(given: &[String]) -> Result<Vec<Unit>> {
    let mut units: Vec<Unit> = Vec::new();
    let mut problems = Vec::new();
    for item in given {
        let Some((code, name)) = item.split_once('=') else {
            let typed = item.clone();
            problems.push(ValueProblem::new(
                "--unit",
                ValueFault::UnitNotCodeAndName { typed },
            ));
            continue;
        };
        let (code, name) = (code.trim().to_string(), normalize_text(name));
        let fault = if !valid_unit_code(&code) {
            ValueFault::UnitCodeCharacters { code }
        } else if name.is_empty() {
            ValueFault::UnitNameMissing { code }
        } else if units.iter().any(|u| u.code == code) {
            ValueFault::UnitCodeTwice { code }
        } else {
            units.push(Unit {
                code,
                name,
                head: None,
                focal_point: None,
            });
            continue;
        };
        problems.push(ValueProblem::new("--unit", fault));
    }
    if problems.is_empty() {
        Ok(units)
    } else {
        Err(Error::InvalidValues(problems))
    }
}

/// The lock and interrupted writes stay out of git; an existing `.gitignore` is extended.
fn write_gitignore(dir: &Path) -> Result<()> {
    let lines = [LOCK_FILE.to_string(), format!("{TEMP_PREFIX}*")];
    store::ensure_lines(&dir.join(".gitignore"), &lines).map(drop)
}
