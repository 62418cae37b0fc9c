//! The register on disk: finding it, its configuration, reading and writing records. The only
//! module that touches files.

pub mod git;
pub mod load;
pub mod plans;
pub mod store;
pub mod tree;

use std::path::{Path, PathBuf};

pub use crate::model::settings::Config;

use crate::error::{Error, Refusal, Result};
use crate::i18n::msg;
use crate::layout::CONFIG_FILE;
use crate::model::{Kind, Record, RecordId};
use crate::yaml::record_yaml;

#[derive(Debug)]
pub struct Register {
    /// The folder, as it is shown to the person (relative when under the current folder).
    pub root: PathBuf,
    /// The settings of its `coi.yaml`, as the caller read them (see [`config_text`]): whether
    /// and as whom changes are committed.
    pub config: Config,
    /// The files, when they are a commit's read into memory rather than the folder's at `root`
    /// (see [`Register::in_tree`]).
    tree: Option<tree::Tree>,
}

/// Finds the register: `--data` (or `COI_DATA`), else the nearest `coi.yaml` upward from `cwd`,
/// else `./data`.
pub fn discover(flag: Option<&Path>, cwd: &Path) -> Result<PathBuf> {
    if let Some(dir) = flag {
        if !dir.join(CONFIG_FILE).is_file() {
            return Err(Error::NotARegister {
                path: dir.to_path_buf(),
            });
        }
        return Ok(dir.to_path_buf());
    }
    for dir in cwd.ancestors() {
        if dir.join(CONFIG_FILE).is_file() {
            return Ok(shown(dir, cwd));
        }
    }
    let data = cwd.join("data");
    if data.join(CONFIG_FILE).is_file() {
        return Ok(PathBuf::from("data"));
    }
    Err(Error::NoRegister {
        from: cwd.to_path_buf(),
    })
}

/// A path as short as it can be shown: relative to `cwd` when inside it.
fn shown(dir: &Path, cwd: &Path) -> PathBuf {
    match dir.strip_prefix(cwd) {
        Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rel) => rel.to_path_buf(),
        Err(_) => dir.to_path_buf(),
    }
}

/// The text of the register's `coi.yaml`, never read through a link.
pub fn config_text(root: &Path) -> Result<String> {
    let path = root.join(CONFIG_FILE);
    store::not_a_link(&path)?;
    std::fs::read_to_string(&path).map_err(|e| Error::io(msg::cannot_read(), &path, e))
}

impl Register {
    /// The register at `root`, with the settings read from its `coi.yaml`.
    pub fn new(root: PathBuf, config: Config) -> Register {
        Register {
            root,
            config,
            tree: None,
        }
    }

    /// The register as a commit's `tree` holds it, read without a checkout; `root` only names
    /// it. Its records and plans are read as from a folder; nothing is ever written to it.
    pub fn in_tree(root: PathBuf, config: Config, tree: tree::Tree) -> Register {
        Register {
            root,
            config,
            tree: Some(tree),
        }
    }

    /// A register whose `coi.yaml` cannot be read, so that `check` can still read the records.
    pub fn unconfigured(root: PathBuf) -> Register {
        Register::new(root, Config::new(String::new(), Vec::new()))
    }

    /// The git attributes of the record files that are not `coi`'s own (see
    /// [`git::foreign_attributes`]): of every record file when `every_file` (what `check`
    /// reports), else of a file a new record would be in each kind's folder and in each of its
    /// year folders, which is what a rule for a folder or for `*.yaml` catches (what `sync`
    /// asks, in a moment, on a register of any size). A sample's findings are named by its folder.
    pub fn foreign_attributes(
        &self,
        driver: &str,
        every_file: bool,
    ) -> Result<Vec<git::Attribute>> {
        let mut paths = Vec::new();
        let mut samples = Vec::new();
        for kind in Kind::ALL {
            let mut sample = |year: i32, folder: PathBuf| {
                let path = RecordId::new(kind, year, 1).relative_path();
                samples.push((path.clone(), folder));
                paths.push(path);
            };
            if every_file {
                let files = self.scan(kind).files;
                if files.is_empty() {
                    sample(2000, PathBuf::from(kind.folder()));
                }
                paths.extend(files);
                continue;
            }
            sample(2000, PathBuf::from(kind.folder()));
            let years = std::fs::read_dir(self.root.join(kind.folder()))
                .into_iter()
                .flatten();
            for year in years.flatten() {
                let name = year.file_name();
                if let Some(y) = name.to_str().and_then(|n| n.parse::<i32>().ok()) {
                    sample(y, Path::new(kind.folder()).join(name));
                }
            }
        }
        let mut found = git::foreign_attributes(&self.root, &paths, driver)?;
        for attribute in &mut found {
            if let Some((_, folder)) = samples.iter().find(|(s, _)| *s == attribute.path) {
                attribute.path = folder.clone();
            }
        }
        Ok(found)
    }

    /// A path inside the register as a person should see it from the current folder.
    pub fn shown(&self, rel: &Path) -> PathBuf {
        if self.root == Path::new(".") {
            rel.to_path_buf()
        } else {
            self.root.join(rel)
        }
    }

