//! A step of the year's plan that is neither a training, an inspection nor a case: a department
//! disseminating the plan (III.1), a review of internal rules, the map of conflict situations per
//! position, the naming of a supervision focal point (II.1), a review of the head's
//! responsibility (II.6).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::vocab::{ActionStatus, Term, Vocabulary};
use super::{Kind, Record, show_date};
use crate::i18n::{Label, Lang, msg};

use super::common::{Conflict, Event, Void};
use super::schema::{
    ALIASES_FIELD, CONFLICTS_FIELD, Field, HISTORY_FIELD, PLAN_TASK, Type, VOID_FIELD, l,
};
use super::values::RecordId;
use super::vocab::ActionKind;

/// Named so as not to be mistaken for the steps in a record's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    pub id: RecordId,
    /// The provisional IDs the record had before `coi sync` published it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<RecordId>,
    pub unit: String,
    pub plan_task: String,
    pub kind: ActionKind,
    pub title: String,
    pub done_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_no: Option<String>,
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

impl Record for PlanAction {
    const KIND: Kind = Kind::Action;
    const STATUSES: &'static Vocabulary = &ActionStatus::VOCABULARY;
    const FIELDS: &'static [Field] = FIELDS;
    const KEY_DATE: &'static str = "done_on";
    const UNIT_FIELD: &'static str = "unit";
    const COLUMNS: &'static [Label] = &[
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_DATE,
        msg::COL_TASK,
        msg::COL_ACTION_KIND,
        msg::COL_ACTION_TITLE,
        msg::COL_DOCUMENT_NO,
    ];

    record_common!();

    fn unit(&self) -> &str {
        &self.unit
    }
    fn key_date(&self) -> NaiveDate {
        self.done_on
    }
    fn row(&self, lang: Lang) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.unit.clone(),
            show_date(self.done_on),
            self.plan_task.clone(),
            self.kind.label(lang).to_string(),
            self.title.clone(),
            self.document_no.clone().unwrap_or_default(),
        ]
    }
    fn status(&self, _today: NaiveDate) -> &'static Term {
        let status = if self.void.is_some() {
            ActionStatus::Void
        } else {
            ActionStatus::Done
        };
        status.term()
    }
    fn who(&self) -> String {
        self.title.clone()
    }
    fn plan_task(&self) -> Option<&str> {
        Some(&self.plan_task)
    }
}

pub const FIELDS: &[Field] = &[
    Field::new("id", Type::Id, l!("Mã hồ sơ", "ID"))
        .required()
        .by_register(),
    ALIASES_FIELD,
    Field::new("unit", Type::Unit, l!("Đơn vị thực hiện", "Unit")).required(),
    PLAN_TASK.required(),
    Field::new(
        "kind",
        Type::Choice(&ActionKind::VOCABULARY),
        l!("Loại hoạt động", "Kind of action"),
    )
    .required(),
    Field::new("title", Type::LongText, l!("Nội dung", "What was done")).required(),
    Field::new("done_on", Type::Date, l!("Ngày thực hiện", "Done on"))
        .past()
        .required(),
    Field::new("document_no", Type::Text, l!("Số văn bản", "Document no.")).asked(),
    Field::new("note", Type::LongText, l!("Ghi chú", "Note")).asked(),
    VOID_FIELD,
    CONFLICTS_FIELD,
    HISTORY_FIELD,
];
