//! An inspection or supervision of how public duty is performed (seed II.4): the head checks
//! the units, finds conflicts of interest and other violations, and has them corrected.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::vocab::{InspectionStatus, Term, Vocabulary};
use super::{Kind, Record, show_date, show_opt_date};
use crate::i18n::{Label, Lang, msg};

use super::common::{Conflict, Event, Void};
use super::schema::{
    ALIASES_FIELD, CONFLICTS_FIELD, Field, HISTORY_FIELD, NOTE, PLAN_TASK, Type, VOID_FIELD, l,
};
use super::values::RecordId;
use super::vocab::InspectionKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inspection {
    pub id: RecordId,
    /// The provisional IDs the record had before `coi sync` published it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<RecordId>,
    /// The unit that inspects.
    pub unit: String,
    pub inspected_units: Vec<String>,
    pub kind: InspectionKind,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_no: Option<String>,
    pub start_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<String>,
    /// Violations found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violations: Option<u32>,
    /// Violations corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrected: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concluded_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub void: Option<Void>,
    /// Values two clerks changed differently, left by the merge of their clones for `edit` to
    /// settle.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    #[serde(default)]
    pub history: Vec<Event>,
}

impl Record for Inspection {
    const KIND: Kind = Kind::Inspection;
    const STATUSES: &'static Vocabulary = &InspectionStatus::VOCABULARY;
    const FIELDS: &'static [Field] = FIELDS;
    const KEY_DATE: &'static str = "start_on";
    const UNIT_FIELD: &'static str = "unit";
    const COLUMNS: &'static [Label] = &[
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_DATE,
        msg::COL_INSPECTION_KIND,
        msg::COL_INSPECTED_UNITS,
        msg::COL_SUBJECT,
        msg::COL_VIOLATIONS,
        msg::COL_CONCLUDED_ON,
    ];

    record_common!();

    fn unit(&self) -> &str {
        &self.unit
    }
    fn key_date(&self) -> NaiveDate {
        self.start_on
    }
    fn row(&self, lang: Lang) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.unit.clone(),
            show_date(self.start_on),
            self.kind.label(lang).to_string(),
            self.inspected_units.join(", "),
            self.subject.clone(),
            self.violations.map(|n| n.to_string()).unwrap_or_default(),
            show_opt_date(self.concluded_on),
        ]
    }
    fn status(&self, today: NaiveDate) -> &'static Term {
        let status = if self.void.is_some() {
            InspectionStatus::Void
        } else if self.concluded_on.is_some() {
            InspectionStatus::Concluded
        } else if self.start_on > today {
            InspectionStatus::Planned
        } else {
            InspectionStatus::Ongoing
        };
        status.term()
    }
    fn is_open(&self) -> bool {
        self.void.is_none() && self.concluded_on.is_none()
    }
    fn who(&self) -> String {
        self.subject.clone()
    }
    fn plan_task(&self) -> Option<&str> {
        Some(
            self.plan_task
                .as_deref()
                .unwrap_or(super::plan::implied::INSPECTION),
        )
    }
}

pub const FIELDS: &[Field] = &[
    Field::new("id", Type::Id, l!("Mã hồ sơ", "ID"))
        .required()
        .by_register(),
    ALIASES_FIELD,
    Field::new("unit", Type::Unit, l!("Đơn vị kiểm tra", "Inspecting unit")).required(),
    Field::new(
        "inspected_units",
        Type::Units,
        l!("Đơn vị được kiểm tra", "Units inspected"),
    )
    .required(),
    Field::new(
        "kind",
        Type::Choice(&InspectionKind::VOCABULARY),
        l!("Hình thức kiểm tra", "Kind of inspection"),
    )
    .required(),
    Field::new(
        "subject",
        Type::LongText,
        l!("Nội dung kiểm tra", "What was inspected"),
    )
    .required(),
    Field::new(
        "decision_no",
        Type::Text,
        l!("Số quyết định kiểm tra", "Decision no."),
    )
    .asked(),
    Field::new("start_on", Type::Date, l!("Ngày bắt đầu", "Starts on")).required(),
    Field::new("end_on", Type::Date, l!("Ngày kết thúc", "Ends on")).asked(),
    Field::new(
        "findings",
        Type::LongText,
        l!("Kết quả kiểm tra", "Findings"),
    ),
    Field::new(
        "violations",
        Type::Count,
        l!("Số vi phạm phát hiện", "Violations found"),
    ),
    Field::new(
        "corrected",
        Type::Count,
        l!("Số vi phạm đã chấn chỉnh", "Violations corrected"),
    ),
    Field::new(
        "conclusion_no",
        Type::Text,
        l!("Số kết luận kiểm tra", "Conclusion no."),
    ),
    Field::new(
        "concluded_on",
        Type::Date,
        l!("Ngày kết luận", "Concluded on"),
    )
    .past(),
    PLAN_TASK,
    NOTE,
    VOID_FIELD,
    CONFLICTS_FIELD,
    HISTORY_FIELD,
];
