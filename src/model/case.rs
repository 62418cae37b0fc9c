//! A conflict-of-interest case (Decree 59/2019 Arts 29–35).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::show_date;
use super::vocab::{CaseStatus, Term};
use crate::i18n::{Lang, msg};

use super::common::Person;
use super::plan::implied;
use super::schema::{Field, NOTE, PLAN_TASK, Type, l};
use super::values::RecordId;
use super::vocab::{
    CaseOutcome, Discipline, Impact, MeasureKind, PublicationForm, SituationType, Source,
};

record! {
    pub struct Case: Case {
        pub unit: String = Field::of(Type::Unit, l!("Đơn vị", "Unit")).required(),
        pub person: Person =
            Field::of(Type::Object(PERSON), l!("Người có xung đột lợi ích", "Person concerned"))
                .required(),
        pub situation_type: SituationType =
            Field::of(
                Type::Choice(&SituationType::VOCABULARY),
                l!("Loại tình huống", "Situation type"),
            )
            .required(),
        pub situation: String =
            Field::of(Type::LongText, l!("Nội dung tình huống", "Situation")).required(),
        pub source: Source =
            Field::of(
                Type::Choice(&Source::VOCABULARY),
                l!("Nguồn phát hiện", "How it became known"),
            )
            .required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reporter: Option<Reporter> =
            Field::of(Type::Object(REPORTER), l!("Người thông tin", "Reported by")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub occurred_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày phát sinh", "Arose on")).past().asked(),
        pub known_on: NaiveDate =
            Field::of(Type::Date, l!("Ngày biết", "Known on")).past().required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reported_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày báo cáo", "Reported on")).past().asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub received_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày thủ trưởng nhận báo cáo", "Report received on"))
                .past()
                .asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub impact: Option<Impact> =
            Field::of(Type::Choice(&Impact::VOCABULARY), l!("Mức độ ảnh hưởng", "Impact")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub proposed_measure: Option<String> =
            Field::of(Type::LongText, l!("Biện pháp đề xuất", "Proposed measure")).asked(),
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub measures: Vec<Measure> =
            Field::of(Type::Objects(MEASURE), l!("Biện pháp kiểm soát", "Measures")),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub no_conflict_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày xác định không có XĐLI", "Found no conflict on")).past(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub notified_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày thông báo", "Notified on")).past(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub closed: Option<Closure> =
            Field::of(Type::Object(CLOSURE), l!("Kết thúc vụ việc", "Closure")),
        /// The inspection through which the case was found.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub inspection: Option<RecordId> =
            Field::of(Type::Id, l!("Phát hiện qua cuộc kiểm tra", "Found by inspection")),
        /// The task of the year's plan that the record carries out, when it says (`II.1`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub plan_task: Option<String> = PLAN_TASK,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = NOTE,
    }
    key_date: known_on,
    unit: unit,
    statuses: CaseStatus,
    columns: [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_PERSON_IN_CONFLICT,
        msg::COL_SITUATION,
        msg::COL_KNOWN_ON,
        msg::COL_SOURCE,
    ],

    fn row(&self, lang: Lang) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.unit.clone(),
            self.person.name.clone(),
            self.situation_type.label(lang).to_string(),
            show_date(self.known_on),
            self.source.label(lang).to_string(),
        ]
    }
    fn status(&self, today: NaiveDate) -> &'static Term {
        let ended = |m: &Measure| m.ended_on.is_some() || m.until.is_some_and(|u| u < today);
        let status = if self.void.is_some() {
            CaseStatus::Void
        } else if self.closed.is_some() {
            CaseStatus::Closed
        } else if !self.measures.is_empty() {
            if self.measures.iter().all(ended) {
                CaseStatus::MeasureEnded
            } else {
                CaseStatus::UnderMeasure
            }
        } else if self.no_conflict_on.is_some() {
            CaseStatus::NoConflict
        } else {
            CaseStatus::AwaitingDecision
        };
        status.term()
    }
    fn is_open(&self) -> bool {
        self.void.is_none() && self.closed.is_none()
    }
    fn who(&self) -> String {
        self.person.name.clone()
    }
    /// A case closed with a discipline is the handling of a violation (II.6), whatever measure
    /// came before it; a case with a measure is the applying of the measures (II.5).
    fn plan_task(&self) -> Option<&str> {
        let disciplined = (self.closed.as_ref())
            .and_then(|c| c.discipline)
            .is_some_and(|d| d != Discipline::None);
        self.plan_task.as_deref().or(if disciplined {
            Some(implied::DISCIPLINE)
        } else if !self.measures.is_empty() {
            Some(implied::MEASURE)
        } else {
            None
        })
    }
}

