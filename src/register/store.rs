//! Durable, atomic writes and the register's lock.

use std::fs::{self, File, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::i18n::msg;

/// The lock file, ignored by git.
pub const LOCK_FILE: &str = ".coi.lock";
/// Temporary files are named so that `check` and `.gitignore` know them.
pub const TEMP_PREFIX: &str = ".coi-tmp-";

/// Writes `bytes` to a new file at `path`; never replaces an existing file.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, false)
}

/// Replaces the file at `path` with `bytes` in one step.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, true)
}

fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    let cannot = |e| Error::io(msg::cannot_write_file(), path, e);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)
        .map_err(|e| match e.kind() {
            // A file where a folder should be: "exists" would point the person the wrong way.
            std::io::ErrorKind::AlreadyExists => std::io::ErrorKind::NotADirectory.into(),
            _ => e,
        })
        .map_err(cannot)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    // Readable by the others who share the register (as the umask allows), like any file the
    // person saves, rather than the private mode of a temporary file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp = builder.tempfile_in(dir).map_err(cannot)?;
    failpoint("disk-full").map_err(cannot)?;
    temp.write_all(bytes).map_err(cannot)?;
    temp.as_file().sync_all().map_err(cannot)?;
    failpoint("before-rename").map_err(cannot)?;
    if replace {
        temp.persist(path).map_err(|e| cannot(e.error))?;
    } else {
        temp.persist_noclobber(path).map_err(|e| cannot(e.error))?;
    }
    sync_dir(dir).map_err(cannot)
}

/// Makes a rename durable: the folder entry must reach the disk too.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Test builds can be told to fail at a named point, to prove that a failed or interrupted
/// write leaves nothing half done: `COI_FAILPOINT=before-rename` fails after the temporary file
/// is written, `disk-full` fails as a full disk would, `kill-before-rename` ends the process
/// there at once, as a power cut or a kill would; `kill-before-move` ends `coi sync` after the
/// remote took its tip and before the work tree moves, `before-move` fails the move there.
///
/// Only with the `failpoints` feature, which the tests turn on (a dev-dependency of the crate on
/// itself, in Cargo.toml) in debug and release builds alike; a build for the clerk has no such
/// variable to read.
#[cfg(feature = "failpoints")]
pub fn failpoint(name: &str) -> io::Result<()> {
    let Ok(wanted) = std::env::var("COI_FAILPOINT") else {
        return Ok(());
    };
    match (wanted.as_str(), name) {
        ("kill-before-rename", "before-rename") => std::process::abort(),
        ("kill-before-move", "before-move") => std::process::abort(),
        ("disk-full", "disk-full") => Err(io::Error::from(io::ErrorKind::StorageFull)),
        (w, n) if w == n => Err(io::Error::other(format!("failpoint {name}"))),
        _ => Ok(()),
    }
}

#[cfg(not(feature = "failpoints"))]
pub fn failpoint(_name: &str) -> io::Result<()> {
    Ok(())
}

/// Refuses a path that is a symbolic link: nothing outside the register is ever read or written
/// through one. A path that does not exist (yet) is no link.
pub fn not_a_link(path: &Path) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(Error::Symlink {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

/// Refuses `rel` (relative to the register `root`) when it or a folder on the way to it is a
/// symbolic link; the folders that do not exist yet are not looked at. One look per component:
/// `cases`, `cases/2026`, `cases/2026/XDLI-2026-001.yaml`.
pub fn refuse_links(root: &Path, rel: &Path) -> Result<()> {
    let mut path = root.to_path_buf();
    for part in rel.components() {
        path.push(part);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(Error::Symlink { path }),
            Ok(_) => {}
            Err(_) => return Ok(()),
        }
    }
    Ok(())
}

/// Adds to the text file at `path` each of `lines` it lacks (a `.gitignore`, a
/// `.gitattributes`), keeping what is there; true when the file changed.
pub fn ensure_lines(path: &Path, lines: &[String]) -> Result<bool> {
    not_a_link(path)?;
    let existing = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(msg::cannot_read(), path, e)),
    };
    let mut text = existing.clone();
    for line in lines {
        if !existing.lines().any(|l| l.trim() == line) {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(line);
            text.push('\n');
        }
    }
    if text == existing {
        return Ok(false);
    }
    replace(path, text.as_bytes())?;
    Ok(true)
}

/// Held while a command changes the register; the OS releases it if the process dies.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// How long a command waits for another to finish writing.
const LOCK_WAIT: Duration = Duration::from_secs(30);

/// Takes the register's lock, waiting up to [`LOCK_WAIT`] while another command holds it;
/// `waiting` is called once, when the wait begins, to tell the person why nothing happens.
pub fn lock(root: &Path, waiting: impl FnOnce()) -> Result<Lock> {
    let path: PathBuf = root.join(LOCK_FILE);
    not_a_link(&path)?;
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(msg::cannot_open_lock_file(), &path, e))?;
    let start = Instant::now();
    let mut waiting = Some(waiting);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                if let Some(tell) = waiting.take() {
                    tell();
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(TryLockError::WouldBlock) => return Err(Error::Locked { path }),
            Err(TryLockError::Error(e)) => {
                return Err(Error::io(msg::cannot_lock_register(), &path, e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("2026/XDLI-2026-001.yaml");
        create_new(&path, b"first\n").unwrap();
        let err = create_new(&path, b"second\n").unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), b"first\n");
        // Nothing else is left in the folder: no temporary file.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("XDLI-2026-001.yaml")]);
        replace(&path, b"third\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"third\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o044, 0o044, "others can read: {mode:o}");
        }
    }
}
