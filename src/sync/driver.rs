//! The merge driver: how git merges two versions of a record file (a `git pull`, or a merge by
//! hand), with the same field-by-field merge as `coi sync` ([`crate::rules::merge`]).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::model::{Conflict, Kind};
use crate::register::{git, store};
use crate::rules::merge::{Unmergeable, merge_record};

use super::repo::Repo;

/// The merge driver's name in `.gitattributes` and git's configuration.
pub const DRIVER: &str = "coi-record";
/// The register's `.gitattributes`: its record folders merge with `coi`.
pub const ATTRIBUTES: &str = ".gitattributes";

impl Repo {
    /// Tells git how to merge record files: `.gitattributes` in the register (committed when it
    /// changes) and the driver in the repository's configuration, with the running program's
    /// absolute path, so that git finds it whatever PATH it is run with.
    pub fn register_driver(&self, exe: &Path, message: &str) -> Result<()> {
        self.configure_driver(exe)?;
        if write_attributes(&self.dir)? {
            let path = PathBuf::from(ATTRIBUTES);
            git::commit(&self.dir, &[path], message, &self.who)?;
        }
        Ok(())
    }

    /// The driver in the repository's configuration only, and `pull.rebase=false`: a plain
    /// `git pull` then merges, through the driver, instead of stopping at git's question of how
    /// to reconcile the two branches.
    pub fn configure_driver(&self, exe: &Path) -> Result<()> {
        let command = format!("{} merge-record %O %A %B %P", shell_quoted(exe));
        let settings = [
            (
                format!("merge.{DRIVER}.name"),
                "coi: hồ sơ của sổ".to_string(),
            ),
            (format!("merge.{DRIVER}.driver"), command),
            ("pull.rebase".to_string(), "false".to_string()),
        ];
        // Written only when they differ: every sync asks, and the configuration is rewritten
        // whole each time git writes it.
        for (key, value) in settings {
            if self.config(&key).as_deref() != Some(value.as_str()) {
                self.bytes(&["config", &key, &value])?;
            }
        }
        Ok(())
    }
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
            store::replace(ours, merged.text.as_bytes())?;
            Ok(Ok(merged.new_conflicts))
        }
        Err(why) => Ok(Err(why)),
    }
}

/// Adds the driver's lines to the register's `.gitattributes`; true when the file changed.
pub fn write_attributes(dir: &Path) -> Result<bool> {
    let lines: Vec<String> = Kind::ALL
        .iter()
        .map(|kind| format!("{}/** merge={DRIVER}", kind.folder()))
        .collect();
    store::ensure_lines(&dir.join(ATTRIBUTES), &lines)
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
    fn the_driver_path_is_one_shell_word() {
        assert_eq!(shell_quoted(Path::new("/opt/coi")), "'/opt/coi'");
        assert_eq!(
            shell_quoted(Path::new("/home/o'brien/bin/coi")),
            r"'/home/o'\''brien/bin/coi'"
        );
    }
}
