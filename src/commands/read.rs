//! The register as the commands read it: its files from storage, each made out and checked by
//! the rules.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_yaml::Value;

use crate::context::Context;
use crate::error::{Error, Misuse, Refusal, Result};
use crate::i18n::Lang;
use crate::i18n::msg;
use crate::model::plan::{Plan, SEED_TASKS, Task};
use crate::model::schema::{Field, Type};
use crate::model::{Case, Gift, Inspection, Kind, RecordId, Training};
use crate::parallel::joined;
use crate::period::Period;
use crate::problem::{Finding, Located};
use crate::register::Register;
use crate::report::Records;
use crate::report::plan::Matrix;
use crate::rules::calendar::Calendar;
use crate::rules::file::{self, Checks, Loaded, Snapshot};
use crate::rules::plan::{self, TaskCodes};
use crate::rules::report_deadlines::{self, ReportDeadline, SetBy};
use crate::rules::{ForKind, Rules, for_kind};

/// One record by its ID, with what `check` would say of it (its terms on the calendar `cal`);
/// an error when it cannot be read.
pub fn one<R: Rules>(reg: &Register, cal: &Calendar, id: &RecordId) -> Result<Loaded<R>> {
    let (rel, bytes) = reg.read_record(id)?;
    let units = reg.config.unit_codes();
    let plans = plans(reg, Some(&units));
    let checks = checks(cal, Some(&units), &plans.tasks);
    file::load::<R>(rel.clone(), &bytes, checks).map_err(|findings| Error::BadRecord {
        path: rel,
        findings,
    })
}

/// Every readable record of a kind, sorted by ID, and the findings of the files that could not
/// be read (and of everything else in the folders).
pub fn all<R: Rules>(reg: &Register, cal: &Calendar) -> (Vec<Loaded<R>>, Vec<Located>) {
    let units = reg.config.unit_codes();
    let plans = plans(reg, Some(&units));
    let (records, problems, _) = kind::<R>(reg, checks(cal, Some(&units), &plans.tasks));
    (records, problems)
}

/// Every record of every kind, read and checked once: what `check` reports and what the report
/// counts. `units` is `None` when `coi.yaml` could not be read.
pub fn snapshot(reg: &Register, cal: &Calendar, units: Option<&[String]>) -> Snapshot {
    snapshot_with(reg, cal, units, &plans(reg, units).tasks, None)
}

/// [`snapshot`], with the plans already read; with `today`, a date of something that has
/// happened after it is warned about (`check`).
pub fn snapshot_with(
    reg: &Register,
    cal: &Calendar,
    units: Option<&[String]>,
    tasks: &TaskCodes,
    today: Option<chrono::NaiveDate>,
) -> Snapshot {
    let checks = Checks {
        today,
        ..checks(cal, units, tasks)
    };
    let load = move |kind| for_kind(kind, LoadKind { reg, checks });
    // The kinds at once, so that while one kind's folders are listed or its records sorted,
    // the others' files keep every core busy; one after the other on a thread that is itself
    // one of several workers.
    let parts: Vec<Snapshot> = match crate::parallel::alone() {
        true => Kind::ALL.into_iter().map(load).collect(),
        false => std::thread::scope(|scope| {
            let workers: Vec<_> = (Kind::ALL.into_iter())
                .map(|kind| scope.spawn(move || load(kind)))
                .collect();
            workers.into_iter().map(joined).collect()
        }),
    };
    let mut snapshot = Snapshot::default();
    for part in parts {
        snapshot.join(part);
    }
    crate::rules::links::check(&mut snapshot, |id, field| {
        // Only for a broken link, which is rare: its file is read again for the line.
        let text = reg.read_record(&id).ok().map(|(_, bytes)| bytes);
        let text = text.and_then(|bytes| String::from_utf8(bytes).ok());
        text.map_or(1, |text| crate::yaml::lines::LineMap::of(&text).line(field))
    });
    snapshot
}

/// The records of a kind that count: without errors, not void.
pub fn usable<R: Rules>(loaded: &[Loaded<R>]) -> Vec<&R> {
    loaded
        .iter()
        .filter(|l| !l.findings.iter().any(|f| f.finding.is_error()))
        .filter(|l| l.record.void().is_none())
        .map(|l| &l.record)
        .collect()
}

