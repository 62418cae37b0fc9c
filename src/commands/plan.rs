//! `coi plan`: the year's plan (its number, date and the province's plan it carries out) and
//! its tasks × units: the records of the report year that carry out each task in each unit, and
//! in plain words what is still missing. `coi plan init`: a plan file to start from, with the
//! seed plan's tasks. `coi plan edit`: the plan in the person's editor, checked and committed.

use chrono::NaiveDate;
use serde::Serialize;

use super::editor::{Saved, Words, in_editor, save};
use super::read::seed_tasks;
use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::flags::Format;
use crate::flags::parse_plan_year;
use crate::i18n::{Lang, in_lang, join, msg};
use crate::layout::plan_path;
use crate::model::plan::{DISSEMINATION, Plan, SEED_TASKS, Task};
use crate::model::show_date;
use crate::period::{Period, Span};
use crate::problem::Located;
use crate::register::Register;
use crate::render;
use crate::report::plan::{Cell, Matrix};
use crate::rules::plan::template;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub action: Option<PlanCommand>,
    /// The plan's year (default: the current report year)
    #[arg(long, value_name = "YEAR", value_parser = parse_plan_year)]
    pub year: Option<i32>,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Write plans/<year>.yaml with the seed plan's eight tasks, for the office to fill in
    Init(PlanInitArgs),
    /// Open plans/<year>.yaml in the editor (VISUAL, EDITOR), check it and commit it
    Edit(PlanEditArgs),
}

