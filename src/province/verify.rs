//! The strongest check of a submission: its agency's report made again from the register as it
//! stood at the tagged commit, with this `coi`, and compared figure by figure. Done for the
//! submission of each agency that counts, when its commit's objects are in the store.
//!
//! The register is read straight from the commit's tree in memory (one `git ls-tree`, one
//! `git cat-file --batch`), never written out to disk, and several agencies are checked at once.
//! What the register gives at a commit for a period is kept in the agency's store
//! (`submissions/<CODE>.git/coi-verified.json`), under the commit, the period and the build
//! of `coi` that made it, so that the next compile does not make it again. Only the register's
//! figures are kept: the figures of the submission are compared with them every time, so a
//! submission whose figures differ is refused whatever was kept.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use super::collect;
use super::compile::{self, Submission};
use crate::i18n::{Text, msg};
use crate::period::Period;
use crate::register::Register;
use crate::register::tree::Tree;
use crate::report::block::BlockFigure;
use crate::rules::calendar::Calendar;

/// The file, in an agency's store, of the figures its register gave at the commits checked.
pub const KEPT: &str = "coi-verified.json";

/// How many of them the file keeps: the latest.
const KEEP: usize = 16;

/// The build of `coi` that makes the figures: its version, and the size and time of its program
/// file, so that a build that counts otherwise under the same version number (a development
/// build) never takes the figures another one kept. Figures kept by another build are made again.
fn build() -> &'static str {
    static BUILD: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let version = env!("CARGO_PKG_VERSION");
        let program = std::env::current_exe().and_then(std::fs::metadata);
        let stamp = program.ok().and_then(|m| {
            let at = m
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            Some(format!("{} {}", m.len(), at.as_secs()))
        });
        match stamp {
            Some(stamp) => format!("{version} ({stamp})"),
            None => version.to_string(),
        }
    });
    &BUILD
}

/// One figure the register gives: an indicator's period and year to date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub code: String,
    pub period: u64,
    pub year_to_date: u64,
}

/// The agency's report made from a register (its files, its calendar) for a period: what the
/// register gives, as the agency's own `coi report` counts it.
pub type Remake = dyn Fn(&Register, &Calendar, Period) -> Vec<Figure> + Sync;

/// What was made at one commit for one period, by one build of `coi`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Made {
    coi: String,
    period: String,
    commit: String,
    figures: Vec<Figure>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Kept {
    made: Vec<Made>,
}

/// The file of kept figures of the agency whose store is `store`.
pub fn kept_path(store: &Path) -> PathBuf {
    store.join(KEPT)
}

/// Checks, for each agency of `sent` (its submissions of `period`, from the workspace at
/// `root`), the submission that counts against its tagged commit; one whose figures differ is
/// refused with the indicators that do. A submission whose register cannot be read back (an
/// old tag, objects missing) is left as it is. Up to [`collect::AT_ONCE`] agencies at once.
pub fn verify(
    root: &Path,
    period: &Period,
    sent: &mut BTreeMap<String, Vec<Submission>>,
    remake: &Remake,
) {
    // Each agency's submission that counts, when it is trusted so far and names its commit.
    let mut jobs: Vec<(&String, &mut Submission)> = Vec::new();
    for (code, list) in sent.iter_mut() {
        let Some(latest) = list.iter_mut().max_by_key(|s| compile::order(period, s)) else {
            continue;
        };
        if latest.refused.is_none() && latest.commit.is_some() {
            jobs.push((code, latest));
        }
    }
    let next = AtomicUsize::new(0);
    let found: Mutex<Vec<Option<Text>>> = Mutex::new(vec![None; jobs.len()]);
    let shared: Vec<(&String, &Submission)> = jobs.iter().map(|(c, s)| (*c, &**s)).collect();
    std::thread::scope(|scope| {
        for _ in 0..collect::AT_ONCE.min(shared.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((code, s)) = shared.get(i) else {
                        return;
                    };
                    let store = collect::store_of(root, code);
                    let differ =
                        crate::parallel::on_this_thread(|| check(&store, period, s, remake));
                    let mut all = found.lock().unwrap_or_else(|e| e.into_inner());
                    all[i] = differ;
                }
            });
        }
    });
    let found = found.into_inner().unwrap_or_else(|e| e.into_inner());
    for ((_, s), differ) in jobs.into_iter().zip(found) {
        if differ.is_some() {
            s.refused = differ;
        }
    }
}

