//! `coi <kind> log ID`: the record's history events and, in a git register, the commits that
//! touched its file: what the record says happened, and what the audit trail shows.

use serde::Serialize;

use super::args::ShowArgs;
use super::fields::fields_said;
use super::read::parse_id;
use crate::context::Context;
use crate::error::Result;
use crate::flags::Format;
use crate::i18n::{Lang, in_lang, lower_first, msg, upper_first};
use crate::model::RecordId;
use crate::model::vocab::{
    Action, CaseOutcome, HandlingOutcome, MeasureKind, PublicationForm, Vocabulary,
};
use crate::register::git::{self, Commit};
use crate::render;
use crate::rules::Rules;

#[derive(Serialize)]
struct Log<'a> {
    id: String,
    events: &'a [crate::model::Event],
    commits: Vec<Commit>,
}

pub fn run<R: Rules>(ctx: &mut Context, args: &ShowArgs) -> Result<()> {
    let id = parse_id::<R>(&args.id)?;
    let reg = ctx.open_register()?;
    let id = super::read::resolve::<R>(&reg, id, ctx.lang)?;
    let loaded = super::read::one::<R>(&reg, ctx.calendar(), &id)?;
    let commits = if git::in_work_tree(&reg.root) {
        let mut paths = vec![loaded.rel.clone()];
        paths.extend(loaded.record.aliases().iter().map(RecordId::relative_path));
        git::file_log(&reg.root, &paths)?
    } else {
        Vec::new()
    };
    let log = Log {
        id: id.to_string(),
        events: loaded.record.history(),
        commits,
    };
    let text = match ctx.format {
        Format::Json => render::json(&log),
        Format::Table => {
            let headers = in_lang(
                [
                    msg::EVENT_AT,
                    msg::EVENT_BY,
                    msg::EVENT_ACTION,
                    msg::EVENT_NOTE,
                ],
                ctx.lang,
            );
            let rows = log.events.iter().map(|e| {
                vec![
                    e.at.format("%d/%m/%Y %H:%M").to_string(),
                    e.by.clone(),
                    Action::VOCABULARY.label(&e.action, ctx.lang).to_string(),
                    note::<R>(e, ctx.lang),
                ]
            });
            let mut text = render::table(&headers, rows);
            if !log.commits.is_empty() {
                // Commits name the record by its ID then, provisional or final.
                let names: Vec<String> = std::iter::once(log.id.clone())
                    .chain(loaded.record.aliases().iter().map(RecordId::to_string))
                    .collect();
                let headers = in_lang(
                    [
                        msg::COMMIT_HASH,
                        msg::COMMIT_AT,
                        msg::COMMIT_AUTHOR,
                        msg::COMMIT_SUBJECT,
                    ],
                    ctx.lang,
                );
                let rows = log.commits.iter().map(|c| {
                    vec![
                        c.hash.clone(),
                        c.at.clone(),
                        c.author.clone(),
                        subject::<R>(&c.subject, &names, ctx.lang),
                    ]
                });
                text.push_str(&render::table(&headers, rows));
            }
            text
        }
    };
    super::out(&text)
}

/// The note of an event; that of an edit, which `coi` writes as the fields it changed, by
/// their labels.
fn note<R: Rules>(e: &crate::model::Event, lang: Lang) -> String {
    let note = e.note.clone().unwrap_or_default();
    match e.action == Action::Edited.yaml() {
        true => fields_said::<R>(&note, lang).map_or(note, |said| upper_first(&said)),
        false => note,
    }
}

/// The subject of a commit `coi` made (`case XDLI-2026-001: decide supervision`, in one
/// language for `git log`), in the clerk's words when they are Vietnamese: `Quyết định xử lý:
/// giám sát`. Any other subject (a commit made by hand, or one this version does not know) is
/// shown as it was written, as it is in English.
fn subject<R: Rules>(subject: &str, ids: &[String], lang: Lang) -> String {
    if lang == Lang::En {
        return subject.to_string();
    }
    if let Some(moves) = subject.strip_prefix(crate::sync::RENUMBER_SUBJECT) {
        return msg::sync_renumbered(moves).get(lang).to_string();
    }
    if let Some(moves) = subject.strip_prefix(crate::sync::PUBLISH_SUBJECT) {
        return msg::sync_published(moves).get(lang).to_string();
    }
    if let Some(said) = super::settings::subject_said(subject, lang) {
        return said;
    }
    let said = (subject.strip_prefix(R::KIND.noun()))
        .and_then(|s| s.strip_prefix(' '))
        .and_then(|s| s.split_once(": "))
        .filter(|(named, _)| ids.iter().any(|id| id == named))
        .map(|(_, steps)| steps)
        .and_then(|steps| {
            steps
                .split("; ")
                .map(|step| step_said::<R>(step, lang))
                .collect::<Option<Vec<_>>>()
        });
    match said {
        Some(steps) => steps.join("; "),
        None => subject.to_string(),
    }
}

/// The values a step can be about, as the commit names them (`conflict ended`).
const ABOUT: [Vocabulary; 4] = [
    MeasureKind::VOCABULARY,
    PublicationForm::VOCABULARY,
    CaseOutcome::VOCABULARY,
    HandlingOutcome::VOCABULARY,
];

/// One step of a commit subject: `add`, `decide supervision`, `edit known_on, person`.
fn step_said<R: Rules>(step: &str, lang: Lang) -> Option<String> {
    let (verb, rest) = step.split_once(' ').unwrap_or((step, ""));
    let action = match verb {
        "add" => Action::Created,
        "edit" => Action::Edited,
        verb => Action::from_yaml(verb)?,
    };
    let label = action.label(lang);
    if rest.is_empty() {
        return Some(label.to_string());
    }
    let about = if action == Action::Edited {
        fields_said::<R>(rest, lang)?
    } else {
        (ABOUT.iter())
            .find_map(|v| v.terms.iter().find(|t| t.yaml.replace('_', " ") == rest))
            .map(|t| lower_first(t.label(lang)))?
    };
    Some(format!("{label}: {about}"))
}
