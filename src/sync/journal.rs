//! The journal of a sync: before the remote is asked to take a new tip, and before the branch
//! and the work tree move to it, `coi sync` writes in `.git/coi-sync.json` what it is about to
//! do. A sync stopped at any moment (a kill, a power cut, a full disk) leaves either no journal
//! and the clone as it was, or a journal that says how to go on:
//!
//! - `pushing`: the new tip may or may not have reached the remote. Nothing local has changed;
//!   the next `coi sync` fetches and looks: if the remote has the tip, it moves there, else it
//!   starts afresh.
//! - `moving`: the remote has the tip; the branch and the work tree were moving to it. The next
//!   `coi` command, whatever it is, finishes the move before anything else.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::model::RecordId;
use crate::register::store;

use super::repo::Repo;

const FILE: &str = "coi-sync.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Pushing,
    Moving,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Journal {
    pub stage: Stage,
    pub branch: String,
    /// The branch's commit before the sync.
    pub from: String,
    /// The commit it moves to.
    pub to: String,
    /// Provisional ID, final ID: what the new tip publishes.
    pub published: Vec<(String, String)>,
    /// The objects the push sends (the tip, the submission tags): a lock file on the remote that
    /// holds one of them was left by this push.
    #[serde(default)]
    pub objects: Vec<String>,
}

impl Journal {
    fn path(repo: &Repo) -> Result<PathBuf> {
        repo.git_path(FILE)
    }

    /// The journal a sync left, if any; one that cannot be read is no journal (it is written
    /// whole or not at all).
    pub fn read(repo: &Repo) -> Option<Journal> {
        let bytes = std::fs::read(Self::path(repo).ok()?).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn write(&self, repo: &Repo) -> Result<()> {
        let text = serde_json::to_string_pretty(self).expect("a journal is plain data");
        store::replace(&Self::path(repo)?, text.as_bytes())
    }

    pub fn clear(repo: &Repo) -> Result<()> {
        let path = Self::path(repo)?;
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(msg::cannot_write_file(), path, e)),
        }
    }

    pub fn published(&self) -> Vec<(RecordId, RecordId)> {
        self.published
            .iter()
            .filter_map(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
            .collect()
    }
}

/// Moves the branch and the work tree from `from` to `to` with the journal written first; the
/// journal is cleared once the move is whole. Call it holding the register's lock.
pub(super) fn move_to(repo: &Repo, journal: Journal) -> Result<()> {
    let journal = Journal {
        stage: Stage::Moving,
        ..journal
    };
    journal.write(repo)?;
    store::failpoint("before-move")
        .map_err(|e| Error::io(msg::cannot_write_file(), PathBuf::from(FILE), e))?;
    let mut cmd = repo.git();
    cmd.args(["reset", "--quiet", "--keep", &journal.to]);
    if repo.output(cmd, None, "reset").is_err() {
        // A file in the way or a full disk: the exact way, which also tells why.
        finish(repo, &journal)?;
    }
    Journal::clear(repo)
}

/// Finishes a move the journal says was under way, from wherever it stopped: git's own lock
/// files that the stopped sync left are removed (see [`remove_stale_lock`]), every file that
/// differs between the two commits is written as `to` has it, files `to` no longer has are
/// removed when they are still as `from` had them, and the branch and the index are set to `to`.
/// Call it holding the register's lock, so that no other `coi` runs.
pub(super) fn finish(repo: &Repo, journal: &Journal) -> Result<()> {
    for lock in [
        "index.lock".to_string(),
        format!("refs/heads/{}.lock", journal.branch),
        "HEAD.lock".to_string(),
    ] {
        remove_stale_lock(&repo.git_path(&lock)?)?;
    }
    let to = repo.tree(&journal.to)?;
    for (status, path) in repo.changes(&journal.from, &journal.to)? {
        let Some(file) = repo.in_work_tree(&path) else {
            continue;
        };
        match to.get(&path) {
            Some(entry) => {
                let bytes = repo.blob(&entry.sha)?;
                if std::fs::read(&file).ok().as_deref() != Some(bytes.as_slice()) {
                    store::replace(&file, &bytes)?;
                }
            }
            None if status == "D" => {
                let was = repo.text(&["rev-parse", &format!("{}:{path}", journal.from)])?;
                let same = std::fs::read(&file)
                    .ok()
                    .map(|bytes| repo.hash(&bytes))
                    .transpose()?
                    .is_some_and(|sha| sha == was.trim());
                if same {
                    std::fs::remove_file(&file)
                        .map_err(|e| Error::io(msg::cannot_write_file(), &file, e))?;
                }
            }
            None => {}
        }
    }
    let branch = format!("refs/heads/{}", journal.branch);
    repo.bytes(&["update-ref", &branch, &journal.to])?;
    repo.bytes(&["read-tree", &journal.to])?;
    let _ = repo.bytes(&["update-index", "-q", "--refresh"]);
    Ok(())
}

