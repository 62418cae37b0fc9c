//! The audit trail: commits made with the `git` program, when the register lives in a work tree.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::error::{Error, Result};

/// git in `dir`, as every part of `coi` runs it: it never asks for a password on a terminal
/// the clerk does not see, never pages, and is never redirected to another repository by the
/// environment of whoever started `coi`.
pub fn command(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(dir);
    cmd.env("GIT_TERMINAL_PROMPT", "0").env("GIT_PAGER", "cat");
    for var in [
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_COMMON_DIR",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn git(dir: &Path) -> Command {
    command(dir)
}

/// Runs `cmd` (made by [`command`]) with `input` on its standard input; its standard output, or
/// git's own words when it fails.
pub fn output(mut cmd: Command, input: Option<&[u8]>, action: &str) -> Result<Vec<u8>> {
    use std::io::Write;
    use std::process::Stdio;
    let fail = |detail: String| Error::Git {
        action: action.to_string(),
        detail,
    };
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| fail(e.to_string()))?;
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        // Written on a thread of its own: git may fill its output pipe before it has read all
        // of its input.
        let bytes = bytes.to_vec();
        let writer = std::thread::spawn(move || stdin.write_all(&bytes));
        let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
        writer
            .join()
            .map_err(|_| fail("stdin".into()))?
            .map_err(|e| fail(e.to_string()))?;
        return finished(out, fail);
    }
    let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
    finished(out, fail)
}

fn finished(out: Output, fail: impl Fn(String) -> Error) -> Result<Vec<u8>> {
    if !out.status.success() {
        return Err(fail(String::from_utf8_lossy(&out.stderr).into_owned()));
    }
    Ok(out.stdout)
}

