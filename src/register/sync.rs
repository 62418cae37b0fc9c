//! Many clones of one register: the work behind `coi sync`, with git's plumbing.
//!
//! The local commits that the shared remote does not have are replayed on top of the remote's
//! branch, as `git rebase` would, but by `coi` itself, so that record IDs taken on both sides
//! are settled first: each local record that is not yet published and whose number was taken
//! on the remote gets the next free number, in every commit that touches it, in the files that
//! name it and in the commit messages. A record both sides changed is merged field by field
//! ([`crate::rules::merge`]). Trees are built in an index of `coi`'s own; the branch and the work
//! tree move only once everything is built (`git reset --keep`), and the push comes last. A
//! sync stopped at any point leaves the clone as it was or wholly replayed, and the next sync
//! carries on from there.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::model::{Conflict, Kind, RecordId};
use crate::rules::merge::{Unmergeable, merge_record};

use super::git::Identity;

/// How the commit that renumbers records begins (`sync: renumber XDLI-2026-001 → …`), for
/// `log` to say it in the clerk's words.
pub const RENUMBER_SUBJECT: &str = "sync: renumber ";
/// The merge driver's name in `.gitattributes` and git's configuration.
pub const DRIVER: &str = "coi-record";
/// The namespace the remote's submission tags are fetched into, apart from the local tags.
const REMOTE_TAGS: &str = "refs/coi/remote-tags/";
const TAG_PATTERN: &str = "bao-cao/";

/// git in the register's folder, with the identity `coi` commits as.
pub struct Repo {
    dir: PathBuf,
    who: Identity,
    /// The register's folder inside the repository (`""` at its top, else `so/`).
    prefix: String,
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
    fn tracking(&self) -> String {
        format!("refs/remotes/{}/{}", self.name, self.remote_branch)
    }
}

/// One record that changed in a range of commits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Touched {
    pub id: RecordId,
    pub new: bool,
}

/// What one sync did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub came_in: Vec<Touched>,
    pub commits_in: usize,
    pub went_out: Vec<Touched>,
    pub commits_out: usize,
    /// Old ID, new ID.
    pub renumbered: Vec<(RecordId, RecordId)>,
    pub conflicts: Vec<(RecordId, Conflict)>,
    /// Old tag name, new tag name.
    pub tags_renamed: Vec<(String, String)>,
    pub tags_in: Vec<String>,
    pub tags_out: Vec<String>,
    /// How many pushes were refused because someone pushed first.
    pub retries: usize,
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
}

/// What stops a sync before it changes anything.
#[derive(Debug)]
pub enum Stop {
    NoRemote,
    Detached,
    Unreachable {
        detail: String,
    },
    /// The clone and the remote share no commit: the clone was not made from the remote.
    Unrelated,
    /// A file other than a record that both sides changed in ways git cannot join.
    CannotReplay {
        file: String,
    },
    /// The work tree has changes in files the replay must update.
    WorkTreeInTheWay {
        detail: String,
    },
    /// The remote refused the push for a reason other than a race (its rules, its disk).
    PushRefused {
        detail: String,
    },
    /// Someone kept pushing first.
    TooManyRaces,
}

#[derive(Debug, Clone)]
struct Entry {
    mode: String,
    sha: String,
}

