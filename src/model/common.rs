//! Types shared by every kind of record.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::{Text, msg};

/// A person named in a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// The agency's staff code, when it has one: records carrying the same code name the same
    /// person in the figures that count people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// A record entered by mistake stays, marked void, and is left out of every figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Void {
    pub on: NaiveDate,
    pub reason: String,
}

/// One step in a record's life: who did what, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[serde(with = "rfc3339")]
    pub at: DateTime<FixedOffset>,
    pub by: String,
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A field that two clones changed in two different ways, found when they were merged: the
/// record keeps `ours` (the value of the branch merged into) until the clerk settles it with
/// `edit`. The values are written as YAML text; an empty one means the field was absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The path of the field: `person.position`, `measures[0].until`.
    pub field: String,
    #[serde(default)]
    pub ours: String,
    #[serde(default)]
    pub theirs: String,
}

impl Conflict {
    /// The values as the clerk reads them: ours, then theirs, «(trống)» for a field one side
    /// did not have.
    pub fn values(&self) -> (Text, Text) {
        let shown = |v: &str| {
            if v.is_empty() {
                Text::from(msg::NO_VALUE)
            } else {
                Text::same(v)
            }
        };
        (shown(&self.ours), shown(&self.theirs))
    }
}

/// Times are written to the second with their offset: `2026-03-14T09:30:00+07:00`.
mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, false))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let s = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s).map_err(serde::de::Error::custom)
    }
}
