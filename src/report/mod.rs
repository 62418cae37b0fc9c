//! The periodic figures: every indicator for the period and the year to date, per unit and for
//! the whole agency, and the registers of the records that fall in the period. Pure: records in,
//! tables out.

pub mod indicators;
pub mod sheets;

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::model::vocab::{Discipline, Topic};
use crate::model::{Case, Gift, Training};
use crate::period::Period;
use crate::register::config::Config;
use crate::rules::calendar::Calendar;
use crate::rules::deadlines::{self, CASE_DECISION};
pub use indicators::{Counting, GiftValue, Group, INDICATORS, Indicator, TrainingValue};

/// The records that count: valid and not void.
pub struct Records<'a> {
    pub cases: Vec<&'a Case>,
    pub gifts: Vec<&'a Gift>,
    pub trainings: Vec<&'a Training>,
}

/// One indicator's figures.
#[derive(Debug, Clone)]
pub struct Figure {
    pub indicator: &'static Indicator,
    /// The official Biểu 01/PCTN number, from `indicator_map`.
    pub official: Option<String>,
    pub period: u64,
    pub year_to_date: u64,
    /// Per unit of `coi.yaml`, in its order: (code, period, year to date).
    pub units: Vec<(String, u64, u64)>,
}

pub struct Report<'a> {
    pub period: Period,
    pub figures: Vec<Figure>,
    /// The records that fall in the period, sorted by ID.
    pub cases: Vec<&'a Case>,
    pub gifts: Vec<&'a Gift>,
    pub trainings: Vec<&'a Training>,
}

/// The day a gift left the recipient's hands: handed over, or for a service, reported.
pub fn surrendered_on(g: &Gift) -> Option<NaiveDate> {
    deadlines::gift(g, Calendar::shipped())
        .first()
        .and_then(|d| d.done)
}

/// Whether a case falls in a period: known, first decided or closed in it.
pub fn case_in(c: &Case, from: NaiveDate, to: NaiveDate) -> bool {
    let inside = |d: NaiveDate| from <= d && d <= to;
    inside(c.known_on)
        || deadlines::first_decision(c).is_some_and(inside)
        || c.closed.as_ref().is_some_and(|x| inside(x.on))
}

pub fn gift_date(g: &Gift) -> NaiveDate {
    surrendered_on(g).unwrap_or(g.received_on)
}

pub fn compute<'a>(
    records: &Records<'a>,
    config: &Config,
    cal: &Calendar,
    period: Period,
) -> Report<'a> {
    let figures = INDICATORS
        .iter()
        .map(|ind| {
            let count = |unit: Option<&str>, from: NaiveDate| {
                count(ind, records, cal, unit, from, period.to)
            };
            Figure {
                indicator: ind,
                official: config.indicator_map.get(ind.code).cloned(),
                period: count(None, period.from),
                year_to_date: count(None, period.year_from),
                units: config
                    .units
                    .iter()
                    .map(|u| {
                        (
                            u.code.clone(),
                            count(Some(&u.code), period.from),
                            count(Some(&u.code), period.year_from),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let (from, to) = (period.from, period.to);
    Report {
        period,
        figures,
        cases: records
            .cases
            .iter()
            .copied()
            .filter(|c| case_in(c, from, to))
            .collect(),
        gifts: records
            .gifts
            .iter()
            .copied()
            .filter(|g| period.contains(gift_date(g)))
            .collect(),
        trainings: records
            .trainings
            .iter()
            .copied()
            .filter(|t| period.contains(t.start_on))
            .collect(),
    }
}

/// One figure over `from..=to`, for one unit or the whole agency.
fn count(
    ind: &Indicator,
    r: &Records,
    cal: &Calendar,
    unit: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> u64 {
    let inside = |d: NaiveDate| from <= d && d <= to;
    let of_unit = |code: &str| unit.is_none_or(|u| u == code);
    let cases = || r.cases.iter().copied().filter(|c| of_unit(&c.unit));
    let gifts = || r.gifts.iter().copied().filter(|g| of_unit(&g.unit));
    let surrendered = || gifts().filter(|g| surrendered_on(g).is_some_and(inside));
    let tally = |n: usize| n as u64;
    match ind.counting {
        Counting::Trainings(value, topic) => r
            .trainings
            .iter()
            .filter(|t| of_unit(&t.organizer) && inside(t.start_on))
            .filter(|t| topic.is_none_or(|wanted: Topic| t.topics.contains(&wanted)))
            .map(|t| match value {
                TrainingValue::Sessions => u64::from(t.sessions()),
                TrainingValue::Participants => u64::from(t.participants),
                TrainingValue::Materials => u64::from(t.materials.unwrap_or(0)),
            })
            .sum(),
        Counting::Surrendered(GiftValue::Gifts) => tally(surrendered().count()),
        Counting::Surrendered(GiftValue::People) => tally(
            surrendered()
                .filter_map(|g| {
                    g.recipient
                        .as_ref()
                        .map(|p| (g.unit.as_str(), p.name.as_str()))
                })
                .collect::<BTreeSet<_>>()
                .len(),
        ),
        Counting::Surrendered(GiftValue::ValueVnd) => surrendered().map(|g| g.value_vnd.0).sum(),
        Counting::BudgetPaid => gifts()
            .filter_map(|g| g.handling.as_ref())
            .filter(|h| h.paid_to_budget_on.is_some_and(inside))
            .map(|h| h.budget_amount_vnd.map_or(0, |v| v.0))
            .sum(),
        Counting::SurrenderedLate => tally(
            surrendered()
                .filter(|g| {
                    deadlines::gift(g, cal)
                        .first()
                        .is_some_and(|d| d.lateness(cal) > 0)
                })
                .count(),
        ),
        Counting::GiftDiscipline => tally(
            gifts()
                .filter(|g| inside(gift_date(g)))
                .filter(|g| {
                    g.violation
                        .as_ref()
                        .and_then(|v| v.discipline)
                        .is_some_and(|d| d != Discipline::None)
                })
                .count(),
        ),
        Counting::CasesKnown(sources) => tally(
            cases()
                .filter(|c| inside(c.known_on))
                .filter(|c| sources.is_empty() || sources.contains(&c.source))
                .count(),
        ),
        Counting::FirstMeasure => tally(
            cases()
                .filter(|c| {
                    c.measures
                        .iter()
                        .map(|m| m.decided_on)
                        .min()
                        .is_some_and(inside)
                })
                .count(),
        ),
        Counting::Measures(kind) => tally(
            cases()
                .flat_map(|c| c.measures.iter())
                .filter(|m| m.kind == kind && inside(m.decided_on))
                .count(),
        ),
        Counting::NoConflict => tally(
            cases()
                .filter(|c| c.no_conflict_on.is_some_and(inside))
                .count(),
        ),
        Counting::CaseDiscipline => tally(
            cases()
                .filter_map(|c| c.closed.as_ref())
                .filter(|x| inside(x.on) && x.discipline.is_some_and(|d| d != Discipline::None))
                .count(),
        ),
        Counting::OpenAtEnd => tally(
            cases()
                .filter(|c| c.known_on <= to && c.closed.as_ref().is_none_or(|x| x.on > to))
                .count(),
        ),
        Counting::DecidedLate => tally(
            cases()
                .filter(|c| deadlines::first_decision(c).is_some_and(inside))
                .filter(|c| {
                    deadlines::case(c, cal)
                        .iter()
                        .any(|d| d.limit == &CASE_DECISION && d.lateness(cal) > 0)
                })
                .count(),
        ),
    }
}
