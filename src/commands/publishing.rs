//! What `sync` shares with the commands that publish through it: the register's repository
//! opened with the identity `coi` commits as, a sync run for `report --submit` and `add`, its
//! account and its stops in the person's words, the program git runs as the merge driver (`init`),
//! and where this clone stands beside the remote (`status`).

use std::path::PathBuf;

use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::{Lang, Text, join, msg};
use crate::model::RecordId;
use crate::register::Register;
use crate::register::git::{self, Identity};
use crate::register::store;
use crate::sync::{Outcome, Remote, Repo, Standing, Stop, Stopped, Touched};

/// A sync run for another command (`report --submit`): what it did is told on stderr, and any
/// stop is an error, so that nothing is submitted that the remote does not hold.
pub fn for_submission(ctx: &Context, reg: &Register) -> Result<()> {
    let repo = open(ctx, reg)?;
    let remote = repo.remote().map_err(|stop| stopped(stop, None))?;
    if repo.operation_in_progress() {
        return Err(Error::Refused(Refusal::SyncMidOperation));
    }
    let dirty = repo.uncommitted_records()?;
    if !dirty.is_empty() {
        return Err(Error::Refused(Refusal::SyncUncommitted { files: dirty }));
    }
    let _lock = ctx.lock(reg)?;
    repo.clear_stale_locks(&remote)?;
    match repo.sync(&remote, ctx.now)? {
        Ok(mut outcome) => {
            still_open(reg, &mut outcome);
            eprint!("{}", account(&remote, &outcome, ctx.lang));
            Ok(())
        }
        Err(stopped_at) => {
            let Stopped { stop, done } = *stopped_at;
            if !done.published.is_empty() {
                eprint!("{}", account(&remote, &done, ctx.lang));
            }
            Err(stopped(stop, Some(&remote)))
        }
    }
}

/// The register's repository, with the identity `coi` commits as.
pub fn open(ctx: &Context, reg: &Register) -> Result<Repo> {
    // A repository git refuses to open (a folder of another account) is told in git's words.
    match git::work_tree(&reg.root) {
        Ok(true) => {}
        Ok(false) => {
            let dir = reg.root.clone();
            return Err(Error::Refused(Refusal::SyncNoGit { dir }));
        }
        Err(detail) => return Err(Error::GitRefused { detail }),
    }
    let who = Identity {
        name: ctx.actor(&reg.root),
        email: reg.email(),
        at: ctx.commit_time(),
    };
    Repo::open(&reg.root, who)
}

/// The running program, as git must run it for the merge driver: an absolute path. (Not
/// canonicalized: on Windows that gives a `\\?\` path git's shell cannot run.)
pub fn program() -> Result<PathBuf> {
    std::env::current_exe().map_err(|e| Error::io(msg::cannot_read(), PathBuf::from("coi"), e))
}

pub(super) fn stopped(stop: Stop, remote: Option<&Remote>) -> Error {
    let (remote, url) = remote.map_or((String::new(), String::new()), |r| {
        (r.name.clone(), r.url.clone())
    });
    Error::Refused(match stop {
        Stop::NoRemote => Refusal::SyncNoRemote,
        Stop::Detached => Refusal::SyncDetached,
        Stop::Unreachable { detail } => Refusal::SyncUnreachable {
            remote,
            url,
            detail: one_line(&detail),
        },
        Stop::Unrelated => Refusal::SyncUnrelated { remote },
        Stop::CannotReplay { file } => Refusal::SyncCannotReplay { file },
        Stop::WorkTreeInTheWay { detail } => Refusal::SyncWorkTree {
            detail: one_line(&detail),
        },
        Stop::PushRefused { detail } => Refusal::SyncPushRefused {
            remote,
            detail: one_line(&detail),
        },
        Stop::TooManyRaces => Refusal::SyncRaces,
        Stop::Rewritten => Refusal::SyncRewritten { remote },
        Stop::ForeignAttribute { file, attribute } => Refusal::SyncForeignAttribute {
            file,
            attribute,
            driver: crate::sync::DRIVER,
        },
        Stop::MoveUnfinished { detail } => Refusal::SyncMoveUnfinished {
            detail: one_line(&detail),
        },
    })
}

/// Keeps of the conflicts the sync met those the records still hold once the work tree is at
/// the new tip. A commit replayed later may have settled one: a plain `git pull` left it, the
/// clerk settled it with `edit`, and the sync replays the local commits one by one.
pub(super) fn still_open(reg: &Register, outcome: &mut Outcome) {
    let published = &outcome.published;
    outcome.conflicts.retain(|(id, conflict)| {
        let id = published
            .iter()
            .find(|(provisional, _)| provisional == id)
            .map_or(*id, |(_, id)| *id);
        let rel = id.relative_path();
        if store::refuse_links(&reg.root, &rel).is_err() {
            return true;
        }
        let Ok(bytes) = std::fs::read(reg.root.join(&rel)) else {
            return true;
        };
        let Ok(record) = serde_yaml::from_slice::<serde_yaml::Value>(&bytes) else {
            return true;
        };
        let listed = |c: &serde_yaml::Value| {
            c.get("field").and_then(serde_yaml::Value::as_str) == Some(conflict.field.as_str())
        };
        record
            .get(crate::model::schema::CONFLICTS_FIELD.name)
            .and_then(serde_yaml::Value::as_sequence)
            .is_some_and(|list| list.iter().any(listed))
    });
}

