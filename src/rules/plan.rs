//! The plan files (`plans/<year>.yaml`): read as YAML into the plan, every problem named by its
//! line and field (a unit that `coi.yaml` does not have, a task code given twice, a task without
//! a code or a title); the task codes a record may name in each report year; and the file that
//! `coi plan init` starts the clerk with.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::text::read_text;
use super::validate::{self, TaskList};
use crate::i18n::{Text, foreign, msg};
use crate::model::plan::{PLAN, Plan, SEED_TASKS};
use crate::period::Period;
use crate::problem::{Finding, Located};
use crate::yaml::lines::{self, LineMap};

/// What was made of one plan file: the plan, when it could be read as one, and every finding.
#[derive(Debug)]
pub struct ParsedPlan {
    pub plan: Option<Plan>,
    pub findings: Vec<Located>,
}

/// Reads and checks the plan file at `rel` (relative to the register). `units` are the unit
/// codes of `coi.yaml`, unless it could not be read.
pub fn parse(rel: &Path, bytes: &[u8], units: Option<&[String]>) -> ParsedPlan {
    let fail = |line, finding| ParsedPlan {
        plan: None,
        findings: vec![Located::at(rel, line, finding)],
    };
    let text = match read_text(bytes) {
        Ok(text) => text,
        Err((line, finding)) => return fail(line, finding),
    };
    if let Some(line) = lines::too_deep(text) {
        return fail(line, Finding::error("-", msg::yaml_too_deep()));
    }
    // A typed reader keeps the last of two `number:` lines without a word.
    if let Some(twice) = lines::key_given_twice(text) {
        let message = msg::key_given_twice(twice.first_line);
        return fail(twice.line, Finding::error(twice.path, message));
    }
    // The one text of another library that is told: the YAML reader's, on a broken file.
    let value = match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(value) => value,
        Err(e) => {
            let line = e.location().map_or(1, |l| l.line());
            let detail = foreign::yaml_problem(&e.to_string());
            return fail(line, Finding::error("-", msg::plan_invalid(detail)));
        }
    };
    // A file of comments only is a plan that says nothing yet.
    let plan: Plan = if value.is_null() {
        Plan::default()
    } else {
        // The fields checked against their table first, so that reading them cannot fail.
        let mut misfits = Vec::new();
        validate::settings(PLAN, &value, &mut misfits);
        if !misfits.is_empty() {
            let map = LineMap::of(text);
            let mut findings: Vec<Located> = (misfits.into_iter())
                .map(|m| {
                    let finding = match m.field.is_empty() {
                        true => Finding::error("-", msg::plan_invalid(m.message)),
                        false => Finding::error(m.field, m.message),
                    };
                    Located::at(rel, map.line(&m.at), finding)
                })
                .collect();
            findings.sort_by_key(|l| l.line);
            return ParsedPlan {
                plan: None,
                findings,
            };
        }
        match validate::settings_as_written(PLAN, text).and_then(serde_yaml::from_value) {
            Ok(plan) => plan,
            Err(e) => {
                let cause = msg::setting_unreadable(Text::same(&e.to_string()));
                return fail(1, Finding::error("-", msg::plan_invalid(cause)));
            }
        }
    };
    // Where each field is, read only when there is something to say.
    let map = std::cell::OnceCell::new();
    let line = |field: &str| map.get_or_init(|| LineMap::of(text)).line(field);
    let mut findings: Vec<Located> = check(&plan, units, &line)
        .into_iter()
        .map(|f| Located::at(rel, line(&f.field), f))
        .collect();
    // A character a terminal, a Word or an Excel file cannot carry, in any text of the plan.
    for (field, message) in validate::odd_characters(&value) {
        let at = line(&field);
        findings.push(Located::at(rel, at, Finding::error(field, message)));
    }
    findings.sort_by_key(|l| l.line);
    ParsedPlan {
        plan: Some(plan),
        findings,
    }
}

