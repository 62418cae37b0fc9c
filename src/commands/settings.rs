//! What the settings files (`coi.yaml`, `plans/`) share: the version last committed, the keys an
//! edit changed and what `config edit` and `plan edit` say and commit, the files changed by hand
//! and not committed, which `status`, `check` and `sync` name, and the settings commits in the
//! clerk's words for `log`.

use std::path::Path;

use serde_yaml::Value;

use crate::error::Result;
use crate::i18n::{Lang, Text, join, msg};
use crate::layout::{CONFIG_FILE, PLANS_FOLDER, plan_year};
use crate::problem::{Finding, Located, WHOLE_FILE};
use crate::register::{Register, git};

/// How the subject of a commit of `coi config edit` begins (`config: edit signer, units`).
pub const EDIT_SUBJECT: &str = "config: edit";

/// What `coi config edit` and `coi plan edit` say once the file is saved (and, when
/// `committed`, committed).
pub(super) fn edited(
    reg: &Register,
    file: &str,
    changed: &[String],
    committed: bool,
    lang: Lang,
) -> String {
    if !committed {
        return format!("{}\n", msg::settings_back_to_committed(file).get(lang));
    }
    let fields = match changed.is_empty() {
        true => String::new(),
        false => format!(" ({})", join(changed)),
    };
    let mut text = format!("{}\n", msg::settings_edited(file, fields).get(lang));
    if reg.config.auto_commit && git::has_remote(&reg.root) {
        text.push_str(&format!("{}\n", msg::settings_send_with_sync().get(lang)));
    }
    text
}

/// The file as last committed, which an edit is measured against: a hand edit not yet
/// committed is part of the change. The file as it stands when nothing is committed here.
pub(super) fn committed(reg: &Register, rel: &Path, now: &[u8]) -> Vec<u8> {
    if reg.config.auto_commit && git::in_work_tree(&reg.root) {
        git::file_at(&reg.root, "HEAD", rel).unwrap_or_default()
    } else {
        now.to_vec()
    }
}