/// The records that count in the figures, of every kind that has figures.
pub fn counted(snapshot: &Snapshot) -> Records<'_> {
    Records {
        cases: usable(snapshot.of::<Case>()),
        gifts: usable(snapshot.of::<Gift>()),
        trainings: usable(snapshot.of::<Training>()),
        inspections: usable(snapshot.of::<Inspection>()),
    }
}

/// The plan's `tasks` × `units`, filled with the records of every kind whose key date is in
/// `span`.
pub fn plan_matrix(snapshot: &Snapshot, tasks: &[Task], units: &[String], span: Period) -> Matrix {
    /// Puts the records of one kind in the matrix.
    struct AddKind<'a> {
        snapshot: &'a Snapshot,
        matrix: &'a mut Matrix,
    }
    impl ForKind for AddKind<'_> {
        type Out = ();
        fn run<R: Rules>(self) {
            self.matrix
                .add(self.snapshot.of::<R>().iter().map(|l| &l.record));
        }
    }
    let mut matrix = Matrix::new(tasks, units, span);
    for kind in Kind::ALL {
        let work = AddKind {
            snapshot,
            matrix: &mut matrix,
        };
        for_kind(kind, work);
    }
    matrix
}

/// The report deadlines whose report has no submission tag in the register's repository, by
/// due date: those of `coi.yaml`, else the circular's four of the report year of `today`
/// (Circular 06/2025 Art. 7(2)). A register without git can never tag a report as sent, so of
/// the circular's it owes only those still ahead.
pub fn report_deadlines(reg: &Register, today: chrono::NaiveDate) -> Vec<ReportDeadline> {
    let day = reg.config.period_start_day;
    let set = &reg.config.deadlines;
    let (deadlines, set_by) = match set.is_empty() {
        false => (set.clone(), SetBy::Province),
        true => {
            let year = crate::period::Period::report_year(today, day);
            (report_deadlines::circular(year, day), SetBy::Circular)
        }
    };
    let in_git = crate::register::git::in_work_tree(&reg.root);
    let tags = match in_git {
        true => {
            let pattern = format!("{}*", report_deadlines::TAG_PREFIX);
            crate::register::git::tags(&reg.root, &pattern)
        }
        false => Vec::new(),
    };
    let mut owed = report_deadlines::pending(&deadlines, &tags, day);
    for d in &mut owed {
        d.set_by = set_by;
    }
    if set_by == SetBy::Circular && !in_git {
        owed.retain(|d| d.due >= today);
    }
    owed
}

/// Reads one kind, into a snapshot of its own.
struct LoadKind<'a> {
    reg: &'a Register,
    checks: Checks<'a>,
}

impl ForKind for LoadKind<'_> {
    type Out = Snapshot;

    fn run<R: Rules>(self) -> Snapshot {
        let (records, problems, files) = kind::<R>(self.reg, self.checks);
        let mut snapshot = Snapshot::default();
        snapshot.add(records, problems, files);
        snapshot
    }
}

fn checks<'a>(cal: &'a Calendar, units: Option<&'a [String]>, tasks: &'a TaskCodes) -> Checks<'a> {
    Checks {
        units,
        calendar: cal,
        tasks: Some(tasks),
        today: None,
    }
}

/// The register's plans, each read and checked: what `check` reports of them, and the tasks
/// a record of each year may name.
#[derive(Debug)]
pub struct Plans {
    /// The plans that could be read, by year, with their files.
    pub plans: BTreeMap<i32, (PathBuf, Plan)>,
    pub tasks: TaskCodes,
    /// The problems of the plan files, and of anything else in `plans/`.
    pub findings: Vec<Located>,
}

/// Reads every plan of the register. `units` is `None` when `coi.yaml` could not be read.
pub fn plans(reg: &Register, units: Option<&[String]>) -> Plans {
    let (files, mut findings) = reg.plan_files();
    let mut plans = BTreeMap::new();
    let mut tasks = TaskCodes::new(reg.config.period_start_day);
    for (rel, year, read) in files {
        let parsed = match read {
            Ok(bytes) => plan::parse(&rel, &bytes, units),
            Err(e) => {
                let message = msg::cannot_read_file(msg::io_error(&e));
                let finding = Located::at(&rel, 1, Finding::error("-", message));
                plan::ParsedPlan {
                    plan: None,
                    findings: vec![finding],
                }
            }
        };
        tasks.set(year, parsed.plan.as_ref());
        findings.extend(parsed.findings);
        if let Some(plan) = parsed.plan {
            plans.insert(year, (rel, plan));
        }
    }
    Plans {
        plans,
        tasks,
        findings,
    }
}

