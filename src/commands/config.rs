//! `coi config edit`: `coi.yaml` in the person's editor, checked as every command reads it, and
//! committed, so that `coi sync` takes the settings to every clone. What the settings files
//! share with `plan edit`, `status`, `check`, `sync` and `log` is in `settings.rs`.

use std::path::Path;

use super::editor::{self, Saved, Words};

use super::settings::{EDIT_SUBJECT, changed_keys, committed, edited, subject};
use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::{Lang, msg};
use crate::layout::CONFIG_FILE;
use crate::problem::{Finding, Located, WHOLE_FILE};
use crate::register::{Config, Register};
use crate::rules::settings::parse_config;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub action: ConfigCommand,
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum ConfigCommand {
    /// Open coi.yaml in the editor (VISUAL, EDITOR), check it as every command reads it and
    /// commit it, for `coi sync` to send to the other clones
    Edit,
}

pub fn run(ctx: &mut Context, args: &ConfigArgs) -> Result<()> {
    match args.action {
        ConfigCommand::Edit => edit(ctx),
    }
}

fn edit(ctx: &mut Context) -> Result<()> {
    // A `coi.yaml` that cannot be read is the one most in need of the editor.
    let reg = match ctx.open_register() {
        Ok(reg) => reg,
        Err(Error::Config { .. }) => {
            let root = crate::register::discover(ctx.data_flag(), &ctx.cwd)?;
            Register::unconfigured(root)
        }
        Err(e) => return Err(e),
    };
    let rel = Path::new(CONFIG_FILE);
    let path = reg.root.join(rel);
    let original = std::fs::read(&path).map_err(|e| Error::io(msg::cannot_read(), &path, e))?;
    let before = committed(&reg, rel, &original);
    let file = reg.shown(rel).display().to_string();
    let words = Words {
        again: msg::settings_edit_again(&file),
        abandoned: Refusal::SettingsDraftHasErrors { file: file.clone() },
    };
    let lang = ctx.lang;
    let checked = editor::in_editor(&path, &original, before != original, &words, lang, |b| {
        check(b, &reg.root, lang)
    })?;
    let Some((config, bytes)) = checked else {
        return super::out(&format!("{}\n", msg::settings_unchanged(&file).get(lang)));
    };
    let changed = changed_keys(&before, &bytes);
    // The register as the new settings make it: they say whether and as whom to commit.
    let reg = Register::new(reg.root, config);
    let actor = ctx.actor(&reg.root);
    let saved = Saved {
        rel,
        original: &original,
        bytes: &bytes,
        message: &subject(EDIT_SUBJECT, &changed),
        commit: bytes != before,
        actor: &actor,
        changed_meanwhile: Refusal::SettingsChangedWhileEditing { file: file.clone() },
    };
    editor::save(&reg, ctx, saved)?;
    super::out(&edited(&reg, &file, &changed, bytes != before, lang))
}

/// The new text of `coi.yaml` as the settings, or the problem to show (as a `check` line).
fn check(bytes: &[u8], root: &Path, lang: Lang) -> std::result::Result<Config, Vec<String>> {
    let rel = Path::new(CONFIG_FILE);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        let finding = Finding::error(WHOLE_FILE, msg::file_not_utf8());
        vec![Located::at(rel, line, finding).render(root, lang)]
    })?;
    parse_config(text).map_err(|problem| vec![problem.located(rel).render(root, lang)])
}
