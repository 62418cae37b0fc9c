//! What `check` says about reports already sent: each record changed since a submission (the
//! tag `bao-cao/<period>`) in a way that alters a figure that was sent, naming the record, the
//! period and the indicators.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::i18n::{join, msg};
use crate::model::{Case, Gift, Inspection, Kind, Record, RecordId, Training};
use crate::period::Period;
use crate::problem::{Finding, Located};
use crate::register::{Register, git};
use crate::report::{self, Records, submission};
use crate::rules::calendar::Calendar;
use crate::rules::file::Snapshot;

/// The warnings, one per record and submission. Nothing without git or without submissions.
pub fn drift(reg: &Register, cal: &Calendar, snapshot: &Snapshot) -> Vec<Located> {
    if !git::in_work_tree(&reg.root) {
        return Vec::new();
    }
    let tags = git::tags(&reg.root, &format!("{}*", submission::TAG_PREFIX));
    let mut periods: Vec<Period> = tags
        .iter()
        .filter_map(|t| period_of(t, reg.config.period_start_day))
        .collect();
    periods.sort_by_key(|p| (p.from, p.to));
    periods.dedup_by_key(|p| p.to_string());
    let now = super::read::counted(snapshot);
    let mut out = Vec::new();
    for period in periods {
        let Some(tag) = submission::latest_tag(&period, &tags) else {
            continue;
        };
        let Ok(changed) = git::changed_since(&reg.root, tag) else {
            continue;
        };
        let figures_now = report::compute(&now, &reg.config, cal, period).figures;
        for rel in changed {
            let Some((kind, id)) = record_file(&rel) else {
                continue;
            };
            let old = git::file_at(&reg.root, tag, &rel);
            let altered = altered(
                reg,
                cal,
                &now,
                &figures_now,
                (kind, id),
                old.as_deref(),
                period,
            );
            if !altered.is_empty() {
                let codes = join(altered.iter().copied());
                let message = msg::submitted_figure_changed(period.to_string(), tag, codes);
                let finding = Finding::warning("id", message).code("submitted-changed");
                out.push(Located::at(&rel, 1, finding));
            }
        }
    }
    out
}

/// The period a submission tag is of: `bao-cao/2026-Q1` or `bao-cao/2026-Q1-2`.
fn period_of(tag: &str, day: u32) -> Option<Period> {
    let name = tag.strip_prefix(submission::TAG_PREFIX)?;
    let name = match name.rsplit_once('-') {
        Some((head, n)) if n.bytes().all(|b| b.is_ascii_digit()) && head.contains('-') => head,
        _ => name,
    };
    Period::parse(name, day).ok()
}

/// The kind and ID of a record file `<folder>/<year>/<ID>.yaml`.
fn record_file(rel: &Path) -> Option<(Kind, RecordId)> {
    let folder = rel.components().next()?.as_os_str().to_str()?;
    let kind = Kind::from_folder(folder)?;
    let id: RecordId = rel.file_stem()?.to_str()?.parse().ok()?;
    (id.kind == kind).then_some((kind, id))
}

/// The indicators whose figures for `period` differ between the register now and the same
/// register with this one record as it was at the submission (`old`, absent when it did not
/// exist then).
fn altered(
    reg: &Register,
    cal: &Calendar,
    now: &Records,
    figures_now: &[report::Figure],
    (kind, id): (Kind, RecordId),
    old: Option<&[u8]>,
    period: Period,
) -> Vec<&'static str> {
    let mut then = then_of(now);
    match kind {
        Kind::Case => swap(&mut then.cases, id, old),
        Kind::Gift => swap(&mut then.gifts, id, old),
        Kind::Training => swap(&mut then.trainings, id, old),
        Kind::Inspection => swap(&mut then.inspections, id, old),
        // The kinds the report does not count (the plan's other steps) give no figure.
        _ => return Vec::new(),
    }
    let figures_then = report::compute(&then.as_records(), &reg.config, cal, period).figures;
    figures_now
        .iter()
        .zip(&figures_then)
        .filter(|(x, y)| (x.period, x.year_to_date) != (y.period, y.year_to_date))
        .map(|(x, _)| x.indicator.code)
        .collect()
}

/// The records of one kind with `id` as it was: removed, or put back in its old form.
fn swap<'a, R: Record + DeserializeOwned>(
    records: &mut Owned<'a, R>,
    id: RecordId,
    old: Option<&[u8]>,
) {
    records.current.retain(|r| r.id() != id);
    records.old = old
        .and_then(|bytes| serde_yaml::from_slice::<R>(bytes).ok())
        .filter(|r| r.void().is_none());
}

/// The records of one kind, borrowed from the snapshot, and the one old record in its place.
struct Owned<'a, R> {
    current: Vec<&'a R>,
    old: Option<R>,
}

/// [`Records`] with one record replaced by a version it owns.
struct Then<'a> {
    cases: Owned<'a, Case>,
    gifts: Owned<'a, Gift>,
    trainings: Owned<'a, Training>,
    inspections: Owned<'a, Inspection>,
}

fn then_of<'a>(now: &Records<'a>) -> Then<'a> {
    fn owned<'a, R>(current: &[&'a R]) -> Owned<'a, R> {
        Owned {
            current: current.to_vec(),
            old: None,
        }
    }
    Then {
        cases: owned(&now.cases),
        gifts: owned(&now.gifts),
        trainings: owned(&now.trainings),
        inspections: owned(&now.inspections),
    }
}

impl Then<'_> {
    fn as_records(&self) -> Records<'_> {
        fn all<'b, R>(o: &'b Owned<'_, R>) -> Vec<&'b R> {
            o.current.iter().copied().chain(o.old.as_ref()).collect()
        }
        Records {
            cases: all(&self.cases),
            gifts: all(&self.gifts),
            trainings: all(&self.trainings),
            inspections: all(&self.inspections),
        }
    }
}
