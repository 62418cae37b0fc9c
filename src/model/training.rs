//! A propagation or training session on anti-corruption law (Law Art. 6).

use chrono::NaiveDate;

use super::show_date;
use super::vocab::{Term, TrainingStatus};
use crate::i18n::{Lang, msg};

use super::plan::implied;
use super::schema::{Field, NOTE, PLAN_TASK, Type, l};
use super::vocab::{Audience, Topic, TrainingForm};

record! {
    pub struct Training: Training {
        pub title: String = Field::of(Type::Text, l!("Tên cuộc, lớp", "Title")).required(),
        pub form: TrainingForm =
            Field::of(Type::Choice(&TrainingForm::VOCABULARY), l!("Hình thức", "Form")).required(),
        pub topics: Vec<Topic> =
            Field::of(Type::Choices(&Topic::VOCABULARY), l!("Nội dung", "Topics")).required(),
        pub start_on: NaiveDate = Field::of(Type::Date, l!("Ngày bắt đầu", "Starts on")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_on: Option<NaiveDate> =
            Field::of(Type::Date, l!("Ngày kết thúc", "Ends on")).asked(),
        pub organizer: String = Field::of(Type::Unit, l!("Đơn vị tổ chức", "Organizer")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location: Option<String> = Field::of(Type::Text, l!("Địa điểm", "Location")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub audience: Option<Audience> =
            Field::of(Type::Choice(&Audience::VOCABULARY), l!("Đối tượng", "Audience")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sessions: Option<u32> = Field::of(Type::Count, l!("Số cuộc, lớp", "Sessions")).asked(),
        pub participants: u32 =
            Field::of(Type::Count, l!("Số lượt người tham dự", "Participants")).required(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub materials: Option<u32> =
            Field::of(Type::Count, l!("Số tài liệu phát hành", "Materials issued")).asked(),
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub plan_ref: Option<String> =
            Field::of(Type::Text, l!("Theo kế hoạch số", "Plan reference")),
        /// The task of the year's plan that the record carries out, when it says (`II.1`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub plan_task: Option<String> = PLAN_TASK,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = NOTE,
    }
    key_date: start_on,
    unit: organizer,
    statuses: TrainingStatus,
    columns: [
        msg::COL_ID,
        msg::COL_ORGANIZER,
        msg::COL_DATE,
        msg::COL_TITLE,
        msg::COL_FORM,
        msg::COL_SESSIONS,
        msg::COL_PARTICIPANTS,
    ],

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

impl Training {
    /// A record that does not say how many sessions counts as one.
    pub fn sessions(&self) -> u32 {
        self.sessions.unwrap_or(1)
    }
}
