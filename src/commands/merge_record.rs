//! `coi merge-record BASE OURS THEIRS PATH`: the merge driver git runs for a record file that
//! both sides changed (registered by `init` and `sync`; not for people). The merged record is
//! written over OURS and the exit is 0, conflicts included (they are kept in the record for
//! `check` and `edit`); two new records under one name, or a version that cannot be read, exit
//! 1 and leave OURS as it was, so that the file stays a valid record.

use std::path::Path;

use crate::context::Context;
use crate::error::{Error, Refusal, Result};
use crate::i18n::msg;
use crate::model::RecordId;
use crate::rules::merge::Unmergeable;
use crate::sync;

pub fn run(ctx: &mut Context, base: &Path, ours: &Path, theirs: &Path, path: &str) -> Result<()> {
    let id: RecordId = Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| {
            Error::Refused(Refusal::MergeNotARecord {
                path: path.to_string(),
            })
        })?;
    match sync::merge_files(id.kind, base, ours, theirs)? {
        Ok(new_conflicts) => {
            for c in &new_conflicts {
                let (ours, theirs) = c.values();
                let line = msg::merge_conflict_found(id, &c.field, ours, theirs);
                super::warn(line.get(ctx.lang), ctx.lang);
            }
            Ok(())
        }
        Err(Unmergeable::BothCreated) => Err(Error::Refused(Refusal::MergeBothCreated {
            path: path.to_string(),
        })),
        Err(Unmergeable::Unreadable(detail)) => Err(Error::Refused(Refusal::MergeUnreadable {
            path: path.to_string(),
            detail,
        })),
    }
}
