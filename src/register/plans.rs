//! The plan files of the register, `plans/<year>.yaml`: found, read and written. What a file
//! says is for the caller to make out (the plan checks do).

use std::path::PathBuf;

use super::Register;
use super::store;
use super::tree::Entry;
use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::layout::{PLANS_FOLDER, plan_path, plan_year};
use crate::problem::{Finding, Located};

/// One plan file: its path relative to the register, its year and its bytes, or why they could
/// not be read.
pub type PlanFile = (PathBuf, i32, std::io::Result<Vec<u8>>);

impl Register {
    /// Every plan file, by year, and what else is in the folder. A register without the folder
    /// has no plans, and that is no problem.
    pub fn plan_files(&self) -> (Vec<PlanFile>, Vec<Located>) {
        let (mut files, mut found) = (Vec::new(), Vec::new());
        let folder = std::path::Path::new(PLANS_FOLDER);
        if self.is_link(folder) {
            found.push(super::load::link_found(folder));
            return (files, found);
        }
        for (name, entry) in self.list(folder) {
            let rel = folder.join(&name);
            if name.starts_with('.') && !name.starts_with(store::TEMP_PREFIX) {
                continue;
            }
            if entry == Entry::Link {
                found.push(super::load::link_found(&rel));
                continue;
            }
            match plan_year(&name) {
                Some(year) if entry == Entry::File => {
                    let read = self.read_file(&rel);
                    files.push((rel, year, read));
                }
                _ => {
                    let message = msg::not_a_plan_file(&name);
                    found.push(Located::at(&rel, 1, Finding::warning("-", message)));
                }
            }
        }
        (files, found)
    }

    /// Writes the plan of a year; an existing plan is never replaced. Call it while holding the
    /// lock.
    pub fn create_plan(&self, year: i32, text: &str) -> Result<PathBuf> {
        let rel = plan_path(year);
        store::refuse_links(&self.root, &rel)?;
        let path = self.root.join(&rel);
        if path.exists() {
            return Err(Error::PlanExists {
                path: self.shown(&rel),
                year,
            });
        }
        store::create_new(&path, text.as_bytes())?;
        Ok(rel)
    }
}
