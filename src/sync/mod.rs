//! Many clones of one register: the procedure behind `coi sync`, above storage
//! ([`crate::register`]) and the rules ([`crate::rules::merge`]).
//!
//! 1. A journal a stopped sync left is settled first ([`journal`]).
//! 2. The remote's branch and submission tags are fetched.
//! 3. The local commits the remote lacks are replayed on the remote's branch ([`replay`]), in
//!    an index of `coi`'s own; the records made here under provisional IDs are then published
//!    with the next final numbers, in one more commit ([`publish`]).
//! 4. The new tip and the local submission tags are pushed, atomically. If someone pushed
//!    first, it starts again from 2, after a pause that grows, with jitter.
//! 5. Only once the remote has the new tip do the branch and the work tree move to it, with the
//!    journal written first. So a number is never shown before the remote has it, and a sync
//!    stopped at any point leaves the clone as it was, or a journal the next command finishes.

pub mod driver;
pub mod journal;
mod outcome;
pub mod publish;
pub mod replay;
mod repo;
mod rewrite;
mod stop;
pub mod tags;

use std::process::Stdio;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::model::{Conflict, RecordId};

pub use driver::{ATTRIBUTES, DRIVER, merge_files, write_attributes};
pub use journal::{Journal, Recovered, recover};
pub use outcome::{Outcome, Stopped};
pub use publish::PUBLISH_SUBJECT;
pub use replay::RENUMBER_SUBJECT;
pub use repo::{Remote, Repo, Standing, Touched};
pub use rewrite::LAST_NUMBER;
pub use stop::Stop;

use journal::Stage;
use repo::detail;
use tags::{REMOTE_TAGS, TAG_PATTERN};

/// How long a sync keeps trying again when others push first: clerks who all sync at the end
/// of the day take turns, none gives up.
const PATIENCE: Duration = Duration::from_secs(180);

type Ran = std::result::Result<Outcome, Box<Stopped>>;

fn stopped(stop: Stop, done: Outcome) -> Ran {
    Err(Box::new(Stopped { stop, done }))
}

impl Repo {
    /// Removes git's lock files that a git killed with an earlier sync left in this repository
    /// (each untouched for a while: a live git's lock is waited for, never removed). Call it
    /// holding the register's lock, before anything else runs git to write.
    pub fn clear_stale_locks(&self, remote: &Remote) -> Result<()> {
        journal::clear_stale_locks(self, &remote.branch, &remote.tracking())
    }