/// git's message without its blank lines, on one line.
fn one_line(detail: &str) -> String {
    let lines: Vec<&str> = detail
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

/// What came in, what went out, what was renumbered and what is left to settle.
pub(super) fn account(remote: &Remote, o: &Outcome, lang: Lang) -> String {
    let mut lines = vec![msg::sync_done(&remote.name, &remote.url)];
    let records = |touched: &[Touched]| -> String {
        let ids = |new: bool| -> Vec<String> {
            touched
                .iter()
                .filter(|t| t.new == new)
                .map(|t| t.id.to_string())
                .collect()
        };
        let (added, changed) = (ids(true), ids(false));
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(msg::sync_new(join(&added)));
        }
        if !changed.is_empty() {
            parts.push(msg::sync_changed(join(&changed)));
        }
        if parts.is_empty() {
            return String::new();
        }
        format!(": {}", Text::joined(&parts, "; ").get(lang))
    };
    if o.commits_in > 0 {
        let n = msg::COMMITS.count(o.commits_in as u64);
        lines.push(msg::sync_came_in(n, records(&o.came_in)));
    }
    if o.commits_out > 0 {
        let n = msg::COMMITS.count(o.commits_out as u64);
        lines.push(msg::sync_went_out(n, records(&o.went_out)));
    }
    if !o.published.is_empty() {
        lines.push(msg::sync_published(moves(&o.published)));
    }
    if !o.renumbered.is_empty() {
        lines.push(msg::sync_renumbered(moves(&o.renumbered)));
    }
    if !o.tags_in.is_empty() {
        lines.push(msg::sync_tags_in(join(&o.tags_in)));
    }
    if !o.tags_out.is_empty() {
        lines.push(msg::sync_tags_out(join(&o.tags_out)));
    }
    if !o.tags_renamed.is_empty() {
        let renamed: Vec<String> = o
            .tags_renamed
            .iter()
            .map(|(a, b)| format!("{a} → {b}"))
            .collect();
        lines.push(msg::sync_tag_renamed(join(&renamed)));
    }
    if o.retries > 0 {
        lines.push(msg::sync_retried(o.retries));
    }
    for (id, c) in &o.conflicts {
        let noun = id.kind.noun();
        let (ours, theirs) = c.values();
        lines.push(msg::sync_conflict(id, &c.field, ours, theirs, noun));
    }
    if lines.len() == 1 {
        lines.push(msg::sync_nothing());
    }
    let mut text = String::new();
    for line in lines {
        text.push_str(line.get(lang));
        text.push('\n');
    }
    text
}

fn moves(all: &[(RecordId, RecordId)]) -> String {
    let shown: Vec<String> = all.iter().map(|(a, b)| format!("{a} → {b}")).collect();
    join(&shown)
}

/// Where this clone stands beside the shared remote, for `status`, with the records still
/// provisional among those of `snapshot`; `None` outside git or without a remote.
pub fn standing(reg: &Register, snapshot: &crate::rules::file::Snapshot) -> Option<Standing> {
    if !git::in_work_tree(&reg.root) {
        return None;
    }
    let who = Identity {
        name: String::new(),
        email: String::new(),
        at: None,
    };
    let repo = Repo::open(&reg.root, who).ok()?;
    let mut standing = repo.standing()?;
    standing.provisional = snapshot.provisional();
    standing.unfinished = crate::sync::Journal::read(&repo).is_some();
    Some(standing)
}

/// The lines of `status` about it.
pub fn standing_lines(s: &Standing) -> Vec<Text> {
    let remote = &s.remote;
    let mut lines = Vec::new();
    if s.unfinished {
        lines.push(msg::status_sync_unfinished());
    }
    if !s.fetched {
        lines.push(msg::status_never_synced(remote));
    }
    if s.ahead > 0 {
        let n = msg::COMMITS.count(s.ahead as u64);
        lines.push(msg::status_sync_ahead(n, remote));
    }
    if s.behind > 0 {
        let n = msg::COMMITS.count(s.behind as u64);
        lines.push(msg::status_sync_behind(n, remote));
    }
    if s.uncommitted > 0 {
        let n = msg::RECORDS.count(s.uncommitted as u64);
        lines.push(msg::status_sync_uncommitted(n));
    }
    if s.provisional > 0 {
        let n = msg::RECORDS.count(s.provisional as u64);
        lines.push(msg::status_provisional(n));
    }
    if lines.is_empty() {
        lines.push(msg::status_synced(remote));
    }
    lines
}
