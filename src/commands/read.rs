//! The register as the commands read it: its files from storage, each made out and checked by
//! the rules.

use crate::error::{Error, Result};
use crate::model::{Case, Gift, RecordId, Training};
use crate::parallel::joined;
use crate::register::Register;
use crate::rules::file::{self, Checks, Loaded, Snapshot};
use crate::rules::{Located, Rules};

/// One record by its ID, with what `check` would say of it; an error when it cannot be read.
pub fn one<R: Rules>(reg: &Register, id: &RecordId) -> Result<Loaded<R>> {
    let (rel, bytes) = reg.read_record(id)?;
    let units = reg.config.unit_codes();
    let parsed = file::parse::<R>(rel.clone(), &bytes, checks(reg, Some(&units)));
    match parsed.record {
        Some(record) => Ok(Loaded {
            rel,
            record,
            findings: parsed.findings,
        }),
        None => Err(Error::BadRecord {
            path: rel,
            findings: parsed.findings,
        }),
    }
}

/// Every readable record of a kind, sorted by ID, and the findings of the files that could not
/// be read (and of everything else in the folders).
pub fn all<R: Rules>(reg: &Register) -> (Vec<Loaded<R>>, Vec<Located>) {
    let units = reg.config.unit_codes();
    let (records, problems, _) = kind::<R>(reg, checks(reg, Some(&units)));
    (records, problems)
}

/// Every record of every kind, read and checked once: what `check` reports and what the report
/// counts. `units` is `None` when `coi.yaml` could not be read.
pub fn snapshot(reg: &Register, units: Option<&[String]>) -> Snapshot {
    let checks = checks(reg, units);
    // The kinds at once, so that while one kind's folders are listed or its records sorted,
    // the others' files keep every core busy.
    let ((cases, mut problems, mut files), (gifts, more_gifts, n_gifts), trainings) =
        std::thread::scope(|scope| {
            let cases = scope.spawn(|| kind::<Case>(reg, checks));
            let gifts = scope.spawn(|| kind::<Gift>(reg, checks));
            let trainings = kind::<Training>(reg, checks);
            (joined(cases), joined(gifts), trainings)
        });
    let (trainings, more_trainings, n_trainings) = trainings;
    problems.extend(more_gifts);
    problems.extend(more_trainings);
    files += n_gifts + n_trainings;
    Snapshot {
        cases,
        gifts,
        trainings,
        problems,
        files,
    }
}

fn checks<'a>(reg: &'a Register, units: Option<&'a [String]>) -> Checks<'a> {
    Checks {
        units,
        calendar: &reg.calendar,
    }
}

/// The records of a kind, the problems of files that could not be read, and the number of
/// record files.
fn kind<R: Rules>(reg: &Register, checks: Checks) -> (Vec<Loaded<R>>, Vec<Located>, usize) {
    let files = reg.read_kind(R::KIND, |rel, bytes| {
        file::parse::<R>(rel.to_path_buf(), bytes, checks)
    });
    let (records, problems) = file::gather(files.read, files.problems);
    (records, problems, files.found)
}
