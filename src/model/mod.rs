//! The records and what every kind shares. Pure types and rules: no file is touched here.

/// The accessors every kind has alike, for its `impl Record`.
macro_rules! record_common {
    () => {
        fn id(&self) -> $crate::model::RecordId {
            self.id
        }
        fn aliases(&self) -> &[$crate::model::RecordId] {
            &self.aliases
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
        fn conflicts(&self) -> &[$crate::model::Conflict] {
            &self.conflicts
        }
        fn conflicts_mut(&mut self) -> &mut Vec<$crate::model::Conflict> {
            &mut self.conflicts
        }
    };
}

pub mod action;
pub mod case;
pub mod common;
pub mod gift;
pub mod inspection;
pub mod kind;
pub mod plan;
pub mod schema;
pub mod settings;
pub mod training;
pub mod values;
pub mod vocab;

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use action::PlanAction;
pub use case::Case;
pub use common::{Conflict, Event, Person, Void};
pub use gift::Gift;
pub use inspection::Inspection;
pub use kind::{Kind, KindSpec};
pub use training::Training;
pub use values::{RecordId, Vnd};

use crate::i18n::{Label, Lang};
use schema::Field;
use vocab::{Term, Vocabulary};

/// What every kind of record is, so that listing, showing, editing and writing are written once
/// for all of them. What the law asks of each kind is [`crate::rules::Rules`].
pub trait Record:
    Serialize + DeserializeOwned + Clone + std::fmt::Debug + Send + Sync + 'static
{
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
    /// The provisional IDs that name the record since it was published.
    fn aliases(&self) -> &[RecordId];
    fn unit(&self) -> &str;
    fn key_date(&self) -> NaiveDate;
    fn void(&self) -> Option<&Void>;
    fn void_mut(&mut self) -> &mut Option<Void>;
    fn history(&self) -> &[Event];
    fn history_mut(&mut self) -> &mut Vec<Event>;
    /// What the merge of two clones could not settle (see [`Conflict`]).
    fn conflicts(&self) -> &[Conflict];
    fn conflicts_mut(&mut self) -> &mut Vec<Conflict>;
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
    /// The task of the year's plan that the record carries out: its own `plan_task`, else the
    /// one its kind implies (see [`plan::implied`]), if any.
    fn plan_task(&self) -> Option<&str>;
}

/// Dates in tables, the way they are written in Vietnam: `14/03/2026`.
pub fn show_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A figure for people, grouped by thousands as Vietnamese writes it: `2.000.000`, `66.423`.
pub fn group_figure(n: u64) -> String {
    values::group_thousands(n)
}

pub fn show_opt_date(d: Option<NaiveDate>) -> String {
    d.map(show_date).unwrap_or_default()
}
