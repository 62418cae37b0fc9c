//! The plan's tasks × the units: for each task of the year's plan and each unit, the records
//! of the report year that carry the task out there (see [`Record::plan_task`]), and what is
//! still missing. Pure: records in, a matrix out; `coi plan` shows it, and a report sheet can
//! take it as it is.

use std::collections::BTreeMap;

use crate::model::Record;
use crate::model::RecordId;
use crate::model::plan::Task;
use crate::period::Period;

/// The records of one task in one unit (or in every unit, for a row's total).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// Whether the task is for the unit (a total is for every unit).
    pub applies: bool,
    /// The records, sorted by ID.
    pub ids: Vec<RecordId>,
}

impl Cell {
    pub fn count(&self) -> usize {
        self.ids.len()
    }
}

/// One task of the plan and its records, unit by unit.
#[derive(Debug, Clone)]
pub struct Row {
    pub task: Task,
    /// One cell per unit, in the order of [`Matrix::units`].
    pub cells: Vec<Cell>,
    /// Every record of the task, whatever its unit (a record whose unit is not among the units
    /// counts here only).
    pub total: Cell,
}

/// Tasks × units, for the records whose key date falls in one report year.
#[derive(Debug, Clone)]
pub struct Matrix {
    pub year: Period,
    /// The unit codes of the columns.
    pub units: Vec<String>,
    /// One row per task of the plan, in the plan's order.
    pub rows: Vec<Row>,
    /// Records that carry out a task the plan does not have (a plan without the seed's task
    /// that their kind implies), by task code.
    pub outside: BTreeMap<String, Vec<RecordId>>,
}

impl Matrix {
    /// The plan's `tasks` against the `units` (codes of `coi.yaml`), with no record yet, for
    /// the records whose key date is in `year` (a report year, from 15/12 of the year before).
    pub fn new(tasks: &[Task], units: &[String], year: Period) -> Matrix {
        let rows = tasks
            .iter()
            .map(|task| Row {
                task: task.clone(),
                cells: units
                    .iter()
                    .map(|u| Cell {
                        applies: task.applies_to(u),
                        ids: Vec::new(),
                    })
                    .collect(),
                total: Cell {
                    applies: true,
                    ids: Vec::new(),
                },
            })
            .collect();
        Matrix {
            year,
            units: units.to_vec(),
            rows,
            outside: BTreeMap::new(),
        }
    }

    /// Puts the records of one kind in their cells: each record that is not void and whose key
    /// date is in the year, in the row of the task it carries out and the column of its unit.
    /// Records that carry out no task are left out.
    pub fn add<'r, R: Record>(&mut self, records: impl IntoIterator<Item = &'r R>) {
        for record in records {
            if record.void().is_some() || !self.year.contains(record.key_date()) {
                continue;
            }
            let Some(task) = record.plan_task() else {
                continue;
            };
            let id = record.id();
            let Some(row) = self.rows.iter_mut().find(|r| r.task.code == task) else {
                insert_sorted(self.outside.entry(task.to_string()).or_default(), id);
                continue;
            };
            if let Some(i) = self.units.iter().position(|u| u == record.unit()) {
                insert_sorted(&mut row.cells[i].ids, id);
            }
            insert_sorted(&mut row.total.ids, id);
        }
    }

    pub fn row(&self, code: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.task.code == code)
    }

    /// The units the task is for that have no record of it yet, in the order of the columns;
    /// `None` when the plan has no such task.
    pub fn units_without(&self, code: &str) -> Option<Vec<&str>> {
        let row = self.row(code)?;
        let units = self.units.iter().zip(&row.cells);
        let empty = units.filter(|(_, cell)| cell.applies && cell.ids.is_empty());
        Some(empty.map(|(unit, _)| unit.as_str()).collect())
    }

    /// The tasks with no record at all, in the plan's order.
    pub fn tasks_without_records(&self) -> Vec<&Row> {
        self.rows
            .iter()
            .filter(|r| r.total.ids.is_empty())
            .collect()
    }
}