type Tree = BTreeMap<String, Entry>;

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

    fn git(&self) -> Command {
        let mut cmd = Command::new("git");
        cmd.arg("-C").arg(&self.dir);
        // Never ask for a password on a terminal the clerk does not see; never page.
        cmd.env("GIT_TERMINAL_PROMPT", "0").env("GIT_PAGER", "cat");
        cmd
    }

    fn output(&self, mut cmd: Command, input: Option<&[u8]>, what: &str) -> Result<Vec<u8>> {
        let fail = |detail: String| Error::Git {
            action: what.to_string(),
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
            stdin.write_all(bytes).map_err(|e| fail(e.to_string()))?;
        }
        let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
        if !out.status.success() {
            return Err(fail(String::from_utf8_lossy(&out.stderr).into_owned()));
        }
        Ok(out.stdout)
    }

    fn bytes(&self, args: &[&str]) -> Result<Vec<u8>> {
        let mut cmd = self.git();
        cmd.args(args);
        self.output(cmd, None, args[0])
    }

    fn text(&self, args: &[&str]) -> Result<String> {
        Ok(String::from_utf8_lossy(&self.bytes(args)?).into_owned())
    }

    fn succeeds(&self, args: &[&str]) -> bool {
        self.git()
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    fn config(&self, key: &str) -> Option<String> {
        super::git::config_value(&self.dir, key)
    }

    /// The commit a revision names, if any.
    fn commit(&self, rev: &str) -> Option<String> {
        super::git::commit_of(&self.dir, rev).ok().flatten()
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

    /// Where the clone stands beside its remote; `None` without a remote.
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
        super::git::uncommitted(&self.dir, &Kind::ALL.map(|k| k.folder()))
    }

    /// Tells git how to merge record files: `.gitattributes` in the register (committed when it
    /// changes) and the driver in the repository's configuration, with the running program's
    /// absolute path, so that git finds it whatever PATH it is run with.
    pub fn register_driver(&self, exe: &Path, message: &str) -> Result<()> {
        self.configure_driver(exe)?;
        if write_attributes(&self.dir)? {
            let path = PathBuf::from(ATTRIBUTES);
            super::git::commit(&self.dir, &[path], message, &self.who)?;
        }
        Ok(())
    }

    /// The driver in the repository's configuration only.
    pub fn configure_driver(&self, exe: &Path) -> Result<()> {
        let name = format!("merge.{DRIVER}.name");
        self.bytes(&["config", &name, "coi: hồ sơ của sổ"])?;
        let driver = format!("merge.{DRIVER}.driver");
        let command = format!("{} merge-record %O %A %B %P", shell_quoted(exe));
        self.bytes(&["config", &driver, &command])?;
        Ok(())
    }

    /// Fetches the remote's branch and submission tags.
    fn fetch(&self, remote: &Remote) -> std::result::Result<(), Stop> {
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
                self.output(cmd, None, "fetch")
                    .map(drop)
                    .map_err(unreachable)
            }
            Err(e) => Err(unreachable(e)),
        }
    }

    /// Every file of a commit's tree, under the register's folder.
    fn tree(&self, rev: &str) -> Result<Tree> {
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

    fn blob(&self, sha: &str) -> Result<Vec<u8>> {
        self.bytes(&["cat-file", "blob", sha])
    }

    fn write_blob(&self, bytes: &[u8]) -> Result<String> {
        let mut cmd = self.git();
        cmd.args(["hash-object", "-w", "--stdin"]);
        let out = self.output(cmd, Some(bytes), "hash-object")?;
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }

    /// The record a path of the repository holds, when it is one.
    fn record_at(&self, path: &str) -> Option<RecordId> {
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

    fn path_of(&self, id: RecordId) -> String {
        let rel = id.relative_path();
        format!(
            "{}{}",
            self.prefix,
            rel.to_string_lossy().replace('\\', "/")
        )
    }

    /// The records a range of commits added or changed, and how many commits it holds.
    fn touched(&self, from: Option<&str>, to: &str) -> Result<(Vec<Touched>, usize)> {
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
        let out = self.bytes(&[
            "diff-tree",
            "-r",
            "-z",
            "--no-renames",
            "--name-status",
            from,
            to,
        ])?;
        let mut parts = out.split(|&b| b == 0).filter(|p| !p.is_empty());
        let mut touched = BTreeSet::new();
        while let (Some(status), Some(path)) = (parts.next(), parts.next()) {
            if let Some(id) = self.record_at(&String::from_utf8_lossy(path)) {
                touched.insert(Touched {
                    id,
                    new: status == b"A",
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

    /// The whole sync: fetch, replay, push, again while someone pushes first.
    pub fn sync(
        &self,
        remote: &Remote,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<std::result::Result<Outcome, Stop>> {
        const ATTEMPTS: usize = 5;
        let start = self.commit("HEAD");
        let mut outcome = Outcome::default();
        for _ in 0..ATTEMPTS {
            if let Err(stop) = self.fetch(remote) {
                return Ok(Err(stop));
            }
            let upstream = self.commit(&remote.tracking());
            let head = self.commit("HEAD");
            let replayed = match (&upstream, &head) {
                (Some(up), Some(head)) => match self.replay(up, head, now)? {
                    Ok(r) => r,
                    Err(stop) => return Ok(Err(stop)),
                },
                _ => Replayed::unchanged(head.clone().or(upstream.clone())),
            };
            if replayed.tip != head
                && let Some(tip) = &replayed.tip
            {
                let mut cmd = self.git();
                cmd.args(["reset", "--quiet", "--keep", tip]);
                if let Err(Error::Git { detail, .. }) = self.output(cmd, None, "reset") {
                    return Ok(Err(Stop::WorkTreeInTheWay { detail }));
                }
            }
            compose(&mut outcome.renumbered, &replayed.renumbered);
            outcome.conflicts.extend(replayed.conflicts);
            let tags = self.settle_tags(&replayed.commits, &mut outcome)?;
            match self.push(remote, replayed.tip.as_deref(), upstream.as_deref(), &tags)? {
                Pushed::Done => {
                    outcome.tags_out = tags;
                    let tip = replayed.tip.clone();
                    let (came, n_in) = match (&start, &upstream) {
                        (_, None) => (Vec::new(), 0),
                        (Some(start), Some(up)) => {
                            let base = self.merge_base(start, up);
                            self.touched(base.as_deref(), up)?
                        }
                        (None, Some(up)) => self.touched(None, up)?,
                    };
                    let (out, n_out) = match &tip {
                        Some(tip) => self.touched(upstream.as_deref(), tip)?,
                        None => (Vec::new(), 0),
                    };
                    outcome.came_in = came;
                    outcome.commits_in = n_in;
                    outcome.went_out = out;
                    outcome.commits_out = n_out;
                    self.track(remote);
                    return Ok(Ok(outcome));
                }
                Pushed::Raced => outcome.retries += 1,
                Pushed::Failed(detail) => {
                    // A push refused while someone else's went in first is a race too, however
                    // the remote words it; anything else is the remote saying no.
                    let moved =
                        self.fetch(remote).is_ok() && self.commit(&remote.tracking()) != upstream;
                    if !moved {
                        return Ok(Err(Stop::PushRefused { detail }));
                    }
                    outcome.retries += 1;
                }
            }
        }
        Ok(Err(Stop::TooManyRaces))
    }

    fn merge_base(&self, a: &str, b: &str) -> Option<String> {
        let out = self.text(&["merge-base", a, b]).ok()?;
        let out = out.trim().to_string();
        (!out.is_empty()).then_some(out)
    }

    /// `git pull` and `git status` know the remote branch from now on.
    fn track(&self, remote: &Remote) {
        let key = format!("branch.{}.remote", remote.branch);
        let _ = self.bytes(&["config", &key, &remote.name]);
        let key = format!("branch.{}.merge", remote.branch);
        let _ = self.bytes(&[
            "config",
            &key,
            &format!("refs/heads/{}", remote.remote_branch),
        ]);
    }

    /// The local commits the remote lacks, replayed on the remote's branch.
    fn replay(
        &self,
        upstream: &str,
        head: &str,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<std::result::Result<Replayed, Stop>> {
        let Some(base) = self.merge_base(upstream, head) else {
            return Ok(Err(Stop::Unrelated));
        };
        if base == head {
            // Nothing of ours to send: take the remote's.
            return Ok(Ok(Replayed::unchanged(Some(upstream.to_string()))));
        }
        let range = format!("{upstream}..{head}");
        let commits: Vec<String> = self
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
            return Ok(Ok(Replayed::unchanged(Some(upstream.to_string()))));
        }
        let remote_tree = self.tree(upstream)?;
        let renumbering = self.renumbering(&base, &remote_tree, head)?;
        // The index lives in a folder of its own, gone with it whatever way the replay ends.
        let folder = tempfile::Builder::new()
            .prefix("coi-sync-")
            .tempdir()
            .map_err(|e| Error::io(msg::cannot_write_file(), std::env::temp_dir(), e))?;
        let mut state = Replay {
            repo: self,
            index: folder.path().join("index"),
            tree: remote_tree,
            tip: upstream.to_string(),
            map: renumbering
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            conflicts: Vec::new(),
            commits: HashMap::new(),
        };
        state.start()?;
        for commit in &commits {
            if let Err(stop) = state.apply(commit)? {
                return Ok(Err(stop));
            }
        }
        if !renumbering.is_empty() {
            state.note_renumbering(&renumbering, now)?;
        }
        Ok(Ok(Replayed {
            tip: Some(state.tip),
            renumbered: renumbering,
            conflicts: state.conflicts,
            commits: state.commits,
        }))
    }

    /// The local records not yet published whose number the remote took, with their new
    /// numbers: in each kind and year, from the first number taken on, every local new record
    /// moves after the remote's last, in the order they were made.
    fn renumbering(
        &self,
        base: &str,
        remote_tree: &Tree,
        head: &str,
    ) -> Result<Vec<(RecordId, RecordId)>> {
        let ids_in = |tree: &Tree| -> BTreeSet<RecordId> {
            tree.keys().filter_map(|p| self.record_at(p)).collect()
        };
        let remote = ids_in(remote_tree);
        let (published_before, local) = (ids_in(&self.tree(base)?), ids_in(&self.tree(head)?));
        let mine: Vec<RecordId> = local.difference(&published_before).copied().collect();
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
                .map(|id| id.seq)
                .max()
                .unwrap_or(0);
            for (n, id) in mine
                .iter()
                .filter(|id| id.seq >= first_taken.seq)
                .enumerate()
            {
                moves.push((*id, RecordId::new(kind, year, last + 1 + n as u32)));
            }
        }
        Ok(moves)
    }

    /// Local submission tags follow their commits when these were replayed; a remote tag is
    /// taken in; a local tag whose name the remote gave another commit takes the next free
    /// number. Returns the tags to push.
    fn settle_tags(
        &self,
        replayed: &HashMap<String, String>,
        outcome: &mut Outcome,
    ) -> Result<Vec<String>> {
        let list = |namespace: &str| -> Result<BTreeMap<String, (String, String)>> {
            let out = self.text(&[
                "for-each-ref",
                "--format=%(refname)%00%(objectname)%00%(*objectname)",
                namespace,
            ])?;
            Ok(out
                .lines()
                .filter_map(|l| {
                    let mut p = l.split('\0');
                    let name = p.next()?;
                    let object = p.next()?.to_string();
                    let peeled = p
                        .next()
                        .filter(|s| !s.is_empty())
                        .unwrap_or(&object)
                        .to_string();
                    let short = name.strip_prefix(namespace)?.to_string();
                    Some((format!("{TAG_PATTERN}{short}"), (object, peeled)))
                })
                .collect())
        };
        let local_ns = format!("refs/tags/{TAG_PATTERN}");
        let remote_ns = format!("{REMOTE_TAGS}{TAG_PATTERN}");
        let mut local = list(&local_ns)?;
        let remote = list(&remote_ns)?;
        // Tags on commits that were replayed move to the replayed commits.
        for (name, (_, peeled)) in local.clone() {
            if let Some(new) = replayed.get(&peeled) {
                self.retag(&name, &name, new)?;
                local.insert(name.clone(), (String::new(), new.clone()));
            }
        }
        let mut to_push = Vec::new();
        let taken: BTreeSet<String> = local.keys().chain(remote.keys()).cloned().collect();
        let mut taken = taken;
        for (name, (_, peeled)) in &local {
            match remote.get(name) {
                Some((_, theirs)) if theirs == peeled => {}
                Some(_) => {
                    let new = next_free(name, &taken);
                    taken.insert(new.clone());
                    self.retag(name, &new, peeled)?;
                    self.bytes(&["update-ref", "-d", &format!("refs/tags/{name}")])?;
                    outcome.tags_renamed.push((name.clone(), new.clone()));
                    to_push.push(new);
                }
                None => to_push.push(name.clone()),
            }
        }
        let renamed: BTreeSet<&String> = outcome.tags_renamed.iter().map(|(old, _)| old).collect();
        for (name, (object, _)) in &remote {
            if !local.contains_key(name) || renamed.contains(name) {
                self.bytes(&["update-ref", &format!("refs/tags/{name}"), object])?;
                outcome.tags_in.push(name.clone());
            }
        }
        Ok(to_push)
    }

    /// Makes the annotated tag `to` on `commit` with the message and tagger of the tag `from`.
    fn retag(&self, from: &str, to: &str, commit: &str) -> Result<()> {
        let raw = self.text(&["cat-file", "tag", &format!("refs/tags/{from}")])?;
        let (head, message) = raw.split_once("\n\n").unwrap_or((&raw, ""));
        let tagger = head
            .lines()
            .find_map(|l| l.strip_prefix("tagger "))
            .unwrap_or_default()
            .to_string();
        let rebuilt =
            format!("object {commit}\ntype commit\ntag {to}\ntagger {tagger}\n\n{message}");
        let mut cmd = self.git();
        cmd.args(["mktag"]);
        let object = self.output(cmd, Some(rebuilt.as_bytes()), "mktag")?;
        let object = String::from_utf8_lossy(&object).trim().to_string();
        self.bytes(&["update-ref", &format!("refs/tags/{to}"), &object])?;
        Ok(())
    }

    fn push(
        &self,
        remote: &Remote,
        tip: Option<&str>,
        upstream: Option<&str>,
        tags: &[String],
    ) -> Result<Pushed> {
        let mut refspecs = Vec::new();
        if let Some(tip) = tip
            && Some(tip) != upstream
        {
            refspecs.push(format!("{tip}:refs/heads/{}", remote.remote_branch));
        }
        refspecs.extend(tags.iter().map(|t| format!("refs/tags/{t}:refs/tags/{t}")));
        if refspecs.is_empty() {
            return Ok(Pushed::Done);
        }
        let mut cmd = self.git();
        cmd.args(["push", "--porcelain", "--atomic", &remote.name]);
        cmd.args(&refspecs);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
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

enum Pushed {
    Done,
    Raced,
    Failed(String),
}

/// The local commits laid on the remote's.
struct Replayed {
    tip: Option<String>,
    renumbered: Vec<(RecordId, RecordId)>,
    conflicts: Vec<(RecordId, Conflict)>,
    /// Each local commit and the commit that replaced it.
    commits: HashMap<String, String>,
}

impl Replayed {
    fn unchanged(tip: Option<String>) -> Replayed {
        Replayed {
            tip,
            renumbered: Vec::new(),
            conflicts: Vec::new(),
            commits: HashMap::new(),
        }
    }
}

fn unreachable(e: Error) -> Stop {
    let detail = match e {
        Error::Git { detail, .. } => detail,
        other => other.to_string(),
    };
    Stop::Unreachable { detail }
}

/// A chain of renumberings (`001 → 003`, then `003 → 004`) as one.
fn compose(all: &mut Vec<(RecordId, RecordId)>, more: &[(RecordId, RecordId)]) {
    for (from, to) in more {
        if let Some(earlier) = all.iter_mut().find(|(_, t)| t == from) {
            earlier.1 = *to;
        } else {
            all.push((*from, *to));
        }
    }
}

/// `bao-cao/2026-Q4` → `bao-cao/2026-Q4-2` (or the next number not taken).
fn next_free(name: &str, taken: &BTreeSet<String>) -> String {
    let stem = match name.rsplit_once('-') {
        Some((stem, n)) if n.parse::<u32>().is_ok_and(|n| n >= 2) => stem,
        _ => name,
    };
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .expect("a free number")
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

/// The replay under way: the tree of its tip in memory and in an index of its own.
struct Replay<'a> {
    repo: &'a Repo,
    index: PathBuf,
    tree: Tree,
    tip: String,
    map: HashMap<String, String>,
    conflicts: Vec<(RecordId, Conflict)>,
    commits: HashMap<String, String>,
}

impl Replay<'_> {
    fn git(&self) -> Command {
        let mut cmd = self.repo.git();
        cmd.env("GIT_INDEX_FILE", &self.index);
        cmd
    }

    fn start(&self) -> Result<()> {
        let mut cmd = self.git();
        cmd.args(["read-tree", &self.tip]);
        self.repo.output(cmd, None, "read-tree").map(drop)
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
        let mut updates = String::new();
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
            match outcome {
                None => {}
                Some(None) => {
                    self.tree.remove(&target);
                    updates.push_str(&format!("0 {} 0\t{target}\0", "0".repeat(40)));
                }
                Some(Some(entry)) => {
                    updates.push_str(&format!("{} {} 0\t{target}\0", entry.mode, entry.sha));
                    self.tree.insert(target, entry);
                }
            }
        }
        let message = self.repo.text(&["log", "-1", "--format=%B", commit])?;
        let author = self.repo.text(&[
            "log",
            "-1",
            "--format=%an%x00%ae%x00%ad",
            "--date=raw",
            commit,
        ])?;
        let mut author = author.trim_end_matches('\n').split('\0');
        let (name, email, date) = (
            author.next().unwrap_or_default().to_string(),
            author.next().unwrap_or_default().to_string(),
            author.next().unwrap_or_default().to_string(),
        );
        let message = renamed(message.trim_end(), &self.map);
        match self.commit_tree(&updates, &message, Some((&name, &email, &date)))? {
            Some(new) => {
                self.commits.insert(commit.to_string(), new);
            }
            None => {
                // Nothing left to do: the remote had it already.
                self.commits.insert(commit.to_string(), self.tip.clone());
            }
        }
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
        let out = Command::new("git")
            .arg("merge-file")
            .arg("-p")
            .arg("--quiet")
            .args([&o, &b, &t])
            .output()
            .map_err(|e| Error::Git {
                action: "merge-file".into(),
                detail: e.to_string(),
            })?;
        Ok(out.status.success().then_some(out.stdout))
    }

    /// Commits the index, with `updates` applied, on the tip; `None` when the tree is the tip's.
    fn commit_tree(
        &mut self,
        updates: &str,
        message: &str,
        author: Option<(&str, &str, &str)>,
    ) -> Result<Option<String>> {
        if !updates.is_empty() {
            let mut cmd = self.git();
            cmd.args(["update-index", "-z", "--index-info"]);
            self.repo
                .output(cmd, Some(updates.as_bytes()), "update-index")?;
        }
        let mut cmd = self.git();
        cmd.arg("write-tree");
        let tree = self.repo.output(cmd, None, "write-tree")?;
        let tree = String::from_utf8_lossy(&tree).trim().to_string();
        let tip_tree = self
            .repo
            .text(&["rev-parse", &format!("{}^{{tree}}", self.tip)])?;
        if tree == tip_tree.trim() {
            return Ok(None);
        }
        let mut cmd = self.repo.git();
        cmd.args(["commit-tree", &tree, "-p", &self.tip, "-F", "-"]);
        let who = &self.repo.who;
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
        let new = self
            .repo
            .output(cmd, Some(format!("{message}\n").as_bytes()), "commit-tree")?;
        self.tip = String::from_utf8_lossy(&new).trim().to_string();
        Ok(Some(self.tip.clone()))
    }

    /// One more commit: each renumbered record's history says so.
    fn note_renumbering(
        &mut self,
        moves: &[(RecordId, RecordId)],
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<()> {
        let mut updates = String::new();
        for (from, to) in moves {
            let path = self.repo.path_of(*to);
            let Some(entry) = self.tree.get(&path).cloned() else {
                continue;
            };
            let bytes = self.repo.blob(&entry.sha)?;
            let Some(text) = note_in_history(to.kind, &bytes, *from, now, &self.repo.who.name)
            else {
                continue;
            };
            let sha = self.repo.write_blob(text.as_bytes())?;
            updates.push_str(&format!("{} {sha} 0\t{path}\0", entry.mode));
            self.tree.insert(
                path,
                Entry {
                    mode: entry.mode,
                    sha,
                },
            );
        }
        let list: Vec<String> = moves.iter().map(|(a, b)| format!("{a} → {b}")).collect();
        let message = format!(
            "{RENUMBER_SUBJECT}{}\n\nThe numbers were taken on the shared remote.",
            list.join(", ")
        );
        self.commit_tree(&updates, &message, None)?;
        Ok(())
    }
}

/// A record's text with a `renumbered` event at the end of its history.
fn note_in_history(
    kind: Kind,
    bytes: &[u8],
    from: RecordId,
    now: chrono::DateTime<chrono::FixedOffset>,
    by: &str,
) -> Option<String> {
    use crate::model::Event;
    use crate::model::vocab::Action;
    use crate::rules::{ForKind, Rules, for_kind};
    struct Note<'a> {
        bytes: &'a [u8],
        event: Event,
    }
    impl ForKind for Note<'_> {
        type Out = Option<String>;
        fn run<R: Rules>(self) -> Option<String> {
            let mut record: R = serde_yaml::from_slice(self.bytes).ok()?;
            record.history_mut().push(self.event);
            Some(crate::yaml::record_yaml(&record))
        }
    }
    let event = Event {
        at: now,
        by: by.to_string(),
        action: Action::Renumbered.yaml().to_string(),
        note: Some(from.to_string()),
    };
    for_kind(kind, Note { bytes, event })
}

/// The merge driver's work on the three files git gives it: the merged record written over
/// `ours`, with the conflicts this merge found; `ours` is left as it was when the versions
/// cannot be merged.
pub fn merge_files(
    kind: Kind,
    base: &Path,
    ours: &Path,
    theirs: &Path,
) -> Result<std::result::Result<Vec<Conflict>, Unmergeable>> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| Error::io(msg::cannot_read(), p, e));
    let (b, o, t) = (read(base)?, read(ours)?, read(theirs)?);
    match merge_record(kind, &b, &o, &t) {
        Ok(merged) => {
            super::store::replace(ours, merged.text.as_bytes())?;
            Ok(Ok(merged.new_conflicts))
        }
        Err(why) => Ok(Err(why)),
    }
}

/// The register's `.gitattributes`: its record folders merge with `coi`.
pub const ATTRIBUTES: &str = ".gitattributes";

/// Adds the driver's lines to the register's `.gitattributes`; true when the file changed.
pub fn write_attributes(dir: &Path) -> Result<bool> {
    let lines: Vec<String> = Kind::ALL
        .iter()
        .map(|kind| format!("{}/** merge={DRIVER}", kind.folder()))
        .collect();
    super::store::ensure_lines(&dir.join(ATTRIBUTES), &lines)
}

/// A path as one word for the shell git runs the driver with: in single quotes, a quote inside
/// closed, escaped and opened again. A Windows path's backslashes become slashes, which git's
/// shell there reads as the same path.
fn shell_quoted(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    format!("'{}'", text.replace('\'', r"'\''"))
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

    #[test]
    fn a_tag_taken_on_the_remote_moves_to_the_next_free_number() {
        let taken: BTreeSet<String> = ["bao-cao/2026-Q4", "bao-cao/2026-Q4-2"]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(next_free("bao-cao/2026-Q4", &taken), "bao-cao/2026-Q4-3");
        assert_eq!(next_free("bao-cao/2026-Q4-2", &taken), "bao-cao/2026-Q4-3");
        assert_eq!(next_free("bao-cao/2026", &taken), "bao-cao/2026-2");
    }

    #[test]
    fn the_driver_path_is_one_shell_word() {
        assert_eq!(shell_quoted(Path::new("/opt/coi")), "'/opt/coi'");
        assert_eq!(
            shell_quoted(Path::new("/home/o'brien/bin/coi")),
            r"'/home/o'\''brien/bin/coi'"
        );
    }

    #[test]
    fn renumberings_in_a_row_are_one() {
        let id = |n| RecordId::new(Kind::Case, 2026, n);
        let mut all = vec![(id(1), id(3))];
        compose(&mut all, &[(id(3), id(4)), (id(2), id(5))]);
        assert_eq!(all, [(id(1), id(4)), (id(2), id(5))]);
    }
}
