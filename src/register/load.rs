//! Finding the record files in the register's folders and reading them on every core. What a
//! file says is for the caller to make out (the record checks do).

use std::path::{Path, PathBuf};

use super::Register;
use super::store::{self, TEMP_PREFIX};
use super::tree::Entry;
use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::model::{Kind, RecordId};
use crate::parallel::in_parallel;
use crate::problem::{Finding, Located};

/// What was made of the record files of one kind, and the problems found beside them.
#[derive(Debug)]
pub struct Files<T> {
    /// Each record file and what was made of it, in file order.
    pub read: Vec<(PathBuf, T)>,
    pub problems: Vec<Located>,
}

/// The record files of one kind, sorted, and what was found beside them.
#[derive(Debug, Default)]
pub struct Scan {
    pub files: Vec<PathBuf>,
    pub findings: Vec<Located>,
}

impl Register {
    /// The files of the register itself that are links (`coi.yaml`, `.coi.lock`,
    /// `.gitattributes`, `.gitignore`), as findings: `coi` refuses to read or write them. The
    /// record and plan folders are looked at when they are read.
    pub fn links(&self) -> Vec<Located> {
        [
            crate::layout::CONFIG_FILE,
            store::LOCK_FILE,
            ".gitattributes",
            ".gitignore",
        ]
        .into_iter()
        .filter(|name| store::not_a_link(&self.root.join(name)).is_err())
        .map(|name| link_found(Path::new(name)))
        .collect()
    }

    /// The record files of a kind: `<folder>/<year>/<ID>.yaml`, sorted by ID. Anything else in
    /// the folders is reported, and links are never followed out of the register.
    pub fn scan(&self, kind: Kind) -> Scan {
        let mut scan = Scan::default();
        let base = PathBuf::from(kind.folder());
        if self.is_link(&base) {
            scan.findings.push(link_found(&base));
            return scan;
        }
        for (name, is_dir) in self.entries(&base, &mut scan) {
            let rel = base.join(&name);
            if !is_dir {
                if !ignorable(&name) {
                    scan.findings.push(Located::at(&rel, 1, misplaced(&name)));
                }
                continue;
            }
            if name.len() != 4 || !name.bytes().all(|b| b.is_ascii_digit()) {
                scan.findings.push(Located::at(
                    &rel,
                    1,
                    Finding::warning("-", msg::not_a_year_folder()),
                ));
                continue;
            }
            for (file, is_dir) in self.entries(&rel, &mut scan) {
                let path = rel.join(&file);
                if is_dir {
                    scan.findings.push(Located::at(
                        &path,
                        1,
                        Finding::error("-", msg::folder_not_record()),
                    ));
                } else if file.ends_with(".yaml") {
                    scan.files.push(path);
                } else if file.starts_with(TEMP_PREFIX) {
                    scan.findings.push(Located::at(
                        &path,
                        1,
                        Finding::warning("-", msg::leftover_temporary_file()),
                    ));
                } else if !ignorable(&file) {
                    scan.findings.push(Located::at(&path, 1, misplaced(&file)));
                }
            }
        }
        // Sorted by ID, then path; the IDs are read once, and no path is copied.
        let ids: Vec<Option<RecordId>> = scan.files.iter().map(|p| file_id(p)).collect();
        let mut order: Vec<usize> = (0..scan.files.len()).collect();
        order.sort_by(|&a, &b| (ids[a], &scan.files[a]).cmp(&(ids[b], &scan.files[b])));
        let mut files: Vec<Option<PathBuf>> = scan.files.drain(..).map(Some).collect();
        scan.files = order.into_iter().filter_map(|i| files[i].take()).collect();
        scan
    }

    /// Every record file of a kind, read on every core and handed with its path to `read`,
    /// whether it could be read or not: each file and what `read` made of it, in file order, and
    /// what the scan found beside the files.
    pub fn read_kind<T: Send>(
        &self,
        kind: Kind,
        read: impl Fn(&Path, std::io::Result<Vec<u8>>) -> T + Sync,
    ) -> Files<T> {
        let Scan { files, findings } = self.scan(kind);
        // Each file's result is put beside its path, and the list then loses its `Option`s
        // where it lies: one list of the records at any time, never two.
        let mut read_files: Vec<(PathBuf, Option<T>)> =
            files.into_iter().map(|rel| (rel, None)).collect();
        in_parallel(&mut read_files, |(rel, made)| {
            *made = Some(read(rel, self.read_file(rel)));
        });
        Files {
            read: (read_files.into_iter())
                .map(|(rel, made)| (rel, made.expect("every file was read")))
                .collect(),
            problems: findings,
        }
    }

