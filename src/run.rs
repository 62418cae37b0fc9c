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
    // The first pass knows only the global flags: it finds the register and reads its
    // settings once, for the language of the help and then for the command.
    let global = cli::first_pass(&args);
    let found = std::env::current_dir()
        .ok()
        .map(|cwd| Found::load(global.data.as_deref(), &cwd));
    let lang = language_before_parsing(&global, found.as_ref());
    let command = crate::flags::help::localize(Cli::command(), lang);
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) => return cli::usage::error(e, lang),
    };
    // `coi help case add` is `coi case add --help`, as clap's own `help` command would have it.
    if let Some(("help", help)) = matches.subcommand() {
        let words = help.get_many::<String>("command").into_iter().flatten();
        let mut again: Vec<OsString> = args[..1].to_vec();
        again.extend(words.map(Into::into));
        again.push("--help".into());
        let shown = command.try_get_matches_from(again);
        return cli::usage::error(shown.expect_err("--help ends in the help"), lang);
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return cli::usage::error(e, lang),
    };
    // The register found is the one the command line names (a first pass that read `--data`
    // otherwise looks again).
    let found = found.filter(|_| cli.global.data == global.data);
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
