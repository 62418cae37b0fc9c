//! Guided entry on a terminal: each required field the flags left out is asked for by its
//! label, with choice lists for closed lists and units, dates as dd/mm/yyyy and amounts with
//! dots, each answer checked on the spot; then a summary to confirm. Nothing is written until
//! the person confirms; Ctrl-C or "no" leaves nothing behind.

use std::io::IsTerminal;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use dialoguer::theme::ColorfulTheme;
use dialoguer::{Input, MultiSelect, Select};
use serde_yaml::Value;

use crate::cli::add_flags;
use crate::error::{Error, Result};
use crate::i18n::in_lang;
use crate::i18n::msg;
use crate::i18n::{Lang, Text};
use crate::model::Kind;
use crate::model::schema::{Field, Type};
use crate::model::values::{Vnd, check_text, normalize_text, parse_date};
use crate::register::Register;
use crate::rules::Finding;
use crate::rules::Rules;

/// Prompts only when a person is there: standard input and error are terminals.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn theme() -> ColorfulTheme {
    ColorfulTheme::default()
}

const SHOW_CURSOR: &str = "\x1b[?25h";

/// How many questions are under way (a yes/no field asks inside the list of fields), for the
/// Ctrl-C handler.
static ASKING: AtomicUsize = AtomicUsize::new(0);
/// Whether a question was stopped by Ctrl-C read as a key, and the program is ending.
static STOPPING: AtomicBool = AtomicBool::new(false);

/// While it lives, Ctrl-C shows the cursor again (a list hides it) and says that nothing was
/// written. Outside questions Ctrl-C ends the program as it always does, saying nothing: a
/// record may already be written by then.
struct Asking;

impl Asking {
    fn start(lang: Lang) -> Asking {
        static HANDLER: Once = Once::new();
        HANDLER.call_once(|| {
            let stopped = msg::prompt_stopped().get(lang).to_string();
            // Without a handler Ctrl-C still ends the program, only less tidily.
            let _ = ctrlc::set_handler(move || {
                if ASKING.load(Ordering::SeqCst) > 0 {
                    eprint!("{SHOW_CURSOR}\n{stopped}\n");
                } else if STOPPING.load(Ordering::SeqCst) {
                    // The question already took the Ctrl-C as a key and is ending the program
                    // with a word of its own; the signal it also raised must not cut that short.
                    return;
                }
                std::process::exit(130);
            });
        });
        ASKING.fetch_add(1, Ordering::SeqCst);
        Asking
    }
}