#[derive(Debug, Args)]
pub struct PlanInitArgs {
    /// The plan's year (default: this year)
    #[arg(long, value_name = "YEAR", value_parser = parse_plan_year)]
    pub year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct PlanEditArgs {
    /// The plan's year (default: the current report year)
    #[arg(long, value_name = "YEAR", value_parser = parse_plan_year)]
    pub year: Option<i32>,
}

pub fn run(ctx: &mut Context, args: &PlanArgs) -> Result<()> {
    match &args.action {
        // `coi plan --year 2027 init` is `coi plan init --year 2027`.
        Some(PlanCommand::Init(init_args)) => init(ctx, init_args.year.or(args.year)),
        Some(PlanCommand::Edit(edit_args)) => edit(ctx, edit_args.year.or(args.year)),
        None => show(ctx, args.year),
    }
}

/// Writes `plans/<year>.yaml` from the seed plan's tasks; an existing plan is never replaced.
fn init(ctx: &mut Context, year: Option<i32>) -> Result<()> {
    let reg = ctx.open_register()?;
    let year = year.unwrap_or_else(|| plan_year(ctx, &reg));
    let actor = ctx.actor(&reg.root);
    let text = template(year, &reg.config.unit_codes());
    reg.ready_for_change()?;
    let lock = ctx.lock(&reg)?;
    let rel = reg.create_plan(year, &text)?;
    let message = format!("plan {year}: init");
    super::commit(&reg, ctx, &rel, &message, &actor, super::Undo::Remove)?;
    drop(lock);
    let done = msg::plan_written(reg.shown(&rel).display(), SEED_TASKS.len(), year);
    super::out(&format!("{}\n", done.get(ctx.lang)))
}

/// `coi plan edit`: the plan of a year in the person's editor, checked as `check` checks it
/// (an error refuses the edit, a warning does not), and committed, so that `coi sync` takes it
/// to every clone.
fn edit(ctx: &mut Context, year: Option<i32>) -> Result<()> {
    let reg = ctx.open_register()?;
    let lang = ctx.lang;
    let year = year.unwrap_or_else(|| plan_year(ctx, &reg));
    let rel = plan_path(year);
    let path = reg.root.join(&rel);
    let file = reg.shown(&rel).display().to_string();
    if !path.is_file() {
        return Err(Error::Refused(Refusal::PlanEditNone { year, file }));
    }
    let original = std::fs::read(&path).map_err(|e| Error::io(msg::cannot_read(), &path, e))?;
    let before = super::settings::committed(&reg, &rel, &original);
    let units = reg.config.unit_codes();
    let words = Words {
        again: msg::settings_edit_again(&file),
        abandoned: Refusal::SettingsDraftHasErrors { file: file.clone() },
    };
    let checked = in_editor(
        &path,
        &original,
        before != original,
        &words,
        lang,
        |bytes| {
            let parsed = crate::rules::plan::parse(&rel, bytes, Some(&units));
            let errors: Vec<String> = (parsed.findings.iter())
                .filter(|f| f.finding.is_error())
                .map(|f| f.render(&reg.root, lang))
                .collect();
            match parsed.plan {
                Some(_) if errors.is_empty() => Ok(()),
                _ => Err(errors),
            }
        },
    )?;
    let Some(((), bytes)) = checked else {
        return super::out(&format!("{}\n", msg::settings_unchanged(&file).get(lang)));
    };
    let changed = super::settings::changed_keys(&before, &bytes);
    let actor = ctx.actor(&reg.root);
    let saved = Saved {
        rel: &rel,
        original: &original,
        bytes: &bytes,
        message: &super::settings::subject(&format!("plan {year}: edit"), &changed),
        commit: bytes != before,
        actor: &actor,
        changed_meanwhile: Refusal::SettingsChangedWhileEditing { file: file.clone() },
    };
    save(&reg, ctx, saved)?;
    let committed = bytes != before;
    super::out(&super::settings::edited(
        &reg, &file, &changed, committed, lang,
    ))
}

fn show(ctx: &mut Context, year: Option<i32>) -> Result<()> {
    let reg = ctx.open_register()?;
    let lang = ctx.lang;
    let day = reg.config.period_start_day;
    let year = year.unwrap_or_else(|| plan_year(ctx, &reg));
    let units = reg.config.unit_codes();
    let plans = super::read::plans(&reg, Some(&units));
    let rel = plan_path(year);
    let plan = match plans.plans.get(&year) {
        Some((_, plan)) => Some(plan),
        // A plan file that cannot be read is not taken for no plan at all.
        None if reg.root.join(&rel).exists() => {
            let findings = (plans.findings.into_iter())
                .filter(|f| f.path == rel)
                .map(|f| Located {
                    path: reg.shown(&f.path),
                    ..f
                });
            return Err(Error::BadPlan {
                path: reg.shown(&rel),
                findings: findings.collect(),
            });
        }
        None => None,
    };
    let tasks: Vec<Task> = match plan {
        Some(plan) => plan.tasks.clone(),
        None => seed_tasks(lang),
    };

    let snapshot =
        super::read::snapshot_with(&reg, ctx.calendar(), Some(&units), &plans.tasks, None);
    let matrix =
        super::read::plan_matrix(&snapshot, &tasks, &units, Period::of(year, Span::Year, day));
    let errors = snapshot.errors().len()
        + (plans.findings.iter())
            .filter(|f| f.finding.is_error())
            .count();
    let file = reg.shown(&rel).display().to_string();
    let text = match ctx.format {
        Format::Json => render::json(&Json::new(&reg, &matrix, plan, &file, errors)),
        Format::Table => table(&reg, &matrix, plan, &file, errors, lang),
    };
    super::out(&text)?;
    super::leave_to_exit(snapshot);
    Ok(())
}

/// The year of the plan that today belongs to: its report year, which starts on the register's
/// `period_start_day` of December before it (15/12 by Circular 06/2025), as `status` and
/// `report` count it.
fn plan_year(ctx: &Context, reg: &Register) -> i32 {
    Period::report_year(ctx.today(), reg.config.period_start_day)
}

fn table(
    reg: &Register,
    m: &Matrix,
    plan: Option<&Plan>,
    file: &str,
    errors: usize,
    lang: Lang,
) -> String {
    let year = m.year.year;
    let mut text = format!("{}\n", reg.config.agency);
    match plan {
        Some(plan) => {
            let mut line = match plan.number() {
                Some(number) => msg::plan_numbered(number).get(lang).to_string(),
                None => msg::plan_unnumbered(year).get(lang).to_string(),
            };
            if let Some(date) = plan.issued_on {
                line.push_str(msg::plan_dated(show_date(date)).get(lang));
            }
            line.push_str(&format!(" ({file})"));
            if let Some(title) = plan.title() {
                line.push_str(&format!(": {title}"));
            }
            text.push_str(&format!("{line}\n"));
            let implements = match plan.implements() {
                Some(what) => msg::plan_implements(what).get(lang).to_string(),
                None => msg::PLAN_IMPLEMENTS_MISSING.get(lang).to_string(),
            };
            text.push_str(&format!("{implements}\n"));
        }
        None => {
            let none = msg::plan_none(year, file, SEED_TASKS.len());
            text.push_str(&format!("{}\n", none.get(lang)));
        }
    }
    let (from, to) = (show_date(m.year.from), show_date(m.year.to));
    let heading = msg::plan_records_heading(year, from, to);
    text.push_str(&format!("\n{}\n", heading.get(lang)));

    let [task, title, lead, total] = in_lang(
        [
            msg::COL_TASK,
            msg::COL_TASK_TITLE,
            msg::COL_LEAD,
            msg::COL_TOTAL,
        ],
        lang,
    );
    let mut headers = vec![task, title, lead];
    headers.extend(m.units.iter().map(String::as_str));
    headers.push(total);
    let shown = |cell: &Cell| match (cell.applies, cell.count()) {
        (false, 0) => "–".to_string(),
        (_, n) => super::screen::count(n, lang),
    };
    let rows = m.rows.iter().map(|row| {
        let mut cells = vec![
            row.task.code.clone(),
            row.task.title.clone(),
            row.task.lead().unwrap_or_default().to_string(),
        ];
        cells.extend(row.cells.iter().map(shown));
        cells.push(super::screen::count(row.total.count(), lang));
        cells
    });
    text.push_str(&render::table(&headers, rows));
    if m.rows.iter().flat_map(|r| &r.cells).any(|c| !c.applies) {
        text.push_str(&format!("{}\n", msg::PLAN_NOT_APPLICABLE_NOTE.get(lang)));
    }

    // Each task's records on one line, cut to the screen with the number left out (the JSON
    // keeps them all): the unit's code before its first record.
    let width = super::screen::width();
    let more = |n: usize| {
        msg::plan_more(super::screen::count(n, lang))
            .get(lang)
            .to_string()
    };
    let recorded: Vec<String> = (m.rows.iter())
        .filter(|row| row.total.count() > 0)
        .map(|row| {
            let mut items = Vec::new();
            for (unit, cell) in m.units.iter().zip(&row.cells) {
                for (i, id) in cell.ids.iter().enumerate() {
                    items.push(match i {
                        0 => format!("{unit}: {id}"),
                        _ => id.to_string(),
                    });
                }
            }
            if items.is_empty() {
                items = row.total.ids.iter().map(|id| id.to_string()).collect();
            }
            let head = format!("  {} — ", row.task.code);
            format!("{}\n", super::screen::cut_list(&head, &items, more, width))
        })
        .collect();
    if !recorded.is_empty() {
        text.push_str(&format!("\n{}\n", msg::PLAN_RECORDS.get(lang)));
        text.extend(recorded);
    }

    text.push_str(&format!("\n{}\n", msg::PLAN_MISSING.get(lang)));
    if let Some(units) = m.units_without(DISSEMINATION) {
        let line = if units.is_empty() {
            msg::plan_all_disseminated(DISSEMINATION)
        } else {
            let names = units.iter().map(|code| unit_name(reg, code));
            msg::plan_not_disseminated(DISSEMINATION, join(names))
        };
        text.push_str(&format!("  {}\n", line.get(lang)));
    }
    let empty = m.tasks_without_records();
    let line = if empty.is_empty() {
        msg::PLAN_EVERY_TASK_HAS_RECORDS.into()
    } else {
        msg::plan_tasks_without_records(join(empty.iter().map(|r| r.task.code.as_str())))
    };
    text.push_str(&format!("  {}\n", line.get(lang)));
    for (task, records) in &m.outside {
        // The sentence with the IDs that fit; the rest are counted.
        let line = msg::plan_records_outside(task, "\u{0}");
        let line = line.get(lang);
        let (head, tail) = line.split_once('\u{0}').unwrap_or((line, ""));
        let items: Vec<String> = records.iter().map(|i| i.to_string()).collect();
        let room = width.map(|w| w.saturating_sub(super::screen::columns(tail)));
        let cut = super::screen::cut_list(&format!("  {head}"), &items, more, room);
        text.push_str(&format!("{cut}{tail}\n"));
    }
    if errors > 0 {
        let line = msg::status_errors(msg::ERRORS.count(errors as u64));
        text.push_str(&format!("\n{}\n", line.get(lang)));
    }
    super::screen::fit_text(&text, width)
}

/// A unit's name from `coi.yaml`, for sentences; its code if it has none there.
fn unit_name(reg: &Register, code: &str) -> String {
    reg.config
        .unit(code)
        .map_or_else(|| code.to_string(), |u| u.name.clone())
}

/// `coi plan --format json`.
#[derive(Serialize)]
struct Json<'a> {
    year: i32,
    from: NaiveDate,
    to: NaiveDate,
    /// The plan file, or `null` when the year has none (the tasks are then the seed plan's).
    plan: Option<JsonPlan<'a>>,
    units: Vec<JsonUnit<'a>>,
    tasks: Vec<JsonTask<'a>>,
    /// The units that have not yet disseminated the plan (III.1); `null` without that task.
    not_disseminated: Option<Vec<&'a str>>,
    tasks_without_records: Vec<&'a str>,
    /// Records of a task that the plan does not have.
    outside_plan: Vec<JsonCell<'a>>,
    /// Errors that `coi check` finds in the register.
    errors: usize,
}

