//! Publishing: each record made here under a provisional ID gets the next final number of its
//! kind and year, in one commit laid on the replayed local commits. The file moves to its
//! final name, `id` takes the number, the provisional ID joins `aliases` (so that every command
//! still finds the record by it), the history gets an event «đánh số chính thức» whose note is
//! the provisional ID, and links from the other records this clone changed follow.
//!
//! The commits that made the record are not rewritten: the audit trail shows the record made
//! under its provisional ID, then published.

use std::collections::{BTreeMap, HashMap};

use crate::error::{Error, Refusal, Result};
use crate::model::vocab::Action;
use crate::model::{Kind, RecordId};

use super::replay::Replay;
use super::repo::Entry;
use super::rewrite::{Change, LAST_NUMBER, event, rewritten};

/// How the commit that publishes records begins (`sync: publish QT-2026-KQXMB → QT-2026-004`),
/// for `log` to say it in the clerk's words.
pub const PUBLISH_SUBJECT: &str = "sync: publish ";

/// Gives the provisional records of the replayed tree their numbers, in one more commit on its
/// tip. Returns each provisional ID with its final one, in the order they were published.
pub(super) fn publish(
    replay: &mut Replay,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<(RecordId, RecordId)>> {
    let repo = replay.repo();
    let mut last: BTreeMap<(Kind, i32), u32> = BTreeMap::new();
    let mut waiting = Vec::new();
    for path in replay.tree.keys() {
        let Some(id) = repo.record_at(path) else {
            continue;
        };
        match id.number() {
            Some(n) => {
                let top = last.entry((id.kind, id.year)).or_default();
                *top = (*top).max(n);
            }
            None => waiting.push(id),
        }
    }
    if waiting.is_empty() {
        return Ok(Vec::new());
    }
    // In the order they were made; any other (made by hand) after those, by ID.
    let rank = |id: &RecordId| replay.made.iter().position(|m| m == id);
    waiting.sort_by_key(|id| (rank(id).is_none(), rank(id), *id));
    let mut moves = Vec::new();
    for id in waiting {
        let top = last.entry((id.kind, id.year)).or_default();
        let number = top
            .checked_add(1)
            .filter(|n| *n <= LAST_NUMBER)
            .ok_or(Error::Refused(Refusal::SyncNumbersExhausted {
                kind: id.kind,
                year: id.year,
            }))?;
        *top = number;
        moves.push((id, RecordId::new(id.kind, id.year, number)));
    }
    let links: HashMap<RecordId, RecordId> = moves.iter().copied().collect();
    let mut updates = Vec::new();
    for (from, to) in &moves {
        let old_path = repo.path_of(*from);
        let Some(entry) = replay.tree.get(&old_path).cloned() else {
            continue;
        };
        let change = Change {
            id: Some(*to),
            alias: Some(*from),
            event: Some(event(Action::Published, *from, now, &repo.who)),
            links: Some(&links),
        };
        let bytes = repo.blob(&entry.sha)?;
        let text = rewritten(from.kind, &bytes, &change).ok_or_else(|| {
            Error::Refused(Refusal::SyncCannotPublish {
                path: old_path.clone(),
            })
        })?;
        let sha = repo.write_blob(text.as_bytes())?;
        updates.push((old_path, None));
        updates.push((
            repo.path_of(*to),
            Some(Entry {
                mode: entry.mode,
                sha,
            }),
        ));
    }
    // Links to a provisional record can only be in files made or changed here.
    let tokens: Vec<String> = moves.iter().map(|(from, _)| from.to_string()).collect();
    for path in &replay.changed {
        let Some(id) = repo.record_at(path).filter(|id| !links.contains_key(id)) else {
            continue;
        };
        let Some(entry) = replay.tree.get(path).cloned() else {
            continue;
        };
        let bytes = repo.blob(&entry.sha)?;
        let text = String::from_utf8_lossy(&bytes);
        if !tokens.iter().any(|t| text.contains(t.as_str())) {
            continue;
        }
        let change = Change {
            links: Some(&links),
            ..Change::default()
        };
        if let Some(text) = rewritten(id.kind, &bytes, &change)
            && text.as_bytes() != bytes.as_slice()
        {
            let sha = repo.write_blob(text.as_bytes())?;
            updates.push((
                path.clone(),
                Some(Entry {
                    mode: entry.mode,
                    sha,
                }),
            ));
        }
    }
    let list: Vec<String> = moves.iter().map(|(a, b)| format!("{a} → {b}")).collect();
    let message = format!(
        "{PUBLISH_SUBJECT}{}\n\nNumbered in the order published on the shared remote; the \
         provisional IDs stay the records' aliases.",
        list.join(", ")
    );
    replay.commit(updates, &message, None)?;
    Ok(moves)
}
