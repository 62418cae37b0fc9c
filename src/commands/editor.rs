//! The editor loop that `edit`, `config edit` and `plan edit` share: a file opened in the
//! person's editor ($VISUAL, $EDITOR) on a draft, checked after each save until it passes or is
//! abandoned, then written and committed under the lock.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::{Lang, Text, msg};
use crate::register::Register;
use crate::register::store;

/// What the person is told when a draft keeps its errors.
pub(super) struct Words {
    /// The question whether to edit again (on a terminal).
    pub again: Text,
    /// Why nothing was written, when the draft is abandoned.
    pub abandoned: Refusal,
}

/// The file at `path` edited in the person's editor, on a copy in a temporary folder: the copy
/// is opened again after each save that `check` refuses (the problems shown, on a terminal the
/// person asked whether to go on) until it passes or is abandoned. The checked value and the
/// bytes saved; `None` when they are the bytes of `original`, unless `unchanged_counts` (the
/// file as it stands is itself the change: a record in conflict, a hand edit not committed).
pub(super) fn in_editor<T>(
    path: &Path,
    original: &[u8],
    unchanged_counts: bool,
    words: &Words,
    lang: Lang,
    mut check: impl FnMut(&[u8]) -> std::result::Result<T, Vec<String>>,
) -> Result<Option<(T, Vec<u8>)>> {
    let workdir = tempfile::Builder::new()
        .prefix("coi-edit-")
        .tempdir()
        .map_err(|e| Error::io(msg::cannot_make_draft(), path, e))?;
    let draft = workdir
        .path()
        .join(path.file_name().expect("an edited file has a name"));
    // The draft lies in a temporary folder: errors name the file it is a draft of.
    std::fs::write(&draft, original).map_err(|e| Error::io(msg::cannot_make_draft(), path, e))?;
    loop {
        open_editor(&draft)?;
        let bytes =
            std::fs::read(&draft).map_err(|e| Error::io(msg::cannot_read_draft(), path, e))?;
        if bytes == original && !unchanged_counts {
            return Ok(None);
        }
        match check(&bytes) {
            Ok(value) => return Ok(Some((value, bytes))),
            Err(problems) => {
                for line in &problems {
                    eprintln!("{line}");
                }
                if !ask_again(words.again.get(lang), lang) {
                    return Err(Error::Refused(words.abandoned.clone()));
                }
            }
        }
    }
}

/// A checked edit, to be written and committed.
pub(super) struct Saved<'a> {
    /// The file, relative to the register.
    pub rel: &'a Path,
    /// The file as it was when the editor opened.
    pub original: &'a [u8],
    pub bytes: &'a [u8],
    pub message: &'a str,
    /// False when the file goes back to what is committed (a hand edit undone): nothing to
    /// commit.
    pub commit: bool,
    pub actor: &'a str,
    /// The refusal when someone changed the file while the editor was open.
    pub changed_meanwhile: Refusal,
}

/// Writes an edit and commits it, with the register's lock held, unless the file changed while
/// the editor was open.
pub(super) fn save(reg: &Register, ctx: &Context, saved: Saved) -> Result<()> {
    reg.ready_for_change()?;
    let lock = ctx.lock(reg)?;
    let path = reg.root.join(saved.rel);
    let now = std::fs::read(&path).unwrap_or_default();
    if now != saved.original {
        return Err(Error::Refused(saved.changed_meanwhile));
    }
    store::replace(&path, saved.bytes)?;
    if saved.commit {
        let undo = super::Undo::Restore(saved.original.to_vec());
        super::commit(reg, ctx, saved.rel, saved.message, saved.actor, undo)?;
    }
    drop(lock);
    Ok(())
}

/// `$VISUAL`, else `$EDITOR`, else Notepad on Windows and nano or vi elsewhere.
fn editor() -> Vec<String> {
    for var in ["VISUAL", "EDITOR"] {
        if let Ok(value) = std::env::var(var) {
            let words = command_words(&value);
            if !words.is_empty() {
                return words;
            }
        }
    }
    if cfg!(windows) {
        return vec!["notepad".into()];
    }
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(name).is_file()))
    };
    vec![if on_path("nano") { "nano" } else { "vi" }.into()]
}

/// An editor setting as program and arguments: `code --wait`,
/// `"C:\Program Files\Notepad++\notepad++.exe" -multiInst`, or a path with spaces and no quotes
/// at all. Backslashes are part of Windows paths, so only double quotes group words.
fn command_words(value: &str) -> Vec<String> {
    let value = value.trim();
    if !value.is_empty() && Path::new(value).is_file() {
        return vec![value.to_string()];
    }
    let (mut words, mut word, mut quoted, mut in_word) = (Vec::new(), String::new(), false, false);
    for c in value.chars() {
        match c {
            '"' => (quoted, in_word) = (!quoted, true),
            c if c.is_whitespace() && !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                }
                in_word = false;
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn open_editor(file: &Path) -> Result<()> {
    let words = editor();
    let status = Command::new(&words[0])
        .args(&words[1..])
        .arg(file)
        .status()
        .map_err(|e| Error::io(msg::cannot_start_editor(), PathBuf::from(&words[0]), e))?;
    if !status.success() {
        let program = words[0].clone();
        return Err(Error::Refused(Refusal::EditorFailed { program }));
    }
    Ok(())
}

/// On a terminal, whether to edit again; elsewhere, never (a script cannot answer).
fn ask_again(question: &str, lang: Lang) -> bool {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return false;
    }
    super::prompt::yes_or_no(question, Some(true), lang).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::command_words;

    #[test]
    fn an_editor_setting_splits_at_spaces_outside_double_quotes() {
        assert_eq!(command_words("code --wait"), ["code", "--wait"]);
        assert_eq!(
            command_words(r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst"#),
            [r"C:\Program Files\Notepad++\notepad++.exe", "-multiInst"]
        );
        assert_eq!(
            command_words(r#"vim -c "set tw=0""#),
            ["vim", "-c", "set tw=0"]
        );
        assert_eq!(command_words(r#""""#), [""]);
        assert!(command_words("   ").is_empty());
    }

    #[test]
    fn a_path_with_spaces_and_no_quotes_is_one_program() {
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("my editor.sh");
        std::fs::write(&program, "").unwrap();
        let setting = program.display().to_string();
        assert_eq!(command_words(&format!(" {setting} ")), [setting]);
    }
}
