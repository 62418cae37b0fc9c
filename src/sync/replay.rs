//! The local commits the remote lacks, laid one by one on the remote's branch, as `git rebase`
//! would, in an index of `coi`'s own: the branch and the work tree are not touched. A record
//! both sides changed is merged field by field ([`crate::rules::merge`]); any other file both
//! sides changed, as text.
//!
//! Provisional IDs never clash with the remote's numbers, so the commits are replayed as they
//! were made. Only a register that had no remote when its records were numbered can hold a
//! final number the remote also gave: those records move after the remote's last number, in
//! every commit that touches them (see [`renumbering`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use crate::error::{Error, Refusal, Result};
use crate::i18n::msg;
use crate::model::{Conflict, Kind, RecordId};
use crate::rules::merge::{Unmergeable, merge_record};

use super::repo::{Entry, Repo, Tree};
use super::rewrite::{Change, LAST_NUMBER, event, rewritten};
use super::stop::Stop;

/// How the commit that renumbers records begins (`sync: renumber XDLI-2026-001 → …`), for
/// `log` to say it in the clerk's words.
pub const RENUMBER_SUBJECT: &str = "sync: renumber ";

/// The replay under way: the tree of its tip in memory and in an index of its own.
pub(super) struct Replay<'a> {
    repo: &'a Repo,
    index: PathBuf,
    /// Holds the index; gone with it whatever way the replay ends.
    _folder: tempfile::TempDir,
    /// The tree of the tip.
    pub tree: Tree,
    pub tip: String,
    /// The tree of `tip`, to tell a commit that changes nothing.
    tip_tree: String,
    map: HashMap<String, String>,
    /// Records with a final number never published that the remote also gave: old, new.
    pub renumbered: Vec<(RecordId, RecordId)>,
    pub conflicts: Vec<(RecordId, Conflict)>,
    /// The provisional records the local commits made, in the order they were made.
    pub made: Vec<RecordId>,
    /// The files the local commits changed, as laid on the remote's.
    pub changed: BTreeSet<String>,
}

/// Replays `upstream..head` on `upstream`; `None` when there is nothing local to send.
pub(super) fn replay<'a>(
    repo: &'a Repo,
    upstream: &str,
    head: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<std::result::Result<Option<Replay<'a>>, Stop>> {
    let Some(base) = repo.merge_base(upstream, head) else {
        return Ok(Err(Stop::Unrelated));
    };
    if base == head {
        return Ok(Ok(None));
    }
    let range = format!("{upstream}..{head}");
    let commits: Vec<String> = repo
        .text(&[
            "rev-list",
            "--reverse",
            "--topo-order",
            "--no-merges",
            &range,
        ])?
        .lines()
        .map(str::to_string)
        .collect();
    if commits.is_empty() {
        return Ok(Ok(None));
    }
    let remote_tree = repo.tree(upstream)?;
    let renumbering = renumbering(repo, &base, &remote_tree, head)?;
    let mut state = Replay::start(repo, upstream, remote_tree)?;
    state.map = renumbering
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    for commit in &commits {
        if let Err(stop) = state.apply(commit)? {
            return Ok(Err(stop));
        }
    }
    if !renumbering.is_empty() {
        state.note_renumbering(&renumbering, now)?;
    }
    state.renumbered = renumbering;
    Ok(Ok(Some(state)))
}

