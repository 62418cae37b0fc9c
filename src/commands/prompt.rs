//! Guided entry on a terminal. When `add` lacks a required field, each missing required field is
//! asked by its label; then the optional fields a clerk should fill when the record is made (the
//! schema marks them `asked`), each left empty with Enter. Lists take the arrow keys or a typed
//! code; dates are typed as dd/mm/yyyy, amounts with dots; each answer is checked on the spot.
//! `<` then Enter (Esc in a list) goes back one question. A summary comes last, where Enter
//! confirms. Nothing is written until the clerk confirms. Ctrl-C ends the same way at every
//! question and at the summary: the cursor shown, one line «Đã dừng, không ghi gì.», exit code
//! 130.

mod list;

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Once, OnceLock};

use dialoguer::Input;
use dialoguer::console::Term;
use dialoguer::theme::ColorfulTheme;
use serde_yaml::Value;

use crate::error::{Error, Misuse, Refusal, Result, ValueFault};
use crate::flags::add_flags;
use crate::i18n::{Lang, in_lang, msg};
use crate::model::schema::{Field, Type, field_at};
use crate::model::values::{Vnd, check_text, normalize_text, parse_date, parse_yes_no};
use crate::model::vocab::plain;
use crate::model::{Kind, Record};
use crate::problem::Finding;
use crate::register::Register;
use crate::rules::Rules;
use crate::rules::calendar::Calendar;

use list::{List, Pick};

/// Typed alone as an answer: back to the previous question.
const BACK: &str = "<";

/// Prompts only when a person is there: standard input and error are terminals.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn theme() -> ColorfulTheme {
    ColorfulTheme::default()
}

// ── Ctrl-C

/// How many askings are under way (guided entry, or one yes-or-no question), for the handler.
static ASKING: AtomicUsize = AtomicUsize::new(0);
/// Set by the first Ctrl-C that ends the program.
static STOPPED: AtomicBool = AtomicBool::new(false);
/// Whether the cursor stands after text on its line (a text question), so that the message
/// starts a line of its own.
static MID_LINE: AtomicBool = AtomicBool::new(false);
/// «Đã dừng, không ghi gì.» in the clerk's language.
static STOPPED_TEXT: OnceLock<String> = OnceLock::new();

/// While it lives, Ctrl-C ends the program through [`stop`]. Outside it Ctrl-C ends the program
/// as it always does, saying nothing: a record may already be written by then.
struct Asking;

