//! A propagation or training session on anti-corruption law (Law Art. 6).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::vocab::{Term, TrainingStatus, Vocabulary};
use super::{Kind, Record, show_date};
use crate::i18n::{Label, Lang, msg};

use super::common::{Conflict, Event, Void};
use super::plan::implied;
use super::schema::{
    ALIASES_FIELD, CONFLICTS_FIELD, Field, HISTORY_FIELD, NOTE, PLAN_TASK, Type, VOID_FIELD, l,
};
use super::values::RecordId;
use super::vocab::{Audience, Topic, TrainingForm};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub id: RecordId,
    /// The provisional IDs the record had before `coi sync` published it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<RecordId>,
    pub title: String,
    pub form: TrainingForm,
    pub topics: Vec<Topic>,
    pub start_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_on: Option<NaiveDate>,
    pub organizer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<u32>,
    pub participants: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_ref: Option<String>,
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

impl Training {
    /// A record that does not say how many sessions counts as one.
    pub fn sessions(&self) -> u32 {
        self.sessions.unwrap_or(1)
    }
}

impl Record for Training {
    const KIND: Kind = Kind::Training;
    const STATUSES: &'static Vocabulary = &TrainingStatus::VOCABULARY;
    const FIELDS: &'static [Field] = FIELDS;
    const KEY_DATE: &'static str = "start_on";
    const UNIT_FIELD: &'static str = "organizer";
    const COLUMNS: &'static [Label] = &[
        msg::COL_ID,
        msg::COL_ORGANIZER,
        msg::COL_DATE,
        msg::COL_TITLE,
        msg::COL_FORM,
        msg::COL_SESSIONS,
        msg::COL_PARTICIPANTS,
    ];

    record_common!();

    fn unit(&self) -> &str {
        &self.organizer
    }
    fn key_date(&self) -> NaiveDate {
        self.start_on
    }
    fn row(&self, lang: Lang) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.organizer.clone(),
            show_date(self.start_on),
            self.title.clone(),
            self.form.label(lang).to_string(),
            self.sessions().to_string(),
            self.participants.to_string(),
        ]
    }
    fn status(&self, today: NaiveDate) -> &'static Term {
        let status = if self.void.is_some() {
            TrainingStatus::Void
        } else if self.start_on > today {
            TrainingStatus::Planned
        } else {
            TrainingStatus::Held
        };
        status.term()
    }
    fn who(&self) -> String {
        self.title.clone()
    }
    /// Propagation of the rules on gifts or on assets and income is its own task (II.2); any
    /// other propagation or training is II.3.
    fn plan_task(&self) -> Option<&str> {
        let own = |t: &Topic| matches!(t, Topic::Gifts | Topic::AssetDeclaration);
        self.plan_task
            .as_deref()
            .or(Some(if self.topics.iter().any(own) {
                implied::GIFTS_AND_ASSETS_TRAINING
            } else {
                implied::TRAINING
            }))
    }
}

pub const FIELDS: &[Field] = &[
    Field::new("id", Type::Id, l!("Mã hồ sơ", "ID"))
        .required()
        .by_register(),
    ALIASES_FIELD,
    Field::new("title", Type::Text, l!("Tên cuộc, lớp", "Title")).required(),
    Field::new(
        "form",
        Type::Choice(&TrainingForm::VOCABULARY),
        l!("Hình thức", "Form"),
    )
    .required(),
    Field::new(
        "topics",
        Type::Choices(&Topic::VOCABULARY),
        l!("Nội dung", "Topics"),
    )
    .required(),
    Field::new("start_on", Type::Date, l!("Ngày bắt đầu", "Starts on")).required(),
    Field::new("end_on", Type::Date, l!("Ngày kết thúc", "Ends on")).asked(),
    Field::new("organizer", Type::Unit, l!("Đơn vị tổ chức", "Organizer")).required(),
    Field::new("location", Type::Text, l!("Địa điểm", "Location")).asked(),
    Field::new(
        "audience",
        Type::Choice(&Audience::VOCABULARY),
        l!("Đối tượng", "Audience"),
    )
    .asked(),
    Field::new("sessions", Type::Count, l!("Số cuộc, lớp", "Sessions")).asked(),
    Field::new(
        "participants",
        Type::Count,
        l!("Số lượt người tham dự", "Participants"),
    )
    .required(),
    Field::new(
        "materials",
        Type::Count,
        l!("Số tài liệu phát hành", "Materials issued"),
    )
    .asked(),
    Field::new(
        "plan_ref",
        Type::Text,
        l!("Theo kế hoạch số", "Plan reference"),
    ),
    PLAN_TASK,
    NOTE,
    VOID_FIELD,
    CONFLICTS_FIELD,
    HISTORY_FIELD,
];
