//! The agency's plan for a year (`plans/<year>.yaml`): its number and date, the province's plan
//! it carries out, and its tasks, each with the unit that leads it and the units that carry it
//! out. Written by hand, or started by `coi plan init` from the seed plan's tasks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Label;
use crate::model::schema::{Setting, Shape};

/// The fields of a plan file, checked before the file is read into a [`Plan`]; a test holds
/// them to the structs' own fields.
pub const PLAN: &[Setting] = &[
    Setting::new("number", Shape::Text),
    Setting::new("issued_on", Shape::Date),
    Setting::new("title", Shape::Text),
    Setting::new("implements", Shape::Text),
    Setting::new("tasks", Shape::List(&Shape::Group(TASK))),
];

pub const TASK: &[Setting] = &[
    Setting::new("code", Shape::Text).required(),
    Setting::new("title", Shape::Text).required(),
    Setting::new("lead", Shape::Text),
    Setting::new("units", Shape::List(&Shape::Text)),
];

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan's number, e.g. `12/KH-BQL`.
    #[serde(default)]
    pub number: Option<String>,
    /// The day it was signed: `2026-02-10` or `10/02/2026`.
    #[serde(default, deserialize_with = "super::settings::typed::opt_date")]
    pub issued_on: Option<NaiveDate>,
    #[serde(default)]
    pub title: Option<String>,
    /// The province's plan it carries out, e.g. `Kế hoạch số 55/KH-UBND ngày 03/02/2026 …`.
    #[serde(default)]
    pub implements: Option<String>,
    #[serde(default)]
    pub tasks: Vec<Task>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// The task's number in the plan, e.g. `II.1`: what a record's `plan_task` names.
    pub code: String,
    pub title: String,
    /// The unit that leads the task (a code of `coi.yaml`).
    #[serde(default)]
    pub lead: Option<String>,
    /// The units that carry it out; none listed means every unit of `coi.yaml`.
    #[serde(default)]
    pub units: Option<Vec<String>>,
}

impl Plan {
    /// Text of the plan that says nothing, as a person leaves a field blank: `None`.
    pub fn number(&self) -> Option<&str> {
        filled(&self.number)
    }
    pub fn title(&self) -> Option<&str> {
        filled(&self.title)
    }
    pub fn implements(&self) -> Option<&str> {
        filled(&self.implements)
    }

    pub fn task(&self, code: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.code == code)
    }
}

impl Task {
    /// Whether the task is for `unit`: listed in `units`, or `units` lists none.
    pub fn applies_to(&self, unit: &str) -> bool {
        match &self.units {
            Some(units) if !units.is_empty() => units.iter().any(|u| u == unit),
            _ => true,
        }
    }

    pub fn lead(&self) -> Option<&str> {
        filled(&self.lead)
    }
}