/// The records of a kind, the problems of files that could not be read, and the number of
/// record files.
fn kind<R: Rules>(reg: &Register, checks: Checks) -> (Vec<Loaded<R>>, Vec<Located>, usize) {
    // Each file is parsed on one of the threads, beside its path, which the record keeps.
    let files = reg.read_kind(R::KIND, |rel, read| {
        file::parse_read::<R>(rel, read, checks)
    });
    let found = files.read.len();
    let (records, problems) = file::gather(files.read, files.problems);
    (records, problems, found)
}

/// An ID from the command line, checked before it becomes a path, and of the right kind.
pub fn parse_id<R: Rules>(given: &str) -> Result<RecordId> {
    let id: RecordId = given
        .parse()
        .map_err(|fault| Error::Usage(Misuse::BadId { fault }))?;
    if id.kind != R::KIND {
        let expected = R::KIND;
        return Err(Error::Usage(Misuse::IdOfOtherKind { id, expected }));
    }
    Ok(id)
}

/// The record an ID names in the register: itself, or, for a provisional ID whose file is gone
/// because `coi sync` published it, the record that keeps it among its `aliases` (said on
/// stderr, with the final ID).
pub fn resolve<R: Rules>(reg: &Register, id: RecordId, lang: Lang) -> Result<RecordId> {
    match published(reg, id)? {
        Some(one) => {
            eprintln!("{}", msg::id_alias_of(id, one).get(lang));
            Ok(one)
        }
        None => Ok(id),
    }
}

/// The final ID of a provisional one whose file is gone because `coi sync` published it;
/// `None` for any other ID (a final one, a provisional record still here, an ID no record
/// keeps). Refused when two records keep it.
pub fn published(reg: &Register, id: RecordId) -> Result<Option<RecordId>> {
    if !id.is_provisional() || reg.root.join(id.relative_path()).exists() {
        return Ok(None);
    }
    match reg.find_alias(id)?.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        many => Err(Error::Refused(Refusal::IdAliasAmbiguous {
            alias: id,
            ids: many.to_vec(),
        })),
    }
}

/// Files that could not be read are named on standard error while the others are shown.
/// Returns whether there were any.
pub fn report_unreadable(root: &std::path::Path, problems: &[Located], ctx: &Context) -> bool {
    let mut any = false;
    for p in problems.iter().filter(|p| p.finding.is_error()) {
        any = true;
        let line = p.render(root, ctx.lang);
        eprintln!("{line}");
    }
    if any {
        super::warn(msg::UNREADABLE_SKIPPED.get(ctx.lang), ctx.lang);
    }
    any
}

/// The fields of a record's document that name another record (`Type::Id`: a case's
/// `inspection`) made to name the final ID where they were given a provisional one that
/// `coi sync` has published: a link is stored as `sync` writes it. Each ID replaced, with its
/// final one.
pub fn final_links(
    reg: &Register,
    fields: &[Field],
    doc: &mut Value,
) -> Result<Vec<(RecordId, RecordId)>> {
    let mut replaced = Vec::new();
    let Value::Mapping(values) = doc else {
        return Ok(replaced);
    };
    for field in fields
        .iter()
        .filter(|f| matches!(f.ty, Type::Id) && f.name != "id")
    {
        let Some(Value::String(named)) = values.get_mut(field.name) else {
            continue;
        };
        let Ok(id) = named.trim().parse::<RecordId>() else {
            continue;
        };
        if let Some(one) = published(reg, id)? {
            *named = one.to_string();
            replaced.push((id, one));
        }
    }
    Ok(replaced)
}

/// Tells on stderr each link given a provisional ID and stored with the final one.
pub fn tell_final_links(replaced: &[(RecordId, RecordId)], lang: Lang) {
    for (alias, id) in replaced {
        eprintln!("{}", msg::link_alias_of(alias, id).get(lang));
    }
}

/// The seed plan's tasks, as a plan file would list them, in the person's language.
pub fn seed_tasks(lang: Lang) -> Vec<Task> {
    (SEED_TASKS.iter())
        .map(|t| Task {
            code: t.code.to_string(),
            title: t.title.get(lang).to_string(),
            lead: None,
            units: None,
        })
        .collect()
}