impl Drop for Asking {
    fn drop(&mut self) {
        ASKING.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Asks for the missing required fields; returns whether anything was asked.
pub fn fill<R: Rules>(
    values: &mut Vec<(String, Vec<String>)>,
    reg: &Register,
    lang: Lang,
) -> Result<bool> {
    let given = |values: &Vec<(String, Vec<String>)>, path: &str| {
        values.iter().any(|(p, v)| p == path && !v.is_empty())
    };
    let _asking = Asking::start(lang);
    let mut asked = false;
    for (path, field) in add_flags(R::FIELDS) {
        if given(values, &path) || !required_here(R::FIELDS, &path) {
            continue;
        }
        if !asked {
            eprintln!("{}", intro(R::KIND, lang));
            asked = true;
        }
        let answer = ask(field, &label(R::FIELDS, &path, lang), reg, lang)?;
        values.push((path, vec![answer]));
    }
    // A gift to a person names the person; an empty answer means the agency received it.
    if R::KIND == Kind::Gift && !given(values, "recipient.name") && !given(values, "recipient_type")
    {
        asked = true;
        let name: String = Input::with_theme(&theme())
            .with_prompt(msg::PROMPT_RECIPIENT.get(lang))
            .allow_empty(true)
            .interact_text()
            .map_err(interrupted)?;
        let name = normalize_text(&name);
        if name.is_empty() {
            values.push(("recipient_type".into(), vec!["agency".into()]));
        } else {
            values.push(("recipient.name".into(), vec![name]));
        }
    }
    Ok(asked)
}

/// After the rules refused the answers: says why, and asks again for each field at fault that
/// has a question (one inside a list has not); returns whether anything was asked.
pub fn ask_again<R: Rules>(
    values: &mut Vec<(String, Vec<String>)>,
    errors: &[Finding],
    reg: &Register,
    lang: Lang,
) -> Result<bool> {
    let _asking = Asking::start(lang);
    let flags = add_flags(R::FIELDS);
    let at_fault: Vec<_> = flags
        .iter()
        .filter(|(path, _)| errors.iter().any(|e| e.field == *path))
        .collect();
    for e in errors {
        let field = label(R::FIELDS, &e.field, lang);
        let field = if field.is_empty() {
            e.field.clone()
        } else {
            field
        };
        eprintln!("{field}: {}", e.message.get(lang));
    }
    for (path, field) in &at_fault {
        let answer = ask(field, &label(R::FIELDS, path, lang), reg, lang)?;
        values.retain(|(p, _)| p != path);
        values.push((path.clone(), vec![answer]));
    }
    Ok(!at_fault.is_empty())
}

fn intro(kind: Kind, lang: Lang) -> String {
    msg::prompt_intro(kind.label()).get(lang).to_string()
}

/// Required, and inside required groups only: an optional group is not asked for.
fn required_here(fields: &'static [Field], path: &str) -> bool {
    let mut fields = fields;
    for part in path.split('.') {
        let Some(f) = fields.iter().find(|f| f.name == part) else {
            return false;
        };
        if !f.required {
            return false;
        }
        match f.ty {
            Type::Object(inner) => fields = inner,
            Type::Objects(_) => return false,
            _ => {}
        }
    }
    true
}

/// "Người có xung đột lợi ích › Họ và tên".
fn label(fields: &'static [Field], path: &str, lang: Lang) -> String {
    let mut fields = fields;
    let mut parts = Vec::new();
    for part in path.split('.') {
        let Some(f) = fields.iter().find(|f| f.name == part) else {
            break;
        };
        parts.push(f.label.get(lang));
        if let Type::Object(inner) | Type::Objects(inner) = f.ty {
            fields = inner;
        }
    }
    parts.join(" › ")
}

fn interrupted(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    Error::Refused(if io.kind() == std::io::ErrorKind::Interrupted {
        // Ctrl-C read as a key: the list that hid the cursor does not show it again.
        STOPPING.store(true, Ordering::SeqCst);
        eprint!("{SHOW_CURSOR}");
        msg::prompt_stopped()
    } else {
        let detail = io.to_string();
        msg::prompt_failed(detail)
    })
}

/// One answer, checked as it is typed, in the form the flags take.
fn ask(field: &Field, prompt: &str, reg: &Register, lang: Lang) -> Result<String> {
    let theme = theme();
    match field.ty {
        Type::Choice(vocab) => {
            let items: Vec<String> = vocab
                .terms
                .iter()
                .map(|t| t.label(lang).to_string())
                .collect();
            let i = Select::with_theme(&theme)
                .with_prompt(prompt)
                .items(&items)
                .default(0)
                .interact()
                .map_err(interrupted)?;
            Ok(vocab.terms[i].yaml.to_string())
        }
        Type::Choices(vocab) => loop {
            let items: Vec<String> = vocab
                .terms
                .iter()
                .map(|t| t.label(lang).to_string())
                .collect();
            let hint = msg::PROMPT_CHOOSE_MANY.get(lang);
            let chosen = MultiSelect::with_theme(&theme)
                .with_prompt(format!("{prompt}{hint}"))
                .items(&items)
                .interact()
                .map_err(interrupted)?;
            if !chosen.is_empty() {
                return Ok(chosen
                    .iter()
                    .map(|&i| vocab.terms[i].yaml)
                    .collect::<Vec<_>>()
                    .join(","));
            }
        },
        Type::Unit => {
            let units = &reg.config.units;
            if units.is_empty() {
                return Err(Error::Usage(msg::coi_yaml_lists_no_units()));
            }
            let items: Vec<String> = units
                .iter()
                .map(|u| format!("{} — {}", u.code, u.name))
                .collect();
            let i = Select::with_theme(&theme)
                .with_prompt(prompt)
                .items(&items)
                .default(0)
                .interact()
                .map_err(interrupted)?;
            Ok(units[i].code.clone())
        }
        Type::Bool => yes_or_no(prompt, None, lang).map(|b| b.to_string()),
        _ => {
            let ty = field.ty;
            let hint = match ty {
                Type::Date => msg::PROMPT_DATE.get(lang),
                Type::Money => msg::PROMPT_MONEY.get(lang),
                _ => "",
            };
            Input::<String>::with_theme(&theme)
                .with_prompt(format!("{prompt}{hint}"))
                .validate_with(move |s: &String| check(ty, s).map_err(|e| e.get(lang).to_string()))
                .interact_text()
                .map_err(interrupted)
        }
    }
}

fn check(ty: Type, s: &str) -> std::result::Result<(), Text> {
    match ty {
        Type::Date => parse_date(s).map(drop),
        Type::Money => Vnd::parse(s).map(drop),
        Type::Count => Vnd::parse(s)
            .ok()
            .and_then(|n| u32::try_from(n.0).ok())
            .map(drop)
            .ok_or_else(msg::prompt_whole_number),
        _ => {
            let text = normalize_text(s);
            if text.is_empty() {
                return Err(msg::prompt_not_empty());
            }
            check_text(&text, false)
        }
    }
}

/// Shows what will be written and asks to confirm; "no" writes nothing.
pub fn confirm(fields: &[Field], doc: &Value, lang: Lang) -> Result<()> {
    let _asking = Asking::start(lang);
    let mut rows = Vec::new();
    super::show::lines(fields, doc, "", lang, &mut rows);
    let headers = in_lang([msg::HEADING_FIELD, msg::HEADING_VALUE], lang);
    eprint!(
        "{}",
        crate::render::table(&headers, rows.into_iter().map(|(k, v)| vec![k, v]))
    );
    if yes_or_no(msg::PROMPT_CONFIRM.get(lang), Some(true), lang)? {
        Ok(())
    } else {
        Err(Error::Refused(msg::prompt_cancelled()))
    }
}

/// A yes-or-no question as a list of «Có» and «Không», in the clerk's language (a y/n key
/// question would answer in English).
pub fn yes_or_no(prompt: &str, default: Option<bool>, lang: Lang) -> Result<bool> {
    let _asking = Asking::start(lang);
    let items = [msg::YES.get(lang), msg::NO.get(lang)];
    Select::with_theme(&theme())
        .with_prompt(prompt)
        .items(items)
        .default(usize::from(default == Some(false)))
        .interact()
        .map(|i| i == 0)
        .map_err(interrupted)
}
