//! A gift report and its hand-over and handling (Decree 59/2019 Arts 24–28).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::vocab::{GiftStatus, Term};
use super::{show_date, show_opt_date};
use crate::i18n::{Lang, msg};

use super::common::Person;
use super::schema::{Field, NOTE, PLAN_TASK, Type, l};
use super::values::Vnd;
use super::vocab::{Discipline, GiftKind, HandlingOutcome, RecipientType, Valuation};

record! {
    pub struct Gift: Gift {
        pub unit: String = Field::of(Type::Unit, l!("Đơn vị", "Unit")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recipient_type: Option<RecipientType> =
            Field::of(Type::Choice(&RecipientType::VOCABULARY), l!("Người nhận là", "Received by")),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recipient: Option<Person> =
            Field::of(Type::Object(RECIPIENT), l!("Người nhận quà", "Recipient")).asked(),
        pub received_on: NaiveDate =
            Field::of(Type::Date, l!("Ngày nhận quà", "Received on")).past().required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub place: Option<String> = Field::of(Type::Text, l!("Địa điểm nhận", "Place")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub circumstances: Option<String> =
            Field::of(Type::LongText, l!("Hoàn cảnh nhận quà", "Circumstances")).asked(),
        pub giver: Giver = Field::of(Type::Object(GIVER), l!("Người tặng quà", "Giver")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub relationship: Option<String> =
            Field::of(Type::Text, l!("Mối quan hệ với người tặng", "Relationship with the giver"))
                .asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub related_to_duty: Option<bool> =
            Field::of(Type::Bool, l!("Liên quan đến công việc", "Related to duty")).asked(),
        pub kind: GiftKind =
            Field::of(Type::Choice(&GiftKind::VOCABULARY), l!("Loại quà", "Kind of gift"))
                .required(),
        pub description: String =
            Field::of(Type::LongText, l!("Mô tả quà tặng", "Description")).required(),
        pub value_vnd: Vnd =
            Field::of(Type::Money, l!("Giá trị (đồng)", "Value (đồng)")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub valuation: Option<Valuation> =
            Field::of(
                Type::Choice(&Valuation::VOCABULARY),
                l!("Cách xác định giá trị", "Valuation"),
            )
            .asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reported_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày báo cáo", "Reported on")).past().asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub handed_over_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày nộp lại quà", "Handed over on")).past().asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub handling: Option<Handling> =
            Field::of(Type::Object(HANDLING), l!("Xử lý quà tặng", "Handling")),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub giver_notified_on: Option<NaiveDate> =
            Field::of(
                Type::Date,
                l!("Ngày thông báo cơ quan người tặng", "Giver's body notified on"),
            )
            .past(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub violation: Option<Violation> =
            Field::of(Type::Object(VIOLATION), l!("Vi phạm", "Violation")),
        /// The task of the year's plan that the record carries out, when it says (`II.1`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub plan_task: Option<String> = PLAN_TASK,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = NOTE,
    }
    key_date: received_on,
    unit: unit,
    statuses: GiftStatus,
    columns: [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_RECIPIENT,
        msg::COL_RECEIVED_ON,
        msg::COL_KIND,
        msg::COL_VALUE,
        msg::COL_HANDED_OVER_ON,
    ],

    fn row(&self, lang: Lang) -> Vec<String> {
        let recipient = match &self.recipient {
            Some(p) => p.name.clone(),
            None => self.recipient_type().label(lang).to_string(),
        };
        vec![
            self.id.to_string(),
            self.unit.clone(),
            recipient,
            show_date(self.received_on),
            self.kind.label(lang).to_string(),
            self.value_vnd.display(),
            show_opt_date(self.handed_over_on),
        ]
    }
    fn status(&self, _today: NaiveDate) -> &'static Term {
        let status = if self.void.is_some() {
            GiftStatus::Void
        } else if self.handling.is_some() {
            GiftStatus::Handled
        } else if self.handed_over_on.is_some() {
            GiftStatus::AwaitingHandling
        } else {
            GiftStatus::AwaitingHandover
        };
        status.term()
    }
    fn who(&self) -> String {
        match &self.recipient {
            Some(p) => p.name.clone(),
            None => self.giver.name.clone(),
        }
    }
    /// A gift names its task only itself: reporting and handing over gifts is the law's
    /// duty, not a task of the plan.
    fn plan_task(&self) -> Option<&str> {
        self.plan_task.as_deref()
    }
}

impl Gift {
    /// A gift is received by a person unless the record says an agency received it.
    pub fn recipient_type(&self) -> RecipientType {
        self.recipient_type.unwrap_or(RecipientType::Individual)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Giver {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// What the head decided for a handed-over gift (Decree 59 Art. 27).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handling {
    pub outcome: HandlingOutcome,
    pub decided_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sold_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proceeds_vnd: Option<Vnd>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costs_vnd: Option<Vnd>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_to_budget_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_amount_vnd: Option<Vnd>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voucher_no: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Violation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discipline: Option<Discipline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

const RECIPIENT: &[Field] = &[
    Field::new(
        "name",
        Type::Text,
        l!("Họ và tên người nhận", "Recipient's name"),
    )
    .required(),
    Field::new("position", Type::Text, l!("Chức vụ", "Position")).asked(),
    Field::new("code", Type::Text, l!("Mã cán bộ", "Staff code")).asked(),
];

const GIVER: &[Field] = &[
    Field::new(
        "name",
        Type::Text,
        l!("Họ và tên người tặng", "Giver's name"),
    )
    .required(),
    Field::new("position", Type::Text, l!("Chức vụ", "Position")).asked(),
    Field::new(
        "organization",
        Type::Text,
        l!("Cơ quan, tổ chức", "Organization"),
    )
    .asked(),
    Field::new("address", Type::Text, l!("Địa chỉ", "Address")).asked(),
];

const HANDLING: &[Field] = &[
    Field::new(
        "outcome",
        Type::Choice(&HandlingOutcome::VOCABULARY),
        l!("Hình thức xử lý", "Outcome"),
    )
    .required(),
    Field::new(
        "decided_on",
        Type::Date,
        l!("Ngày quyết định xử lý", "Decided on"),
    )
    .past()
    .required(),
    Field::new("sold_on", Type::Date, l!("Ngày bán", "Sold on")).past(),
    Field::new(
        "proceeds_vnd",
        Type::Money,
        l!("Số tiền bán được (đồng)", "Proceeds (đồng)"),
    ),
    Field::new(
        "costs_vnd",
        Type::Money,
        l!("Chi phí (đồng)", "Costs (đồng)"),
    ),
    Field::new(
        "paid_to_budget_on",
        Type::Date,
        l!("Ngày nộp ngân sách", "Paid to the budget on"),
    )
    .past(),
    Field::new(
        "budget_amount_vnd",
        Type::Money,
        l!("Số tiền nộp ngân sách (đồng)", "Paid to the budget (đồng)"),
    ),
    Field::new("voucher_no", Type::Text, l!("Số chứng từ", "Voucher no.")),
];

const VIOLATION: &[Field] = &[
    Field::new(
        "discipline",
        Type::Choice(&Discipline::VOCABULARY),
        l!("Hình thức kỷ luật", "Discipline"),
    ),
    Field::new("note", Type::LongText, l!("Ghi chú", "Note")),
];
