//! A step of the year's plan that is neither a training, an inspection nor a case: a department
//! disseminating the plan (III.1), a review of internal rules, the map of conflict situations per
//! position, the naming of a supervision focal point (II.1), a review of the head's
//! responsibility (II.6).

use chrono::NaiveDate;

use super::show_date;
use super::vocab::{ActionStatus, Term};
use crate::i18n::{Lang, msg};

use super::schema::{Field, PLAN_TASK, Type, l};
use super::vocab::ActionKind;

record! {
    /// Named so as not to be mistaken for the steps in a record's history.
    pub struct PlanAction: Action {
        pub unit: String = Field::of(Type::Unit, l!("Đơn vị thực hiện", "Unit")).required(),
        pub plan_task: String = PLAN_TASK.required(),
        pub kind: ActionKind =
            Field::of(Type::Choice(&ActionKind::VOCABULARY), l!("Loại hoạt động", "Kind of action"))
                .required(),
        pub title: String = Field::of(Type::LongText, l!("Nội dung", "What was done")).required(),
        pub done_on: NaiveDate =
            Field::of(Type::Date, l!("Ngày thực hiện", "Done on")).past().required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub document_no: Option<String> =
            Field::of(Type::Text, l!("Số văn bản", "Document no.")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = Field::of(Type::LongText, l!("Ghi chú", "Note")).asked(),
    }
    key_date: done_on,
    unit: unit,
    statuses: ActionStatus,
    columns: [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_DATE,
        msg::COL_TASK,
        msg::COL_ACTION_KIND,
        msg::COL_ACTION_TITLE,
        msg::COL_DOCUMENT_NO,
    ],

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