    /// The next free ID of a kind for a year. Call it while holding the lock.
    pub fn next_id(&self, kind: Kind, year: i32) -> Result<RecordId> {
        let rel = Path::new(kind.folder()).join(year.to_string());
        store::refuse_links(&self.root, &rel)?;
        let dir = self.root.join(rel);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(RecordId::new(kind, year, 1));
            }
            Err(e) => {
                return Err(Error::io(msg::cannot_read_folder(), dir, e));
            }
        };
        let mut last = 0;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(msg::cannot_read_folder(), &dir, e))?;
            let name = entry.file_name();
            let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".yaml")) else {
                continue;
            };
            // A number too large (`check` reports it) does not stop the others.
            if let Ok(id) = stem.parse::<RecordId>()
                && id.kind == kind
                && id.year == year
                && !id.too_large()
            {
                last = last.max(id.number().unwrap_or(0));
            }
        }
        match last.checked_add(1).filter(|&n| n <= RecordId::MAX_SEQ) {
            Some(next) => Ok(RecordId::new(kind, year, next)),
            None => {
                let last = RecordId::new(kind, year, last);
                Err(Error::Refused(Refusal::NoNumberLeft { last, year }))
            }
        }
    }

    /// A provisional ID of a kind for a year, for a register with a shared remote: letters no
    /// record of the register has, that `coi sync` replaces with the next final number when it
    /// publishes the record. Call it while holding the lock.
    pub fn provisional_id(&self, kind: Kind, year: i32) -> Result<RecordId> {
        loop {
            let token = crate::model::values::Token::from_random(|n| fastrand::usize(0..n));
            let id = RecordId::provisional(kind, year, token);
            if self.find_alias(id)?.is_empty() && !self.root.join(id.relative_path()).exists() {
                return Ok(id);
            }
        }
    }

    /// The records of `id`'s kind and year that keep `id` among their `aliases`: the record it
    /// named before `coi sync` published it (more than one only if two clones made the same
    /// provisional ID).
    pub fn find_alias(&self, id: RecordId) -> Result<Vec<RecordId>> {
        #[derive(serde::Deserialize)]
        struct Aliases {
            #[serde(default)]
            aliases: Vec<String>,
        }
        let dir = self.root.join(id.kind.folder()).join(id.year.to_string());
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(msg::cannot_read_folder(), dir, e)),
        };
        let wanted = id.to_string();
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(other) = name
                .to_str()
                .and_then(|n| n.strip_suffix(".yaml"))
                .and_then(|n| n.parse::<RecordId>().ok())
            else {
                continue;
            };
            if other.is_provisional() {
                continue;
            }
            // Read whole only when the text names the alias at all.
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            if !bytes.windows(wanted.len()).any(|w| w == wanted.as_bytes()) {
                continue;
            }
            let named = serde_yaml::from_slice::<Aliases>(&bytes)
                .is_ok_and(|a| a.aliases.iter().any(|a| a.eq_ignore_ascii_case(&wanted)));
            if named {
                found.push(other);
            }
        }
        found.sort();
        Ok(found)
    }

    /// Whether the register's repository has a shared remote: its new records then take
    /// provisional IDs until `coi sync` publishes them.
    pub fn has_remote(&self) -> bool {
        self.config.auto_commit && git::has_remote(&self.root)
    }

    /// Writes a new record; an existing file is never replaced.
    pub fn create<R: Record>(&self, record: &R) -> Result<PathBuf> {
        let rel = record.id().relative_path();
        store::refuse_links(&self.root, &rel)?;
        store::create_new(&self.root.join(&rel), record_yaml(record).as_bytes())?;
        Ok(rel)
    }

    /// Refuses to start a change that could not be committed: the repository is mid-merge.
    /// Git refuses to open it (another account's folder): nothing would be committed.
    pub fn ready_for_change(&self) -> Result<()> {
        if !self.config.auto_commit {
            return Ok(());
        }
        match git::work_tree(&self.root) {
            Err(detail) => Err(Error::GitRefused { detail }),
            Ok(true) if git::merge_in_progress(&self.root) => {
                Err(Error::Refused(Refusal::GitMidMerge))
            }
            Ok(_) => Ok(()),
        }
    }

    /// The email of commits: git's own, else the `clerk`'s of `coi.yaml`, else none.
    pub fn email(&self) -> String {
        git::user_email(&self.root)
            .or_else(|| self.config.clerk.as_ref().and_then(|c| c.email.clone()))
            .unwrap_or_default()
    }

    /// Commits the given files when the register is in a git work tree and `auto_commit` is on.
    pub fn commit(
        &self,
        paths: &[PathBuf],
        message: &str,
        author: &str,
        at: Option<chrono::DateTime<chrono::FixedOffset>>,
    ) -> Result<Commit> {
        if !self.config.auto_commit {
            return Ok(Commit::Off);
        }
        if !git::work_tree(&self.root).map_err(|detail| Error::GitRefused { detail })? {
            let missing = git::looks_like_repository(&self.root) && !git::available();
            return Ok(if missing {
                Commit::GitMissing
            } else {
                Commit::NoRepository
            });
        }
        let who = git::Identity {
            name: author.to_string(),
            email: self.email(),
            at,
        };
        git::commit(&self.root, paths, message, &who)?;
        Ok(Commit::Done)
    }
}

/// What became of a change in the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    Done,
    /// `auto_commit: false`.
    Off,
    /// The register is not in a git repository: history events only.
    NoRepository,
    /// The register is in a repository but git cannot be run: the change is not committed.
    GitMissing,
}