/// The local records with a final number that were never published and whose number the
/// remote took (a register that had no remote when they were made), with their new numbers:
/// in each kind and year, from the first number taken on, every such record moves after the
/// remote's last, in the order they were made. Provisional records are never among them.
fn renumbering(
    repo: &Repo,
    base: &str,
    remote_tree: &Tree,
    head: &str,
) -> Result<Vec<(RecordId, RecordId)>> {
    let ids_in = |tree: &Tree| -> BTreeSet<RecordId> {
        tree.keys()
            .filter_map(|p| repo.record_at(p))
            .filter(|id| !id.is_provisional())
            .collect()
    };
    let remote = ids_in(remote_tree);
    // The records the local commits added (one diff, not two whole trees: cheap at 100 000).
    let mine: BTreeSet<RecordId> = repo
        .changes(base, head)?
        .iter()
        .filter(|(status, _)| status == "A")
        .filter_map(|(_, path)| repo.record_at(path))
        .filter(|id| !id.is_provisional())
        .collect();
    let mut groups: BTreeMap<(Kind, i32), Vec<RecordId>> = BTreeMap::new();
    for id in mine {
        groups.entry((id.kind, id.year)).or_default().push(id);
    }
    let mut moves = Vec::new();
    for ((kind, year), mine) in groups {
        let Some(first_taken) = mine.iter().find(|id| remote.contains(id)).copied() else {
            continue;
        };
        let last = remote
            .iter()
            .chain(mine.iter().filter(|id| id.seq < first_taken.seq))
            .filter(|id| id.kind == kind && id.year == year)
            .filter_map(RecordId::number)
            .max()
            .unwrap_or(0);
        for (n, id) in mine
            .iter()
            .filter(|id| id.seq >= first_taken.seq)
            .enumerate()
        {
            let number = last
                .checked_add(1 + n as u32)
                .filter(|n| *n <= LAST_NUMBER)
                .ok_or(Error::Refused(Refusal::SyncNumbersExhausted { kind, year }))?;
            moves.push((*id, RecordId::new(kind, year, number)));
        }
    }
    Ok(moves)
}

impl<'a> Replay<'a> {
    pub fn start(repo: &'a Repo, tip: &str, tree: Tree) -> Result<Replay<'a>> {
        let folder = tempfile::Builder::new()
            .prefix("coi-sync-")
            .tempdir()
            .map_err(|e| Error::io(msg::cannot_write_file(), std::env::temp_dir(), e))?;
        let replay = Replay {
            repo,
            index: folder.path().join("index"),
            _folder: folder,
            tree,
            tip: tip.to_string(),
            tip_tree: repo
                .text(&["rev-parse", &format!("{tip}^{{tree}}")])?
                .trim()
                .to_string(),
            map: HashMap::new(),
            renumbered: Vec::new(),
            conflicts: Vec::new(),
            made: Vec::new(),
            changed: BTreeSet::new(),
        };
        let mut cmd = replay.git();
        cmd.args(["read-tree", tip]);
        repo.output(cmd, None, "read-tree")?;
        Ok(replay)
    }

    pub fn repo(&self) -> &'a Repo {
        self.repo
    }

    fn git(&self) -> std::process::Command {
        let mut cmd = self.repo.git();
        cmd.env("GIT_INDEX_FILE", &self.index);
        cmd
    }

    fn renamed_path(&self, path: &str) -> String {
        match self.repo.record_at(path) {
            Some(id) => match self.map.get(&id.to_string()) {
                Some(new) => {
                    let new: RecordId = new.parse().expect("renumbered IDs are IDs");
                    self.repo.path_of(new)
                }
                None => path.to_string(),
            },
            None => path.to_string(),
        }
    }

    /// A local version of a file, with the new numbers.
    fn local_blob(&self, sha: &str, path: &str) -> Result<Vec<u8>> {
        let bytes = self.repo.blob(sha)?;
        if self.map.is_empty() || self.repo.record_at(path).is_none() {
            return Ok(bytes);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(renamed(&text, &self.map).into_bytes()),
            Err(e) => Ok(e.into_bytes()),
        }
    }

