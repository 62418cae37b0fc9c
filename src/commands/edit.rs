//! `coi <kind> edit ID`: correct a record in the person's editor. The editor works on a copy;
//! the copy is checked exactly as `check` would, and only a valid record replaces the file, with
//! an `edited` event naming the changed fields and one commit. The ID and the history cannot be
//! changed this way. Saving clears the conflicts that a merge of two clones left: the values
//! saved are the clerk's choice.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml::Value;

use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::msg;
use crate::i18n::{Lang, Text, join};
use crate::model::Event;
use crate::model::vocab::Action;
use crate::register::{Register, store};
use crate::rules::Rules;
use crate::rules::calendar::Calendar;
use crate::rules::file::{self, Checks, MERGE_CONFLICT};
use crate::yaml::record_yaml;

pub fn run<R: Rules>(ctx: &mut Context, args: &super::args::ShowArgs) -> Result<()> {
    let id = super::read::parse_id::<R>(&args.id)?;
    let reg = ctx.open_register()?;
    let id = super::read::resolve::<R>(&reg, id, ctx.lang)?;
    let loaded = super::read::one::<R>(&reg, ctx.calendar(), &id)?;
    let path = reg.root.join(&loaded.rel);
    let original = std::fs::read(&path).map_err(|e| Error::io(msg::cannot_read(), &path, e))?;
    if loaded.record.void().is_some() {
        return Err(Error::Refused(Refusal::RecordVoid { id }));
    }

    // Saving a record in conflict unchanged keeps the values it holds: that settles it too.
    let settles = !loaded.record.conflicts().is_empty();
    let words = Words {
        again: msg::EDIT_AGAIN.into(),
        abandoned: Refusal::DraftHasErrors,
    };
    // A record in conflict opens with a comment in the person's language on what its
    // `conflicts` list says and how to settle it; the comment is not saved.
    let draft = if settles {
        let mut draft = msg::EDIT_CONFLICTS_NOTE.get(ctx.lang).as_bytes().to_vec();
        draft.extend_from_slice(&original);
        draft
    } else {
        original.clone()
    };
    let checked = in_editor(&path, &draft, settles, &words, ctx.lang, |bytes| {
        check_draft::<R>(
            &reg,
            ctx.calendar(),
            &loaded.record,
            &loaded.rel,
            bytes,
            ctx.lang,
        )
    })?;
    let Some((edited, _)) = checked else {
        return super::out(&format!("{}\n", msg::NO_CHANGE.get(ctx.lang)));
    };

    let mut record = final_links(&reg, edited, ctx.lang)?;
    // What the clerk saved is the choice between the values of two clones.
    record.conflicts_mut().clear();
    let changed = changed_fields(&loaded.record, &record);
    let actor = ctx.actor(&reg.root);
    let fields = join(&changed);
    record.history_mut().push(Event {
        at: ctx.now,
        by: actor.clone(),
        action: Action::Edited.yaml().to_string(),
        note: Some(fields.clone()),
    });
    let bytes = record_yaml(&record);
    let saved = Saved {
        rel: &loaded.rel,
        original: &original,
        bytes: bytes.as_bytes(),
        message: &format!("{} {id}: edit {fields}", R::KIND.noun()),
        commit: true,
        actor: &actor,
        changed_meanwhile: Refusal::ChangedWhileEditing { id },
    };
    save(&reg, ctx, saved)?;
    let said = |lang| super::log::fields_said::<R>(&fields, lang).unwrap_or_else(|| fields.clone());
    let said = Text::new(said(Lang::Vi), said(Lang::En));
    let done = msg::record_edited(reg.shown(&loaded.rel).display(), said);
    super::out(&format!("{}\n{id}\n", done.get(ctx.lang)))
}

/// The record with each link given a provisional ID that has been published naming the final
/// one (see [`super::show::final_links`]), told on stderr.
fn final_links<R: Rules>(reg: &Register, record: R, lang: Lang) -> Result<R> {
    let Ok(mut doc) = serde_yaml::to_value(&record) else {
        return Ok(record);
    };
    let replaced = super::show::final_links(reg, R::FIELDS, &mut doc)?;
    if replaced.is_empty() {
        return Ok(record);
    }
    super::show::tell_final_links(&replaced, lang);
    Ok(serde_yaml::from_value(doc).unwrap_or(record))
}

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

/// The draft as a record, or the problems to show (as `check` lines).
fn check_draft<R: Rules>(
    reg: &Register,
    cal: &Calendar,
    before: &R,
    rel: &Path,
    bytes: &[u8],
    lang: Lang,
) -> std::result::Result<R, Vec<String>> {
    let units = reg.config.unit_codes();
    let plans = super::read::plans(reg, Some(&units));
    let checks = Checks {
        units: Some(&units),
        calendar: cal,
        tasks: Some(&plans.tasks),
        today: None,
    };
    let parsed = file::parse::<R>(rel.to_path_buf(), bytes, checks);
    let id = before.id();
    if parsed.record.as_ref().is_some_and(|r| r.id() != id) {
        return Err(vec![msg::id_not_editable(id).get(lang).to_string()]);
    }
    // The conflicts a merge left are the clerk's to settle here: saving clears them.
    let errors: Vec<String> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.is_error() && f.finding.code != MERGE_CONFLICT)
        .map(|f| f.render(&reg.root, lang))
        .collect();
    let Some(record) = parsed.record.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let refusals: Vec<String> = [
        (
            record.history() != before.history(),
            msg::history_not_editable(),
        ),
        (record.void() != before.void(), msg::void_not_editable()),
    ]
    .into_iter()
    .filter(|(refused, _)| *refused)
    .map(|(_, why)| why.get(lang).to_string())
    .collect();
    if refusals.is_empty() {
        Ok(record)
    } else {
        Err(refusals)
    }
}

/// The top-level fields whose values differ.
fn changed_fields<R: Rules>(before: &R, after: &R) -> Vec<String> {
    let (Ok(Value::Mapping(a)), Ok(Value::Mapping(b))) =
        (serde_yaml::to_value(before), serde_yaml::to_value(after))
    else {
        return Vec::new();
    };
    R::FIELDS
        .iter()
        .map(|f| f.name)
        .filter(|name| a.get(*name) != b.get(*name))
        .map(str::to_string)
        .collect()
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
