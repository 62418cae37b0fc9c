//! A commit's files read into memory, without a checkout: `git ls-tree` names them and one
//! `git cat-file --batch` gives every file's bytes. A register is read from one as from its
//! folder (see [`super::Register::in_tree`]): the province checks a submission's figures this
//! way, against the commit its tag points to, without writing thousands of files to disk.

use std::collections::BTreeMap;
use std::path::Path;

use super::git;
use crate::error::{Error, Result};

/// What a path of the register is, in its folder or in a tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    File,
    Folder,
    /// A symbolic link: reported, never followed.
    Link,
}

/// Every path of a commit's tree, with the bytes of each file.
pub struct Tree {
    /// By path from the top of the tree, `/` between its parts.
    nodes: BTreeMap<String, Node>,
}

enum Node {
    /// A file and its bytes, when they were read.
    File(Option<Vec<u8>>),
    Folder,
    Link,
}

impl std::fmt::Debug for Tree {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tree({} paths)", self.nodes.len())
    }
}

/// A path as the tree keys it: its parts joined by `/`.
fn key(rel: &Path) -> String {
    let parts: Vec<_> = rel
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(p) => Some(p.to_string_lossy()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

impl Tree {
    /// The tree of `commit` in the repository `repo` (bare or not), in two calls of git: every
    /// path, and the bytes of the files `wanted` names (by their path from the top, `/` between
    /// the parts), so that nothing else in the repository is held in memory.
    pub fn read(repo: &Path, commit: &str, wanted: &dyn Fn(&str) -> bool) -> Result<Tree> {
        let mut list = git::command(repo);
        list.args([
            "ls-tree",
            "-r",
            "-t",
            "-z",
            "--full-tree",
            "--end-of-options",
        ])
        .arg(commit);
        let listed = git::output(list, None, "ls-tree")?;
        let mut nodes = BTreeMap::new();
        // The files, in the order their bytes are asked for.
        let mut files = Vec::new();
        for item in listed.split(|&b| b == 0).filter(|i| !i.is_empty()) {
            // `<mode> <type> <object>\t<path>`
            let Some(tab) = item.iter().position(|&b| b == b'\t') else {
                continue;
            };
            let meta = String::from_utf8_lossy(&item[..tab]);
            let path = String::from_utf8_lossy(&item[tab + 1..]).into_owned();
            let mut meta = meta.split(' ');
            let (Some(mode), Some(_), Some(object)) = (meta.next(), meta.next(), meta.next())
            else {
                continue;
            };
            let node = match mode {
                "040000" => Node::Folder,
                "120000" => Node::Link,
                // A submodule is an empty folder in a checkout.
                "160000" => Node::Folder,
                _ => {
                    if wanted(&path) {
                        files.push((path.clone(), object.to_string()));
                    }
                    Node::File(None)
                }
            };
            nodes.insert(path, node);
        }
        let mut ask = String::new();
        for (_, object) in &files {
            ask.push_str(object);
            ask.push('\n');
        }
        let mut batch = git::command(repo);
        batch.args(["cat-file", "--batch", "--buffer"]);
        let out = git::output(batch, Some(ask.as_bytes()), "cat-file")?;
        let missing = |object: &str| Error::Git {
            action: "cat-file".into(),
            detail: format!("{object} missing"),
        };
        let mut rest = &out[..];
        for (path, object) in files {
            // `<object> <type> <size>\n<bytes>\n`, or `<object> missing\n`.
            let end = (rest.iter().position(|&b| b == b'\n')).ok_or_else(|| missing(&object))?;
            let header = String::from_utf8_lossy(&rest[..end]);
            let size: usize = (header.split(' ').nth(2))
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| missing(&object))?;
            let bytes = rest
                .get(end + 1..end + 1 + size)
                .ok_or_else(|| missing(&object))?;
            nodes.insert(path, Node::File(Some(bytes.to_vec())));
            rest = rest.get(end + 2 + size..).unwrap_or_default();
        }
        Ok(Tree { nodes })
    }

    /// What `rel` is in the tree, if it is there; the top of the tree is a folder.
    pub fn entry(&self, rel: &Path) -> Option<Entry> {
        let key = key(rel);
        if key.is_empty() {
            return Some(Entry::Folder);
        }
        self.nodes.get(&key).map(|node| match node {
            Node::File(_) => Entry::File,
            Node::Folder => Entry::Folder,
            Node::Link => Entry::Link,
        })
    }

    /// The entries of the folder `rel`, sorted by name; none when it is not a folder.
    pub fn list(&self, rel: &Path) -> Vec<(String, Entry)> {
        if self.entry(rel) != Some(Entry::Folder) {
            return Vec::new();
        }
        let key = key(rel);
        let prefix = match key.is_empty() {
            true => String::new(),
            false => format!("{key}/"),
        };
        (self.nodes.range(prefix.clone()..))
            .take_while(|(path, _)| path.starts_with(&prefix))
            .filter_map(|(path, node)| {
                let name = &path[prefix.len()..];
                let entry = match node {
                    Node::File(_) => Entry::File,
                    Node::Folder => Entry::Folder,
                    Node::Link => Entry::Link,
                };
                (!name.is_empty() && !name.contains('/')).then(|| (name.to_string(), entry))
            })
            .collect()
    }

    /// The bytes of the file `rel`, as reading it from a folder gives them.
    pub fn read_file(&self, rel: &Path) -> std::io::Result<Vec<u8>> {
        use std::io::{Error, ErrorKind};
        match self.nodes.get(&key(rel)) {
            Some(Node::File(Some(bytes))) => Ok(bytes.clone()),
            Some(Node::File(None)) => Err(Error::other("not read from the commit")),
            Some(Node::Folder) => Err(Error::new(ErrorKind::IsADirectory, "a folder")),
            Some(Node::Link) => Err(Error::new(ErrorKind::InvalidInput, "a symbolic link")),
            None => Err(Error::from(ErrorKind::NotFound)),
        }
    }

    /// The first of `rel` and the folders on the way to it that is a link, if any.
    pub fn link_on_the_way(&self, rel: &Path) -> Option<std::path::PathBuf> {
        let mut path = std::path::PathBuf::new();
        for part in rel.components() {
            path.push(part);
            if self.entry(&path) == Some(Entry::Link) {
                return Some(path);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, RecordId};
    use crate::register::{Config, Register};
    use std::path::PathBuf;

    fn git(dir: &Path, args: &[&str]) {
        let mut cmd = git::command(dir);
        cmd.args([
            "-c",
            "user.name=Kiểm thử",
            "-c",
            "user.email=t@example.invalid",
        ])
        .args(args);
        git::output(cmd, None, args[0]).unwrap();
    }

    fn write(dir: &Path, rel: &str, text: &str) {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// A committed register with records, a plan, files that are not records and a link: the
    /// same read from its folder and from its commit's tree.
    #[test]
    fn a_commits_tree_reads_as_the_folder_it_was_committed_from() {
        let dir = tempfile::tempdir().unwrap();
        let work = dir.path();
        git(work, &["init", "--quiet"]);
        write(work, "coi.yaml", "agency: Cơ quan\n");
        write(
            work,
            "gifts/2026/QT-2026-001.yaml",
            "id: QT-2026-001\nnote: \"một\"\n",
        );
        write(work, "gifts/2026/QT-2026-010.yaml", "id: QT-2026-010\n");
        write(work, "gifts/2026/QT-2026-002.yaml", "");
        write(work, "gifts/2026/ghi-chu.txt", "không phải hồ sơ\n");
        write(work, "gifts/2026/.gitkeep", "");
        write(work, "gifts/cu/QT-2020-001.yaml", "id: QT-2020-001\n");
        write(
            work,
            "gifts/2026/2026/QT-2026-003.yaml",
            "id: QT-2026-003\n",
        );
        write(
            work,
            "cases/2026/XDLI-2026-001.yaml",
            "id: XDLI-2026-001\r\n",
        );
        write(work, "plans/2026.yaml", "year: 2026\n");
        write(work, "plans/ke-hoach.txt", "\n");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("../cases", work.join("trainings")).unwrap();
            std::os::unix::fs::symlink("../coi.yaml", work.join("plans/2027.yaml")).unwrap();
        }
        git(work, &["add", "-A"]);
        git(work, &["commit", "--quiet", "-m", "Sổ"]);
        // What the folder has since is not the commit's.
        write(work, "gifts/2026/QT-2026-004.yaml", "id: QT-2026-004\n");
        std::fs::remove_file(work.join("gifts/2026/QT-2026-004.yaml")).unwrap();

        let tree = Tree::read(work, "HEAD", &Register::reads).unwrap();
        assert_eq!(
            tree.read_file(Path::new("coi.yaml")).unwrap(),
            "agency: Cơ quan\n".as_bytes()
        );
        let config = || Config::new(String::new(), Vec::new());
        let folder = Register::new(work.to_path_buf(), config());
        let commit = Register::in_tree(PathBuf::from("HEAD"), config(), tree);
        for kind in Kind::ALL {
            let (a, b) = (folder.scan(kind), commit.scan(kind));
            assert_eq!((&a.files, &a.findings), (&b.files, &b.findings), "{kind:?}");
            let read = |rel: &Path, bytes: std::io::Result<Vec<u8>>| {
                (rel.to_path_buf(), bytes.map_err(|e| e.kind()))
            };
            let (a, b) = (folder.read_kind(kind, read), commit.read_kind(kind, read));
            assert_eq!(a.read, b.read, "{kind:?}");
        }
        let gifts = commit.scan(Kind::Gift);
        assert_eq!(gifts.files.len(), 3, "{:?}", gifts.files);
        // The text file, the folder that is no year, the folder in a year.
        assert_eq!(gifts.findings.len(), 3, "{:?}", gifts.findings);
        let (a, af) = folder.plan_files();
        let (b, bf) = commit.plan_files();
        let plain = |files: Vec<super::super::plans::PlanFile>| -> Vec<_> {
            (files.into_iter())
                .map(|(rel, year, read)| (rel, year, read.ok()))
                .collect()
        };
        assert_eq!((plain(a), af), (plain(b), bf));
        let id = RecordId::new(Kind::Case, 2026, 1);
        let (rel, bytes) = commit.read_record(&id).unwrap();
        assert_eq!((rel, bytes), folder.read_record(&id).unwrap());
        let missing = RecordId::new(Kind::Case, 2026, 2);
        assert!(commit.read_record(&missing).is_err());
        #[cfg(unix)]
        {
            let through = RecordId::new(Kind::Training, 2026, 1);
            let err = commit.read_record(&through).unwrap_err();
            assert!(matches!(err, Error::Symlink { .. }), "{err:?}");
        }
        assert!(Tree::read(work, "0000000000000000000000000000000000000000", &|_| true).is_err());
        // What the register never reads is not held.
        let tree = Tree::read(work, "HEAD", &Register::reads).unwrap();
        assert!(tree.read_file(Path::new("gifts/2026/ghi-chu.txt")).is_err());
        assert_eq!(
            tree.entry(Path::new("gifts/2026/ghi-chu.txt")),
            Some(Entry::File)
        );
    }
}
