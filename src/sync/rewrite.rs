//! Records as the sync rewrites them when it numbers them: a new ID, the old one kept as an
//! alias, an event of the register's own, links that follow; and the largest number it gives.

use std::collections::HashMap;

use serde_yaml::Value;

use crate::model::schema::Type;
use crate::model::vocab::Action;
use crate::model::{Event, Kind, RecordId};
use crate::register::git::Identity;
use crate::rules::{ForKind, Rules, for_kind};

/// The largest final number: IDs keep at most six digits.
pub const LAST_NUMBER: u32 = RecordId::MAX_SEQ;

/// What [`rewritten`] changes in a record.
#[derive(Default)]
pub(super) struct Change<'a> {
    pub id: Option<RecordId>,
    pub alias: Option<RecordId>,
    pub event: Option<Event>,
    /// Old ID → new ID, for the fields that name another record.
    pub links: Option<&'a HashMap<RecordId, RecordId>>,
}

/// An event of the register's own, by the clerk who syncs.
pub(super) fn event(
    action: Action,
    note: RecordId,
    now: chrono::DateTime<chrono::FixedOffset>,
    who: &Identity,
) -> Event {
    Event {
        at: now,
        by: who.name.clone(),
        action: action.yaml().to_string(),
        note: Some(note.to_string()),
    }
}

/// A record file with `change` made, written as `coi` writes records; `None` when the file
/// cannot be read as a record of its kind.
pub(super) fn rewritten(kind: Kind, bytes: &[u8], change: &Change) -> Option<String> {
    struct Rewrite<'a, 'b> {
        bytes: &'a [u8],
        change: &'a Change<'b>,
    }
    impl ForKind for Rewrite<'_, '_> {
        type Out = Option<String>;
        fn run<R: Rules>(self) -> Option<String> {
            let mut doc: Value = serde_yaml::from_slice(self.bytes).ok()?;
            let fields = doc.as_mapping_mut()?;
            let c = self.change;
            if let Some(id) = c.id {
                fields.insert("id".into(), id.to_string().into());
            }
            if let Some(alias) = c.alias {
                let aliases = fields
                    .entry("aliases".into())
                    .or_insert_with(|| Value::Sequence(Vec::new()));
                aliases.as_sequence_mut()?.push(alias.to_string().into());
            }
            if let Some(links) = c.links {
                for field in R::FIELDS
                    .iter()
                    .filter(|f| matches!(f.ty, Type::Id) && f.name != "id")
                {
                    let Some(Value::String(named)) = fields.get_mut(field.name) else {
                        continue;
                    };
                    let new = named.parse::<RecordId>().ok().and_then(|id| links.get(&id));
                    if let Some(new) = new {
                        *named = new.to_string();
                    }
                }
            }
            if let Some(event) = &c.event {
                let history = fields
                    .entry("history".into())
                    .or_insert_with(|| Value::Sequence(Vec::new()));
                history
                    .as_sequence_mut()?
                    .push(serde_yaml::to_value(event).ok()?);
            }
            let record: R = serde_yaml::from_value(doc).ok()?;
            Some(crate::yaml::record_yaml(&record))
        }
    }
    for_kind(kind, Rewrite { bytes, change })
}
