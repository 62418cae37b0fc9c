use std::process::ExitCode;

use clap::Parser;

use coi::cli::Cli;
use coi::context::Context;
use coi::error::Error;
use coi::i18n::Lang;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