    /// The bytes of one record file, by the record's ID.
    pub fn read_record(&self, id: &RecordId) -> Result<(PathBuf, Vec<u8>)> {
        let rel = id.relative_path();
        let path = self.root.join(&rel);
        match &self.tree {
            Some(tree) => {
                if let Some(link) = tree.link_on_the_way(&rel) {
                    let path = self.root.join(link);
                    return Err(Error::Symlink { path });
                }
            }
            None => store::refuse_links(&self.root, &rel)?,
        }
        match self.read_file(&rel) {
            Ok(bytes) => Ok((rel, bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::NotFound {
                id: id.to_string(),
                noun: id.kind.noun(),
            }),
            Err(e) => Err(Error::io(msg::cannot_read(), path, e)),
        }
    }
}

/// Sorts `XDLI-2026-010` after `XDLI-2026-009` and before `XDLI-2026-1000`.
fn file_id(rel: &Path) -> Option<RecordId> {
    let stem = rel.file_stem()?.to_str()?;
    quick_id(stem).or_else(|| stem.parse::<RecordId>().ok())
}

/// An ID spelt as `coi` spells it (`XDLI-2026-001`), read without the general parser;
/// `None` for anything else, which that parser reads.
fn quick_id(stem: &str) -> Option<RecordId> {
    let (prefix, rest) = stem.split_once('-')?;
    let kind = Kind::ALL.into_iter().find(|k| k.prefix() == prefix)?;
    let (year, seq) = rest.split_once('-')?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || !(3..=9).contains(&seq.len()) || !digits(year) || !digits(seq) {
        return None;
    }
    let (year, seq) = (year.parse().ok()?, seq.parse().ok()?);
    (seq != 0).then_some(RecordId::new(kind, year, seq))
}

/// Hidden files such as `.gitkeep` or `.DS_Store` are not records and not problems.
fn ignorable(name: &str) -> bool {
    name.starts_with('.') && !name.starts_with(TEMP_PREFIX)
}

/// A link where a register folder or file should be, as a finding at its path.
pub fn link_found(rel: &Path) -> Located {
    Located::at(rel, 1, Finding::error("-", msg::symlink_skipped()))
}

fn misplaced(name: &str) -> Finding {
    Finding::warning("-", msg::stray_file(name))
}

impl Register {
    /// Whether the register reads the file at `path` (from its top, `/` between the parts):
    /// `coi.yaml`, a file of `plans/`, a `.yaml` file in a folder of a kind's folder.
    pub fn reads(path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').collect();
        match parts[..] {
            [name] => name == crate::layout::CONFIG_FILE,
            [folder, _] => folder == crate::layout::PLANS_FOLDER,
            [folder, _, name] => {
                name.ends_with(".yaml") && Kind::ALL.iter().any(|k| k.folder() == folder)
            }
            _ => false,
        }
    }

    /// The entries of the register's folder `rel`, sorted by name, from its folder or its tree;
    /// none when it is not a folder.
    pub(super) fn list(&self, rel: &Path) -> Vec<(String, Entry)> {
        if let Some(tree) = &self.tree {
            return tree.list(rel);
        }
        let Ok(read) = std::fs::read_dir(self.root.join(rel)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in read.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let entry = match (kind.is_symlink(), kind.is_dir()) {
                (true, _) => Entry::Link,
                (false, true) => Entry::Folder,
                (false, false) => Entry::File,
            };
            out.push((name, entry));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The bytes of the register's file `rel`, from its folder or its tree.
    pub(super) fn read_file(&self, rel: &Path) -> std::io::Result<Vec<u8>> {
        match &self.tree {
            Some(tree) => tree.read_file(rel),
            None => std::fs::read(self.root.join(rel)),
        }
    }

    /// Whether the register's path `rel` is a symbolic link.
    pub(super) fn is_link(&self, rel: &Path) -> bool {
        match &self.tree {
            Some(tree) => tree.entry(rel) == Some(Entry::Link),
            None => store::not_a_link(&self.root.join(rel)).is_err(),
        }
    }

    /// The entries of a folder, sorted, as (name, is a folder). Links are reported, not
    /// followed.
    fn entries(&self, rel: &Path, scan: &mut Scan) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for (name, entry) in self.list(rel) {
            if entry == Entry::Link {
                scan.findings.push(Located::at(
                    &rel.join(&name),
                    1,
                    Finding::error("-", msg::symlink_skipped()),
                ));
                continue;
            }
            out.push((name, entry == Entry::Folder));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_ids_are_read_as_the_parser_reads_them() {
        for stem in [
            "XDLI-2026-001",
            "QT-2025-1234",
            "TH-2027-999999999",
            "TH-2027-0000",
            "TH-2027-000",
            "QT-2026-01",
            "qt-2026-001",
            "QT-26-001",
            "QT-2026-001-1",
            "QT-2026-+01",
            "XX-2026-001",
            "QT-2026-4294967296",
        ] {
            if let Some(id) = quick_id(stem) {
                assert_eq!(Ok(id), stem.parse::<RecordId>().map_err(drop), "{stem}");
            }
        }
        assert!(quick_id("XDLI-2026-001").is_some());
    }
}
