use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use coi::cli::Cli;
use coi::context::{Context, language_before_parsing};
use coi::error::Error;
use coi::i18n::Lang;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let command = coi::i18n::help::localize(Cli::command(), language_before_parsing(&args));
    let cli = command
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
        .unwrap_or_else(|e| e.exit());
    let fallback_lang = cli.global.lang.unwrap_or_default();
    let mut ctx = match Context::new(&cli.global) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e, fallback_lang),
    };
    match coi::commands::run(&mut ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e, ctx.lang),
    }
}

/// The one place where errors are printed.
fn report(e: &Error, lang: Lang) -> ExitCode {
    match e {
        // `coi case list | head`: the reader has what it wanted.
        Error::Output(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS;
        }
        Error::Reported => return ExitCode::from(e.exit_code()),
        _ => {}
    }
    let (cause, hint) = match lang {
        Lang::Vi => ("nguyên nhân", "gợi ý"),
        Lang::En => ("cause", "hint"),
    };
    eprintln!(
        "{}: {}",
        coi::render::stderr_label("error", true),
        e.message().get(lang)
    );
    for line in e.details(std::path::Path::new("."), lang) {
        eprintln!("  {line}");
    }
    if let Some(c) = e.cause() {
        eprintln!("  {cause}: {c}");
    }
    if let Some(h) = e.hint() {
        eprintln!("  {hint}: {}", h.get(lang));
    }
    ExitCode::from(e.exit_code())
}
