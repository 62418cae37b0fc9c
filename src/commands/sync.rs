//! `coi sync`: this clone and the shared remote made one: what the others recorded comes in,
//! what was recorded here goes out, and a record number taken on both sides is settled (see
//! [`crate::register::sync`]). `coi sync --setup` only tells git how to merge record files.

use super::publishing::{account, open, program, still_open, stopped};
use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::flags::Format;
use crate::i18n::msg;
use crate::sync::{Outcome, Remote, Stopped, Touched};
use clap::Args;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Only tell git how to merge record files (.gitattributes and the repository's
    /// configuration), for a clone made before this version
    #[arg(long)]
    pub setup: bool,
}

/// The commit message of `.gitattributes` when `coi` adds its lines.
pub const ATTRIBUTES_MESSAGE: &str = "register: merge record files with coi";

pub fn run(ctx: &mut Context, args: &SyncArgs) -> Result<()> {
    let reg = ctx.open_register()?;
    let repo = open(ctx, &reg)?;
    let exe = program()?;
    if args.setup {
        let _lock = ctx.lock(&reg)?;
        repo.register_driver(&exe, ATTRIBUTES_MESSAGE)?;
        return super::out(&format!("{}\n", msg::driver_registered().get(ctx.lang)));
    }
    // A record file that git would merge, encode or filter in a way of its own is never synced.
    if let Some(found) = reg.foreign_attributes(crate::sync::DRIVER, false)?.first() {
        let file = reg.shown(&found.path).display().to_string();
        let (attribute, driver) = (found.spelled(), crate::sync::DRIVER);
        return Err(Error::Refused(Refusal::SyncForeignAttribute {
            file,
            attribute,
            driver,
        }));
    }
    let remote = match repo.remote() {
        Ok(remote) => remote,
        Err(stop) => return Err(stopped(stop, None)),
    };
    if repo.operation_in_progress() {
        return Err(Error::Refused(Refusal::SyncMidOperation));
    }
    let dirty = repo.uncommitted_records()?;
    if !dirty.is_empty() {
        return Err(Error::Refused(Refusal::SyncUncommitted { files: dirty }));
    }
    // Settings changed by hand would not travel: they are committed by their own command.
    let settings = super::settings::hand_edits(&reg)?;
    if !settings.is_empty() {
        let files = super::settings::hand_edits_shown(&reg, &settings);
        return Err(Error::Refused(Refusal::SyncUncommittedSettings { files }));
    }
    let _lock = ctx.lock(&reg)?;
    repo.clear_stale_locks(&remote)?;
    repo.register_driver(&exe, ATTRIBUTES_MESSAGE)?;
    match repo.sync(&remote, ctx.now)? {
        Ok(mut outcome) => {
            still_open(&reg, &mut outcome);
            if ctx.format == Format::Json {
                return super::out(&crate::render::json(&json(&remote, &outcome, None)));
            }
            super::out(&account(&remote, &outcome, ctx.lang))
        }
        Err(stopped_at) => {
            let Stopped { stop, done } = *stopped_at;
            let error = stopped(stop, Some(&remote));
            // What was published before the stop is told all the same: those IDs are final.
            if ctx.format == Format::Json {
                let said = error.to_string();
                super::out(&crate::render::json(&json(&remote, &done, Some(&said))))?;
            } else if !done.published.is_empty() || !done.renumbered.is_empty() {
                super::out(&account(&remote, &done, ctx.lang))?;
            }
            Err(error)
        }
    }
}

/// `coi --format json sync`, for a script run by cron.
fn json(remote: &Remote, o: &Outcome, error: Option<&str>) -> serde_json::Value {
    let ids = |touched: &[Touched], new: bool| -> Vec<String> {
        touched
            .iter()
            .filter(|t| t.new == new)
            .map(|t| t.id.to_string())
            .collect()
    };
    serde_json::json!({
        "remote": remote.name,
        "url": remote.url,
        "commits_in": o.commits_in,
        "new_in": ids(&o.came_in, true),
        "changed_in": ids(&o.came_in, false),
        "commits_out": o.commits_out,
        "new_out": ids(&o.went_out, true),
        "changed_out": ids(&o.went_out, false),
        "completed": error.is_none(),
        "error": error,
        "published": o.published.iter().map(|(a, b)| serde_json::json!({"provisional": a.to_string(), "id": b.to_string()})).collect::<Vec<_>>(),
        "renumbered": o.renumbered.iter().map(|(a, b)| serde_json::json!({"from": a.to_string(), "to": b.to_string()})).collect::<Vec<_>>(),
        "conflicts": o.conflicts.iter().map(|(id, c)| serde_json::json!({"id": id.to_string(), "field": c.field, "ours": c.ours, "theirs": c.theirs})).collect::<Vec<_>>(),
        "tags_in": o.tags_in,
        "tags_out": o.tags_out,
        "tags_renamed": o.tags_renamed.iter().map(|(a, b)| serde_json::json!({"from": a, "to": b})).collect::<Vec<_>>(),
        "retries": o.retries,
    })
}
