//! The register's repository as the sync procedure sees it: trees, blobs and refs, through the
//! one way `coi` runs git ([`crate::register::git::command`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::{Error, Result};
use crate::model::{Kind, RecordId};
use crate::register::git::{self, Identity};

use super::stop::Stop;

/// git in the register's folder, with the identity `coi` commits as.
pub struct Repo {
    pub(super) dir: PathBuf,
    pub(super) who: Identity,
    /// The register's folder inside the repository (`""` at its top, else `so/`).
    pub(super) prefix: String,
}

/// The shared remote and the branch the clone syncs with.
#[derive(Debug, Clone)]
pub struct Remote {
    pub name: String,
    pub url: String,
    pub branch: String,
    pub remote_branch: String,
}

impl Remote {
    pub(super) fn tracking(&self) -> String {
        format!("refs/remotes/{}/{}", self.name, self.remote_branch)
    }
}

/// One record that changed in a range of commits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Touched {
    pub id: RecordId,
    pub new: bool,
}

/// Where the clone stands beside its remote, from the last fetch: no call to the network.
#[derive(Debug, serde::Serialize)]
pub struct Standing {
    pub remote: String,
    /// Whether the remote was ever fetched; the counts below are from the last fetch.
    pub fetched: bool,
    /// Local commits the remote does not have.
    pub ahead: usize,
    /// The remote's commits not taken in here.
    pub behind: usize,
    /// Record files changed and not committed.
    pub uncommitted: usize,
    /// Records with a provisional ID: made here and not yet published (counted by the caller,
    /// who has read the records).
    pub provisional: usize,
    /// A sync stopped half-way that the next command finishes.
    pub unfinished: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub mode: String,
    pub sha: String,
}

/// A commit's files under the register's folder, by their path in the repository.
pub(super) type Tree = BTreeMap<String, Entry>;

impl Repo {
    pub fn open(dir: &Path, who: Identity) -> Result<Repo> {
        let mut repo = Repo {
            dir: dir.to_path_buf(),
            who,
            prefix: String::new(),
        };
        repo.prefix = repo
            .text(&["rev-parse", "--show-prefix"])?
            .trim()
            .to_string();
        Ok(repo)
    }

    pub(super) fn git(&self) -> Command {
        git::command(&self.dir)
    }

    pub(super) fn output(&self, cmd: Command, input: Option<&[u8]>, what: &str) -> Result<Vec<u8>> {
        git::output(cmd, input, what)
    }

    pub(super) fn bytes(&self, args: &[&str]) -> Result<Vec<u8>> {
        let mut cmd = self.git();
        cmd.args(args);
        self.output(cmd, None, args[0])
    }

    pub(super) fn text(&self, args: &[&str]) -> Result<String> {
        Ok(String::from_utf8_lossy(&self.bytes(args)?).into_owned())
    }

