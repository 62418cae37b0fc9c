//! `coi <kind> add`: a new record from flags. The flags become a YAML document that goes
//! through the same validation as `check`, so a record that `add` writes always passes it.

use serde_yaml::{Mapping, Value};

use super::prompt::Confirm;
use crate::context::Context;
use crate::error::{Error, Misuse, Result, ValueFault, ValueProblem};
use crate::flags::{add_flags, flag_name};
use crate::i18n::msg;
use crate::model::Record;
use crate::model::schema::PLAN_TASK;
use crate::model::schema::{Field, Type};
use crate::model::settings::SyncWhen;
use crate::model::values::{Vnd, check_text, normalize_text, parse_date, parse_yes_no};
use crate::model::vocab::Action;
use crate::model::{Event, RecordId};
use crate::problem::{Finding, Severity};
use crate::rules::Rules;
use crate::rules::file;
use crate::rules::validate::TaskList;
use crate::rules::validate::{self, Context as Validation};
use clap::{Arg, ArgAction, ArgMatches, Args, Command as ClapCommand, FromArgMatches};
use std::marker::PhantomData;

/// The fields of a new record, one flag each, made from the kind's schema: `person.name`
/// becomes `--person-name`. Values stay text here; `commands::add` reads them.
#[derive(Debug)]
pub struct AddArgs<R> {
    /// (field path, values in the order given), for each flag that was used.
    pub values: Vec<(String, Vec<String>)>,
    pub quiet: bool,
    kind: PhantomData<R>,
}

