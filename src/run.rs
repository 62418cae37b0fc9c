//! One run of `coi`: the command line parsed, the command run, and every error printed once
//! with its cause and hint, as an exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::{self, Cli};
use crate::context::{Context, Found, language_before_parsing};
use crate::error::Error;
use crate::i18n::Lang;

/// The whole run of `coi` over a command line: its exit code, every message printed.
pub fn run(args: Vec<OsString>) -> ExitCode {
    // The command line as clap defines it reads every line that is right; only help and
    // mistakes need the words of the register's language, so the command is put into them
    // only then (building it costs time and memory at every start).
    let plain = Cli::command().try_get_matches_from_mut(&args);
    let (cli, found) = match plain.ok().and_then(|m| Cli::from_arg_matches(&m).ok()) {
        Some(cli) => {
            let found = found_from(cli.global.data.as_deref());
            (cli, found)
        }
        None => match in_the_registers_words(&args) {
            Ok(parsed) => parsed,
            Err(code) => return code,
        },
    };
    let fallback_lang = cli.global.lang.unwrap_or_default();
    let mut ctx = match Context::new(&cli.global, found) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e, fallback_lang),
    };
    match crate::commands::run(&mut ctx, cli.command, Cli::command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A register reached by an absolute path (found above the current folder, or
            // given so) names its files relative to itself.
            let e = match ctx.register_root() {
                Some(root) if root.is_absolute() => e.rebased(root, std::path::Path::new(".")),
                _ => e,
            };
            report(&e, ctx.lang)
        }
    }
}

/// The register from the current folder or `--data`, read once for the whole run.
fn found_from(data: Option<&std::path::Path>) -> Option<crate::error::Result<Found>> {
    let cwd = std::env::current_dir().ok()?;
    Some(Found::load(data, &cwd))
}

/// The command line parsed again in the words of the register's language, for the help, the
/// version and the mistakes that the plain parse stopped at. The first pass knows only the
/// global flags: it finds the register and reads its settings, for the language.
/// `coi help case add` comes back parsed (it is `coi case add --help`); anything else that
/// stops here ends the run with its exit code.
fn in_the_registers_words(
    args: &[OsString],
) -> Result<(Cli, Option<crate::error::Result<Found>>), ExitCode> {
    let global = cli::first_pass(args);
    let found = found_from(global.data.as_deref());
    let lang = language_before_parsing(&global, found.as_ref());
    let mut command = crate::flags::help::localize(Cli::command(), lang);
    let matches = match command.try_get_matches_from_mut(args) {
        Ok(matches) => matches,
        Err(e) => return Err(cli::usage::error(e, lang)),
    };
    // `coi help case add` is `coi case add --help`, as clap's own `help` command would have it.
    if let Some(("help", help)) = matches.subcommand() {
        let words = help.get_many::<String>("command").into_iter().flatten();
        let mut again: Vec<OsString> = args[..1].to_vec();
        again.extend(words.map(Into::into));
        again.push("--help".into());
        let shown = command.try_get_matches_from_mut(again);
        return Err(cli::usage::error(
            shown.expect_err("--help ends in the help"),
            lang,
        ));
    }
    let cli = Cli::from_arg_matches(&matches).map_err(|e| cli::usage::error(e, lang))?;
    // The register found is the one the command line names (a first pass that read `--data`
    // otherwise looks again).
    let found = match cli.global.data == global.data {
        true => found,
        false => found_from(cli.global.data.as_deref()),
    };
    Ok((cli, found))
}

/// The one place where errors are printed (a command that goes on after an error prints it
/// here too).
pub(crate) fn report(e: &Error, lang: Lang) -> ExitCode {
    match e {
        // `coi case list | head`: the reader has what it wanted.
        Error::Output(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS;
        }
        Error::Reported => return ExitCode::from(e.exit_code()),
        _ => {}
    }
    e.print(lang);
    ExitCode::from(e.exit_code())
}