fn insert_sorted(ids: &mut Vec<RecordId>, id: RecordId) {
    if let Err(at) = ids.binary_search(&id) {
        ids.insert(at, id);
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::plan::DISSEMINATION;
    use crate::model::{Case, Gift, Training};
    use crate::period::Span;

    fn task(code: &str, units: Option<&[&str]>) -> Task {
        Task {
            code: code.into(),
            title: format!("Nhiệm vụ {code}"),
            lead: None,
            units: units.map(|u| u.iter().map(|s| s.to_string()).collect()),
        }
    }

    fn training(id: &str, unit: &str, on: &str, topics: &str, own: Option<&str>) -> Training {
        let mut t: Training = serde_yaml::from_str(&format!(
            "id: {id}\ntitle: Tập huấn\nform: course\ntopics: [{topics}]\nstart_on: {on}\n\
             organizer: {unit}\nparticipants: 10\n"
        ))
        .unwrap();
        t.plan_task = own.map(String::from);
        t
    }

    fn case(id: &str, unit: &str, tail: &str) -> Case {
        serde_yaml::from_str(&format!(
            "id: {id}\nunit: {unit}\nperson: {{name: A}}\nsituation_type: art29_8\nsituation: X\n\
             source: self_report\nknown_on: 2026-03-02\n{tail}"
        ))
        .unwrap()
    }

    fn units() -> Vec<String> {
        ["VP", "QLDT", "QLDN"].map(String::from).to_vec()
    }

    fn year() -> Period {
        Period::of(2026, Span::Year, 15)
    }

    fn ids(cell: &Cell) -> Vec<String> {
        cell.ids.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn each_record_counts_in_the_cell_of_its_task_and_unit() {
        let tasks = [
            task("II.2", None),
            task("II.3", None),
            task("II.5", Some(&["QLDT", "QLDN"])),
            task("II.6", None),
            task(DISSEMINATION, None),
        ];
        let mut m = Matrix::new(&tasks, &units(), year());
        let trainings = [
            training("TH-2026-001", "VP", "2026-03-20", "coi, gifts", None),
            training("TH-2026-002", "VP", "2026-04-20", "coi", None),
            training(
                "TH-2026-003",
                "QLDT",
                "2026-05-20",
                "coi",
                Some(DISSEMINATION),
            ),
            // In report year 2026 though dated 2025; the next one is in 2027.
            training(
                "TH-2025-009",
                "QLDN",
                "2025-12-20",
                "asset_declaration",
                None,
            ),
            training("TH-2026-009", "QLDN", "2026-12-20", "coi", None),
        ];
        let mut void = training("TH-2026-004", "VP", "2026-06-01", "coi", None);
        void.void = Some(crate::model::Void {
            on: NaiveDate::from_ymd_opt(2026, 6, 2).unwrap(),
            reason: "Nhập trùng".into(),
        });
        m.add(trainings.iter().chain([&void]));
        let cases = [
            case(
                "XDLI-2026-001",
                "QLDT",
                "measures:\n- kind: supervision\n  decided_on: 2026-03-05\n",
            ),
            // Discipline wins over the measure that came before it.
            case(
                "XDLI-2026-002",
                "QLDN",
                "measures:\n- kind: supervision\n  decided_on: 2026-03-05\n  ended_on: 2026-03-20\n\
                 closed: {on: 2026-03-20, outcome: violation_handled, discipline: reprimand}\n",
            ),
            // No measure, no discipline: no task.
            case(
                "XDLI-2026-003",
                "VP",
                "closed: {on: 2026-03-20, outcome: no_conflict, discipline: none}\n",
            ),
            // A measure in a unit the task is not for still counts there.
            case(
                "XDLI-2026-004",
                "VP",
                "measures:\n- kind: supervision\n  decided_on: 2026-03-05\n",
            ),
        ];
        m.add(&cases);
        let at = |code: &str, unit: usize| ids(&m.row(code).unwrap().cells[unit]);
        assert_eq!(at("II.2", 0), ["TH-2026-001"]);
        assert_eq!(at("II.2", 2), ["TH-2025-009"]);
        assert_eq!(at("II.3", 0), ["TH-2026-002"]);
        assert_eq!(ids(&m.row("II.3").unwrap().total), ["TH-2026-002"]);
        assert_eq!(at(DISSEMINATION, 1), ["TH-2026-003"]);
        assert_eq!(at("II.5", 1), ["XDLI-2026-001"]);
        assert_eq!(at("II.5", 0), ["XDLI-2026-004"]);
        assert!(!m.row("II.5").unwrap().cells[0].applies);
        assert!(m.row("II.5").unwrap().cells[1].applies);
        assert_eq!(at("II.6", 2), ["XDLI-2026-002"]);
        assert_eq!(m.row("II.6").unwrap().total.count(), 1);
        assert!(m.outside.is_empty());
    }

    #[test]
    fn what_is_missing_is_the_units_that_have_not_disseminated_and_the_empty_tasks() {
        let tasks = [
            task("II.1", None),
            task("II.3", None),
            task(DISSEMINATION, Some(&["VP", "QLDN"])),
        ];
        let mut m = Matrix::new(&tasks, &units(), year());
        assert_eq!(m.units_without(DISSEMINATION), Some(vec!["VP", "QLDN"]));
        let done = [
            training(
                "TH-2026-001",
                "QLDN",
                "2026-03-20",
                "coi",
                Some(DISSEMINATION),
            ),
            training("TH-2026-002", "QLDT", "2026-03-21", "coi", None),
        ];
        m.add(&done);
        assert_eq!(m.units_without(DISSEMINATION), Some(vec!["VP"]));
        let empty: Vec<&str> = (m.tasks_without_records().iter())
            .map(|r| r.task.code.as_str())
            .collect();
        assert_eq!(empty, ["II.1"]);
        m.add(&[training(
            "TH-2026-003",
            "VP",
            "2026-03-22",
            "coi",
            Some(DISSEMINATION),
        )]);
        assert_eq!(m.units_without(DISSEMINATION), Some(vec![]));
        assert_eq!(m.units_without("III.2"), None);
    }

    #[test]
    fn a_task_the_plan_does_not_have_is_told_apart_and_gifts_name_their_own() {
        let mut m = Matrix::new(&[task("II.1", None)], &units(), year());
        m.add(&[training("TH-2026-001", "VP", "2026-03-20", "coi", None)]);
        let gift: Gift = serde_yaml::from_str(
            "id: QT-2026-001\nunit: VP\nreceived_on: 2026-02-10\ngiver: {name: B}\nkind: cash\n\
             description: Phong bì\nvalue_vnd: 1\n",
        )
        .unwrap();
        let mut named = gift.clone();
        named.id = "QT-2026-002".parse().unwrap();
        named.plan_task = Some("II.1".into());
        m.add(&[gift, named]);
        assert_eq!(ids(&m.row("II.1").unwrap().cells[0]), ["QT-2026-002"]);
        let outside: Vec<(&str, Vec<String>)> = (m.outside.iter())
            .map(|(t, ids)| (t.as_str(), ids.iter().map(|i| i.to_string()).collect()))
            .collect();
        assert_eq!(outside, [("II.3", vec!["TH-2026-001".to_string()])]);
    }
}
