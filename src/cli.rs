//! The command line, as clap types. Nothing below `commands` sees these.

use std::marker::PhantomData;
use std::path::PathBuf;

use clap::{
    Arg, ArgAction, ArgMatches, Args, Command as ClapCommand, FromArgMatches, Parser, Subcommand,
    ValueEnum,
};

use crate::i18n::Lang;
use crate::model::schema::{Field, Source, Type};
use crate::model::{Case, Gift, Record, Training};

/// Sổ kiểm soát xung đột lợi ích, quà tặng và tuyên truyền PCTN (Nghị định 59/2019/NĐ-CP).
///
/// A register of conflict-of-interest cases, gift reports and anti-corruption trainings, kept
/// as YAML files in a folder under git, checked against Decree 59/2019.
#[derive(Debug, Parser)]
#[command(name = "coi", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
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
    /// Who is acting, for the history and the commit (else COI_USER, git's user.name, the login)
    #[arg(long, global = true, env = "COI_USER", value_name = "NAME")]
    pub by: Option<String>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("'{s}': use vi or en"))
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
        action: RecordAction<Case>,
    },
    /// Gift reports and hand-overs (báo cáo, nộp lại quà tặng)
    Gift {
        #[command(subcommand)]
        action: RecordAction<Gift>,
    },
    /// Propagation and training sessions (tuyên truyền, tập huấn PCTN)
    Training {
        #[command(subcommand)]
        action: RecordAction<Training>,
    },
    /// Check every record and coi.yaml; print each problem with its file and line
    Check,
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
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this unit (code from coi.yaml)
    #[arg(long, value_name = "CODE")]
    pub unit: Option<String>,
    /// Only this year (the year in the ID)
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
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
        Type::Choices(_) => long.push_str("\n\nRepeat the flag or separate values with commas"),
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
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
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