/// What is wrong with a plan beyond the shape of its fields; `line` tells where a field is in
/// the file, for a finding that points to another field.
pub fn check(plan: &Plan, units: Option<&[String]>, line: &dyn Fn(&str) -> usize) -> Vec<Finding> {
    let mut out = Vec::new();
    if plan.tasks.is_empty() {
        out.push(Finding::warning("tasks", msg::plan_has_no_tasks()).code("plan-no-tasks"));
    }
    for (i, task) in plan.tasks.iter().enumerate() {
        let at = |field: &str| format!("tasks[{i}].{field}");
        let code = task.code.trim();
        if code.is_empty() {
            out.push(Finding::error(at("code"), msg::plan_task_code_empty()));
        } else if let Some(first) = plan.tasks[..i].iter().position(|t| t.code.trim() == code) {
            let message = msg::plan_task_code_twice(code, line(&format!("tasks[{first}].code")));
            out.push(Finding::error(at("code"), message).code("duplicate-task"));
        }
        if task.title.trim().is_empty() {
            out.push(Finding::error(at("title"), msg::plan_task_title_empty()));
        }
        let Some(units) = units else { continue };
        if let Some(lead) = &task.lead
            && !lead.trim().is_empty()
            && !units.contains(lead)
        {
            out.push(validate::unknown_unit(lead, units, &at("lead")));
        }
        for (j, unit) in task.units.iter().flatten().enumerate() {
            if !units.contains(unit) {
                out.push(validate::unknown_unit(
                    unit,
                    units,
                    &format!("{}[{j}]", at("units")),
                ));
            }
        }
    }
    out
}

/// The task codes a record may name, by report year: those of the year's plan file, else the
/// seed plan's.
#[derive(Debug, Clone)]
pub struct TaskCodes {
    /// `period_start_day` of `coi.yaml`, which puts a day in its report year.
    start_day: u32,
    seed: Vec<String>,
    /// The years that have a plan file: its codes, or `None` when it cannot be read as a plan
    /// (the records of that year then go unchecked, as units do when `coi.yaml` is broken).
    years: BTreeMap<i32, Option<Vec<String>>>,
}

impl TaskCodes {
    /// The seed plan's tasks for every year, until plans are added.
    pub fn new(start_day: u32) -> TaskCodes {
        TaskCodes {
            start_day,
            seed: SEED_TASKS.iter().map(|t| t.code.to_string()).collect(),
            years: BTreeMap::new(),
        }
    }

    /// The plan file of `year`: the plan read from it, or `None` when it could not be read.
    pub fn set(&mut self, year: i32, plan: Option<&Plan>) {
        let codes = plan.map(|p| p.tasks.iter().map(|t| t.code.clone()).collect());
        self.years.insert(year, codes);
    }

    /// The tasks a record whose key date is `day` may name; `None` when they cannot be known.
    pub fn on(&self, day: NaiveDate) -> Option<TaskList<'_>> {
        self.of_year(Period::report_year(day, self.start_day))
    }

    pub fn of_year(&self, year: i32) -> Option<TaskList<'_>> {
        match self.years.get(&year) {
            Some(Some(codes)) => Some(TaskList {
                year,
                codes,
                from_file: true,
            }),
            Some(None) => None,
            None => Some(TaskList {
                year,
                codes: &self.seed,
                from_file: false,
            }),
        }
    }
}

