//! How every change to an existing record is made, for every kind and verb alike: under the
//! lock, read the record, refuse a void one, apply the step, refuse it if it breaks a rule the
//! record did not already break, append the history event, write the file atomically, commit.
//! A refused step leaves the file byte-identical and makes no commit.

use chrono::NaiveDate;

use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::msg;
use crate::i18n::{Text, lower_first};
use crate::model::Event;
use crate::model::values::normalize_text;
use crate::model::vocab::{Action, Term};
use crate::problem::{Finding, Severity};
use crate::register::{Register, store};
use crate::rules::Rules;
use crate::rules::calendar::Calendar;
use crate::rules::past;

pub use super::args::{choice, date, money, opt_date, text_value};

/// What a step did: its name in the history, its words in the commit message.
pub struct Step {
    /// The history event's `action` (`decide`, `handover`, `void`…).
    pub action: Action,
    /// The value the step is about (the measure decided, how a case ended…), if any.
    pub about: Option<&'static Term>,
    pub note: Option<String>,
    /// Steps that this one takes first (a measure ended by the closing of its case): each is an
    /// event of its own in the history, before this one's, and named in the commit.
    pub first: Vec<Step>,
}

impl Step {
    pub fn new(action: Action, note: Option<&String>) -> Step {
        Step {
            action,
            about: None,
            note: note.map(|n| normalize_text(n)).filter(|n| !n.is_empty()),
            first: Vec::new(),
        }
    }

    pub fn after(self, first: Vec<Step>) -> Step {
        Step { first, ..self }
    }

    pub fn about(self, term: &'static Term) -> Step {
        Step {
            about: Some(term),
            ..self
        }
    }

    /// For the commit message, which stays in one language for `git log`: `decide supervision`.
    fn commit_summary(&self) -> String {
        let own = match self.about {
            Some(term) => format!("{} {}", self.action.yaml(), term.yaml.replace('_', " ")),
            None => self.action.yaml().to_string(),
        };
        let first = self.first.iter().map(Step::commit_summary);
        let mut all: Vec<String> = first.collect();
        all.push(own);
        all.join("; ")
    }

    /// For the clerk: `Quyết định xử lý: Giám sát`.
    fn shown(&self) -> Text {
        let action = self.action.term();
        match self.about {
            Some(term) => Text::new(
                format!("{}: {}", action.vi, lower_first(term.vi)),
                format!("{}: {}", action.en, lower_first(term.en)),
            ),
            None => Text::new(action.vi, action.en),
        }
    }
}

pub fn apply<R: Rules>(
    ctx: &mut Context,
    given_id: &str,
    step: impl FnOnce(&mut R, &Register, &Calendar) -> Result<Step>,
) -> Result<()> {
    let id = super::read::parse_id::<R>(given_id)?;
    let reg = ctx.open_register()?;
    let id = super::read::resolve::<R>(&reg, id, ctx.lang)?;
    let actor = ctx.actor(&reg.root);
    reg.ready_for_change()?;
    let lock = ctx.lock(&reg)?;
    let cal = ctx.calendar();
    let loaded = super::read::one::<R>(&reg, cal, &id)?;
    if let Some(void) = loaded.record.void() {
        let reason = void.reason.clone();
        return Err(Error::Refused(Refusal::RecordVoidBecause { id, reason }));
    }
    let today = ctx.today();
    let known: Vec<(String, String)> = errors(&loaded.record, cal, today)
        .into_iter()
        .map(|f| (f.field, f.message.en))
        .collect();
    let mut record = loaded.record;
    let step = step(&mut record, &reg, cal)?;
    for done in step.first.iter().chain([&step]) {
        record.history_mut().push(Event {
            at: ctx.now,
            by: actor.clone(),
            action: done.action.yaml().to_string(),
            note: done.note.clone(),
        });
    }
    let new: Vec<Finding> = errors(&record, cal, today)
        .into_iter()
        .filter(|f| !known.contains(&(f.field.clone(), f.message.en.clone())))
        .collect();
    if !new.is_empty() {
        return Err(Error::Rejected(new));
    }
    let path = reg.root.join(&loaded.rel);
    let before = std::fs::read(&path).map_err(|e| Error::io(msg::cannot_read(), &path, e))?;
    store::replace(&path, crate::yaml::record_yaml(&record).as_bytes())?;
    let summary = step.commit_summary();
    super::commit(
        &reg,
        ctx,
        &loaded.rel,
        &format!("{} {id}: {summary}", R::KIND.noun()),
        &actor,
        super::Undo::Restore(before),
    )?;
    drop(lock);
    let status = record.status(ctx.today()).label(ctx.lang);
    let shown = step.shown();
    let done = msg::step_recorded(
        shown.get(ctx.lang),
        reg.shown(&loaded.rel).display(),
        status,
    );
    super::out(&format!("{}\n{id}\n", done.get(ctx.lang)))
}

/// What the rules refuse in a record: their errors, and any date of something that has
/// happened after `today`.
fn errors<R: Rules>(record: &R, cal: &Calendar, today: NaiveDate) -> Vec<Finding> {
    let mut all = Vec::new();
    record.findings(&mut all);
    record.findings_on(cal, &mut all);
    all.retain(Finding::is_error);
    all.extend(past::record_after_today(
        R::FIELDS,
        record,
        today,
        Severity::Error,
    ));
    all
}

/// Refuses a step with a reason.
pub fn refuse(reason: Refusal) -> Error {
    Error::Refused(reason)
}