    /// Replays one local commit on the tip.
    fn apply(&mut self, commit: &str) -> Result<std::result::Result<(), Stop>> {
        let parent = format!("{commit}^");
        let raw = self.repo.bytes(&[
            "diff-tree",
            "-r",
            "-z",
            "--no-renames",
            "--no-commit-id",
            &parent,
            commit,
        ])?;
        let mut parts = raw.split(|&b| b == 0).filter(|p| !p.is_empty());
        let mut updates = Vec::new();
        while let (Some(meta), Some(path)) = (parts.next(), parts.next()) {
            let meta = String::from_utf8_lossy(meta);
            let path = String::from_utf8_lossy(path).into_owned();
            let f: Vec<&str> = meta.trim_start_matches(':').split(' ').collect();
            let [_, new_mode, old_sha, new_sha, status] = f[..] else {
                continue;
            };
            let target = self.renamed_path(&path);
            let current = self.tree.get(&target).cloned();
            let outcome = match status {
                "D" => {
                    let old = self.local_blob(old_sha, &path)?;
                    match &current {
                        None => None,
                        Some(cur) if self.repo.blob(&cur.sha)? == old => Some(None),
                        Some(_) => return Ok(Err(Stop::CannotReplay { file: target })),
                    }
                }
                _ => {
                    let new = self.local_blob(new_sha, &path)?;
                    let old = if status == "A" {
                        Vec::new()
                    } else {
                        self.local_blob(old_sha, &path)?
                    };
                    if status == "A"
                        && let Some(id) = self.repo.record_at(&target)
                        && id.is_provisional()
                        && !self.made.contains(&id)
                    {
                        self.made.push(id);
                    }
                    let merged = match &current {
                        None => Some(new),
                        Some(cur) => {
                            let cur = self.repo.blob(&cur.sha)?;
                            if cur == old || cur == new {
                                (cur != new).then_some(new)
                            } else {
                                match self.merge(&target, &old, &cur, &new)? {
                                    Some(bytes) => Some(bytes),
                                    None => return Ok(Err(Stop::CannotReplay { file: target })),
                                }
                            }
                        }
                    };
                    match merged {
                        None => None,
                        Some(bytes) => {
                            let sha = self.repo.write_blob(&bytes)?;
                            Some(Some(Entry {
                                mode: new_mode.to_string(),
                                sha,
                            }))
                        }
                    }
                }
            };
            self.changed.insert(target.clone());
            match outcome {
                None => {}
                Some(entry) => updates.push((target, entry)),
            }
        }
        let said = self.repo.text(&[
            "log",
            "-1",
            "--format=%an%x00%ae%x00%ad%x00%B",
            "--date=raw",
            commit,
        ])?;
        let mut said = said.splitn(4, '\0');
        let (name, email, date, message) = (
            said.next().unwrap_or_default().to_string(),
            said.next().unwrap_or_default().to_string(),
            said.next().unwrap_or_default().to_string(),
            said.next().unwrap_or_default().to_string(),
        );
        // A commit message is the audit trail's: it is only rewritten for a record renumbered
        // here, which no one else has seen under its old number.
        let message = renamed(message.trim_end(), &self.map);
        self.commit(updates, &message, Some((&name, &email, &date)))?;
        Ok(Ok(()))
    }

