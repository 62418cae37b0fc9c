//! Collecting: each agency's submission tags of a period fetched from its remote into the
//! workspace's own bare repository, under `refs/agencies/<CODE>/tags/bao-cao/…`. Several
//! agencies at once, each with a time limit; one that fails never stops the others. Fetching
//! only reads the agency's repository.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::register::git;

/// The workspace's folder of collected submissions: one bare repository per agency
/// (`submissions/<CODE>.git`), so that agencies fetched at once never wait on each other's
/// locks and one agency's objects never mix with another's.
pub const STORE: &str = "submissions";

/// The repository of the agency `code` in the workspace at `root`.
pub fn store_of(root: &Path, code: &str) -> PathBuf {
    root.join(STORE).join(format!("{code}.git"))
}

/// The record of the last collect of a period, kept in the workspace beside the store.
pub fn log_path(root: &Path, period: &str) -> PathBuf {
    root.join("collected").join(format!("{period}.json"))
}

/// How many agencies are fetched at once.
pub const AT_ONCE: usize = 4;

/// The namespace of an agency's refs in the store.
pub fn namespace(code: &str) -> String {
    format!("refs/agencies/{code}/tags/")
}

/// What one agency's fetch came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub code: String,
    /// `fetched`, `failed`, `timed-out` or `folder` (nothing to fetch).
    pub status: String,
    /// git's own words when it failed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// How long it took, in milliseconds.
    pub millis: u64,
}

/// The record of one collect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Log {
    pub period: String,
    pub at: String,
    pub agencies: Vec<Outcome>,
}

impl Log {
    pub fn of(&self, code: &str) -> Option<&Outcome> {
        self.agencies.iter().find(|o| o.code == code)
    }
}

/// Makes an agency's repository when it is not there yet.
fn ensure_store(store: &Path) -> crate::error::Result<()> {
    if !store.join("HEAD").exists() {
        std::fs::create_dir_all(store).map_err(|e| crate::error::Error::Git {
            action: "init".into(),
            detail: e.to_string(),
        })?;
        let mut cmd = git::command(store);
        cmd.args(["init", "--bare", "--quiet"]);
        git::output(cmd, None, "init")?;
    }
    Ok(())
}

/// One fetch to do: the agency's code and its remote, as git takes it.
pub struct Job {
    pub code: String,
    pub remote: String,
}

/// Fetches every job's tags of `period` into its agency's repository under `root`, `AT_ONCE` at a time, each stopped after
/// `limit`; `progress` is told of each agency as it ends (done, total, outcome).
pub fn fetch_all(
    root: &Path,
    period: &str,
    jobs: &[Job],
    limit: Duration,
    progress: &(dyn Fn(usize, usize, &Outcome) + Sync),
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; jobs.len()]);
    std::thread::scope(|scope| {
        for _ in 0..AT_ONCE.min(jobs.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(job) = jobs.get(i) else {
                        return;
                    };
                    let outcome = fetch(&store_of(root, &job.code), period, job, limit);
                    let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                    progress(n, jobs.len(), &outcome);
                    let mut all = results.lock().unwrap_or_else(|e| e.into_inner());
                    all[i] = Some(outcome);
                }
            });
        }
    });
    let all = results.into_inner().unwrap_or_else(|e| e.into_inner());
    all.into_iter().flatten().collect()
}

/// One agency's fetch: only its tags `bao-cao/<period>*` and the commits they point to (no
/// history behind them), forced, so that a tag moved upstream is seen as moved.
fn fetch(store: &Path, period: &str, job: &Job, limit: Duration) -> Outcome {
    let started = Instant::now();
    let ns = namespace(&job.code);
    let pattern = format!("{}{period}*", crate::report::submission::TAG_PREFIX);
    let refspec = format!("+refs/tags/{pattern}:{ns}{pattern}");
    let mut cmd = git::command(store);
    cmd.args([
        "-c",
        "fetch.recurseSubmodules=false",
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        "--depth=1",
        "--end-of-options",
    ])
    .arg(&job.remote)
    .arg(&refspec)
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    // git in a process group of its own, so that its children (ssh, git-remote-http) are
    // stopped with it at the time limit.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let outcome = |status: &str, reason: String| Outcome {
        code: job.code.clone(),
        status: status.to_string(),
        reason,
        millis: started.elapsed().as_millis() as u64,
    };
    if let Err(e) = ensure_store(store) {
        return outcome("failed", e.to_string());
    }
    let before = refs(store, &ns);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return outcome("failed", e.to_string()),
    };
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_string(&mut text);
        }
        text
    });
    let deadline = started + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                stop_group(&child);
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    // A child of git (ssh) may hold the pipe after git is killed: its words are not awaited.
    let words = match status {
        Some(_) => reader.join().unwrap_or_default(),
        None => String::new(),
    };
    if status.is_some_and(|s| s.success()) {
        keep_replaced(store, &job.code, &before, &refs(store, &ns));
    }
    match status {
        Some(s) if s.success() => outcome("fetched", String::new()),
        // A shallow fetch whose pattern matches no tag ends in failure without a word, after
        // the remote has answered: the agency has not submitted, and that is all.
        Some(_) if words.trim().is_empty() => outcome("fetched", String::new()),
        Some(_) => outcome("failed", first_words(&words)),
        None => outcome("timed-out", format!("{}s", limit.as_secs())),
    }
}

