//! The records and what every kind shares. Pure types and rules: no file is touched here.

pub mod case;
pub mod common;
pub mod gift;
pub mod schema;
pub mod settings;
pub mod training;
pub mod values;
pub mod vocab;

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use case::Case;
pub use common::{Event, Person, Void};
pub use gift::Gift;
pub use training::Training;
pub use values::{Kind, RecordId, Vnd};

use crate::i18n::{Label, Lang, msg};
use schema::Field;
use vocab::{CaseStatus, GiftStatus, Term, TrainingStatus, Vocabulary};

/// What every kind of record is, so that listing, showing, editing and writing are written once
/// for all of them. What the law asks of each kind is [`crate::rules::Rules`].
pub trait Record: Serialize + DeserializeOwned + Clone + Send + Sync + 'static {
    const KIND: Kind;
    const FIELDS: &'static [Field];
    /// The date that gives the ID its year.
    const KEY_DATE: &'static str;
    /// The field holding the unit code the record belongs to.
    const UNIT_FIELD: &'static str;
    /// Headings of `list`.
    const COLUMNS: &'static [Label];
    /// The statuses a record of this kind can be in.
    const STATUSES: &'static Vocabulary;

    fn id(&self) -> RecordId;
    fn unit(&self) -> &str;
    fn key_date(&self) -> NaiveDate;
    fn void(&self) -> Option<&Void>;
    fn void_mut(&mut self) -> &mut Option<Void>;
    fn history(&self) -> &[Event];
    fn history_mut(&mut self) -> &mut Vec<Event>;
    /// One `list` row, matching [`Record::COLUMNS`].
    fn row(&self, lang: Lang) -> Vec<String>;
    /// Where the record stands on `today`, derived from its facts.
    fn status(&self, today: NaiveDate) -> &'static Term;
    /// Whether steps still to be done are still owed (not for a void or closed record).
    fn is_open(&self) -> bool {
        self.void().is_none()
    }
    /// Who the record is about, for lists of deadlines.
    fn who(&self) -> String;
}

/// Dates in tables, the way they are written in Vietnam: `14/03/2026`.
pub fn show_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A figure for people: money grouped as `2.000.000`, counts as they are.
pub fn group_figure(unit_en: &str, n: u64) -> String {
    if unit_en == "đồng" {
        values::group_thousands(n)
    } else {
        n.to_string()
    }
}

pub fn show_opt_date(d: Option<NaiveDate>) -> String {
    d.map(show_date).unwrap_or_default()
}

macro_rules! record_common {
    () => {
        fn id(&self) -> $crate::model::RecordId {
            self.id
        }
        fn void(&self) -> Option<&$crate::model::Void> {
            self.void.as_ref()
        }
        fn void_mut(&mut self) -> &mut Option<$crate::model::Void> {
            &mut self.void
        }
        fn history(&self) -> &[$crate::model::Event] {
            &self.history
        }
        fn history_mut(&mut self) -> &mut Vec<$crate::model::Event> {
            &mut self.history
        }
    };
}

impl Record for Case {
    const KIND: Kind = Kind::Case;
    const STATUSES: &'static Vocabulary = &CaseStatus::VOCABULARY;
    const FIELDS: &'static [Field] = case::FIELDS;
    const KEY_DATE: &'static str = "known_on";
    const UNIT_FIELD: &'static str = "unit";
    const COLUMNS: &'static [Label] = &[
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_PERSON_IN_CONFLICT,
        msg::COL_SITUATION,
        msg::COL_KNOWN_ON,
        msg::COL_SOURCE,
    ];

    record_common!();

    fn unit(&self) -> &str {
        &self.unit
    }
    fn key_date(&self) -> NaiveDate {
        self.known_on
    }
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
        let ended = |m: &case::Measure| m.ended_on.is_some() || m.until.is_some_and(|u| u < today);
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
}

impl Record for Gift {
    const KIND: Kind = Kind::Gift;
    const STATUSES: &'static Vocabulary = &GiftStatus::VOCABULARY;
    const FIELDS: &'static [Field] = gift::FIELDS;
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
}

impl Record for Training {
    const KIND: Kind = Kind::Training;
    const STATUSES: &'static Vocabulary = &TrainingStatus::VOCABULARY;
    const FIELDS: &'static [Field] = training::FIELDS;
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
}