fn value_name(ty: Type) -> &'static str {
    match ty {
        Type::Date => "DATE",
        Type::Money => "VND",
        Type::Count => "N",
        Type::Bool => "true|false",
        Type::Unit => "CODE",
        Type::Units => "CODES",
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
        Type::Choices(_) | Type::Units => {
            long.push_str("\n\nRepeat the flag or separate values with commas")
        }
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
                    // Text may begin with a dash ("- Giám sát…", "-2+3").
                    .allow_hyphen_values(matches!(field.ty, Type::Text | Type::LongText))
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

pub fn run<R: Rules>(ctx: &mut Context, args: &AddArgs<R>) -> Result<()> {
    let reg = ctx.open_register()?;
    let units = reg.config.unit_codes();
    let plans = super::read::plans(&reg, Some(&units));
    let mut values = args.values.clone();
    // A person at a terminal is asked for what the flags left out; a script never is.
    let mut guide = match super::prompt::available() {
        true => {
            // A mistyped flag is told before the first question, not after the last.
            document::<R>(&values, &units)?;
            super::prompt::Guide::new::<R>(&values, &reg, ctx.calendar(), ctx.lang, ctx.today())
        }
        false => None,
    };
    if let Some(guide) = &mut guide {
        guide.ask(&mut values)?;
    }
    let actor = ctx.actor(&reg.root);
    // The rules are checked, and the person confirms, before the register is locked. At a
    // terminal, a rule that refuses the answers (a date before another) asks for them again.
    let (doc, year, created, warnings, links) = loop {
        let mut doc = document::<R>(&values, &units)?;
        // A link given a provisional ID that has been published names the final one.
        let links = super::read::final_links(&reg, R::FIELDS, &mut doc)?;
        // The tasks of the plan of the record's year, and the task as that plan spells it.
        let tasks = file::key_date::<R, _>(&doc).and_then(|day| plans.tasks.on(day));
        if let (Some(tasks), Value::Mapping(fields)) = (&tasks, &mut doc)
            && let Some(Value::String(typed)) = fields.get_mut(PLAN_TASK.name)
            && let Some(code) = tasks.spelled(typed)
        {
            *typed = code.to_string();
        }
        let mut findings = Vec::new();
        let input = Validation {
            units: Some(&units),
            tasks,
            input: true,
        };
        validate::validate(R::FIELDS, &doc, &input, &mut findings);
        // At a terminal, an answer the checks refuse (an unknown code, a link to nothing) is
        // asked for again, the other answers kept.
        if let Some(guide) = &mut guide {
            let refused: Vec<Finding> = findings.iter().filter(|f| f.is_error()).cloned().collect();
            if !refused.is_empty() && guide.ask_again(&mut values, &refused)? {
                continue;
            }
        }
        refuse_invalid(R::FIELDS, &doc, findings, &units, tasks.as_ref())?;

        let key_date = doc
            .get(R::KEY_DATE)
            .and_then(Value::as_str)
            .and_then(crate::model::values::parse_stored_date)
            .expect("validation ensured the key date");
        let year = chrono::Datelike::year(&key_date);
        let created = Event {
            at: ctx.now,
            by: actor.clone(),
            action: Action::Created.yaml().to_string(),
            note: None,
        };
        let draft: R = build(&doc, RecordId::new(R::KIND, year, 1), &created)?;
        let mut broken = Vec::new();
        draft.findings(&mut broken);
        draft.findings_on(ctx.calendar(), &mut broken);
        // Nothing that has happened is dated after today.
        let today = ctx.today();
        crate::rules::past::after_today(R::FIELDS, &doc, today, Severity::Error, &mut broken);
        crate::rules::file::lateness(&draft, ctx.calendar(), &mut broken);
        let (errors, warnings): (Vec<Finding>, Vec<Finding>) =
            broken.into_iter().partition(Finding::is_error);
        match &mut guide {
            None if errors.is_empty() => break (doc, year, created, warnings, links),
            None => return Err(Error::Rejected(as_flags(R::FIELDS, errors))),
            // The clerk confirms the summary, or goes back to the last question.
            Some(guide) if errors.is_empty() => match guide.confirm(&doc)? {
                Confirm::Write => break (doc, year, created, warnings, links),
                Confirm::Back => guide.ask(&mut values)?,
                Confirm::Nothing => {
                    eprintln!("{}", msg::PROMPT_NOTHING_WRITTEN.get(ctx.lang));
                    return Ok(());
                }
            },
            Some(guide) => {
                if !guide.ask_again(&mut values, &errors)? {
                    return Err(Error::Rejected(as_flags(R::FIELDS, errors)));
                }
            }
        }
    };
    // From here on Ctrl-C ends the program as usual: the record may be written already.
    drop(guide);
    super::read::tell_final_links(&links, ctx.lang);

    reg.ready_for_change()?;
    let lock = ctx.lock(&reg)?;
    let id = match reg.has_remote() {
        true => reg.provisional_id(R::KIND, year)?,
        false => reg.next_id(R::KIND, year)?,
    };
    let record: R = build(&doc, id, &created)?;
    let rel = reg.create(&record)?;
    super::commit(
        &reg,
        ctx,
        &rel,
        &format!("{} {id}: add", R::KIND.noun()),
        &actor,
        super::Undo::Remove,
    )?;
    drop(lock);

    for w in &warnings {
        super::warn(&w.shown(ctx.lang), ctx.lang);
    }
    let on_add = reg.config.sync == SyncWhen::OnAdd;
    if id.is_provisional() && !args.quiet && !on_add {
        eprintln!("{}", msg::record_added_provisional(id).get(ctx.lang));
    }
    // `sync: on-add`: published at once when the remote answers; else it waits for `coi sync`.
    let (id, rel) = match id.is_provisional() && on_add {
        true => publish_now(ctx, &reg, id, rel),
        false => (id, rel),
    };
    let path = reg.shown(&rel);
    let mut printed = String::new();
    if !args.quiet {
        let done = msg::record_added(R::KIND.label(), path.display());
        printed = format!("{}\n", done.get(ctx.lang));
    }
    printed.push_str(&format!("{id}\n"));
    super::out(&printed)
}

/// The sync `sync: on-add` asks for, run once the record is written, committed and the lock
/// released; its account is told on stderr. The record's ID and file afterwards: the final ones
/// when it was published, else the provisional ones, with a warning that says why. The record
/// is written whatever the sync does, so `add` succeeds either way.
fn publish_now(
    ctx: &Context,
    reg: &crate::register::Register,
    id: RecordId,
    rel: std::path::PathBuf,
) -> (RecordId, std::path::PathBuf) {
    let published =
        super::publishing::for_submission(ctx, reg).and_then(|()| super::read::published(reg, id));
    match published {
        Ok(Some(final_id)) => {
            eprintln!("{}", msg::add_published(id, final_id).get(ctx.lang));
            (final_id, final_id.relative_path())
        }
        Ok(None) => {
            let why = msg::add_not_published_unknown();
            super::warn(msg::add_not_published(id, why).get(ctx.lang), ctx.lang);
            (id, rel)
        }
        Err(e) => {
            let why = e.message();
            super::warn(msg::add_not_published(id, why).get(ctx.lang), ctx.lang);
            (id, rel)
        }
    }
}

/// The typed record from the document, with its ID and first event.
fn build<R: Rules>(doc: &Value, id: RecordId, created: &Event) -> Result<R> {
    let mut with_id = Mapping::new();
    with_id.insert("id".into(), id.to_string().into());
    if let Value::Mapping(fields) = doc {
        with_id.extend(fields.clone());
    }
    // The values were checked against the kind's fields: what the reader may still say is
    // shown as it says it.
    let mut record: R = serde_yaml::from_value(Value::Mapping(with_id)).map_err(|e| {
        Error::Usage(Misuse::CannotBuildRecord {
            detail: e.to_string(),
        })
    })?;
    record.history_mut().push(created.clone());
    Ok(record)
}

/// Turns the flags into the YAML document of the record (without its ID and history).
fn document<R: Rules>(given_values: &[(String, Vec<String>)], units: &[String]) -> Result<Value> {
    let flags = add_flags(R::FIELDS);
    let mut doc = Mapping::new();
    let mut problems = Vec::new();
    for (path, given) in given_values {
        let Some((_, field)) = flags.iter().find(|(p, _)| p == path) else {
            continue;
        };
        let flag = format!("--{}", flag_name(path));
        let parents = parents(R::FIELDS, path);
        let in_list = parents.iter().any(|p| matches!(p.ty, Type::Objects(_)));
        let many = matches!(field.ty, Type::Choices(_) | Type::Units);
        if given.len() > 1 && !in_list && !many {
            problems.push(ValueProblem::new(flag, ValueFault::GivenTwice));
            continue;
        }
        if in_list {
            // Each measure takes each of its flags once, in order; "" leaves a field empty.
            // A flag given fewer times would silently shift onto the wrong measure.
            let list = path.split('.').next().unwrap_or_default();
            let items = given_values
                .iter()
                .filter(|(p, _)| p.split('.').next() == Some(list))
                .map(|(_, v)| v.len())
                .max()
                .unwrap_or(0);
            if given.len() != items {
                let given = given.len();
                problems.push(ValueProblem::new(
                    flag,
                    ValueFault::CountMismatch { given, items },
                ));
                continue;
            }
        }
        let mut values = Vec::new();
        for raw in given {
            if in_list && raw.trim().is_empty() {
                values.push(Value::Null);
                continue;
            }
            match convert(field, raw, units) {
                Ok(v) => values.push(v),
                Err(fault) => problems.push(ValueProblem::new(&flag, fault)),
            }
        }
        if values.len() != given.len() {
            continue;
        }
        let value = match field.ty {
            Type::Choices(_) | Type::Units => Value::Sequence(
                values
                    .into_iter()
                    .flat_map(|v| match v {
                        Value::Sequence(items) => items,
                        other => vec![other],
                    })
                    .collect(),
            ),
            _ if in_list => Value::Sequence(values),
            _ => values.pop().unwrap_or(Value::Null),
        };
        place(&mut doc, path, value, in_list);
    }
    if problems.is_empty() {
        Ok(Value::Mapping(doc))
    } else {
        Err(Error::InvalidValues(problems))
    }
}

/// The fields enclosing a path, outermost first.
fn parents(fields: &'static [Field], path: &str) -> Vec<&'static Field> {
    let mut out = Vec::new();
    let mut fields = fields;
    let parts: Vec<&str> = path.split('.').collect();
    for name in &parts[..parts.len() - 1] {
        let Some(f) = fields.iter().find(|f| f.name == *name) else {
            break;
        };
        out.push(f);
        if let Type::Object(inner) | Type::Objects(inner) = f.ty {
            fields = inner;
        }
    }
    out
}

/// Puts a value at `a.b` in the document. In a list of objects (`measures.kind`), the n-th
/// value goes to the n-th object.
fn place(doc: &mut Mapping, path: &str, value: Value, in_list: bool) {
    let Some((head, rest)) = path.split_once('.') else {
        doc.insert(path.into(), value);
        return;
    };
    let slot = doc.entry(head.into()).or_insert_with(|| {
        if in_list {
            Value::Sequence(Vec::new())
        } else {
            Value::Mapping(Mapping::new())
        }
    });
    match (slot, value) {
        (Value::Sequence(items), Value::Sequence(values)) => {
            for (i, v) in values.into_iter().enumerate() {
                if items.len() <= i {
                    items.push(Value::Mapping(Mapping::new()));
                }
                if let (Value::Mapping(m), false) = (&mut items[i], v.is_null()) {
                    place(m, rest, v, false);
                }
            }
        }
        (Value::Mapping(m), v) => place(m, rest, v, in_list),
        _ => {}
    }
}

/// Reads one typed value as a person writes it.
fn convert(field: &Field, raw: &str, units: &[String]) -> Result<Value, ValueFault> {
    let raw = raw.trim();
    Ok(match field.ty {
        Type::Text | Type::LongText | Type::Task => {
            let text = normalize_text(raw);
            check_text(&text, matches!(field.ty, Type::LongText))?;
            Value::String(text)
        }
        Type::Date => Value::String(parse_date(raw)?.format("%Y-%m-%d").to_string()),
        Type::Money => Value::Number(Vnd::parse(raw)?.0.into()),
        Type::Count => {
            let typed = || raw.to_string();
            let n = Vnd::parse(raw).map_err(|_| ValueFault::NotAWholeNumber { typed: typed() })?;
            let n =
                u32::try_from(n.0).map_err(|_| ValueFault::NumberTooLarge { typed: typed() })?;
            Value::Number(n.into())
        }
        Type::Bool => Value::Bool(parse_yes_no(raw).ok_or_else(|| ValueFault::NotYesOrNo {
            typed: raw.to_string(),
        })?),
        Type::Choice(vocab) => choice(vocab, raw)?,
        Type::Choices(vocab) => Value::Sequence(
            raw.split(',')
                .filter(|s| !s.trim().is_empty())
                .map(|s| choice(vocab, s))
                .collect::<Result<_, _>>()?,
        ),
        Type::Unit => unit_code(raw, units),
        Type::Units => Value::Sequence(
            raw.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|code| unit_code(code, units))
                .collect(),
        ),
        Type::Id | Type::Ids | Type::Time | Type::Object(_) | Type::Objects(_) => {
            Value::String(raw.to_string())
        }
    })
}

/// Codes are matched without regard to letter case, then written as in coi.yaml.
fn unit_code(raw: &str, units: &[String]) -> Value {
    let code = units.iter().find(|u| u.eq_ignore_ascii_case(raw)).cloned();
    Value::String(code.unwrap_or_else(|| raw.to_string()))
}

fn choice(vocab: &'static crate::model::vocab::Vocabulary, raw: &str) -> Result<Value, ValueFault> {
    match vocab.lookup(raw) {
        Some(term) => Ok(Value::String(term.yaml.to_string())),
        None => Err(ValueFault::NotInList {
            typed: raw.to_string(),
            choices: vocab,
        }),
    }
}

/// Sorts validation findings into the errors a person can act on: missing flags, an unknown
/// unit, or anything else.
fn refuse_invalid(
    fields: &'static [Field],
    doc: &Value,
    findings: Vec<Finding>,
    units: &[String],
    tasks: Option<&TaskList>,
) -> Result<()> {
    let errors: Vec<Finding> = findings.into_iter().filter(Finding::is_error).collect();
    if errors.is_empty() {
        return Ok(());
    }
    let missing: Vec<String> = errors
        .iter()
        .filter(|f| f.code == "missing")
        .flat_map(|f| required_flags(fields, &f.field))
        .collect();
    if !missing.is_empty() {
        return Err(Error::MissingFields { flags: missing });
    }
    if let Some(f) = errors.iter().find(|f| f.code == "unknown-unit") {
        let code = field_str(doc, &f.field).unwrap_or_default();
        return Err(Error::UnknownUnit {
            code,
            known: units.to_vec(),
        });
    }
    if let (Some(f), Some(tasks)) = (errors.iter().find(|f| f.code == "unknown-task"), tasks) {
        let code = field_str(doc, &f.field).unwrap_or_default();
        return Err(Error::UnknownTask(tasks.unknown(&code)));
    }
    Err(Error::Rejected(as_flags(fields, errors)))
}

/// Names each finding by the flag that sets its field, which is what the person typed; a
/// group of fields (`recipient`) by the first flag of the group (`--recipient-name`).
fn as_flags(fields: &'static [Field], findings: Vec<Finding>) -> Vec<Finding> {
    let flags = add_flags(fields);
    findings
        .into_iter()
        .map(|mut f| {
            let (plain, index) = split_index(&f.field);
            let suffix = index.map(|i| format!(" (#{})", i + 1)).unwrap_or_default();
            let group = format!("{plain}.");
            let flag = match flags.iter().any(|(p, _)| *p == plain) {
                true => plain,
                false => flags
                    .iter()
                    .map(|(p, _)| p)
                    .find(|p| p.starts_with(&group))
                    .cloned()
                    .unwrap_or(plain),
            };
            f.field = format!("--{}{suffix}", flag_name(&flag));
            f
        })
        .collect()
}

/// `measures[1].kind` → (`measures.kind`, Some(1)).
fn split_index(path: &str) -> (String, Option<usize>) {
    let mut index = None;
    let mut plain = String::new();
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        if c == '[' {
            let n: String = chars.by_ref().take_while(|&c| c != ']').collect();
            index = n.parse::<usize>().ok();
        } else {
            plain.push(c);
        }
    }
    (plain, index)
}