    /// Both sides changed the file: a record is merged field by field, any other file as text.
    /// `None` when they cannot be joined.
    fn merge(
        &mut self,
        path: &str,
        base: &[u8],
        ours: &[u8],
        theirs: &[u8],
    ) -> Result<Option<Vec<u8>>> {
        if let Some(id) = self.repo.record_at(path) {
            return Ok(match merge_record(id.kind, base, ours, theirs) {
                Ok(merged) => {
                    self.conflicts
                        .extend(merged.new_conflicts.into_iter().map(|c| (id, c)));
                    Some(merged.text.into_bytes())
                }
                Err(Unmergeable::BothCreated | Unmergeable::Unreadable(_)) => None,
            });
        }
        let dir = tempfile::tempdir()
            .map_err(|e| Error::io(msg::cannot_write_file(), std::env::temp_dir(), e))?;
        let write = |name: &str, bytes: &[u8]| -> Result<PathBuf> {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).map_err(|e| Error::io(msg::cannot_write_file(), &p, e))?;
            Ok(p)
        };
        let (o, b, t) = (
            write("ours", ours)?,
            write("base", base)?,
            write("theirs", theirs)?,
        );
        let mut cmd = self.repo.git();
        cmd.arg("merge-file")
            .arg("-p")
            .arg("--quiet")
            .args([&o, &b, &t]);
        // git merge-file exits with the number of conflicts: any failure means "cannot join".
        Ok(self.repo.output(cmd, None, "merge-file").ok())
    }

    /// Commits the index with `updates` (a path and its new entry, `None` to remove it) on the
    /// tip; `false` when the tree is the tip's (nothing left to do: the remote had it).
    pub fn commit(
        &mut self,
        updates: Vec<(String, Option<Entry>)>,
        message: &str,
        author: Option<(&str, &str, &str)>,
    ) -> Result<bool> {
        if !updates.is_empty() {
            let mut info = String::new();
            for (path, entry) in updates {
                match entry {
                    None => {
                        self.tree.remove(&path);
                        info.push_str(&format!("0 {} 0\t{path}\0", "0".repeat(40)));
                    }
                    Some(entry) => {
                        info.push_str(&format!("{} {} 0\t{path}\0", entry.mode, entry.sha));
                        self.tree.insert(path, entry);
                    }
                }
            }
            let mut cmd = self.git();
            cmd.args(["update-index", "-z", "--index-info"]);
            self.repo
                .output(cmd, Some(info.as_bytes()), "update-index")?;
        }
        let mut cmd = self.git();
        cmd.arg("write-tree");
        let tree = self.repo.output(cmd, None, "write-tree")?;
        let tree = String::from_utf8_lossy(&tree).trim().to_string();
        if tree == self.tip_tree {
            return Ok(false);
        }
        self.tip = self.repo.commit_tree(&tree, &self.tip, message, author)?;
        self.tip_tree = tree;
        Ok(true)
    }

    /// One more commit: each renumbered record's history says so.
    fn note_renumbering(
        &mut self,
        moves: &[(RecordId, RecordId)],
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<()> {
        use crate::model::vocab::Action;
        let mut updates = Vec::new();
        for (from, to) in moves {
            let path = self.repo.path_of(*to);
            let Some(entry) = self.tree.get(&path).cloned() else {
                continue;
            };
            let bytes = self.repo.blob(&entry.sha)?;
            let change = Change {
                event: Some(event(Action::Renumbered, *from, now, &self.repo.who)),
                ..Change::default()
            };
            let Some(text) = rewritten(to.kind, &bytes, &change) else {
                continue;
            };
            let sha = self.repo.write_blob(text.as_bytes())?;
            updates.push((
                path,
                Some(Entry {
                    mode: entry.mode,
                    sha,
                }),
            ));
        }
        let list: Vec<String> = moves.iter().map(|(a, b)| format!("{a} → {b}")).collect();
        let message = format!(
            "{RENUMBER_SUBJECT}{}\n\nThe numbers were taken on the shared remote.",
            list.join(", ")
        );
        self.commit(updates, &message, None)?;
        Ok(())
    }
}

/// Text with each whole word that is a renumbered ID replaced by its new ID, all at once (so
/// that `001 → 002` and `002 → 003` do not run into each other).
fn renamed(text: &str, map: &HashMap<String, String>) -> String {
    if map.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(map.get(word.as_str()).map_or(word.as_str(), String::as_str));
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renumbered_ids_are_replaced_all_at_once_and_only_as_whole_words() {
        let map: HashMap<String, String> = [
            ("XDLI-2026-001", "XDLI-2026-002"),
            ("XDLI-2026-002", "XDLI-2026-003"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        assert_eq!(
            renamed("id: XDLI-2026-001\nsee XDLI-2026-002, XDLI-2026-0010", &map),
            "id: XDLI-2026-002\nsee XDLI-2026-003, XDLI-2026-0010"
        );
    }
}