fn filled(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// One task of the seed plan: its code and a short, faithful title.
#[derive(Debug, Clone, Copy)]
pub struct SeedTask {
    pub code: &'static str,
    pub title: Label,
}

/// The tasks of the seed plan (Kế hoạch triển khai thực hiện kiểm soát xung đột lợi ích năm
/// 2026, carrying out the province's Kế hoạch số 55/KH-UBND ngày 03/02/2026): parts II.1–II.6
/// (tasks and solutions) and III.1–III.2 (organising the work). Without a plan file for a year,
/// these are the tasks a record may name.
pub const SEED_TASKS: &[SeedTask] = &[
    SeedTask {
        code: "II.1",
        title: Label::new(
            "Hoàn thiện quy định nội bộ; nhận diện tình huống xung đột lợi ích, xác định đầu mối giám sát và trách nhiệm người đứng đầu",
            "Complete the internal rules; identify conflict-of-interest situations, name the supervision focal points and the head's responsibility",
        ),
    },
    SeedTask {
        code: "II.2",
        title: Label::new(
            "Tuyên truyền quy định về quà tặng, kiểm soát tài sản, thu nhập; tập huấn chuyên sâu cho người làm công tác nghiệp vụ",
            "Propagate the rules on gifts and on control of assets and income; in-depth training for the staff who do this work",
        ),
    },
    SeedTask {
        code: "II.3",
        title: Label::new(
            "Tuyên truyền, phổ biến pháp luật về kiểm soát xung đột lợi ích đến toàn thể cán bộ, công chức, viên chức",
            "Propagate the law on conflict-of-interest control to all officials and employees",
        ),
    },
    SeedTask {
        code: "II.4",
        title: Label::new(
            "Tăng cường kiểm tra, giám sát hoạt động công vụ; phát hiện xung đột lợi ích, chấn chỉnh kịp thời",
            "Inspect and supervise public duty more closely; detect conflicts of interest and correct wrong handling in time",
        ),
    },
    SeedTask {
        code: "II.5",
        title: Label::new(
            "Áp dụng các biện pháp theo khoản 3 Điều 23 Luật Phòng, chống tham nhũng: giám sát; tạm đình chỉ, tạm thời chuyển vị trí công tác; đình chỉ",
            "Apply the measures of Art. 23(3) of the Anti-Corruption Law: supervision; temporary suspension or transfer; suspension",
        ),
    },
    SeedTask {
        code: "II.6",
        title: Label::new(
            "Xử lý nghiêm sai phạm trong giải quyết xung đột lợi ích; xem xét trách nhiệm liên đới",
            "Handle violations in resolving conflicts of interest strictly; consider joint responsibility",
        ),
    },
    SeedTask {
        code: "III.1",
        title: Label::new(
            "Phổ biến, quán triệt, triển khai Kế hoạch đến toàn thể công chức, viên chức, người lao động",
            "Disseminate the plan to all officials, employees and workers and carry it out",
        ),
    },
    SeedTask {
        code: "III.2",
        title: Label::new(
            "Văn phòng chủ trì kiểm tra, đôn đốc; báo cáo kết quả lồng ghép trong báo cáo định kỳ theo Thông tư 06/2025/TT-TTCP",
            "The office leads, checks and urges; the results are reported within the periodic reports of Circular 06/2025/TT-TTCP",
        ),
    },
];

/// The tasks that records carry out when they do not name one themselves (`plan_task`). They are the seed plan's numbering: the province's plan lays
/// the tasks out in this order, and the plans of its agencies keep it. A plan numbered otherwise
/// still works: each record then names its task in `plan_task`, which always comes first.
pub mod implied {
    /// Trainings on gifts or on assets and income (seed II.2).
    pub const GIFTS_AND_ASSETS_TRAINING: &str = "II.2";
    /// Other propagation and training (seed II.3).
    pub const TRAINING: &str = "II.3";
    /// Inspection and supervision of public duty (seed II.4).
    pub const INSPECTION: &str = "II.4";
    /// Cases where a measure of Law Art. 23(3) was applied (seed II.5).
    pub const MEASURE: &str = "II.5";
    /// Cases closed with a discipline (seed II.6).
    pub const DISCIPLINE: &str = "II.6";
}

/// The task of every unit disseminating the plan to its staff (seed III.1), which `coi plan`
/// follows unit by unit; the seed's code, as for [`implied`].
pub const DISSEMINATION: &str = "III.1";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Gift, Record, Training};

    fn training(topics: &str, own: &str) -> Training {
        serde_yaml::from_str(&format!(
            "id: TH-2026-001\ntitle: T\nform: course\ntopics: [{topics}]\nstart_on: 2026-03-20\n\
             organizer: VP\nparticipants: 1\n{own}"
        ))
        .unwrap()
    }

    fn case(tail: &str) -> Case {
        serde_yaml::from_str(&format!(
            "id: XDLI-2026-001\nunit: VP\nperson: {{name: A}}\nsituation_type: art29_8\n\
             situation: X\nsource: self_report\nknown_on: 2026-03-02\n{tail}"
        ))
        .unwrap()
    }

    const MEASURE: &str = "measures:\n- kind: supervision\n  decided_on: 2026-03-05\n";

    #[test]
    fn a_record_carries_out_its_own_task_else_the_one_its_kind_implies() {
        assert_eq!(training("coi", "").plan_task(), Some("II.3"));
        assert_eq!(training("coi, gifts", "").plan_task(), Some("II.2"));
        assert_eq!(training("asset_declaration", "").plan_task(), Some("II.2"));
        assert_eq!(
            training("gifts", "plan_task: III.1\n").plan_task(),
            Some("III.1")
        );
        assert_eq!(case("").plan_task(), None);
        assert_eq!(case(MEASURE).plan_task(), Some("II.5"));
        let closed = |discipline: &str| {
            format!(
                "closed: {{on: 2026-04-01, outcome: violation_handled, discipline: {discipline}}}\n"
            )
        };
        assert_eq!(case(&closed("none")).plan_task(), None);
        assert_eq!(
            case(&format!("{MEASURE}{}", closed("none"))).plan_task(),
            Some("II.5")
        );
        assert_eq!(
            case(&format!("{MEASURE}{}", closed("warning"))).plan_task(),
            Some("II.6")
        );
        assert_eq!(
            case(&format!("{MEASURE}plan_task: II.1\n")).plan_task(),
            Some("II.1")
        );
        let gift: Gift = serde_yaml::from_str(
            "id: QT-2026-001\nunit: VP\nreceived_on: 2026-02-10\ngiver: {name: B}\nkind: cash\n\
             description: D\nvalue_vnd: 1\n",
        )
        .unwrap();
        assert_eq!(gift.plan_task(), None);
    }

    #[test]
    fn the_seed_tasks_are_eight_with_their_own_codes_and_hold_the_implied_ones() {
        let codes: Vec<&str> = SEED_TASKS.iter().map(|t| t.code).collect();
        assert_eq!(
            codes,
            [
                "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2"
            ]
        );
        for task in SEED_TASKS {
            let title = task.title;
            assert!(unicode_normalization::is_nfc(title.vi), "{}", task.code);
            assert!(!title.vi.is_empty() && !title.en.is_empty() && title.vi != title.en);
        }
        for code in [
            implied::GIFTS_AND_ASSETS_TRAINING,
            implied::TRAINING,
            implied::INSPECTION,
            implied::MEASURE,
            implied::DISCIPLINE,
            DISSEMINATION,
        ] {
            assert!(codes.contains(&code), "{code}");
        }
    }

    #[test]
    fn a_task_without_units_is_for_every_unit() {
        let mut task = Task {
            code: "II.1".into(),
            title: "T".into(),
            lead: Some(" ".into()),
            units: None,
        };
        assert!(task.applies_to("VP") && task.lead().is_none());
        task.units = Some(vec![]);
        assert!(task.applies_to("VP"));
        task.units = Some(vec!["QLDN".into()]);
        assert!(!task.applies_to("VP") && task.applies_to("QLDN"));
    }
}