fn field_str(doc: &Value, path: &str) -> Option<String> {
    let mut v = doc;
    for part in path.split('.') {
        v = match part.split_once('[') {
            // `inspected_units[1]`: an item of a list.
            Some((name, index)) => v
                .get(name)?
                .get(index.strip_suffix(']')?.parse::<usize>().ok()?)?,
            None => v.get(part)?,
        };
    }
    v.as_str().map(str::to_string)
}

/// The flags that fill in a missing field: `person` → `--person-name`; a missing field of the
/// second measure → `--measures-decided-on (#2)`.
fn required_flags(fields: &'static [Field], path: &str) -> Vec<String> {
    let (plain, index) = split_index(path);
    let suffix = index.map(|i| format!(" (#{})", i + 1)).unwrap_or_default();
    let mut f_fields = fields;
    let mut field = None;
    for part in plain.split('.') {
        field = f_fields.iter().find(|f| f.name == part);
        if let Some(Field {
            ty: Type::Object(inner) | Type::Objects(inner),
            ..
        }) = field
        {
            f_fields = inner;
        }
    }
    match field.map(|f| f.ty) {
        Some(Type::Object(inner)) | Some(Type::Objects(inner)) => inner
            .iter()
            .filter(|f| f.required)
            .map(|f| format!("--{}{suffix}", flag_name(&format!("{plain}.{}", f.name))))
            .collect(),
        _ => vec![format!("--{}{suffix}", flag_name(&plain))],
    }
}