/// How long a git lock file may stay untouched while a live git holds it: git holds its locks
/// for the moments it writes, so one older than this is left by a process that is gone.
const LOCK_AGE: std::time::Duration = std::time::Duration::from_secs(2);

/// Removes a git lock file the stopped sync left. One that a live git (the clerk's own, run by
/// hand) holds goes away by itself within moments: it is waited for, never removed.
pub(super) fn remove_stale_lock(path: &std::path::Path) -> Result<()> {
    let started = std::time::Instant::now();
    loop {
        let age = match std::fs::metadata(path).and_then(|m| m.modified()) {
            Ok(modified) => modified.elapsed().unwrap_or_default(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io(msg::cannot_read(), path, e)),
        };
        if age >= LOCK_AGE || started.elapsed() >= LOCK_AGE {
            return match std::fs::remove_file(path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(Error::io(msg::cannot_write_file(), path, e)),
            };
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Git's lock files of this repository that a git killed with a stopped sync can leave behind:
/// each one untouched for a while is removed (see [`remove_stale_lock`]). Call it holding the
/// register's lock, before the sync runs git.
pub(super) fn clear_stale_locks(repo: &Repo, branch: &str, tracking: &str) -> Result<()> {
    let locks = [
        "index.lock".to_string(),
        "config.lock".to_string(),
        "HEAD.lock".to_string(),
        "packed-refs.lock".to_string(),
        "shallow.lock".to_string(),
        format!("refs/heads/{branch}.lock"),
        format!("{tracking}.lock"),
    ];
    for lock in locks {
        remove_stale_lock(&repo.git_path(&lock)?)?;
    }
    Ok(())
}

/// Whether a stopped sync left its journal in the repository that holds `root`: one look at the
/// files, no git run, so that every command can ask.
pub fn left_behind(root: &std::path::Path) -> bool {
    let Ok(root) = std::fs::canonicalize(root) else {
        return false;
    };
    for dir in root.ancestors() {
        let dot_git = dir.join(".git");
        if dot_git.is_dir() {
            return dot_git.join(FILE).exists();
        }
        if dot_git.is_file() {
            // A linked work tree: `.git` names its own folder.
            let Ok(text) = std::fs::read_to_string(&dot_git) else {
                return false;
            };
            let Some(own) = text.trim().strip_prefix("gitdir:") else {
                return false;
            };
            return dir.join(own.trim()).join(FILE).exists();
        }
    }
    false
}

/// What the next command found of a stopped sync.
#[derive(Debug)]
pub enum Recovered {
    /// The move to a published tip was finished.
    Finished(Vec<(RecordId, RecordId)>),
    /// The sync stopped while the remote was asked to take its tip: only `coi sync` can tell
    /// whether it did.
    Pending,
}

/// Finishes a sync stopped half-way, before a command reads or writes the register. Cheap
/// when there is nothing to do: one look for the journal beside `.git`.
pub fn recover(repo: &Repo) -> Result<Option<Recovered>> {
    let Some(journal) = Journal::read(repo) else {
        return Ok(None);
    };
    match journal.stage {
        Stage::Pushing => Ok(Some(Recovered::Pending)),
        Stage::Moving => {
            finish(repo, &journal)?;
            Journal::clear(repo)?;
            Ok(Some(Recovered::Finished(journal.published())))
        }
    }
}