    /// The whole sync. Call it holding the register's lock.
    pub fn sync(&self, remote: &Remote, now: chrono::DateTime<chrono::FixedOffset>) -> Result<Ran> {
        let mut outcome = Outcome::default();
        let start = self.commit("HEAD");
        let mut pending = None;
        match recover(self)? {
            Some(Recovered::Finished(published)) => outcome.published.extend(published),
            Some(Recovered::Pending) => pending = Journal::read(self),
            None => {}
        }
        // The tip a stopped push was sending: a lock file on the remote that holds it is that
        // push's own, left when it was killed.
        let stopped_push: Option<Vec<String>> = pending.as_ref().map(|j: &Journal| {
            let mut own = j.objects.clone();
            own.push(j.to.clone());
            own
        });
        let started = std::time::Instant::now();
        for attempt in 0.. {
            if attempt > 0 {
                if started.elapsed() > PATIENCE {
                    break;
                }
                std::thread::sleep(backoff(attempt));
            }
            if let Err(e) = self.fetch(remote) {
                return Ok(stopped(Stop::Unreachable { detail: detail(e) }, outcome));
            }
            let upstream = self.commit(&remote.tracking());
            let mut head = self.commit("HEAD");
            if let (Some(up), Some(seen)) = (&upstream, &self.seen(remote))
                && !self.contains(up, seen)
            {
                return Ok(stopped(Stop::Rewritten, outcome));
            }
            // A sync stopped while pushing: did the remote take its tip?
            if let Some(journal) = pending.take() {
                let landed = upstream
                    .as_deref()
                    .is_some_and(|up| self.contains(up, &journal.to));
                if landed && head.as_deref() == Some(journal.from.as_str()) {
                    outcome.published.extend(journal.published());
                    if let Err(e) = journal::move_to(self, journal) {
                        return Ok(stopped(Stop::MoveUnfinished { detail: detail(e) }, outcome));
                    }
                    head = self.commit("HEAD");
                } else {
                    Journal::clear(self)?;
                }
            }
            let built = match self.build(upstream.as_deref(), head.as_deref(), now)? {
                Ok(built) => built,
                Err(stop) => return Ok(stopped(stop, outcome)),
            };
            let tags = tags::settle(self, &mut outcome)?;
            let Some(tip) = built.tip.clone() else {
                // An empty register and an empty remote.
                return Ok(Ok(outcome));
            };
            if let Some(head) = &head
                && let Some(blocked) = self.in_the_way(head, &tip)?
            {
                return Ok(stopped(Stop::WorkTreeInTheWay { detail: blocked }, outcome));
            }
            if let Some(head) = &head
                && let Some(found) = self.foreign_attribute(head, &tip)?
            {
                return Ok(stopped(found, outcome));
            }
            let sends = upstream.as_deref() != Some(tip.as_str());
            let journal = Journal {
                stage: Stage::Pushing,
                branch: remote.branch.clone(),
                from: head.clone().unwrap_or_default(),
                to: tip.clone(),
                published: built
                    .published
                    .iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect(),
                objects: std::iter::once(tip.clone())
                    .chain(tags.iter().filter_map(|t| {
                        let object = self.text(&["rev-parse", &format!("refs/tags/{t}")]).ok()?;
                        Some(object.trim().to_string())
                    }))
                    .collect(),
            };
            if (sends || !tags.is_empty()) && head.is_some() {
                journal.write(self)?;
            }
            match self.push(remote, sends.then_some(tip.as_str()), &tags)? {
                Pushed::Done => {}
                Pushed::Raced => {
                    Journal::clear(self)?;
                    outcome.retries += 1;
                    continue;
                }
                Pushed::Failed(said) => {
                    Journal::clear(self)?;
                    if let Some(own) = &stopped_push
                        && remove_own_lock(&said, own)
                    {
                        outcome.retries += 1;
                        continue;
                    }
                    // A push refused while someone else's went in first is a race too,
                    // however the remote words it; anything else is the remote saying no.
                    let moved =
                        self.fetch(remote).is_ok() && self.commit(&remote.tracking()) != upstream;
                    if !moved {
                        return Ok(stopped(Stop::PushRefused { detail: said }, outcome));
                    }
                    outcome.retries += 1;
                    continue;
                }
            }
            if head.as_deref() == Some(tip.as_str()) {
                // Sent as it was (a first sync to an empty remote): nothing to move.
                Journal::clear(self)?;
            }
            outcome.published.extend(built.published);
            outcome.renumbered.extend(built.renumbered);
            outcome.conflicts.extend(built.conflicts);
            outcome.tags_out = tags;
            if head.as_deref() != Some(tip.as_str()) {
                let moved = match &head {
                    Some(_) => journal::move_to(self, journal),
                    None => self.bytes(&["reset", "--quiet", "--keep", &tip]).map(drop),
                };
                if let Err(e) = moved {
                    return Ok(stopped(Stop::MoveUnfinished { detail: detail(e) }, outcome));
                }
            }
            let (came, n_in) = match (&start, &upstream) {
                (_, None) => (Vec::new(), 0),
                (Some(start), Some(up)) => {
                    let base = self.merge_base(start, up);
                    self.touched(base.as_deref(), up)?
                }
                (None, Some(up)) => self.touched(None, &up.clone())?,
            };
            let (out, n_out) = self.touched(upstream.as_deref(), &tip)?;
            outcome.came_in = came;
            outcome.commits_in = n_in;
            outcome.went_out = out;
            outcome.commits_out = n_out;
            self.track(remote);
            let _ = self.bytes(&["update-ref", &Self::seen_ref(remote), &tip]);
            return Ok(Ok(outcome));
        }
        Ok(stopped(Stop::TooManyRaces, outcome))
    }