/// Why the figures of the submission `s` are not what its register gives at its commit;
/// `None` when they are, or when the register cannot be read back.
fn check(store: &Path, period: &Period, s: &Submission, remake: &Remake) -> Option<Text> {
    let commit = s.commit.as_deref()?;
    let figures = figures_at(store, commit, &period.to_string(), remake)?;
    let differ = differing(&figures, &s.figures);
    let shown = &commit[..commit.len().min(10)];
    (!differ.is_empty()).then(|| msg::province_figures_differ(shown, crate::i18n::join(differ)))
}

/// The indicators whose figures `sent` does not give as the register does.
fn differing<'a>(made: &'a [Figure], sent: &[BlockFigure]) -> Vec<&'a str> {
    let mut differ = Vec::new();
    for f in made {
        let given = sent.iter().find(|s| s.code == f.code);
        if given.is_none_or(|s| (s.period, s.year_to_date) != (f.period, f.year_to_date)) {
            differ.push(f.code.as_str());
        }
    }
    differ
}

/// What the register in `store` gives for `period` at `commit`: as kept, else made from the
/// commit's tree and kept. `None` when the register cannot be read back.
fn figures_at(store: &Path, commit: &str, period: &str, remake: &Remake) -> Option<Vec<Figure>> {
    let path = kept_path(store);
    let mut kept: Kept = std::fs::read(&path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    let same = |m: &Made| m.coi == build() && m.period == period && m.commit == commit;
    if let Some(m) = kept.made.iter().find(|m| same(m)) {
        return Some(m.figures.clone());
    }
    let figures = remade(store, commit, period, remake)?;
    // Figures made by another build are of no more use.
    kept.made.retain(|m| m.coi == build() && !same(m));
    kept.made.push(Made {
        coi: build().to_string(),
        period: period.to_string(),
        commit: commit.to_string(),
        figures: figures.clone(),
    });
    let extra = kept.made.len().saturating_sub(KEEP);
    kept.made.drain(..extra);
    // Keeping them is only a saving: a compile goes on when the store cannot be written.
    let _ = crate::register::store::replace(&path, crate::render::json(&kept).as_bytes());
    Some(figures)
}

/// What the register gives for `period` at `commit`, read from the commit's tree in `store`.
fn remade(store: &Path, commit: &str, period: &str, remake: &Remake) -> Option<Vec<Figure>> {
    let tree = Tree::read(store, commit, &Register::reads).ok()?;
    let text = tree.read_file(Path::new(crate::layout::CONFIG_FILE)).ok()?;
    let text = String::from_utf8(text).ok()?;
    let config = crate::rules::settings::parse_config(&text).ok()?;
    let calendar = Calendar::with(&config.holidays);
    let period = Period::parse(period, config.period_start_day).ok()?;
    let name = PathBuf::from(format!("{}@{commit}", store.display()));
    let reg = Register::in_tree(name, config, tree);
    Some(remake(&reg, &calendar, period))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(code: &str, period: u64, year_to_date: u64) -> Figure {
        Figure {
            code: code.into(),
            period,
            year_to_date,
        }
    }

    fn sent(code: &str, period: u64, year_to_date: u64) -> BlockFigure {
        BlockFigure {
            code: code.into(),
            official: None,
            period,
            year_to_date,
            units: Vec::new(),
        }
    }

    #[test]
    fn a_figure_sent_otherwise_or_not_sent_differs() {
        let made = [
            figure("XD01", 1, 2),
            figure("QT02", 3, 4),
            figure("DT01", 0, 0),
        ];
        let given = [sent("XD01", 1, 2), sent("QT02", 7, 4)];
        assert_eq!(differing(&made, &given), ["QT02", "DT01"]);
        let given = [sent("XD01", 1, 2), sent("QT02", 3, 4), sent("DT01", 0, 0)];
        assert!(differing(&made, &given).is_empty());
    }
}
