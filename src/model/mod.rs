//! The records and what every kind shares. Pure types and rules: no file is touched here.

/// A kind of record declared once: its own fields, each with its type, its serde attributes and
/// its entry in the field table, in the order they are written to disk. It gives the struct
/// (with the ID and provisional IDs first, and voiding, merge conflicts and history last, as
/// every kind has them), the kind's `FIELDS`, and its `impl Record` with the constants, the
/// accessors every kind has alike and the functions written after the list. Each field's entry
/// in the table is a [`schema::Field`] whose name the macro sets from the field's own.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident: $kind:ident {
            $(
                $(#[$fmeta:meta])*
                pub $field:ident: $ty:ty = $spec:expr,
            )*
        }
        key_date: $key_date:ident,
        unit: $unit:ident,
        statuses: $statuses:ident,
        columns: [$($column:expr),* $(,)?],
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub id: $crate::model::RecordId,
            /// The provisional IDs the record had before `coi sync` published it.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub aliases: Vec<$crate::model::RecordId>,
            $(
                $(#[$fmeta])*
                pub $field: $ty,
            )*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub void: Option<$crate::model::Void>,
            /// Values two clerks changed differently, left by the merge of their clones for `edit`
            /// to settle.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub conflicts: Vec<$crate::model::Conflict>,
            #[serde(default)]
            pub history: Vec<$crate::model::Event>,
        }

        pub const FIELDS: &[$crate::model::schema::Field] = &[
            $crate::model::schema::ID_FIELD,
            $crate::model::schema::ALIASES_FIELD,
            $(($spec).named(stringify!($field)),)*
            $crate::model::schema::VOID_FIELD,
            $crate::model::schema::CONFLICTS_FIELD,
            $crate::model::schema::HISTORY_FIELD,
        ];

        impl $crate::model::Record for $name {
            const KIND: $crate::model::Kind = $crate::model::Kind::$kind;
            const FIELDS: &'static [$crate::model::schema::Field] = FIELDS;
            const KEY_DATE: &'static str = stringify!($key_date);
            const UNIT_FIELD: &'static str = stringify!($unit);
            const COLUMNS: &'static [$crate::i18n::Label] = &[$($column),*];
            const STATUSES: &'static $crate::model::vocab::Vocabulary = &$statuses::VOCABULARY;

            fn id(&self) -> $crate::model::RecordId {
                self.id
            }
            fn aliases(&self) -> &[$crate::model::RecordId] {
                &self.aliases
            }
            fn unit(&self) -> &str {
                &self.$unit
            }
            fn key_date(&self) -> chrono::NaiveDate {
                self.$key_date
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

            $($rest)*
        }
    };
}

pub mod common;
pub mod fault;
pub mod kind;
pub mod plan;
pub mod schema;
pub mod settings;
pub mod values;
pub mod vocab;

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use common::{Conflict, Event, Person, Void};
pub use kind::{Kind, KindSpec};
pub use values::{RecordId, Vnd};

/// Each kind's file, as the table of kinds ([`kinds!`](crate::kinds)) names it, and its type.
macro_rules! kind_modules {
    ($(
        $kind:ident: $module:ident::$ty:ident, $prefix:literal, $folder:literal, $noun:literal,
        $word:literal, $label:ident, $about:ident $(, verbs: $verbs:ident)? $(, rules: $own:ident)?;
    )*) => {
        $(
            pub mod $module;
            pub use $module::$ty;
        )*

        impl Kind {
            /// The kind's field table.
            pub fn fields(self) -> &'static [Field] {
                match self {
                    $(Kind::$kind => <$ty as Record>::FIELDS,)*
                }
            }

            /// The statuses a record of the kind can be in.
            pub fn statuses(self) -> &'static Vocabulary {
                match self {
                    $(Kind::$kind => <$ty as Record>::STATUSES,)*
                }
            }

            /// The kind's file in `model/`, without `.rs`.
            pub fn module(self) -> &'static str {
                match self {
                    $(Kind::$kind => stringify!($module),)*
                }
            }
        }
    };
}

crate::kinds!(kind_modules);

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
