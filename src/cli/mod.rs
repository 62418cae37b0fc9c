//! The top-level parser: the global flags around the subcommands of `commands`, and the first
//! pass that reads the global flags alone, before the whole command line is parsed.

use clap::{Arg, ArgAction, Command as ClapCommand, FromArgMatches, Parser};

pub mod usage;

use crate::commands::Command;
use crate::flags::Global;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flags::Format;
    use crate::i18n::Lang;
    use clap::CommandFactory;
    use std::path::PathBuf;

    #[test]
    fn the_command_line_is_consistent_in_both_languages() {
        Cli::command().debug_assert();
        crate::flags::help::localize(Cli::command(), Lang::Vi).debug_assert();
        crate::flags::help::localize(Cli::command(), Lang::En).debug_assert();
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
}