    /// The commit to send: the local commits replayed on the remote's, and the provisional
    /// records published.
    fn build(
        &self,
        upstream: Option<&str>,
        head: Option<&str>,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<std::result::Result<Built, Stop>> {
        let mut built = Built::default();
        let Some(head) = head else {
            built.tip = upstream.map(str::to_string);
            return Ok(Ok(built));
        };
        let replay = match upstream {
            Some(up) => match replay::replay(self, up, head, now)? {
                Ok(Some(replay)) => Some(replay),
                Ok(None) => {
                    built.tip = Some(up.to_string());
                    None
                }
                Err(stop) => return Ok(Err(stop)),
            },
            // The remote is empty: this clone's history goes out as it is, published.
            None => {
                let mut replay = replay::Replay::start(self, head, self.tree(head)?)?;
                replay.made = self.made_in(head)?;
                Some(replay)
            }
        };
        if let Some(mut replay) = replay {
            built.published = publish::publish(&mut replay, now)?;
            built.renumbered = std::mem::take(&mut replay.renumbered);
            built.conflicts = std::mem::take(&mut replay.conflicts);
            built.tip = Some(replay.tip.clone());
        }
        Ok(Ok(built))
    }

    /// The provisional records the history of `head` made, in the order it made them.
    fn made_in(&self, head: &str) -> Result<Vec<RecordId>> {
        let out = self.text(&[
            "log",
            "--reverse",
            "--diff-filter=A",
            "--no-renames",
            "--format=",
            "--name-only",
            head,
        ])?;
        let mut made = Vec::new();
        for id in out.lines().filter_map(|p| self.record_at(p)) {
            if id.is_provisional() && !made.contains(&id) {
                made.push(id);
            }
        }
        Ok(made)
    }

    /// The ref that keeps the remote's tip as this clone last took it in or sent it: the
    /// remote must still hold it, or its history was rewritten.
    fn seen_ref(remote: &Remote) -> String {
        format!("refs/coi/synced/{}", remote.name)
    }

    fn seen(&self, remote: &Remote) -> Option<String> {
        self.commit(&Self::seen_ref(remote))
    }

    /// A git attribute of another program (a merge driver, an encoding, a filter) on a record
    /// file the move from `head` to `tip` writes: git would apply it to the file.
    fn foreign_attribute(&self, head: &str, tip: &str) -> Result<Option<Stop>> {
        let records: Vec<std::path::PathBuf> = self
            .changes(head, tip)?
            .into_iter()
            .filter(|(_, path)| self.record_at(path).is_some())
            .filter_map(|(_, path)| {
                Some(std::path::PathBuf::from(path.strip_prefix(&self.prefix)?))
            })
            .collect();
        let found = crate::register::git::foreign_attributes(&self.dir, &records, DRIVER)?;
        Ok(found.into_iter().next().map(|a| Stop::ForeignAttribute {
            file: a.path.to_string_lossy().into_owned(),
            attribute: a.spelled(),
        }))
    }

    /// A file not committed that stands where the move from `head` to `tip` writes one.
    fn in_the_way(&self, head: &str, tip: &str) -> Result<Option<String>> {
        for (status, path) in self.changes(head, tip)? {
            if status != "A" {
                continue;
            }
            if let Some(file) = self.in_work_tree(&path)
                && std::fs::symlink_metadata(&file).is_ok()
            {
                return Ok(Some(path));
            }
        }
        Ok(None)
    }

    /// Fetches the remote's branch and submission tags. A lock file of this repository that a
    /// killed git left (nothing has touched it for a while) is removed, and the fetch tried once
    /// more.
    fn fetch(&self, remote: &Remote) -> Result<()> {
        match self.fetch_once(remote) {
            Err(Error::Git { detail, .. })
                if locked_by(&detail).is_some_and(|lock| {
                    let own = self.git_path("").and_then(|dir| {
                        std::fs::canonicalize(&dir)
                            .map_err(|e| Error::io(crate::i18n::msg::cannot_read(), dir, e))
                    });
                    own.is_ok_and(|own| lock.starts_with(own))
                        && journal::remove_stale_lock(&lock).is_ok()
                }) =>
            {
                self.fetch_once(remote)
            }
            done => done,
        }
    }

    fn fetch_once(&self, remote: &Remote) -> Result<()> {
        let branch = format!("+refs/heads/{}:{}", remote.remote_branch, remote.tracking());
        let tags = format!("+refs/tags/{TAG_PATTERN}*:{REMOTE_TAGS}{TAG_PATTERN}*");
        let mut cmd = self.git();
        cmd.args([
            "fetch",
            "--quiet",
            "--no-tags",
            &remote.name,
            &branch,
            &tags,
        ]);
        match self.output(cmd, None, "fetch") {
            Ok(_) => Ok(()),
            // An empty remote has no branch yet: nothing to fetch, everything to push.
            Err(Error::Git { detail, .. }) if detail.contains("couldn't find remote ref") => {
                let mut cmd = self.git();
                cmd.args(["fetch", "--quiet", "--no-tags", &remote.name, &tags]);
                self.output(cmd, None, "fetch").map(drop)
            }
            Err(e) => Err(e),
        }
    }

    fn push(&self, remote: &Remote, tip: Option<&str>, tags: &[String]) -> Result<Pushed> {
        let mut refspecs = Vec::new();
        if let Some(tip) = tip {
            refspecs.push(format!("{tip}:refs/heads/{}", remote.remote_branch));
        }
        refspecs.extend(tags.iter().map(|t| format!("refs/tags/{t}:refs/tags/{t}")));
        if refspecs.is_empty() {
            return Ok(Pushed::Done);
        }
        let mut cmd = self.git();
        cmd.args(["push", "--porcelain", "--atomic", &remote.name]);
        cmd.args(&refspecs);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let out = cmd.output().map_err(|e| Error::Git {
            action: "push".into(),
            detail: e.to_string(),
        })?;
        if out.status.success() {
            // The remote's branch as we now know it.
            if let Some(tip) = tip {
                let _ = self.bytes(&["update-ref", &remote.tracking(), tip]);
            }
            for tag in tags {
                let _ = self.bytes(&[
                    "update-ref",
                    &format!("{REMOTE_TAGS}{tag}"),
                    &format!("refs/tags/{tag}"),
                ]);
            }
            return Ok(Pushed::Done);
        }
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let raced = [
            "[rejected]",
            "fetch first",
            "non-fast-forward",
            "stale info",
            "already exists",
        ]
        .iter()
        .any(|w| said.contains(w));
        Ok(if raced {
            Pushed::Raced
        } else {
            Pushed::Failed(said)
        })
    }
}

/// When git says a ref of a remote on this machine (a folder, a network share) is locked by a
/// file that this clone's killed push left, removes that file: one that holds an object the
/// push was sending (no other clone sends those), or one still empty (git was killed between
/// making it and writing it) that nothing has touched for a while. True when a lock was removed.
fn remove_own_lock(said: &str, own: &[String]) -> bool {
    let Some(path) = locked_by(said) else {
        return false;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return false;
    };
    match text.trim() {
        "" => journal::remove_stale_lock(&path).is_ok() && !path.exists(),
        held => own.iter().any(|o| o == held) && std::fs::remove_file(&path).is_ok(),
    }
}

/// The lock file git names when it cannot take it («Unable to create '….lock': File exists»).
fn locked_by(said: &str) -> Option<std::path::PathBuf> {
    let start = said.find("Unable to create '")? + "Unable to create '".len();
    let end = said[start..].find("': File exists")?;
    let path = std::path::PathBuf::from(&said[start..start + end]);
    path.extension()
        .is_some_and(|e| e == "lock")
        .then_some(path)
}

/// What one attempt will send.
#[derive(Default)]
struct Built {
    tip: Option<String>,
    published: Vec<(RecordId, RecordId)>,
    renumbered: Vec<(RecordId, RecordId)>,
    conflicts: Vec<(RecordId, Conflict)>,
}

enum Pushed {
    Done,
    Raced,
    Failed(String),
}

/// The pause before attempt `n` (from 1): 0.2 s × 2ⁿ⁻¹, at most 4 s, a random share of it
/// (from a quarter up), so that clones that raced do not race again in step.
fn backoff(n: u32) -> Duration {
    let cap = (200u64 << (n - 1).min(5)).min(4_000);
    Duration::from_millis(cap / 4 + fastrand::u64(0..=cap * 3 / 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pause_grows_to_a_cap_and_is_never_nothing() {
        for n in 1..40 {
            let pause = backoff(n);
            assert!(pause >= Duration::from_millis(50), "{n}: {pause:?}");
            assert!(pause <= Duration::from_secs(4), "{n}: {pause:?}");
        }
        assert!(backoff(10) >= Duration::from_secs(1));
    }
}