/// Stops the process group `child` leads, its children with it. The group's id is the child's
/// own, which stays its own until the child is waited for. Elsewhere than on unix only the child
/// is stopped.
fn stop_group(child: &std::process::Child) {
    #[cfg(unix)]
    {
        let _ = std::process::Command::new("kill")
            .args(["-s", "KILL", "--"])
            .arg(format!("-{}", child.id()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = child;
}

/// The refs under `prefix` in `store` with the objects they name.
fn refs(store: &Path, prefix: &str) -> Vec<(String, String)> {
    let mut cmd = git::command(store);
    cmd.args(["for-each-ref", "--format=%(refname) %(objectname)", prefix]);
    let Ok(out) = git::output(cmd, None, "for-each-ref") else {
        return Vec::new();
    };
    (String::from_utf8_lossy(&out).lines())
        .filter_map(|l| l.split_once(' '))
        .map(|(name, oid)| (name.to_string(), oid.to_string()))
        .collect()
}

/// Where the first version of a tag the agency rewrote after it was collected is kept: a
/// submission tag never moves, so the rewritten one is refused for good, and the one first
/// collected stays to be read.
pub fn replaced_ref(code: &str, tag: &str) -> String {
    format!("refs/agencies/{code}/replaced/{tag}")
}

/// Each tag whose object changed in this fetch: its earlier object kept (only the first).
fn keep_replaced(
    store: &Path,
    code: &str,
    before: &[(String, String)],
    after: &[(String, String)],
) {
    let ns = namespace(code);
    for (name, old) in before {
        let moved = after.iter().any(|(n, new)| n == name && new != old);
        let Some(tag) = name.strip_prefix(&ns) else {
            continue;
        };
        if moved {
            let mut cmd = git::command(store);
            // The empty old value: made only when it does not exist yet.
            cmd.args(["update-ref", &replaced_ref(code, tag), old, ""]);
            let _ = git::output(cmd, None, "update-ref");
        }
    }
}

/// git's message on one line, without `fatal:`.
fn first_words(text: &str) -> String {
    let lines: Vec<&str> = (text.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            ["fatal: ", "error: "]
                .iter()
                .find_map(|p| l.strip_prefix(p))
                .unwrap_or(l)
        })
        .collect();
    lines.join(" ")
}

/// A submission tag collected in the store: its name as the agency made it, the commit it points
/// to, its day and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collected {
    pub tag: String,
    /// The agency rewrote the tag after an earlier collect had it.
    pub rewritten: bool,
    pub commit: String,
    pub tagged: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub message: String,
}

/// The tags of `period` collected for the agency `code`, with their messages, in one call of git.
pub fn collected(root: &Path, code: &str, period: &str) -> Vec<Collected> {
    let store = &store_of(root, code);
    if !store.join("HEAD").exists() {
        return Vec::new();
    }
    let ns = namespace(code);
    let pattern = format!("{ns}{}{period}", crate::report::submission::TAG_PREFIX);
    let mut cmd = git::command(store);
    // Each entry ends with a NUL: a message holds newlines of its own.
    cmd.args([
        "for-each-ref",
        "--format=%(refname)%00%(*objectname)%00%(taggerdate:iso-strict)%00%(contents)%00",
    ])
    .arg(&pattern)
    .arg(format!("{pattern}-*"));
    let Ok(out) = git::output(cmd, None, "for-each-ref") else {
        return Vec::new();
    };
    let replaced = refs(store, &format!("refs/agencies/{code}/replaced/"));
    let text = String::from_utf8_lossy(&out);
    let mut fields = text.split('\0');
    let mut found = Vec::new();
    while let (Some(name), Some(commit), Some(date), Some(message)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    {
        let name = name.trim_start_matches('\n');
        let Some(tag) = name.strip_prefix(&ns) else {
            continue;
        };
        found.push(Collected {
            tag: tag.to_string(),
            rewritten: (replaced.iter()).any(|(r, _)| *r == replaced_ref(code, tag)),
            commit: commit.to_string(),
            tagged: chrono::DateTime::parse_from_rfc3339(date.trim()).ok(),
            message: message.to_string(),
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_words_come_on_one_line() {
        let text = "fatal: '/nowhere' does not appear to be a git repository\nfatal: Could not read from remote repository.\n";
        assert_eq!(
            first_words(text),
            "'/nowhere' does not appear to be a git repository Could not read from remote repository."
        );
    }
}
