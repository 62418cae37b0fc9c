//! `coi check`: every problem in `coi.yaml` and in every record, each with its file and line,
//! in one run. A file that cannot be read does not stop the others.

use std::path::Path;

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::flags::Format;
use crate::i18n::msg;
use crate::i18n::{Lang, Text};
use crate::layout::CONFIG_FILE;
use crate::problem::{Finding, Located, Severity};
use crate::register::Register;
use crate::render;

pub fn run(ctx: &mut Context) -> Result<()> {
    let (reg, config_problem) = open(ctx)?;
    let units = config_problem.is_none().then(|| reg.config.unit_codes());
    let plans = super::read::plans(&reg, units.as_deref());
    let today = ctx.today();
    // git is asked about the record files' attributes while the records are read.
    let (snapshot, attributes) = std::thread::scope(|scope| {
        let attributes = scope.spawn(|| attribute_findings(&reg));
        let snapshot = super::read::snapshot_with(
            &reg,
            ctx.calendar(),
            units.as_deref(),
            &plans.tasks,
            Some(today),
        );
        (
            snapshot,
            attributes
                .join()
                .expect("the attribute check does not panic"),
        )
    });
    let drift = super::submitted::drift(&reg, ctx.calendar(), &snapshot);
    let links = reg.links();
    let hand_edits = super::settings::hand_edit_findings(&reg);
    let mut found: Vec<&Located> = links.iter().chain(&config_problem).collect();
    found.extend(&hand_edits);
    // The plan files first: the records are checked against them.
    found.extend(&plans.findings);
    let mut records = snapshot.findings();
    records.extend(&drift);
    records.extend(&attributes);
    records.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    found.extend(records);

    let errors = found
        .iter()
        .filter(|f| f.finding.severity == Severity::Error)
        .count();
    let warnings = found.len() - errors;
    match ctx.format {
        Format::Json => super::out(&render::json(
            &found
                .iter()
                .map(|f| JsonFinding::new(f, &reg, ctx.lang))
                .collect::<Vec<_>>(),
        ))?,
        Format::Table => {
            // Each finding is printed as it is worded: a register with many never holds them
            // all as text as well.
            let summary = summary(snapshot.files, errors, warnings)
                .get(ctx.lang)
                .to_string();
            let lines = found.iter().map(|f| f.render(&reg.root, ctx.lang));
            super::out_lines(lines.chain([summary]))?;
        }
    }
    super::leave_to_exit(snapshot);
    if errors > 0 {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}

/// The register, even when its `coi.yaml` is broken: that is then the first finding, and the
/// records are still checked, without their unit codes.
fn open(ctx: &mut Context) -> Result<(Register, Option<Located>)> {
    let found = ctx.find()?;
    let root = found.root.clone();
    // The settings as the run read them, once: a broken `coi.yaml` is one more finding.
    match found.config {
        Ok(_) => {
            ctx.keep(found);
            Ok((ctx.open_register()?, None))
        }
        Err(Error::Config { problem, .. }) => {
            let finding = problem.located(Path::new(CONFIG_FILE));
            Ok((Register::unconfigured(root), Some(finding)))
        }
        // A `coi.yaml` that is a link is not read; `Register::links` names it.
        Err(Error::Symlink { .. }) => Ok((Register::unconfigured(root), None)),
        Err(e) => Err(e),
    }
}

/// Each git attribute of a record file that is not `coi`'s own, as an error at the file. When
/// git cannot be asked, there is nothing to say: the records are what `check` is about.
fn attribute_findings(reg: &Register) -> Vec<Located> {
    let driver = crate::sync::DRIVER;
    let found = reg.foreign_attributes(driver, true).unwrap_or_default();
    (found.iter())
        .map(|a| {
            let message = msg::foreign_attribute(a.spelled(), driver);
            Located::at(
                &a.path,
                1,
                Finding::error("-", message).code("git-attribute"),
            )
        })
        .collect()
}

fn summary(records: usize, errors: usize, warnings: usize) -> Text {
    msg::checked(
        msg::RECORDS.count(records as u64),
        msg::ERRORS.count(errors as u64),
        msg::WARNINGS.count(warnings as u64),
    )
}

#[derive(Serialize)]
pub struct JsonFinding {
    path: String,
    line: usize,
    severity: String,
    field: String,
    code: &'static str,
    message: String,
}

impl JsonFinding {
    pub fn new(f: &Located, reg: &Register, lang: Lang) -> JsonFinding {
        JsonFinding {
            path: reg.shown(&f.path).display().to_string(),
            line: f.line,
            severity: f.finding.severity.to_string(),
            field: f.finding.field.clone(),
            code: f.finding.code,
            message: f.finding.message.get(lang).to_string(),
        }
    }
}
