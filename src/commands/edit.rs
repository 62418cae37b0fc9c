//! `coi <kind> edit ID`: correct a record in the person's editor. The editor works on a copy;
//! the copy is checked exactly as `check` would, and only a valid record replaces the file, with
//! an `edited` event naming the changed fields and one commit. The ID and the history cannot be
//! changed this way. Saving clears the conflicts that a merge of two clones left: the values
//! saved are the clerk's choice.

use std::path::Path;

use serde_yaml::Value;

use super::editor::{Saved, Words, in_editor, save};
use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::msg;
use crate::i18n::{Lang, Text, join};
use crate::model::Event;
use crate::model::vocab::Action;
use crate::register::Register;
use crate::rules::Rules;
use crate::rules::calendar::Calendar;
use crate::rules::file::{self, Checks, MERGE_CONFLICT};
use crate::yaml::record_yaml;

pub fn run<R: Rules>(ctx: &mut Context, args: &super::args::ShowArgs) -> Result<()> {
    let id = super::read::parse_id::<R>(&args.id)?;
    let reg = ctx.open_register()?;
    let id = super::read::resolve::<R>(&reg, id, ctx.lang)?;
    let loaded = super::read::one::<R>(&reg, ctx.calendar(), &id)?;
    let path = reg.root.join(&loaded.rel);
    let original = std::fs::read(&path).map_err(|e| Error::io(msg::cannot_read(), &path, e))?;
    if loaded.record.void().is_some() {
        return Err(Error::Refused(Refusal::RecordVoid { id }));
    }

    // Saving a record in conflict unchanged keeps the values it holds: that settles it too.
    let settles = !loaded.record.conflicts().is_empty();
    let words = Words {
        again: msg::EDIT_AGAIN.into(),
        abandoned: Refusal::DraftHasErrors,
    };
    // A record in conflict opens with a comment in the person's language on what its
    // `conflicts` list says and how to settle it; the comment is not saved.
    let draft = if settles {
        let mut draft = msg::EDIT_CONFLICTS_NOTE.get(ctx.lang).as_bytes().to_vec();
        draft.extend_from_slice(&original);
        draft
    } else {
        original.clone()
    };
    let checked = in_editor(&path, &draft, settles, &words, ctx.lang, |bytes| {
        check_draft::<R>(
            &reg,
            ctx.calendar(),
            &loaded.record,
            &loaded.rel,
            bytes,
            ctx.lang,
        )
    })?;
    let Some((edited, _)) = checked else {
        return super::out(&format!("{}\n", msg::NO_CHANGE.get(ctx.lang)));
    };

    let mut record = final_links(&reg, edited, ctx.lang)?;
    // What the clerk saved is the choice between the values of two clones.
    record.conflicts_mut().clear();
    let changed = changed_fields(&loaded.record, &record);
    let actor = ctx.actor(&reg.root);
    let fields = join(&changed);
    record.history_mut().push(Event {
        at: ctx.now,
        by: actor.clone(),
        action: Action::Edited.yaml().to_string(),
        note: Some(fields.clone()),
    });
    let bytes = record_yaml(&record);
    let saved = Saved {
        rel: &loaded.rel,
        original: &original,
        bytes: bytes.as_bytes(),
        message: &format!("{} {id}: edit {fields}", R::KIND.noun()),
        commit: true,
        actor: &actor,
        changed_meanwhile: Refusal::ChangedWhileEditing { id },
    };
    save(&reg, ctx, saved)?;
    let said =
        |lang| super::fields::fields_said::<R>(&fields, lang).unwrap_or_else(|| fields.clone());
    let said = Text::new(said(Lang::Vi), said(Lang::En));
    let done = msg::record_edited(reg.shown(&loaded.rel).display(), said);
    super::out(&format!("{}\n{id}\n", done.get(ctx.lang)))
}

/// The record with each link given a provisional ID that has been published naming the final
/// one (see [`super::read::final_links`]), told on stderr.
fn final_links<R: Rules>(reg: &Register, record: R, lang: Lang) -> Result<R> {
    let Ok(mut doc) = serde_yaml::to_value(&record) else {
        return Ok(record);
    };
    let replaced = super::read::final_links(reg, R::FIELDS, &mut doc)?;
    if replaced.is_empty() {
        return Ok(record);
    }
    super::read::tell_final_links(&replaced, lang);
    Ok(serde_yaml::from_value(doc).unwrap_or(record))
}

/// The draft as a record, or the problems to show (as `check` lines).
fn check_draft<R: Rules>(
    reg: &Register,
    cal: &Calendar,
    before: &R,
    rel: &Path,
    bytes: &[u8],
    lang: Lang,
) -> std::result::Result<R, Vec<String>> {
    let units = reg.config.unit_codes();
    let plans = super::read::plans(reg, Some(&units));
    let checks = Checks {
        units: Some(&units),
        calendar: cal,
        tasks: Some(&plans.tasks),
        today: None,
    };
    let parsed = file::parse::<R>(rel.to_path_buf(), bytes, checks);
    let id = before.id();
    if parsed.record.as_ref().is_some_and(|r| r.id() != id) {
        return Err(vec![msg::id_not_editable(id).get(lang).to_string()]);
    }
    // The conflicts a merge left are the clerk's to settle here: saving clears them.
    let errors: Vec<String> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.is_error() && f.finding.code != MERGE_CONFLICT)
        .map(|f| f.render(&reg.root, lang))
        .collect();
    let Some(record) = parsed.record.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let refusals: Vec<String> = [
        (
            record.history() != before.history(),
            msg::history_not_editable(),
        ),
        (record.void() != before.void(), msg::void_not_editable()),
    ]
    .into_iter()
    .filter(|(refused, _)| *refused)
    .map(|(_, why)| why.get(lang).to_string())
    .collect();
    if refusals.is_empty() {
        Ok(record)
    } else {
        Err(refusals)
    }
}

/// The top-level fields whose values differ.
fn changed_fields<R: Rules>(before: &R, after: &R) -> Vec<String> {
    let (Ok(Value::Mapping(a)), Ok(Value::Mapping(b))) =
        (serde_yaml::to_value(before), serde_yaml::to_value(after))
    else {
        return Vec::new();
    };
    R::FIELDS
        .iter()
        .map(|f| f.name)
        .filter(|name| a.get(*name) != b.get(*name))
        .map(str::to_string)
        .collect()
}