/// The top-level keys whose values differ between two versions of a settings file, in the
/// order of the new one, then those it dropped.
pub(super) fn changed_keys(before: &[u8], after: &[u8]) -> Vec<String> {
    let mapping = |bytes: &[u8]| match serde_yaml::from_slice::<Value>(bytes) {
        Ok(Value::Mapping(m)) => m,
        _ => serde_yaml::Mapping::new(),
    };
    let (a, b) = (mapping(before), mapping(after));
    let key = |k: &Value| match k {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let changed = b
        .iter()
        .filter(|(k, v)| a.get(*k) != Some(*v))
        .map(|(k, _)| k);
    let dropped = a.keys().filter(|k| !b.contains_key(*k));
    changed.chain(dropped).filter_map(key).collect()
}

/// A commit subject: `config: edit signer, units`, or `config: edit` when only comments or
/// the layout changed.
pub(super) fn subject(start: &str, changed: &[String]) -> String {
    match changed.is_empty() {
        true => start.to_string(),
        false => format!("{start} {}", join(changed)),
    }
}

/// The settings files changed and not committed (a hand edit), each with the command that
/// commits it; none outside a git work tree.
pub fn hand_edits(reg: &Register) -> Result<Vec<(String, Option<String>)>> {
    if !git::in_work_tree(&reg.root) {
        return Ok(Vec::new());
    }
    let settings = [crate::layout::CONFIG_FILE, crate::layout::PLANS_FOLDER];
    let files = git::uncommitted(&reg.root, &settings)?;
    Ok(files
        .into_iter()
        .map(|file| {
            let command = command_for(&file);
            (file, command)
        })
        .collect())
}

/// The hand edits that `status` and `check` name: only in a register that commits its changes
/// (`auto_commit`); one that does not (the demo register inside another repository) leaves
/// its commits to the person.
pub fn hand_edits_to_name(reg: &Register) -> Vec<(String, Option<String>)> {
    if !reg.config.auto_commit {
        return Vec::new();
    }
    hand_edits(reg).unwrap_or_default()
}

/// The `coi` command that checks and commits a settings file: `coi config edit`, `coi plan edit
/// --year 2026`; none for another file of `plans/`.
fn command_for(file: &str) -> Option<String> {
    if file == CONFIG_FILE {
        return Some("coi config edit".into());
    }
    let name = file.strip_prefix(PLANS_FOLDER)?.strip_prefix('/')?;
    plan_year(name).map(|year| format!("coi plan edit --year {year}"))
}

/// The hand edits with each file as the person sees it from the current folder.
pub fn hand_edits_shown(
    reg: &Register,
    files: &[(String, Option<String>)],
) -> Vec<(String, Option<String>)> {
    (files.iter())
        .map(|(file, command)| {
            let file = reg.shown(Path::new(file)).display().to_string();
            (file, command.clone())
        })
        .collect()
}

/// The warnings of `check`: one on each settings file changed and not committed.
pub fn hand_edit_findings(reg: &Register) -> Vec<Located> {
    let files = hand_edits_to_name(reg);
    (files.into_iter())
        .map(|(file, command)| {
            let message: Text = match command {
                Some(command) => msg::settings_uncommitted(command),
                None => msg::settings_uncommitted_git(),
            };
            let finding = Finding::warning(WHOLE_FILE, message).code(UNCOMMITTED_SETTINGS);
            Located::at(Path::new(&file), 1, finding)
        })
        .collect()
}

/// The code of `check`'s warning on a settings file not committed.
pub const UNCOMMITTED_SETTINGS: &str = "uncommitted-settings";

/// A commit subject of `coi config edit`, `coi plan edit` or `coi plan init` in the clerk's
/// words: `Sửa coi.yaml: signer`; `None` for any other subject.
pub fn subject_said(subject: &str, lang: Lang) -> Option<String> {
    let fields = |rest: &str| match rest.strip_prefix(' ') {
        Some(fields) => format!(": {fields}"),
        None => String::new(),
    };
    if let Some(rest) = subject.strip_prefix(EDIT_SUBJECT) {
        return Some(
            msg::log_settings_edited(CONFIG_FILE, fields(rest))
                .get(lang)
                .to_string(),
        );
    }
    let (year, step) = subject.strip_prefix("plan ")?.split_once(": ")?;
    let year: i32 = year.parse().ok()?;
    if step == "init" {
        return Some(msg::log_plan_made(year).get(lang).to_string());
    }
    let rest = step.strip_prefix("edit")?;
    let file = crate::layout::plan_path(year).display().to_string();
    Some(
        msg::log_settings_edited(file, fields(rest))
            .get(lang)
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_an_edit_changed_are_named_in_the_order_of_the_file() {
        let before = "schema: 1\nagency: Ban A\nplace: X\n# note\n".as_bytes();
        let after = "schema: 1\nagency: Ban B\nsigner:\n  name: Lê Văn Tâm\n".as_bytes();
        assert_eq!(changed_keys(before, after), ["agency", "signer", "place"]);
        let layout = "schema: 1\nagency:   Ban A\nplace: X\n".as_bytes();
        assert!(changed_keys(before, layout).is_empty());
        assert_eq!(subject(EDIT_SUBJECT, &[]), "config: edit");
    }

    #[test]
    fn a_settings_file_is_committed_by_its_own_command() {
        assert_eq!(command_for("coi.yaml").unwrap(), "coi config edit");
        assert_eq!(
            command_for("plans/2026.yaml").unwrap(),
            "coi plan edit --year 2026"
        );
        assert_eq!(command_for("plans/ghi-chu.txt"), None);
    }

    #[test]
    fn the_subjects_of_settings_commits_are_said_in_vietnamese() {
        let said = |s| subject_said(s, Lang::Vi);
        assert_eq!(
            said("config: edit signer, units").unwrap(),
            "Sửa coi.yaml: signer, units"
        );
        assert_eq!(said("config: edit").unwrap(), "Sửa coi.yaml");
        assert_eq!(
            said("plan 2026: edit tasks").unwrap(),
            "Sửa plans/2026.yaml: tasks"
        );
        assert_eq!(said("plan 2026: init").unwrap(), "Tạo kế hoạch năm 2026");
        assert_eq!(said("case XDLI-2026-001: add"), None);
    }
}