#[derive(Serialize)]
struct JsonPlan<'a> {
    file: &'a str,
    number: Option<&'a str>,
    issued_on: Option<NaiveDate>,
    title: Option<&'a str>,
    implements: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    code: &'a str,
    name: String,
}

#[derive(Serialize)]
struct JsonTask<'a> {
    code: &'a str,
    title: &'a str,
    lead: Option<&'a str>,
    cells: Vec<JsonCell<'a>>,
    total: JsonCell<'a>,
}

#[derive(Serialize)]
struct JsonCell<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    task: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    applies: Option<bool>,
    count: usize,
    ids: Vec<String>,
}

impl<'a> JsonCell<'a> {
    fn of(ids: &[crate::model::RecordId]) -> JsonCell<'a> {
        JsonCell {
            unit: None,
            task: None,
            applies: None,
            count: ids.len(),
            ids: ids.iter().map(|id| id.to_string()).collect(),
        }
    }
}

impl<'a> Json<'a> {
    fn new(
        reg: &'a Register,
        m: &'a Matrix,
        plan: Option<&'a Plan>,
        file: &'a str,
        errors: usize,
    ) -> Json<'a> {
        let tasks = (m.rows.iter())
            .map(|row| JsonTask {
                code: &row.task.code,
                title: &row.task.title,
                lead: row.task.lead(),
                cells: (m.units.iter().zip(&row.cells))
                    .map(|(unit, cell)| JsonCell {
                        unit: Some(unit),
                        applies: Some(cell.applies),
                        ..JsonCell::of(&cell.ids)
                    })
                    .collect(),
                total: JsonCell::of(&row.total.ids),
            })
            .collect();
        Json {
            year: m.year.year,
            from: m.year.from,
            to: m.year.to,
            plan: plan.map(|p| JsonPlan {
                file,
                number: p.number(),
                issued_on: p.issued_on,
                title: p.title(),
                implements: p.implements(),
            }),
            units: (m.units.iter())
                .map(|code| JsonUnit {
                    code,
                    name: unit_name(reg, code),
                })
                .collect(),
            tasks,
            not_disseminated: m.units_without(DISSEMINATION),
            tasks_without_records: (m.tasks_without_records().iter())
                .map(|r| r.task.code.as_str())
                .collect(),
            outside_plan: (m.outside.iter())
                .map(|(task, ids)| JsonCell {
                    task: Some(task),
                    ..JsonCell::of(ids)
                })
                .collect(),
            errors,
        }
    }
}