impl Asking {
    fn start(lang: Lang) -> Asking {
        let _ = STOPPED_TEXT.set(msg::prompt_stopped().get(lang).to_string());
        static HANDLER: Once = Once::new();
        HANDLER.call_once(|| {
            // Without a handler Ctrl-C still ends the program, only less tidily.
            let _ = ctrlc::set_handler(|| {
                if ASKING.load(Ordering::SeqCst) > 0 {
                    stop();
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

/// The one ending of guided entry by Ctrl-C, whether the terminal gives it as a key (a list; a
/// text question on Unix) or as a signal (Windows; between two questions): the cursor shown
/// again, «Đã dừng, không ghi gì.» on a line of its own, exit code 130. A key read as Ctrl-C
/// also raises the signal: whichever comes first ends the program, the other waits for it.
fn stop() -> ! {
    if STOPPED.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    let _ = Term::stderr().show_cursor();
    let text = STOPPED_TEXT.get().map(String::as_str).unwrap_or_default();
    let newline = if MID_LINE.load(Ordering::SeqCst) {
        "\n"
    } else {
        ""
    };
    eprintln!("{newline}{text}");
    std::process::exit(130)
}

fn interrupted(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        stop();
    }
    Error::Refused(Refusal::PromptFailed {
        detail: io.to_string(),
    })
}

// ── The questions

/// One field to ask.
struct Question {
    path: String,
    field: &'static Field,
    label: String,
    required: bool,
    /// The gift's recipient by name: an empty answer means the agency received it.
    recipient: bool,
}

/// The field of a case that names the inspection it was found through, and the source that
/// asks for it.
const INSPECTION: &str = "inspection";

/// What a question gave.
enum Reply {
    Value(String),
    Skip,
    Back,
}

/// Guided entry of one record: the questions, the answers so far, and which comes next.
pub struct Guide<'r> {
    fields: &'static [Field],
    kind: Kind,
    questions: Vec<Question>,
    /// Per question: not asked yet (or not to be asked), left empty, or answered.
    answers: Vec<Option<Option<String>>>,
    /// The paths the flags gave.
    given: Vec<String>,
    next: usize,
    introduced: bool,
    reg: &'r Register,
    /// The working-day calendar the register's records are read on.
    cal: &'r Calendar,
    lang: Lang,
    /// The field of the record's key date, and its value when a flag gave it: the plan tasks
    /// offered are those of its report year (else today's).
    key_date: (&'static str, Option<String>),
    today: chrono::NaiveDate,
    /// The case's source as a flag gave it: «Qua thanh tra, kiểm tra» asks for the inspection.
    source: Option<String>,
    _asking: Asking,
}

impl<'r> Guide<'r> {
    /// The questions for what the flags left out; none when every required field was given
    /// (then nothing is asked, as for a script).
    pub fn new<R: Rules>(
        values: &[(String, Vec<String>)],
        reg: &'r Register,
        cal: &'r Calendar,
        lang: Lang,
        today: chrono::NaiveDate,
    ) -> Option<Guide<'r>> {
        let flag = |path: &str| {
            (values.iter())
                .find(|(p, _)| p == path)
                .and_then(|(_, v)| v.first().cloned())
        };
        let key_date = flag(R::KEY_DATE);
        let source = flag("source");
        let given: Vec<String> = values
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(p, _)| p.clone())
            .collect();
        let fresh = |path: &str| !given.iter().any(|g| g == path);
        let flags = add_flags(R::FIELDS);
        let question = |path: &str, field, required, recipient| Question {
            path: path.to_string(),
            field,
            label: label(R::FIELDS, path, lang),
            required,
            recipient,
        };
        let mut questions: Vec<Question> = flags
            .iter()
            .filter(|(path, _)| fresh(path) && required_here(R::FIELDS, path))
            .map(|(path, field)| question(path, *field, true, false))
            .collect();
        if questions.is_empty() {
            return None;
        }
        // A gift to a person names the person; an empty answer means the agency received it.
        if R::KIND == Kind::Gift && fresh("recipient.name") && fresh("recipient_type") {
            let field = field_at(R::FIELDS, "recipient.name").expect("a gift has a recipient");
            questions.push(question("recipient.name", field, false, true));
        }
        questions.extend(
            flags
                .iter()
                .filter(|(path, _)| fresh(path) && asked_here(R::FIELDS, path))
                .map(|(path, field)| question(path, *field, false, false)),
        );
        // A case found through an inspection: which one, right after the source.
        if R::KIND == Kind::Case && fresh(INSPECTION) {
            let field = field_at(R::FIELDS, INSPECTION).expect("a case names its inspection");
            let at = (questions.iter())
                .position(|q| q.path == "source")
                .map_or(questions.len(), |i| i + 1);
            questions.insert(at, question(INSPECTION, field, false, false));
        }
        Some(Guide {
            fields: R::FIELDS,
            kind: R::KIND,
            answers: questions.iter().map(|_| None).collect(),
            questions,
            given,
            next: 0,
            introduced: false,
            reg,
            cal,
            lang,
            key_date: (R::KEY_DATE, key_date),
            today,
            source,
            _asking: Asking::start(lang),
        })
    }

    /// Asks from the next question to the last, going back when the clerk says so, and puts
    /// the answers among the values.
    pub fn ask(&mut self, values: &mut Vec<(String, Vec<String>)>) -> Result<()> {
        if !self.introduced {
            eprintln!("{}", msg::prompt_intro(self.kind.label()).get(self.lang));
            self.introduced = true;
        }
        while self.next < self.questions.len() {
            let i = self.next;
            if !self.applies(i) {
                self.answers[i] = None;
                self.next += 1;
                continue;
            }
            let earlier = self.before(i);
            match self.ask_one(i, earlier.is_some(), true)? {
                Reply::Back => {
                    // The earlier question is asked again: its answer line goes.
                    if earlier.is_some() {
                        erase_lines(1);
                    }
                    self.next = earlier.unwrap_or(i)
                }
                Reply::Value(v) => {
                    self.answers[i] = Some(Some(v));
                    self.next += 1;
                }
                Reply::Skip => {
                    self.answers[i] = Some(None);
                    self.next += 1;
                }
            }
        }
        self.apply(values);
        Ok(())
    }

    /// After the rules refused the answers: says why, and asks again for each field at fault
    /// that has a question (one inside a list has not); returns whether anything was asked.
    pub fn ask_again(
        &mut self,
        values: &mut Vec<(String, Vec<String>)>,
        errors: &[Finding],
    ) -> Result<bool> {
        let lang = self.lang;
        let flags = add_flags(self.fields);
        let at_fault: Vec<_> = flags
            .iter()
            .filter(|(path, _)| errors.iter().any(|e| e.field == *path))
            .collect();
        for e in errors {
            let field = label(self.fields, &e.field, lang);
            let field = if field.is_empty() {
                e.field.clone()
            } else {
                field
            };
            // A message that names its field already is said as it is.
            let message = e.message.get(lang);
            match message.starts_with(&field) {
                true => eprintln!("{message}"),
                false => eprintln!("{field}: {message}"),
            }
        }
        for (path, field) in &at_fault {
            if let Some(i) = self.questions.iter().position(|q| q.path == *path) {
                self.answers[i] = match self.ask_one(i, false, false)? {
                    Reply::Value(v) => Some(Some(v)),
                    Reply::Skip | Reply::Back => Some(None),
                };
                continue;
            }
            // A field the flags gave.
            let required = required_here(self.fields, path);
            let prompt = prompt_for(field, &label(self.fields, path, lang), required, lang);
            let asked = Ask {
                prompt,
                label: label(self.fields, path, lang),
                required,
                back: false,
                before: None,
            };
            let reply = ask(field, &asked, self.reg, lang)?;
            values.retain(|(p, _)| p != path);
            if let Reply::Value(v) = reply {
                values.push((path.clone(), vec![v]));
            }
        }
        self.apply(values);
        Ok(!at_fault.is_empty())
    }

    /// Shows what will be written and asks to confirm, Enter for yes: [`Confirm::Write`];
    /// [`Confirm::Back`] when the clerk goes back (the last question comes next); "No" is
    /// [`Confirm::Nothing`]: nothing is written, and that is no error.
    pub fn confirm(&mut self, doc: &Value) -> Result<Confirm> {
        let lang = self.lang;
        let mut rows = Vec::new();
        super::fields::lines(self.fields, doc, "", lang, &mut rows);
        let headers = in_lang([msg::HEADING_FIELD, msg::HEADING_VALUE], lang);
        let summary = crate::render::table(&headers, rows.into_iter().map(|(k, v)| vec![k, v]));
        eprint!("{summary}");
        match yes_no(msg::PROMPT_CONFIRM.get(lang), Some(true), true, lang)? {
            Some(true) => Ok(Confirm::Write),
            Some(false) => Ok(Confirm::Nothing),
            None => {
                // Back to the last question: the summary and that question's answer line go.
                erase_lines(summary.lines().count() + 1);
                self.next = self.before(self.questions.len()).unwrap_or(0);
                Ok(Confirm::Back)
            }
        }
    }

    fn ask_one(&self, i: usize, back: bool, again: bool) -> Result<Reply> {
        let q = &self.questions[i];
        let lang = self.lang;
        let (prompt, label) = match q.recipient {
            true => {
                let prompt = msg::PROMPT_RECIPIENT.get(lang);
                let label = prompt.split(" (").next().unwrap_or(prompt);
                (prompt.to_string(), label.to_string())
            }
            false => (
                prompt_for(q.field, &q.label, q.required, lang),
                q.label.clone(),
            ),
        };
        // Asked again after going back: the answer given before, to keep or change.
        let before = match again {
            true => self.answers[i].clone().flatten(),
            false => None,
        };
        let asked = Ask {
            prompt,
            label,
            required: q.required,
            back,
            before,
        };
        if matches!(q.field.ty, Type::Task)
            && let Some(reply) = self.ask_task(&asked)?
        {
            return Ok(reply);
        }
        if q.path == INSPECTION {
            return self.ask_inspection(&asked);
        }
        ask(q.field, &asked, self.reg, lang)
    }

    /// The case's inspection, chosen from the register's inspections (the latest first), each
    /// with its ID.
    fn ask_inspection(&self, q: &Ask) -> Result<Reply> {
        let (mut loaded, _) = super::read::all::<crate::model::Inspection>(self.reg, self.cal);
        loaded.sort_by_key(|l| std::cmp::Reverse(l.record.id()));
        let ids: Vec<String> = (loaded.iter()).map(|l| l.record.id().to_string()).collect();
        let items = (loaded.iter())
            .map(|l| format!("{} — {}", l.record.id(), l.record.who()))
            .collect();
        let find = |typed: &str| {
            let typed = typed.trim();
            ids.iter().position(|id| id.eq_ignore_ascii_case(typed))
        };
        choose(q, (items, Vec::new()), false, &find, self.lang, |i| {
            ids[i].as_str()
        })
    }

    /// The case's source, answered here or given by a flag.
    fn source(&self) -> Option<String> {
        let answered = (self.questions.iter().zip(&self.answers))
            .find(|(q, _)| q.path == "source")
            .and_then(|(_, a)| a.clone().flatten());
        answered.or_else(|| self.source.clone())
    }

    /// The plan task, chosen from the tasks of the plan of the record's report year (the year
    /// of its key date once answered, else of today), each with its code; `None` when that plan
    /// cannot be read, and the code is typed.
    fn ask_task(&self, q: &Ask) -> Result<Option<Reply>> {
        let (path, given) = &self.key_date;
        let answered = (self.questions.iter().zip(&self.answers))
            .find(|(q, _)| q.path == *path)
            .and_then(|(_, a)| a.clone().flatten());
        let day = (answered.or_else(|| given.clone()))
            .and_then(|typed| parse_date(&typed).ok())
            .unwrap_or(self.today);
        let year = crate::period::Period::report_year(day, self.reg.config.period_start_day);
        let units = self.reg.config.unit_codes();
        let plans = super::read::plans(self.reg, Some(&units));
        if plans.tasks.of_year(year).is_none() {
            return Ok(None);
        }
        let tasks = match plans.plans.get(&year) {
            Some((_, plan)) => plan.tasks.clone(),
            None => super::read::seed_tasks(self.lang),
        };
        let items = (tasks.iter())
            .map(|t| format!("{} — {}", t.code, t.title))
            .collect();
        let find = |typed: &str| {
            let typed = typed.trim();
            tasks
                .iter()
                .position(|t| t.code.eq_ignore_ascii_case(typed))
        };
        let reply = choose(q, (items, Vec::new()), false, &find, self.lang, |i| {
            tasks[i].code.as_str()
        })?;
        Ok(Some(reply))
    }

    /// The question before the i-th that is asked, if any.
    fn before(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.applies(j))
    }

    /// Whether a question is asked. A field of an optional group that has a required field
    /// (the recipient's position) is asked only once that field is filled: a gift the agency
    /// received has no recipient's position.
    fn applies(&self, i: usize) -> bool {
        let path = &self.questions[i].path;
        if path == INSPECTION {
            return self.source().is_some_and(|s| {
                let vocab = &crate::model::vocab::Source::VOCABULARY;
                vocab.lookup(&s).is_some_and(|t| t.yaml == INSPECTION)
            });
        }
        let Some((group, own)) = path.rsplit_once('.') else {
            return true;
        };
        match field_at(self.fields, group) {
            Some(Field {
                ty: Type::Object(inner),
                required: false,
                ..
            }) => inner
                .iter()
                .filter(|f| f.required && f.name != own)
                .all(|f| self.has(&format!("{group}.{}", f.name))),
            _ => true,
        }
    }

    fn has(&self, path: &str) -> bool {
        self.given.iter().any(|g| g == path)
            || self
                .questions
                .iter()
                .zip(&self.answers)
                .any(|(q, a)| q.path == path && matches!(a, Some(Some(_))))
    }

    /// Puts the answers among the values, in place of earlier answers.
    fn apply(&self, values: &mut Vec<(String, Vec<String>)>) {
        let recipient = self.questions.iter().any(|q| q.recipient);
        let answered_here = |p: &str| {
            self.questions.iter().any(|q| q.path == p) || (recipient && p == "recipient_type")
        };
        values.retain(|(p, _)| !answered_here(p));
        for (i, (q, a)) in self.questions.iter().zip(&self.answers).enumerate() {
            if !self.applies(i) {
                continue;
            }
            match a {
                Some(Some(v)) => values.push((q.path.clone(), vec![v.clone()])),
                Some(None) if q.recipient => {
                    values.push(("recipient_type".into(), vec!["agency".into()]))
                }
                _ => {}
            }
        }
    }
}

/// Required, and inside required groups only: an optional group is not asked for.
fn required_here(fields: &'static [Field], path: &str) -> bool {
    along(fields, path, |f, _| f.required)
}

/// Optional, marked to be asked at `add`, inside groups that are required or asked.
fn asked_here(fields: &'static [Field], path: &str) -> bool {
    along(fields, path, |f, leaf| match leaf {
        true => f.asked && !f.required,
        false => f.required || f.asked,
    })
}

/// Whether every field on a path passes a test (told whether it is the last); never inside a
/// list of objects.
fn along(fields: &'static [Field], path: &str, ok: impl Fn(&Field, bool) -> bool) -> bool {
    let mut fields = fields;
    let parts: Vec<&str> = path.split('.').collect();
    for (n, part) in parts.iter().enumerate() {
        let Some(f) = fields.iter().find(|f| f.name == *part) else {
            return false;
        };
        if !ok(f, n + 1 == parts.len()) {
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

/// The label with how to answer: the form of a date or an amount, how to mark several items,
/// and that Enter skips a question that is not required.
fn prompt_for(field: &Field, label: &str, required: bool, lang: Lang) -> String {
    let form = match field.ty {
        Type::Date => msg::PROMPT_DATE.get(lang),
        Type::Money => msg::PROMPT_MONEY.get(lang),
        Type::Choices(_) | Type::Units => msg::PROMPT_CHOOSE_MANY.get(lang),
        _ => "",
    };
    let skip = match required {
        true => "",
        false => msg::PROMPT_OPTIONAL.get(lang),
    };
    format!("{label}{form}{skip}")
}

/// How a question is put.
struct Ask {
    prompt: String,
    /// The label alone, for the line left once the question is answered.
    label: String,
    required: bool,
    /// Whether there is a question to go back to.
    back: bool,
    /// The answer given before, when the question is asked again.
    before: Option<String>,
}

/// One answer, checked as it is typed, in the form the flags take.
fn ask(field: &Field, q: &Ask, reg: &Register, lang: Lang) -> Result<Reply> {
    match field.ty {
        Type::Choice(vocab) | Type::Choices(vocab) => {
            let items = vocab.terms.iter().map(|t| t.label(lang).to_string());
            let find = |typed: &str| {
                let term = vocab.lookup(typed)?;
                vocab.terms.iter().position(|t| t.yaml == term.yaml)
            };
            let many = matches!(field.ty, Type::Choices(_));
            let codes = vocab.terms.iter().map(|t| term_code(t, lang)).collect();
            choose(q, (items.collect(), codes), many, &find, lang, |i| {
                vocab.terms[i].yaml
            })
        }
        Type::Unit | Type::Units => {
            let units = &reg.config.units;
            if units.is_empty() {
                return Err(Error::Usage(Misuse::NoUnits));
            }
            let items = units.iter().map(|u| format!("{} — {}", u.code, u.name));
            // A unit by its code, in any letter case, or by its name, with or without diacritics.
            let find = |typed: &str| {
                units.iter().position(|u| {
                    u.code.eq_ignore_ascii_case(typed) || plain(&u.name) == plain(typed)
                })
            };
            let many = matches!(field.ty, Type::Units);
            choose(q, (items.collect(), Vec::new()), many, &find, lang, |i| {
                units[i].code.as_str()
            })
        }
        Type::Bool => {
            let items = vec![
                msg::YES.get(lang).to_string(),
                msg::NO.get(lang).to_string(),
            ];
            let find = |typed: &str| parse_yes_no(typed).map(|yes| usize::from(!yes));
            choose(q, (items, Vec::new()), false, &find, lang, |i| {
                ["true", "false"][i]
            })
        }
        ty => text(ty, q, lang),
    }
}

/// The code shown before a term in a list, one that selects it: its first alias in Vietnamese
/// (`k8`, `tu-bao-cao`), its YAML name in English (`self-report`).
fn term_code(t: &crate::model::vocab::Term, lang: Lang) -> String {
    match (lang, t.aliases.first()) {
        (Lang::Vi, Some(alias)) => alias.to_string(),
        _ => t.yaml.replace('_', "-"),
    }
}

/// A list question, its items and the codes shown before them; the answer as the flags take it
/// (codes joined by commas).
fn choose<'a>(
    q: &Ask,
    (items, codes): (Vec<String>, Vec<String>),
    many: bool,
    find: &dyn Fn(&str) -> Option<usize>,
    lang: Lang,
    code: impl Fn(usize) -> &'a str,
) -> Result<Reply> {
    let chosen = match &q.before {
        Some(before) => before.split(',').filter_map(|p| find(p.trim())).collect(),
        None => Vec::new(),
    };
    let list = List {
        prompt: &q.prompt,
        label: &q.label,
        items,
        codes,
        many,
        optional: !q.required,
        back: q.back,
        chosen,
        find,
        lang,
    };
    Ok(match list::pick(&list)? {
        Pick::Items(items) => {
            Reply::Value(items.into_iter().map(code).collect::<Vec<_>>().join(","))
        }
        Pick::Skip => Reply::Skip,
        Pick::Back => Reply::Back,
    })
}

/// A question answered by typing.
fn text(ty: Type, q: &Ask, lang: Lang) -> Result<Reply> {
    let (required, back) = (q.required, q.back);
    let theme = theme();
    let mut input = Input::<String>::with_theme(&theme)
        .with_prompt(&q.prompt)
        .report(false)
        .allow_empty(!required)
        .validate_with(move |s: &String| {
            let s = s.trim();
            if s == BACK {
                return match back {
                    true => Ok(()),
                    false => Err(msg::prompt_first_question().get(lang).to_string()),
                };
            }
            if s.is_empty() && !required {
                return Ok(());
            }
            check(ty, s).map_err(|fault| fault.message().get(lang).to_string())
        });
    if let Some(before) = &q.before {
        input = input.with_initial_text(before);
    }
    MID_LINE.store(true, Ordering::SeqCst);
    let typed = input.interact_text().map_err(interrupted);
    MID_LINE.store(false, Ordering::SeqCst);
    let typed = typed?;
    let typed = typed.trim();
    // The question gives way to one line with the answer as it will be written (a day as
    // 02/03/2026, an amount grouped as 2.000.000); none when going back.
    let (reply, shown) = match typed {
        BACK => return Ok(Reply::Back),
        "" => (Reply::Skip, msg::PROMPT_SKIP.get(lang).to_string()),
        _ => (Reply::Value(typed.to_string()), as_written(ty, typed)),
    };
    let mut line = String::new();
    let _ =
        dialoguer::theme::Theme::format_input_prompt_selection(&theme, &mut line, &q.label, &shown);
    Term::stderr().write_line(&line).map_err(|e| {
        Error::Refused(Refusal::PromptFailed {
            detail: e.to_string(),
        })
    })?;
    Ok(reply)
}

/// Takes the last `n` lines off the screen, so that going back leaves no answer that no longer
/// holds beside the new one.
fn erase_lines(n: usize) {
    let _ = Term::stderr().clear_last_lines(n);
}

/// An answer as the record will hold it, for the line left on screen.
fn as_written(ty: Type, typed: &str) -> String {
    match ty {
        Type::Date => parse_date(typed).map_or(typed.to_string(), crate::model::show_date),
        Type::Money => Vnd::parse(typed).map_or(typed.to_string(), |v| {
            crate::model::values::group_thousands(v.0)
        }),
        _ => typed.to_string(),
    }
}

fn check(ty: Type, s: &str) -> std::result::Result<(), ValueFault> {
    match ty {
        Type::Date => parse_date(s).map(drop),
        Type::Money => Vnd::parse(s).map(drop),
        Type::Count => Vnd::parse(s)
            .ok()
            .and_then(|n| u32::try_from(n.0).ok())
            .map(drop)
            .ok_or_else(|| ValueFault::NotAWholeNumber {
                typed: s.trim().to_string(),
            }),
        _ => {
            let text = normalize_text(s);
            if text.is_empty() {
                return Err(ValueFault::Empty);
            }
            check_text(&text, false)
        }
    }
}

/// A yes-or-no question as a list of «Có» and «Không», in the clerk's language (a y/n key
/// question would answer in English).
pub fn yes_or_no(prompt: &str, default: Option<bool>, lang: Lang) -> Result<bool> {
    Ok(yes_no(prompt, default, false, lang)?.unwrap_or(false))
}

/// `None` when the clerk goes back.
fn yes_no(prompt: &str, default: Option<bool>, back: bool, lang: Lang) -> Result<Option<bool>> {
    let _asking = Asking::start(lang);
    let items = vec![
        msg::YES.get(lang).to_string(),
        msg::NO.get(lang).to_string(),
    ];
    let find = |typed: &str| parse_yes_no(typed).map(|yes| usize::from(!yes));
    let list = List {
        prompt,
        label: prompt,
        items,
        codes: Vec::new(),
        many: false,
        optional: false,
        back,
        chosen: vec![usize::from(default == Some(false))],
        find: &find,
        lang,
    };
    Ok(match list::pick(&list)? {
        Pick::Items(i) => Some(i[0] == 0),
        Pick::Skip | Pick::Back => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Gift, Inspection, PlanAction, Record, Training};

    fn asked(fields: &'static [Field]) -> Vec<String> {
        add_flags(fields)
            .into_iter()
            .map(|(path, _)| path)
            .filter(|path| asked_here(fields, path))
            .collect()
    }

    fn required(fields: &'static [Field]) -> Vec<String> {
        add_flags(fields)
            .into_iter()
            .map(|(path, _)| path)
            .filter(|path| required_here(fields, path))
            .collect()
    }

    /// The optional fields guided entry asks after the required ones: what a clerk should fill
    /// when the record is made, never a later step (measures, handling, closure).
    #[test]
    fn the_optional_fields_asked_at_add_are_those_a_clerk_fills_at_once() {
        assert_eq!(
            asked(Case::FIELDS),
            [
                "person.position",
                "person.code",
                "reporter.name",
                "reporter.organization",
                "occurred_on",
                "reported_on",
                "received_on",
                "impact",
                "proposed_measure",
            ]
        );
        assert_eq!(
            asked(Gift::FIELDS),
            [
                "recipient.position",
                "recipient.code",
                "place",
                "circumstances",
                "giver.position",
                "giver.organization",
                "giver.address",
                "relationship",
                "related_to_duty",
                "valuation",
                "reported_on",
                "handed_over_on",
            ]
        );
        assert_eq!(
            asked(Training::FIELDS),
            ["end_on", "location", "audience", "sessions", "materials"]
        );
        assert_eq!(asked(Inspection::FIELDS), ["decision_no", "end_on"]);
        assert_eq!(asked(PlanAction::FIELDS), ["document_no", "note"]);
    }

    /// No field is both required and asked as optional, and the fields of an optional group
    /// are asked only when the group is marked.
    #[test]
    fn required_and_optional_questions_do_not_overlap() {
        for fields in crate::model::Kind::ALL.map(crate::model::Kind::fields) {
            let required = required(fields);
            for path in asked(fields) {
                assert!(!required.contains(&path), "{path}");
            }
        }
        assert_eq!(
            required(Case::FIELDS),
            [
                "unit",
                "person.name",
                "situation_type",
                "situation",
                "source",
                "known_on"
            ]
        );
    }
}

/// The clerk's answer to «Ghi hồ sơ này?».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Write the record.
    Write,
    /// Back to the last question.
    Back,
    /// Write nothing: «Không ghi gì.», and the command succeeds.
    Nothing,
}
