//! What only the whole register shows: a record that names another which is not there.

use super::file::Snapshot;
use crate::i18n::msg;
use crate::model::{Case, Inspection, Record, RecordId};
use crate::problem::{Finding, Located};

/// Marks each case that names an inspection the register does not hold. A link that names an
/// inspection by the provisional ID it had before `coi sync` published it (kept in its
/// `aliases`) still finds it: that is a warning naming the final ID, for the clerk to write.
/// `line_of` finds the line of a field in a record's file (the rules read no files themselves).
pub fn check(snapshot: &mut Snapshot, line_of: impl Fn(RecordId, &str) -> usize) {
    let inspections: Vec<RecordId> = snapshot
        .of::<Inspection>()
        .iter()
        .map(|l| l.record.id())
        .collect();
    let aliases: Vec<(RecordId, RecordId)> = snapshot
        .of::<Inspection>()
        .iter()
        .flat_map(|l| l.record.aliases().iter().map(|a| (*a, l.record.id())))
        .collect();
    for loaded in snapshot.of_mut::<Case>() {
        let Some(id) = loaded.record.inspection else {
            continue;
        };
        // Sorted by ID, as every kind is once read; an ID of another kind is the case's own
        // error already.
        if id.kind != Inspection::KIND || inspections.binary_search(&id).is_ok() {
            continue;
        }
        let named: Vec<RecordId> = (aliases.iter())
            .filter(|(alias, _)| *alias == id)
            .map(|(_, final_id)| *final_id)
            .collect();
        let finding = match named[..] {
            [one] => {
                let case = loaded.record.id();
                let said = msg::inspection_link_provisional(id, one, case);
                Finding::warning("inspection", said).code("provisional-link")
            }
            _ => Finding::error("inspection", msg::inspection_link_missing_record(id))
                .code("dangling-link"),
        };
        let line = line_of(loaded.record.id(), "inspection");
        loaded
            .findings
            .push(Located::at(&loaded.rel, line, finding));
    }
}