    pub(super) fn succeeds(&self, args: &[&str]) -> bool {
        self.git()
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    pub(super) fn config(&self, key: &str) -> Option<String> {
        git::config_value(&self.dir, key)
    }

    /// The commit a revision names, if any.
    pub(super) fn commit(&self, rev: &str) -> Option<String> {
        git::commit_of(&self.dir, rev).ok().flatten()
    }

    /// A path of the repository's own folder (`.git/…`), as git names it.
    pub(super) fn git_path(&self, name: &str) -> Result<PathBuf> {
        let path = self.text(&["rev-parse", "--git-path", name])?;
        Ok(self.dir.join(path.trim()))
    }

    /// The remote the current branch syncs with: its upstream, else `origin`, else the only one.
    pub fn remote(&self) -> std::result::Result<Remote, Stop> {
        let branch = self
            .text(&["symbolic-ref", "--quiet", "--short", "HEAD"])
            .map_err(|_| Stop::Detached)?
            .trim()
            .to_string();
        let remotes: Vec<String> = self
            .text(&["remote"])
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect();
        let configured = self.config(&format!("branch.{branch}.remote"));
        let name = configured
            .filter(|r| remotes.contains(r))
            .or_else(|| remotes.iter().find(|r| *r == "origin").cloned())
            .or_else(|| (remotes.len() == 1).then(|| remotes[0].clone()))
            .ok_or(Stop::NoRemote)?;
        let remote_branch = self
            .config(&format!("branch.{branch}.merge"))
            .and_then(|m| m.strip_prefix("refs/heads/").map(str::to_string))
            .unwrap_or_else(|| branch.clone());
        let url = self
            .config(&format!("remote.{name}.url"))
            .unwrap_or_default();
        Ok(Remote {
            name,
            url,
            branch,
            remote_branch,
        })
    }

    /// Where the clone stands beside its remote; `None` without a remote. `provisional` is left
    /// at 0 for the caller to count, and `unfinished` false for the caller to read the journal.
    pub fn standing(&self) -> Option<Standing> {
        let remote = self.remote().ok()?;
        let uncommitted = self.uncommitted_records().map_or(0, |f| f.len());
        let range = format!("HEAD...{}", remote.tracking());
        let counts = self.commit(&remote.tracking()).and_then(|_| {
            self.text(&["rev-list", "--left-right", "--count", &range])
                .ok()
        });
        let mut n = counts
            .iter()
            .flat_map(|c| c.split_whitespace())
            .map(|c| c.parse().unwrap_or(0));
        Some(Standing {
            remote: remote.name,
            fetched: counts.is_some(),
            ahead: n.next().unwrap_or(0),
            behind: n.next().unwrap_or(0),
            uncommitted,
            provisional: 0,
            unfinished: false,
        })
    }

    /// Whether a merge, rebase or cherry-pick is under way.
    pub fn operation_in_progress(&self) -> bool {
        ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD"]
            .iter()
            .any(|r| self.succeeds(&["rev-parse", "-q", "--verify", r]))
            || ["rebase-merge", "rebase-apply"].iter().any(|d| {
                self.text(&["rev-parse", "--git-path", d])
                    .is_ok_and(|p| self.dir.join(p.trim()).exists())
            })
    }

    /// The record files (relative to the register) with changes not committed.
    pub fn uncommitted_records(&self) -> Result<Vec<String>> {
        git::uncommitted(&self.dir, &Kind::ALL.map(|k| k.folder()))
    }

    /// Every file of a commit's tree, under the register's folder.
    pub(super) fn tree(&self, rev: &str) -> Result<Tree> {
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", rev];
        if !self.prefix.is_empty() {
            args.extend(["--", &self.prefix]);
        }
        let out = self.bytes(&args)?;
        let mut tree = Tree::new();
        for item in out.split(|&b| b == 0).filter(|i| !i.is_empty()) {
            let item = String::from_utf8_lossy(item);
            let Some((meta, path)) = item.split_once('\t') else {
                continue;
            };
            let mut meta = meta.split(' ');
            let (Some(mode), Some(_), Some(sha)) = (meta.next(), meta.next(), meta.next()) else {
                continue;
            };
            tree.insert(
                path.to_string(),
                Entry {
                    mode: mode.to_string(),
                    sha: sha.to_string(),
                },
            );
        }
        Ok(tree)
    }

    pub(super) fn blob(&self, sha: &str) -> Result<Vec<u8>> {
        self.bytes(&["cat-file", "blob", sha])
    }

    /// The name git gives `bytes`, without storing them.
    pub(super) fn hash(&self, bytes: &[u8]) -> Result<String> {
        let mut cmd = self.git();
        cmd.args(["hash-object", "--stdin"]);
        let out = self.output(cmd, Some(bytes), "hash-object")?;
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }

    pub(super) fn write_blob(&self, bytes: &[u8]) -> Result<String> {
        let mut cmd = self.git();
        cmd.args(["hash-object", "-w", "--stdin"]);
        let out = self.output(cmd, Some(bytes), "hash-object")?;
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }

    /// The record a path of the repository holds, when it is one.
    pub(super) fn record_at(&self, path: &str) -> Option<RecordId> {
        let rel = path.strip_prefix(&self.prefix)?;
        let mut parts = rel.split('/');
        let (Some(folder), Some(year), Some(file), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let id: RecordId = file.strip_suffix(".yaml")?.parse().ok()?;
        (Kind::from_folder(folder) == Some(id.kind) && year == id.year.to_string()).then_some(id)
    }

    pub(super) fn path_of(&self, id: RecordId) -> String {
        let rel = id.relative_path();
        format!(
            "{}{}",
            self.prefix,
            rel.to_string_lossy().replace('\\', "/")
        )
    }

    /// A path of the repository as a path of the work tree.
    pub(super) fn in_work_tree(&self, path: &str) -> Option<PathBuf> {
        let rel = path.strip_prefix(&self.prefix)?;
        Some(self.dir.join(rel))
    }

    /// The records a range of commits added or changed, and how many commits it holds.
    pub(super) fn touched(&self, from: Option<&str>, to: &str) -> Result<(Vec<Touched>, usize)> {
        let Some(from) = from else {
            let all = self.tree(to)?;
            let ids = all.keys().filter_map(|p| self.record_at(p));
            let count = self.text(&["rev-list", "--count", to])?;
            let touched = ids.map(|id| Touched { id, new: true }).collect();
            return Ok((touched, count.trim().parse().unwrap_or(0)));
        };
        if from == to {
            return Ok((Vec::new(), 0));
        }
        let mut touched = BTreeSet::new();
        for (status, path) in self.changes(from, to)? {
            if let Some(id) = self.record_at(&path) {
                touched.insert(Touched {
                    id,
                    new: status == "A",
                });
            }
        }
        let range = format!("{from}..{to}");
        let count = self.text(&["rev-list", "--count", &range])?;
        Ok((
            touched.into_iter().collect(),
            count.trim().parse().unwrap_or(0),
        ))
    }

    /// The files that differ between two commits, under the register's folder, with git's
    /// letter for each (`A`, `M`, `D`).
    pub(super) fn changes(&self, from: &str, to: &str) -> Result<Vec<(String, String)>> {
        let mut args = vec![
            "diff-tree",
            "-r",
            "-z",
            "--no-renames",
            "--name-status",
            from,
            to,
        ];
        if !self.prefix.is_empty() {
            args.extend(["--", &self.prefix]);
        }
        let out = self.bytes(&args)?;
        let mut parts = out.split(|&b| b == 0).filter(|p| !p.is_empty());
        let mut changes = Vec::new();
        while let (Some(status), Some(path)) = (parts.next(), parts.next()) {
            changes.push((
                String::from_utf8_lossy(status).into_owned(),
                String::from_utf8_lossy(path).into_owned(),
            ));
        }
        Ok(changes)
    }

    pub(super) fn merge_base(&self, a: &str, b: &str) -> Option<String> {
        let out = self.text(&["merge-base", a, b]).ok()?;
        let out = out.trim().to_string();
        (!out.is_empty()).then_some(out)
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors.
    pub(super) fn contains(&self, descendant: &str, ancestor: &str) -> bool {
        self.succeeds(&["merge-base", "--is-ancestor", ancestor, descendant])
    }

    /// `git pull` and `git status` know the remote branch from now on.
    pub(super) fn track(&self, remote: &Remote) {
        let key = format!("branch.{}.remote", remote.branch);
        let _ = self.bytes(&["config", &key, &remote.name]);
        let key = format!("branch.{}.merge", remote.branch);
        let _ = self.bytes(&[
            "config",
            &key,
            &format!("refs/heads/{}", remote.remote_branch),
        ]);
    }

    /// Makes a commit of `tree` on `parent` with `message`; the author is `author` (name,
    /// email, raw date) when the commit replays another, else the clerk.
    pub(super) fn commit_tree(
        &self,
        tree: &str,
        parent: &str,
        message: &str,
        author: Option<(&str, &str, &str)>,
    ) -> Result<String> {
        let mut cmd = self.git();
        cmd.args(["commit-tree", tree, "-p", parent, "-F", "-"]);
        let who = &self.who;
        who.date(&mut cmd);
        cmd.env("GIT_COMMITTER_NAME", &who.name)
            .env("GIT_COMMITTER_EMAIL", &who.email);
        match author {
            Some((name, email, date)) => {
                cmd.env("GIT_AUTHOR_NAME", name)
                    .env("GIT_AUTHOR_EMAIL", email)
                    .env("GIT_AUTHOR_DATE", date);
            }
            None => {
                cmd.env("GIT_AUTHOR_NAME", &who.name)
                    .env("GIT_AUTHOR_EMAIL", &who.email);
            }
        }
        let new = self.output(cmd, Some(format!("{message}\n").as_bytes()), "commit-tree")?;
        Ok(String::from_utf8_lossy(&new).trim().to_string())
    }
}

/// The error git gave, as the words of a [`Stop`].
pub(super) fn detail(e: Error) -> String {
    match e {
        Error::Git { detail, .. } => detail,
        other => other.to_string(),
    }
}
