//! A command line that clap refuses, told from clap's own error kinds and context in the
//! person's language, and why a value was refused, from the error of coi's own value parsers.

use std::process::ExitCode;

use crate::flags::BadValue;
use crate::i18n::{Lang, Text, msg};

/// A command line that cannot be parsed: clap's message, in Vietnamese for the common cases.
pub fn error(e: clap::Error, lang: Lang) -> ExitCode {
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
    // A period is refused as the command refuses a value it reads itself.
    if let Some(BadValue::Period { flag, fault }) =
        std::error::Error::source(&e).and_then(|c| c.downcast_ref::<BadValue>())
    {
        let problem = crate::error::ValueProblem::new(*flag, fault.clone());
        let refused = crate::error::Error::InvalidValues(vec![problem]);
        refused.print(lang);
        return ExitCode::from(refused.exit_code());
    }
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
        crate::render::stderr_label(msg::ERROR_LABEL.get(lang), true),
        crate::i18n::visible(message.get(lang))
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

/// Why a value was refused, from the error of coi's own parser of the option.
fn why_invalid(cause: &(dyn std::error::Error + 'static)) -> Text {
    use std::num::IntErrorKind;
    let Some(bad) = cause.downcast_ref::<BadValue>() else {
        // A parser of clap's own (a path, a shell name): its text as it is.
        return Text::same(&cause.to_string());
    };
    match bad {
        BadValue::Language => msg::LANGUAGE_CHOICES.into(),
        BadValue::Number(e) => match e.kind() {
            IntErrorKind::Empty => msg::NUMBER_EMPTY.into(),
            IntErrorKind::PosOverflow => msg::NUMBER_TOO_LARGE.into(),
            IntErrorKind::NegOverflow => msg::NUMBER_TOO_SMALL.into(),
            _ => msg::NUMBER_NOT_DIGITS.into(),
        },
        BadValue::OutOfRange { low, high } => msg::number_out_of_range(low, high),
        BadValue::NoCharacter => msg::CHARACTER_EMPTY.into(),
        BadValue::MoreThanOneCharacter => msg::CHARACTER_ONLY_ONE.into(),
        BadValue::Delimiter => msg::DELIMITER_RULE.into(),
        BadValue::Period { fault, .. } => fault.message(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(bad: BadValue) -> Text {
        why_invalid(&bad)
    }

    /// Each reason of coi's value parsers has its own words, in both languages.
    #[test]
    fn every_refused_value_says_why_in_both_languages() {
        let number = |s: &str| BadValue::Number(s.parse::<i64>().unwrap_err());
        let cases = [
            (why(BadValue::Language), msg::LANGUAGE_CHOICES.into()),
            (why(number("")), msg::NUMBER_EMPTY.into()),
            (why(number("hai")), msg::NUMBER_NOT_DIGITS.into()),
            (
                why(number("99999999999999999999")),
                msg::NUMBER_TOO_LARGE.into(),
            ),
            (
                why(number("-99999999999999999999")),
                msg::NUMBER_TOO_SMALL.into(),
            ),
            (
                why(BadValue::OutOfRange {
                    low: "0".into(),
                    high: "9".into(),
                }),
                msg::number_out_of_range("0", "9"),
            ),
            (why(BadValue::NoCharacter), msg::CHARACTER_EMPTY.into()),
            (
                why(BadValue::MoreThanOneCharacter),
                msg::CHARACTER_ONLY_ONE.into(),
            ),
            (why(BadValue::Delimiter), msg::DELIMITER_RULE.into()),
        ];
        for (got, wanted) in cases {
            assert_eq!(got, wanted);
            assert_ne!(got.vi, got.en, "{got:?}");
        }
    }
}
