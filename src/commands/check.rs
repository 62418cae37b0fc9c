//! `coi check`: every problem in `coi.yaml` and in every record, each with its file and line,
//! in one run. A file that cannot be read does not stop the others.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::cli::Format;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::{Case, Gift, Record, RecordId, Training};
use crate::register::{CONFIG_FILE, Register, load};
use crate::render;
use crate::rules::{Finding, Located, Severity};
use crate::text;

pub fn run(ctx: &mut Context) -> Result<()> {
    let (reg, config_problem) = match ctx.open_register() {
        Ok(reg) => (reg, None),
        Err(Error::Config { line, message, .. }) => {
            // Records are still checked, without the unit codes.
            let root = crate::register::discover(ctx.data_flag(), &ctx.cwd)?;
            let finding = Located {
                path: PathBuf::from(CONFIG_FILE),
                line,
                finding: Finding::error("-", message),
            };
            (Register::unconfigured(root), Some(finding))
        }
        Err(e) => return Err(e),
    };
    let units = config_problem.is_none().then(|| reg.config.unit_codes());
    let mut run = Run {
        reg: &reg,
        units: units.as_deref(),
        found: config_problem.into_iter().collect(),
        ids: HashMap::new(),
        records: 0,
    };
    run.kind::<Case>();
    run.kind::<Gift>();
    run.kind::<Training>();
    let Run {
        mut found, records, ..
    } = run;
    found.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));

    let errors = found
        .iter()
        .filter(|f| f.finding.severity == Severity::Error)
        .count();
    let warnings = found.len() - errors;
    let text = match ctx.format {
        Format::Json => render::json(
            &found
                .iter()
                .map(|f| JsonFinding::new(f, &reg, ctx.lang))
                .collect::<Vec<_>>(),
        ),
        Format::Table => {
            let mut text = String::new();
            for f in &found {
                text.push_str(&f.render(&reg.root, ctx.lang));
                text.push('\n');
            }
            text.push_str(summary(records, errors, warnings).get(ctx.lang));
            text.push('\n');
            text
        }
    };
    super::out(&text)?;
    if errors > 0 {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}

struct Run<'a> {
    reg: &'a Register,
    units: Option<&'a [String]>,
    found: Vec<Located>,
    ids: HashMap<RecordId, PathBuf>,
    records: usize,
}

impl Run<'_> {
    fn kind<R: Record>(&mut self) {
        let scan = self.reg.scan(R::KIND);
        self.found.extend(scan.findings);
        for rel in scan.files {
            self.records += 1;
            let bytes = match std::fs::read(self.reg.root.join(&rel)) {
                Ok(b) => b,
                Err(e) => {
                    let detail = e.to_string();
                    self.found.push(Located {
                        path: rel,
                        line: 1,
                        finding: Finding::error(
                            "-",
                            text!(
                                "không đọc được tệp: {detail}",
                                "cannot read the file: {detail}"
                            ),
                        ),
                    });
                    continue;
                }
            };
            let checks = load::Checks {
                units: self.units,
                calendar: &self.reg.calendar,
            };
            let parsed = load::parse::<R>(rel.clone(), &bytes, checks);
            self.found.extend(parsed.findings);
            let Some(record) = parsed.record else {
                continue;
            };
            let id = record.id();
            match self.ids.get(&id) {
                // Both files are named, each pointing at the other.
                Some(first) => {
                    for (here, there) in
                        [(first.clone(), rel.clone()), (rel.clone(), first.clone())]
                    {
                        let other = there.display().to_string();
                        self.found.push(Located {
                            path: here,
                            line: 1,
                            finding: Finding::error(
                                "id",
                                text!(
                                    "mã {id} trùng với hồ sơ {other}",
                                    "the ID {id} is also used by {other}"
                                ),
                            )
                            .code("duplicate-id"),
                        });
                    }
                }
                None => {
                    self.ids.insert(id, rel);
                }
            }
        }
    }
}

fn summary(records: usize, errors: usize, warnings: usize) -> crate::i18n::Text {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (e, w, r) = (
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(records, "record", "records"),
    );
    text!(
        "Đã kiểm tra {records} hồ sơ: {errors} lỗi, {warnings} cảnh báo.",
        "Checked {r}: {e}, {w}."
    )
}

#[derive(Serialize)]
struct JsonFinding {
    path: String,
    line: usize,
    severity: String,
    field: String,
    code: &'static str,
    message: String,
}

impl JsonFinding {
    fn new(f: &Located, reg: &Register, lang: Lang) -> JsonFinding {
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