/// Who informed the manager, when the person did not report it themself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reporter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

/// A control measure decided by the head (Law Art. 23(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub kind: MeasureKind,
    pub decided_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_on: Option<NaiveDate>,
    /// The decision that cancels a temporary suspension or transfer (Decree 59/2019 Art. 48).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_no: Option<String>,
    /// The publication of that cancellation (Art. 49), and how it was made public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<PublicationForm>,
}

impl Measure {
    /// Still in force and of a kind that only a decision ends (Decree 59/2019 Arts 32–34, 47).
    pub fn awaits_its_end(&self) -> bool {
        self.ended_on.is_none() && self.kind.must_be_ended()
    }

    /// A temporary suspension or temporary transfer: 90 days at most, then cancelled and the
    /// cancellation made public (Decree 59/2019 Arts 47–49).
    pub fn is_temporary(&self) -> bool {
        self.kind.is_temporary()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    pub on: NaiveDate,
    pub outcome: CaseOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discipline: Option<Discipline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_responsibility: Option<String>,
}

const PERSON: &[Field] = &[
    Field::new("name", Type::Text, l!("Họ và tên", "Full name")).required(),
    Field::new("position", Type::Text, l!("Chức vụ", "Position")).asked(),
    Field::new("code", Type::Text, l!("Mã cán bộ", "Staff code")).asked(),
];

const REPORTER: &[Field] = &[
    Field::new("name", Type::Text, l!("Họ và tên", "Name")).asked(),
    Field::new(
        "organization",
        Type::Text,
        l!("Cơ quan, tổ chức", "Organization"),
    )
    .asked(),
];

const MEASURE: &[Field] = &[
    Field::new(
        "kind",
        Type::Choice(&MeasureKind::VOCABULARY),
        l!("Biện pháp", "Measure"),
    )
    .required(),
    Field::new(
        "decided_on",
        Type::Date,
        l!("Ngày quyết định", "Decided on"),
    )
    .past()
    .required(),
    Field::new(
        "decision_no",
        Type::Text,
        l!("Số quyết định", "Decision no."),
    ),
    Field::new("supervisor", Type::Text, l!("Người giám sát", "Supervisor")),
    Field::new("from", Type::Date, l!("Áp dụng từ ngày", "From")),
    Field::new("until", Type::Date, l!("Đến ngày", "Until")),
    Field::new("ended_on", Type::Date, l!("Ngày kết thúc", "Ended on")).past(),
    Field::new(
        "cancelled_on",
        Type::Date,
        l!("Ngày quyết định hủy bỏ", "Cancelled on"),
    )
    .past(),
    Field::new(
        "cancellation_no",
        Type::Text,
        l!("Số quyết định hủy bỏ", "Cancellation no."),
    ),
    Field::new(
        "published_on",
        Type::Date,
        l!(
            "Ngày công khai quyết định hủy bỏ",
            "Cancellation published on"
        ),
    )
    .past(),
    Field::new(
        "publication",
        Type::Choice(&PublicationForm::VOCABULARY),
        l!("Hình thức công khai", "Published by"),
    ),
];

const CLOSURE: &[Field] = &[
    Field::new("on", Type::Date, l!("Ngày kết thúc vụ việc", "Closed on"))
        .past()
        .required(),
    Field::new(
        "outcome",
        Type::Choice(&CaseOutcome::VOCABULARY),
        l!("Kết quả", "Outcome"),
    )
    .required(),
    Field::new(
        "discipline",
        Type::Choice(&Discipline::VOCABULARY),
        l!("Hình thức kỷ luật", "Discipline"),
    ),
    Field::new(
        "head_responsibility",
        Type::LongText,
        l!("Trách nhiệm người đứng đầu", "Head's responsibility"),
    ),
];
