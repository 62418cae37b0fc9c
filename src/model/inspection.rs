//! An inspection or supervision of how public duty is performed (seed II.4): the head checks
//! the units, finds conflicts of interest and other violations, and has them corrected.

use chrono::NaiveDate;

use super::vocab::{InspectionStatus, Term};
use super::{show_date, show_opt_date};
use crate::i18n::{Lang, msg};

use super::schema::{Field, NOTE, PLAN_TASK, Type, l};
use super::vocab::InspectionKind;

record! {
    pub struct Inspection: Inspection {
        /// The unit that inspects.
        pub unit: String =
            Field::of(Type::Unit, l!("Đơn vị kiểm tra", "Inspecting unit")).required(),
        pub inspected_units: Vec<String> =
            Field::of(Type::Units, l!("Đơn vị được kiểm tra", "Units inspected")).required(),
        pub kind: InspectionKind =
            Field::of(
                Type::Choice(&InspectionKind::VOCABULARY),
                l!("Hình thức kiểm tra", "Kind of inspection"),
            )
            .required(),
        pub subject: String =
            Field::of(Type::LongText, l!("Nội dung kiểm tra", "What was inspected")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub decision_no: Option<String> =
            Field::of(Type::Text, l!("Số quyết định kiểm tra", "Decision no.")).asked(),
        pub start_on: NaiveDate = Field::of(Type::Date, l!("Ngày bắt đầu", "Starts on")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày kết thúc", "Ends on")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub findings: Option<String> =
            Field::of(Type::LongText, l!("Kết quả kiểm tra", "Findings")),
        /// Violations found.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub violations: Option<u32> =
            Field::of(Type::Count, l!("Số vi phạm phát hiện", "Violations found")),
        /// Violations corrected.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub corrected: Option<u32> =
            Field::of(Type::Count, l!("Số vi phạm đã chấn chỉnh", "Violations corrected")),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub conclusion_no: Option<String> =
            Field::of(Type::Text, l!("Số kết luận kiểm tra", "Conclusion no.")),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub concluded_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày kết luận", "Concluded on")).past(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub plan_task: Option<String> = PLAN_TASK,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = NOTE,
    }
    key_date: start_on,
    unit: unit,
    statuses: InspectionStatus,
    columns: [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_DATE,
        msg::COL_INSPECTION_KIND,
        msg::COL_INSPECTED_UNITS,
        msg::COL_SUBJECT,
        msg::COL_VIOLATIONS,
        msg::COL_CONCLUDED_ON,
    ],

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
