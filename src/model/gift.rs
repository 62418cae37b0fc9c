//! A gift report and its hand-over and handling (Decree 59/2019 Arts 24–28).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::vocab::{GiftStatus, Term, Vocabulary};
use super::{Kind, Record, show_date, show_opt_date};
use crate::i18n::{Label, Lang, msg};

use super::common::{Conflict, Event, Person, Void};
use super::schema::{
    ALIASES_FIELD, CONFLICTS_FIELD, Field, HISTORY_FIELD, NOTE, PLAN_TASK, Type, VOID_FIELD, l,
};
use super::values::{RecordId, Vnd};
use super::vocab::{Discipline, GiftKind, HandlingOutcome, RecipientType, Valuation};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gift {
    pub id: RecordId,
    /// The provisional IDs the record had before `coi sync` published it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<RecordId>,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_type: Option<RecipientType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Person>,
    pub received_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circumstances: Option<String>,
    pub giver: Giver,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_to_duty: Option<bool>,
    pub kind: GiftKind,
    pub description: String,
    pub value_vnd: Vnd,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valuation: Option<Valuation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_over_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling: Option<Handling>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub giver_notified_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violation: Option<Violation>,
    /// The task of the year's plan that the record carries out, when it says (`II.1`).
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

impl Record for Gift {
    const KIND: Kind = Kind::Gift;
    const STATUSES: &'static Vocabulary = &GiftStatus::VOCABULARY;
    const FIELDS: &'static [Field] = FIELDS;
    const KEY_DATE: &'static str = "received_on";
    const UNIT_FIELD: &'static str = "unit";
    const COLUMNS: &'static [Label] = &[
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_RECIPIENT,
        msg::COL_RECEIVED_ON,
        msg::COL_KIND,
        msg::COL_VALUE,
        msg::COL_HANDED_OVER_ON,
    ];

    record_common!();

    fn unit(&self) -> &str {
        &self.unit
    }
    fn key_date(&self) -> NaiveDate {
        self.received_on
    }
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

pub const FIELDS: &[Field] = &[
    Field::new("id", Type::Id, l!("Mã hồ sơ", "ID"))
        .required()
        .by_register(),
    ALIASES_FIELD,
    Field::new("unit", Type::Unit, l!("Đơn vị", "Unit")).required(),
    Field::new(
        "recipient_type",
        Type::Choice(&RecipientType::VOCABULARY),
        l!("Người nhận là", "Received by"),
    ),
    Field::new(
        "recipient",
        Type::Object(RECIPIENT),
        l!("Người nhận quà", "Recipient"),
    )
    .asked(),
    Field::new(
        "received_on",
        Type::Date,
        l!("Ngày nhận quà", "Received on"),
    )
    .past()
    .required(),
    Field::new("place", Type::Text, l!("Địa điểm nhận", "Place")).asked(),
    Field::new(
        "circumstances",
        Type::LongText,
        l!("Hoàn cảnh nhận quà", "Circumstances"),
    )
    .asked(),
    Field::new("giver", Type::Object(GIVER), l!("Người tặng quà", "Giver")).required(),
    Field::new(
        "relationship",
        Type::Text,
        l!("Mối quan hệ với người tặng", "Relationship with the giver"),
    )
    .asked(),
    Field::new(
        "related_to_duty",
        Type::Bool,
        l!("Liên quan đến công việc", "Related to duty"),
    )
    .asked(),
    Field::new(
        "kind",
        Type::Choice(&GiftKind::VOCABULARY),
        l!("Loại quà", "Kind of gift"),
    )
    .required(),
    Field::new(
        "description",
        Type::LongText,
        l!("Mô tả quà tặng", "Description"),
    )
    .required(),
    Field::new(
        "value_vnd",
        Type::Money,
        l!("Giá trị (đồng)", "Value (đồng)"),
    )
    .required(),
    Field::new(
        "valuation",
        Type::Choice(&Valuation::VOCABULARY),
        l!("Cách xác định giá trị", "Valuation"),
    )
    .asked(),
    Field::new("reported_on", Type::Date, l!("Ngày báo cáo", "Reported on"))
        .past()
        .asked(),
    Field::new(
        "handed_over_on",
        Type::Date,
        l!("Ngày nộp lại quà", "Handed over on"),
    )
    .past()
    .asked(),
    Field::new(
        "handling",
        Type::Object(HANDLING),
        l!("Xử lý quà tặng", "Handling"),
    ),
    Field::new(
        "giver_notified_on",
        Type::Date,
        l!(
            "Ngày thông báo cơ quan người tặng",
            "Giver's body notified on"
        ),
    )
    .past(),
    Field::new(
        "violation",
        Type::Object(VIOLATION),
        l!("Vi phạm", "Violation"),
    ),
    PLAN_TASK,
    NOTE,
    VOID_FIELD,
    CONFLICTS_FIELD,
    HISTORY_FIELD,
];
