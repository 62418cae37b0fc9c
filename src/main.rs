use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use coi::cli::Cli;
use coi::context::{Context, language_before_parsing};
use coi::error::Error;
use coi::i18n::{Lang, msg};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = language_before_parsing(&args);
    let command = coi::cli::help::localize(Cli::command(), lang);
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) => return usage_error(e, lang),
    };
    // `coi help case add` is `coi case add --help`, as clap's own `help` command would have it.
    if let Some(("help", help)) = matches.subcommand() {
        let words = help.get_many::<String>("command").into_iter().flatten();
        let mut again: Vec<std::ffi::OsString> = args[..1].to_vec();
        again.extend(words.map(Into::into));
        again.push("--help".into());
        let shown = command.try_get_matches_from(again);
        return usage_error(shown.expect_err("--help ends in the help"), lang);
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, lang),
    };
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

/// A command line that cannot be parsed: clap's message, in Vietnamese for the common cases.
fn usage_error(e: clap::Error, lang: Lang) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() == ErrorKind::DisplayVersion {
        e.exit();
    }
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        use std::io::Write;
        let help = usage_words(&e.render().to_string(), lang);
        // A closed pipe (`coi --help | head`) is not an error worth a word.
        let _ = match e.use_stderr() {
            true => std::io::stderr().write_all(help.as_bytes()),
            false => std::io::stdout().write_all(help.as_bytes()),
        };
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let (arg, value) = (
        context(ContextKind::InvalidArg),
        context(ContextKind::InvalidValue),
    );
    let message = match e.kind() {
        ErrorKind::UnknownArgument => msg::unknown_option(arg),
        ErrorKind::InvalidSubcommand => {
            msg::unknown_command(context(ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue if value.is_empty() => msg::option_needs_value(arg),
        ErrorKind::InvalidValue => {
            msg::option_value_not_allowed(value, arg, context(ContextKind::ValidValue))
        }
        ErrorKind::MissingRequiredArgument => msg::argument_missing(arg),
        ErrorKind::MissingSubcommand => msg::COMMAND_MISSING.into(),
        ErrorKind::ArgumentConflict => msg::options_conflict(arg, context(ContextKind::PriorArg)),
        ErrorKind::ValueValidation => match std::error::Error::source(&e).map(why_invalid) {
            Some(why) => msg::option_value_invalid_because(value, arg, why),
            None => msg::option_value_invalid(value, arg),
        },
        ErrorKind::WrongNumberOfValues | ErrorKind::TooManyValues => {
            msg::wrong_number_of_values(arg)
        }
        _ => e.exit(),
    };
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(context)
    .find(|s| !s.is_empty());
    eprintln!(
        "{}: {}",
        coi::render::stderr_label("error", true),
        message.get(lang)
    );
    if let Some(s) = suggestion {
        let hint = msg::HINT.get(lang);
        eprintln!("  {hint}: {}", msg::did_you_mean(s).get(lang));
    }
    let usage = context(ContextKind::Usage);
    if !usage.is_empty() {
        let usage = usage.replacen("Usage:", msg::USAGE.get(lang), 1);
        eprintln!("\n{}", usage_words(&usage, lang));
    }
    eprintln!("\n{}", msg::SEE_HELP.get(lang));
    ExitCode::from(2)
}

/// clap's placeholders of a usage line (`coi [OPTIONS] <COMMAND>`) in the person's language.
fn usage_words(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Vi => text
            .replace("[OPTIONS]", "[TÙY CHỌN]")
            .replace("[COMMAND]", "[LỆNH]")
            .replace("<COMMAND>", "<LỆNH>"),
    }
}

/// Why a value was refused, from the error of the option's parser.
fn why_invalid(cause: &(dyn std::error::Error + 'static)) -> coi::i18n::Text {
    use std::num::IntErrorKind;
    if let Some(number) = cause.downcast_ref::<std::num::ParseIntError>() {
        match number.kind() {
            IntErrorKind::Empty => return msg::NUMBER_EMPTY.into(),
            IntErrorKind::InvalidDigit => return msg::NUMBER_NOT_DIGITS.into(),
            IntErrorKind::PosOverflow => return msg::NUMBER_TOO_LARGE.into(),
            IntErrorKind::NegOverflow => return msg::NUMBER_TOO_SMALL.into(),
            _ => {}
        }
    }
    if cause.is::<std::char::ParseCharError>() {
        // Its kind is private; an empty value is the only other way it fails.
        return match cause.to_string().contains("empty") {
            true => msg::CHARACTER_EMPTY.into(),
            false => msg::CHARACTER_ONLY_ONE.into(),
        };
    }
    if cause.is::<coi::cli::NotALanguage>() {
        return msg::LANGUAGE_CHOICES.into();
    }
    // clap's number parsers: `99999999999 is not in 0..=4294967295`.
    let text = cause.to_string();
    let range = text.split_once(" is not in ").map(|(_, range)| range);
    match range.and_then(|r| r.split_once("..=")) {
        Some((low, high)) => msg::number_out_of_range(low, high),
        None => coi::i18n::Text::same(&text),
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
    let (cause, hint) = (msg::CAUSE.get(lang), msg::HINT.get(lang));
    eprintln!(
        "{}: {}",
        coi::render::stderr_label("error", true),
        e.message().get(lang)
    );
    for line in e.details(std::path::Path::new("."), lang) {
        eprintln!("  {line}");
    }
    if let Some(c) = e.cause() {
        eprintln!("  {cause}: {}", c.get(lang));
    }
    if let Some(h) = e.hint() {
        eprintln!("  {hint}: {}", h.get(lang));
    }
    ExitCode::from(e.exit_code())
}