/// The file `coi plan init` writes: the seed plan's tasks, each for every unit and led by no one
/// yet, and the plan's number, date and the province's plan it carries out left for the clerk,
/// each on a line of its own with a word on what goes there. It reads as a valid plan as it is.
pub fn template(year: i32, units: &[String]) -> String {
    let scalar = |text: &str| crate::yaml::to_yaml(text).trim_end().to_string();
    let units: Vec<String> = units.iter().map(|u| scalar(u)).collect();
    let mut text = format!(
        "# Kế hoạch kiểm soát xung đột lợi ích năm {year} (coi plan init). Sửa bằng «coi plan edit --year {year}»:\n\
         # lệnh này kiểm tra rồi ghi vào git; xem việc đã làm, việc còn thiếu bằng «coi plan --year {year}».\n\
         # Điền số kế hoạch (number), ngày ban hành (issued_on: 10/02/{year} hoặc {year}-02-10) và\n\
         # kế hoạch của tỉnh mà kế hoạch này thực hiện (implements). Mỗi nhiệm vụ có mã (code: hồ sơ\n\
         # ghi mã này ở plan_task), nội dung (title), đơn vị chủ trì (lead) và các đơn vị thực hiện\n\
         # (units), ghi bằng mã đơn vị trong coi.yaml.\n\
         number:      # số kế hoạch, ví dụ 12/KH-BQL\n\
         issued_on:   # ngày ban hành\n\
         title: {}\n\
         implements:  # ví dụ: Kế hoạch số …/KH-UBND ngày … của UBND tỉnh về …\n\
         tasks:\n",
        scalar(&format!(
            "Kế hoạch triển khai thực hiện kiểm soát xung đột lợi ích năm {year}"
        )),
    );
    for task in SEED_TASKS {
        text.push_str(&format!(
            "- code: {}\n  title: {}\n  lead:\n  units: [{}]\n",
            scalar(task.code),
            scalar(task.title.vi),
            units.join(", ")
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validate::unknown_task;

    fn units() -> Vec<String> {
        ["VP", "QLDT", "QLDN"].map(String::from).to_vec()
    }

    fn read(text: &str) -> ParsedPlan {
        parse(
            Path::new("plans/2026.yaml"),
            text.as_bytes(),
            Some(&units()),
        )
    }

    /// (line, field, error or warning, Vietnamese message) of each finding.
    fn said(parsed: &ParsedPlan) -> Vec<(usize, String, String)> {
        parsed
            .findings
            .iter()
            .map(|l| {
                (
                    l.line,
                    l.finding.field.clone(),
                    l.finding.message.vi.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn the_template_is_a_valid_plan_of_the_seed_tasks_for_every_unit() {
        let text = template(2026, &units());
        let parsed = read(&text);
        assert_eq!(said(&parsed), []);
        let plan = parsed.plan.unwrap();
        let codes: Vec<&str> = plan.tasks.iter().map(|t| t.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2"
            ]
        );
        assert_eq!(
            (plan.number(), plan.issued_on, plan.implements()),
            (None, None, None)
        );
        for task in &plan.tasks {
            assert_eq!(task.lead(), None);
            assert_eq!(task.units.as_deref(), Some(&units()[..]));
            assert!(!task.title.is_empty());
        }
        assert!(text.contains("\nnumber:      # số kế hoạch"), "{text}");
        assert!(
            plan.title().unwrap().ends_with("năm 2026"),
            "{:?}",
            plan.title
        );
    }

    #[test]
    fn a_unit_code_that_reads_as_a_number_stays_text_in_the_template() {
        let units = ["VP".to_string(), "010".to_string()];
        let parsed = parse(
            Path::new("plans/2026.yaml"),
            template(2026, &units).as_bytes(),
            Some(&units),
        );
        assert_eq!(said(&parsed), []);
        assert_eq!(
            parsed.plan.unwrap().tasks[0].units.as_deref(),
            Some(&units[..])
        );
    }

    #[test]
    fn a_filled_in_plan_reads_its_dates_as_the_clerk_types_them() {
        let plan = read(
            "number: 12/KH-BQL\nissued_on: 10/02/2026\ntitle: Kế hoạch\n\
             implements: Kế hoạch số 55/KH-UBND ngày 03/02/2026\n\
             tasks:\n- code: II.1\n  title: Hoàn thiện\n  lead: VP\n",
        );
        assert_eq!(said(&plan), []);
        let plan = plan.plan.unwrap();
        assert_eq!(plan.issued_on, NaiveDate::from_ymd_opt(2026, 2, 10));
        assert_eq!(plan.number(), Some("12/KH-BQL"));
        // A task that lists no units is for every unit.
        assert!(plan.tasks[0].applies_to("QLDN"));
        let iso = read("issued_on: 2026-02-10\ntasks:\n- code: II.1\n  title: A\n");
        assert_eq!(iso.plan.unwrap().issued_on, plan.issued_on);
    }

    #[test]
    fn unknown_units_a_code_twice_and_empty_codes_are_named_by_line_and_field() {
        let parsed = read(
            "number: 1/KH\ntasks:\n- code: II.1\n  title: A\n  lead: XX\n\
             - code: II.2\n  title: B\n  units: [VP, QLXX]\n\
             - code: II.1\n  title: C\n\
             - code: ''\n  title: ' '\n",
        );
        assert!(parsed.plan.is_some());
        assert_eq!(
            said(&parsed),
            [
                (
                    5,
                    "tasks[0].lead".into(),
                    "mã đơn vị «XX» không có trong coi.yaml (các mã đơn vị: VP, QLDT, QLDN)".into()
                ),
                (
                    8,
                    "tasks[1].units[1]".into(),
                    "mã đơn vị «QLXX» không có trong coi.yaml (các mã đơn vị: VP, QLDT, QLDN)"
                        .into()
                ),
                (
                    9,
                    "tasks[2].code".into(),
                    "mã nhiệm vụ «II.1» đã có ở dòng 3; mỗi nhiệm vụ một mã".into()
                ),
                (11, "tasks[3].code".into(), "mã nhiệm vụ để trống".into()),
                (
                    12,
                    "tasks[3].title".into(),
                    "nội dung nhiệm vụ để trống".into()
                ),
            ]
        );
        assert!(parsed.findings.iter().all(|l| l.finding.is_error()));
        // Without coi.yaml's units, the units go unchecked; the rest does not.
        let unchecked = parse(
            Path::new("plans/2026.yaml"),
            b"tasks:\n- code: II.1\n  title: A\n  lead: XX\n",
            None,
        );
        assert_eq!(said(&unchecked), []);
    }

    #[test]
    fn a_file_that_is_no_plan_is_one_finding_at_its_line() {
        for (text, line, field, starts) in [
            (
                "number: 1\ntasks:\n- code: II.1\n",
                3,
                "tasks[0]",
                "thiếu trường",
            ),
            (
                "tasks:\n- code: II.1\n  title: A\n  unit: VP\n",
                4,
                "tasks[0]",
                "",
            ),
            ("issued_on: 31/02/2026\n", 1, "issued_on", ""),
            ("number: a\nnumber: b\n", 2, "number", "được ghi hai lần"),
            ("tasks: [\n", 2, "-", "tệp kế hoạch không hợp lệ"),
            (
                "numbr: 12/KH\n",
                1,
                "-",
                "tệp kế hoạch không hợp lệ: trường `numbr` không có",
            ),
        ] {
            let parsed = read(text);
            assert!(parsed.plan.is_none(), "{text}");
            let [(l, f, message)] = &said(&parsed)[..] else {
                panic!("{text}: {:?}", said(&parsed));
            };
            assert_eq!((*l, f.as_str()), (line, field), "{text}: {message}");
            assert!(message.starts_with(starts), "{text}: {message}");
            assert!(!message.contains("expected"), "{text}: {message}");
        }
        assert_eq!(
            said(&read("# chưa có gì\n")).len(),
            1,
            "no tasks: a warning"
        );
    }

    /// The plan's fields are checked against its table, every problem at its own line, before
    /// the file is read as a plan.
    #[test]
    fn every_field_against_the_plans_table_is_named_at_once() {
        let parsed = read(
            "issued_on: [2026]\ntasks:\n- code: II.1\n  units: VP\n- title: B\n  lead: [VP]\n",
        );
        assert!(parsed.plan.is_none());
        assert_eq!(
            said(&parsed),
            [
                (
                    1,
                    "issued_on".into(),
                    "cần ngày, nhưng gặp một danh sách".into()
                ),
                (3, "tasks[0]".into(), "thiếu trường `title`".into()),
                (
                    4,
                    "tasks[0].units".into(),
                    "cần một danh sách, nhưng gặp văn bản «VP»".into()
                ),
                (5, "tasks[1]".into(), "thiếu trường `code`".into()),
                (
                    6,
                    "tasks[1].lead".into(),
                    "cần văn bản, nhưng gặp một danh sách".into()
                ),
            ]
        );
    }

    #[test]
    fn records_name_the_tasks_of_their_report_years_plan_else_the_seeds() {
        let mut codes = TaskCodes::new(15);
        let plan = read("tasks:\n- code: A.1\n  title: A\n").plan.unwrap();
        codes.set(2026, Some(&plan));
        codes.set(2027, None);
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let tasks = codes.on(day("2026-03-14")).unwrap();
        assert!(tasks.from_file && tasks.has("A.1") && !tasks.has("II.1"));
        assert_eq!(tasks.spelled("a.1"), Some("A.1"));
        // 14/12/2025 is still in report year 2025, which has no plan file: the seed's tasks.
        let seed = codes.on(day("2025-12-14")).unwrap();
        assert!(!seed.from_file && seed.has("II.1") && seed.has("III.2") && !seed.has("A.1"));
        assert!(codes.on(day("2025-12-15")).unwrap().from_file);
        // A plan file that cannot be read leaves its year unchecked.
        assert!(codes.on(day("2027-01-01")).is_none());
        let finding = unknown_task("II.9", &seed, "plan_task");
        assert_eq!(finding.code, "unknown-task");
        assert_eq!(
            finding.message.vi,
            "nhiệm vụ «II.9» không có trong kế hoạch năm 2025 (chưa có plans/2025.yaml, nên là các \
             nhiệm vụ của kế hoạch mẫu: II.1, II.2, II.3, II.4, II.5, II.6, III.1, III.2)"
        );
        assert_eq!(
            tasks.refusal("II.1").vi,
            "nhiệm vụ «II.1» không có trong kế hoạch năm 2026 (các nhiệm vụ của plans/2026.yaml: A.1)"
        );
    }
}
