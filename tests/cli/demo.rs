//! The demo register in `data/` is part of the product: it must pass `check` and be in the
//! canonical form `coi` writes.

use std::path::{Path, PathBuf};

use coi::model::Kind;
use coi::rules::{ForKind, Rules, for_kind};
use coi::yaml::record_yaml;

use crate::harness::{Env, Run};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn files(kind: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let folder = data().join(kind);
    let years = std::fs::read_dir(&folder);
    let years = years.unwrap_or_else(|e| panic!("the demo has no {}: {e}", folder.display()));
    for year in years.flatten() {
        for f in std::fs::read_dir(year.path()).unwrap().flatten() {
            out.push(f.path());
        }
    }
    out
}

/// The demo register's today: after the cut-off of its year (14/12/2026) and its last entry.
pub const DEMO_NOW: &str = "2026-12-20T09:00:00+07:00";

#[test]
fn the_demo_register_passes_check() {
    let env = Env::new();
    let mut check = env.command();
    check.env("COI_NOW", DEMO_NOW);
    check.args([
        "--data",
        data().to_str().unwrap(),
        "check",
        "--format",
        "json",
    ]);
    let out = Run::from_output(check.output().unwrap());
    let found: serde_json::Value = serde_json::from_str(&out.ok()).unwrap();
    // The only warnings are the steps the demo shows as done late: no date of what has
    // happened is after its today, and no service is handed over.
    for f in found.as_array().unwrap() {
        assert_eq!(
            (f["severity"].as_str(), f["code"].as_str()),
            (Some("warning"), Some("late")),
            "{f}"
        );
    }
}

/// Every kind has its folder in the demo, with records over 2026, and every folder of the demo is
/// a kind's (or the plans'), so that no kind goes unshown and none is skipped by the tests below.
#[test]
fn the_demo_register_has_records_of_every_kind_over_2026() {
    for kind in Kind::ALL {
        let n = files(kind.folder()).len();
        assert!((5..=20).contains(&n), "{}: {n}", kind.folder());
    }
    for entry in std::fs::read_dir(data()).unwrap().flatten() {
        if entry.path().is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(
                name == "plans" || Kind::from_folder(&name).is_some(),
                "{name}"
            );
        }
    }
}

/// Each record of a kind reads and writes back byte for byte.
struct Canonical;

impl ForKind for Canonical {
    type Out = usize;
    fn run<R: Rules>(self) -> usize {
        let paths = files(R::KIND.folder());
        for path in &paths {
            let text = std::fs::read_to_string(path).unwrap();
            let record: R = serde_yaml::from_str(&text).unwrap();
            assert_eq!(record_yaml(&record), text, "{}", path.display());
        }
        paths.len()
    }
}

#[test]
fn the_demo_files_are_in_canonical_form() {
    for kind in Kind::ALL {
        assert!(for_kind(kind, Canonical) > 0, "{}", kind.folder());
    }
}

/// Seen on 14/03/2026, the demo register's later entries are dates after today: `check` warns
/// about each, and fails on none of them.
#[test]
fn the_demo_register_seen_before_its_entries_warns_of_dates_after_today() {
    let env = Env::new();
    let out = env.coi(&[
        "--data",
        data().to_str().unwrap(),
        "check",
        "--format",
        "json",
    ]);
    let found: serde_json::Value = serde_json::from_str(&out.ok()).unwrap();
    let after: Vec<&serde_json::Value> = (found.as_array().unwrap().iter())
        .filter(|f| f["code"] == "after-today")
        .collect();
    assert!(!after.is_empty());
    assert!(after.iter().all(|f| f["severity"] == "warning"));
}
