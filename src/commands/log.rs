//! `coi <kind> log ID`: the record's history events and, in a git register, the commits that
//! touched its file: what the record says happened, and what the audit trail shows.

use serde::Serialize;

use super::show::parse_id;
use crate::cli::{Format, ShowArgs};
use crate::context::Context;
use crate::error::Result;
use crate::i18n::{in_lang, msg};
use crate::model::vocab::Action;
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
    let loaded = super::read::one::<R>(&reg, &id)?;
    let commits = if git::in_work_tree(&reg.root) {
        git::file_log(&reg.root, &loaded.rel)?
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
                    e.note.clone().unwrap_or_default(),
                ]
            });
            let mut text = render::table(&headers, rows);
            if !log.commits.is_empty() {
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
                        c.subject.clone(),
                    ]
                });
                text.push_str(&render::table(&headers, rows));
            }
            text
        }
    };
    super::out(&text)
}