fn run(mut cmd: Command, action: &str) -> Result<Output> {
    let out = cmd.output().map_err(|e| Error::Git {
        action: action.to_string(),
        detail: e.to_string(),
    })?;
    if !out.status.success() {
        return Err(Error::Git {
            action: action.to_string(),
            detail: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    Ok(out)
}

/// Whether `dir` is inside a git work tree (false also when git is not installed, or refuses
/// to open the repository: see [`work_tree`]).
pub fn in_work_tree(dir: &Path) -> bool {
    work_tree(dir) == Ok(true)
}

/// Whether `dir` is inside a git work tree: false when it is in no repository or git cannot be
/// run; git's own words when a repository is there but git refuses to open it (a folder owned
/// by another account: "detected dubious ownership").
pub fn work_tree(dir: &Path) -> std::result::Result<bool, String> {
    let Ok(out) = git(dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
    else {
        return Ok(false);
    };
    if out.status.success() {
        return Ok(out.stdout.starts_with(b"true"));
    }
    match looks_like_repository(dir) {
        true => Err(String::from_utf8_lossy(&out.stderr).trim().to_string()),
        false => Ok(false),
    }
}

/// Takes `path` (relative to `dir`) out of the index again, as HEAD has it: after a commit that
/// failed, nothing of the change stays staged. Best effort: git may be what failed.
pub fn unstage(dir: &Path, path: &Path) {
    let _ = git(dir).args(["reset", "--quiet", "--"]).arg(path).output();
}

/// Whether the repository has a remote (`git remote` names one).
pub fn has_remote(dir: &Path) -> bool {
    git(dir)
        .arg("remote")
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty())
}

/// Whether a merge is under way: a commit of one file cannot be made then.
pub fn merge_in_progress(dir: &Path) -> bool {
    git(dir)
        .args(["rev-parse", "-q", "--verify", "MERGE_HEAD"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether the git program can be run at all.
pub fn available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether `dir` or a folder above it holds a `.git`, whether or not git can be run.
pub fn looks_like_repository(dir: &Path) -> bool {
    let Ok(dir) = std::fs::canonicalize(dir) else {
        return false;
    };
    dir.ancestors().any(|d| d.join(".git").exists())
}

pub fn init(dir: &Path) -> Result<()> {
    let mut cmd = git(dir);
    cmd.args(["init", "--quiet"]);
    run(cmd, "init").map(drop)
}

/// The names of the repository's tags that match `pattern` (`bao-cao/*`), in one call of git;
/// none when `dir` is in no repository or git cannot be run.
pub fn tags(dir: &Path, pattern: &str) -> Vec<String> {
    tag_list(dir, &["tag", "--list", pattern])
}

/// The tags a `git tag --list …` call names; none when it cannot run.
fn tag_list(dir: &Path, args: &[&str]) -> Vec<String> {
    let Ok(out) = git(dir).args(args).output() else {
        return Vec::new();
    };
    if !out.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The commit a revision names (`HEAD~2`, a tag, a hash), or `None` when it names none. The
/// revision is never read as an option.
pub fn commit_of(dir: &Path, rev: &str) -> Result<Option<String>> {
    let mut cmd = git(dir);
    cmd.args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}"));
    let out = cmd.output().map_err(|e| Error::Git {
        action: "rev-parse".into(),
        detail: e.to_string(),
    })?;
    let hash = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok((out.status.success() && !hash.is_empty()).then_some(hash))
}

/// The last commit, following first parents from HEAD, whose committer date is not after
/// `until` (`2026-03-14 23:59:59 +0700`), if any.
pub fn last_commit_until(dir: &Path, until: &str) -> Result<Option<String>> {
    let mut cmd = git(dir);
    cmd.args(["rev-list", "--first-parent", "--max-count=1"])
        .arg(format!("--before={until}"))
        .arg("HEAD");
    let out = run(cmd, "rev-list")?;
    let hash = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok((!hash.is_empty()).then_some(hash))
}

/// Writes the folder `dir` as it stood at `commit` into `into` (which must not exist yet),
/// through an index of its own: the work tree, the index and HEAD are not touched. False when
/// the folder did not exist at that commit.
pub fn export(dir: &Path, commit: &str, into: &Path) -> Result<bool> {
    let mut prefix = git(dir);
    prefix.args(["rev-parse", "--show-prefix"]);
    let prefix = String::from_utf8_lossy(&run(prefix, "rev-parse")?.stdout)
        .trim()
        .to_string();
    let tree = format!("{commit}:{prefix}");
    let mut exists = git(dir);
    exists.args(["cat-file", "-e", &tree]);
    if !exists.output().is_ok_and(|o| o.status.success()) {
        return Ok(false);
    }
    let index = into.with_extension("index");
    let mut read = git(dir);
    read.env("GIT_INDEX_FILE", &index)
        .args(["read-tree", &tree]);
    run(read, "read-tree")?;
    let mut checkout = git(dir);
    let mut target = into.as_os_str().to_owned();
    target.push("/");
    checkout
        .env("GIT_INDEX_FILE", &index)
        .args(["checkout-index", "--all", "--force"])
        .arg(format!("--prefix={}", target.to_string_lossy()));
    run(checkout, "checkout-index")?;
    Ok(true)
}

/// When an annotated tag was made (its tagger's date); `None` for anything else.
pub fn tag_date(dir: &Path, rev: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let mut cmd = git(dir);
    cmd.args(["for-each-ref", "--format=%(taggerdate:iso-strict)"])
        .arg(format!("refs/tags/{rev}"));
    let out = cmd.output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    chrono::DateTime::parse_from_rfc3339(text.trim()).ok()
}

/// A commit's committer date.
pub fn commit_date(dir: &Path, commit: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let mut cmd = git(dir);
    cmd.args(["log", "-1", "--format=%cI", commit]);
    let out = cmd.output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    chrono::DateTime::parse_from_rfc3339(text.trim()).ok()
}

/// The committer date of the last commit, from `rev` back, that changed one of `paths`
/// (relative to `dir`).
pub fn last_change(
    dir: &Path,
    rev: &str,
    paths: &[&str],
) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let mut cmd = git(dir);
    cmd.args(["log", "-1", "--format=%cI", "--end-of-options", rev, "--"])
        .args(paths);
    let out = cmd.output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    chrono::DateTime::parse_from_rfc3339(text.trim()).ok()
}

/// The tags matching `pattern` that are reachable from `commit`.
pub fn tags_reachable(dir: &Path, pattern: &str, commit: &str) -> Vec<String> {
    tag_list(dir, &["tag", "--list", pattern, "--merged", commit])
}

/// The message of an annotated tag.
pub fn tag_message(dir: &Path, tag: &str) -> Result<String> {
    let mut cmd = git(dir);
    cmd.args([
        "tag",
        "--list",
        "--format=%(contents)",
        "--end-of-options",
        tag,
    ]);
    Ok(String::from_utf8_lossy(&run(cmd, "tag")?.stdout).into_owned())
}

/// Makes the annotated tag `name` on HEAD with `message`, `actor` as the tagger.
pub fn tag_annotated(dir: &Path, name: &str, message: &str, who: &Identity) -> Result<()> {
    let mut cmd = git(dir);
    identify(&mut cmd, dir, who);
    cmd.args([
        "tag",
        "--annotate",
        "--file=-",
        "--end-of-options",
        name,
        "HEAD",
    ]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let spawn = |e: std::io::Error| Error::Git {
        action: "tag".into(),
        detail: e.to_string(),
    };
    let mut child = cmd.spawn().map_err(spawn)?;
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin.write_all(message.as_bytes()).map_err(spawn)?;
    }
    let out = child.wait_with_output().map_err(spawn)?;
    if !out.status.success() {
        return Err(Error::Git {
            action: "tag".into(),
            detail: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    Ok(())
}

/// The files under `dir` (relative to it) that differ between `rev` and the working tree,
/// uncommitted changes included.
pub fn changed_since(dir: &Path, rev: &str) -> Result<Vec<PathBuf>> {
    let mut cmd = git(dir);
    cmd.args([
        "diff",
        "--name-only",
        "--relative",
        "--no-renames",
        rev,
        "--",
        ".",
    ]);
    let out = run(cmd, "diff")?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(PathBuf::from)
        .collect())
}

/// The files with changes not yet committed (untracked ones included) among `paths`
/// (relative to `dir`), relative to `dir` too. Read only: `status` and `check` ask, and must not
/// take the index's lock from a git run beside them.
pub fn uncommitted(dir: &Path, paths: &[&str]) -> Result<Vec<String>> {
    let mut prefix = git(dir);
    prefix.args(["rev-parse", "--show-prefix"]);
    let prefix = String::from_utf8_lossy(&run(prefix, "rev-parse")?.stdout)
        .trim_end_matches('\n')
        .to_string();
    let mut cmd = git(dir);
    cmd.args([
        "--no-optional-locks",
        "status",
        "--porcelain",
        "-z",
        "--no-renames",
        "--untracked-files=all",
        "--",
    ])
    .args(paths);
    let out = run(cmd, "status")?;
    // `XY path`, each ended by NUL, the path from the top of the repository.
    Ok(out
        .stdout
        .split(|&b| b == 0)
        .filter_map(|entry| entry.get(3..))
        .map(|path| String::from_utf8_lossy(path).into_owned())
        .map(|path| match path.strip_prefix(&prefix) {
            Some(rel) => rel.to_string(),
            None => path,
        })
        .collect())
}

/// A file (relative to `dir`) as it was at `rev`, or `None` when it did not exist then.
pub fn file_at(dir: &Path, rev: &str, rel: &Path) -> Option<Vec<u8>> {
    let spec = format!("{rev}:./{}", rel.to_string_lossy().replace('\\', "/"));
    let out = git(dir).args(["show", &spec]).output().ok()?;
    out.status.success().then_some(out.stdout)
}

/// git's configured user name, if any.
pub fn user_name(dir: &Path) -> Option<String> {
    config_value(dir, "user.name")
}

/// git's configured email, if any.
pub fn user_email(dir: &Path) -> Option<String> {
    config_value(dir, "user.email")
}

pub fn config_value(dir: &Path, key: &str) -> Option<String> {
    let out = git(dir).args(["config", key]).output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !v.is_empty()).then_some(v)
}

/// An attribute git gives a file that is not `coi`'s own: `merge`, `working-tree-encoding`
/// or `filter` with the value git reports (`set`, `unset` or the value given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub path: PathBuf,
    pub name: String,
    pub value: String,
}

impl Attribute {
    /// As `.gitattributes` spells it: `filter=lfs`, `merge` (set), `-merge` (unset).
    pub fn spelled(&self) -> String {
        match self.value.as_str() {
            "set" => self.name.clone(),
            "unset" => format!("-{}", self.name),
            value => format!("{}={value}", self.name),
        }
    }
}

/// The attributes git would apply to `paths` (relative to `dir`) that change how a record file
/// is merged or what reaches the disk: a merge driver other than `driver`, any
/// `working-tree-encoding`, any `filter`, whichever `.gitattributes` or configuration set them.
/// One call of `git check-attr`; none when `dir` is in no repository or git cannot be run.
pub fn foreign_attributes(dir: &Path, paths: &[PathBuf], driver: &str) -> Result<Vec<Attribute>> {
    use std::io::Write;
    if paths.is_empty() || !in_work_tree(dir) {
        return Ok(Vec::new());
    }
    let mut cmd = git(dir);
    cmd.args([
        "check-attr",
        "-z",
        "--stdin",
        "merge",
        "working-tree-encoding",
        "filter",
    ]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let failed = |e: std::io::Error| Error::Git {
        action: "check-attr".into(),
        detail: e.to_string(),
    };
    let mut child = cmd.spawn().map_err(failed)?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut input = Vec::new();
    for path in paths {
        input.extend_from_slice(path.to_string_lossy().replace('\\', "/").as_bytes());
        input.push(0);
    }
    // Written from a thread of its own: git answers while it reads, and a full pipe either way
    // would stop both.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(failed)?;
    writer
        .join()
        .expect("the writer does not panic")
        .map_err(failed)?;
    if !out.status.success() {
        return Err(Error::Git {
            action: "check-attr".into(),
            detail: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split('\0');
    let mut found = Vec::new();
    while let (Some(path), Some(name), Some(value)) = (parts.next(), parts.next(), parts.next()) {
        let foreign = match name {
            "merge" => value != "unspecified" && value != driver,
            _ => value != "unspecified" && value != "unset",
        };
        if foreign {
            found.push(Attribute {
                path: PathBuf::from(path),
                name: name.to_string(),
                value: value.to_string(),
            });
        }
    }
    Ok(found)
}

/// Who a commit is by, as `coi` resolved it; the email may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    pub email: String,
    /// The commit's date when the clock is fixed (`COI_NOW`); else git's clock.
    pub at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl Identity {
    /// Dates what `cmd` commits: `at`, unless the environment already gives git a date.
    pub fn date(&self, cmd: &mut Command) {
        let given = ["GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"]
            .iter()
            .any(|v| std::env::var_os(v).is_some());
        if let Some(at) = self.at.filter(|_| !given) {
            let at = at.to_rfc3339();
            cmd.env("GIT_AUTHOR_DATE", &at)
                .env("GIT_COMMITTER_DATE", &at);
        }
    }
}

/// Gives git the identity it lacks, so that a machine with no git set-up (a scheduled job, a
/// new clerk's computer) still commits, as the person who acted, instead of stopping.
fn identify(cmd: &mut Command, dir: &Path, who: &Identity) {
    who.date(cmd);
    if user_name(dir).is_none() {
        cmd.arg("-c").arg(format!("user.name={}", who.name));
    }
    if user_email(dir).is_none() {
        cmd.arg("-c").arg(format!("user.email={}", who.email));
    }
}

/// Commits exactly `paths` (relative to `dir`), with `who` as the author: other changes in the
/// work tree are left alone.
pub fn commit(dir: &Path, paths: &[PathBuf], message: &str, who: &Identity) -> Result<()> {
    let mut add = git(dir);
    add.arg("add").arg("--").args(paths);
    run(add, "add")?;
    let mut commit = git(dir);
    identify(&mut commit, dir, who);
    commit
        .args(["commit", "--quiet", "-m", message])
        .arg(format!("--author={} <{}>", who.name, who.email))
        .arg("--")
        .args(paths);
    run(commit, "commit").map(drop)
}

/// One commit that touched a file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Commit {
    pub hash: String,
    pub at: String,
    pub author: String,
    pub subject: String,
}

/// The commits that touched any of `paths` (relative to `dir`: a record's file and the files
/// of its provisional IDs), oldest first. Renames are not guessed by git: its guess would take
/// one record for another (records of a kind look much alike).
pub fn file_log(dir: &Path, paths: &[PathBuf]) -> Result<Vec<Commit>> {
    let mut cmd = git(dir);
    cmd.args([
        "log",
        "--reverse",
        "--date=format:%d/%m/%Y %H:%M",
        "--format=%h%x1f%ad%x1f%an%x1f%s",
        "--",
    ])
    .args(paths);
    let out = run(cmd, "log")?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\x1f');
            Some(Commit {
                hash: parts.next()?.to_string(),
                at: parts.next()?.to_string(),
                author: parts.next()?.to_string(),
                subject: parts.next()?.to_string(),
            })
        })
        .collect())
}
