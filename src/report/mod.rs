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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::period::Span;
    use crate::register::config::Unit;

    fn config() -> Config {
        let unit = |code: &str| Unit {
            code: code.into(),
            name: code.into(),
            head: None,
            focal_point: None,
        };
        let mut c = Config::new("Ban".into(), vec![unit("VP"), unit("QLDN")]);
        c.indicator_map.insert("TT01".into(), "12".into());
        c
    }

    fn training(id: u32, unit: &str, start: &str, sessions: u32, topics: &str) -> Training {
        serde_yaml::from_str(&format!(
            "id: TH-2026-{id:03}\ntitle: T\nform: course\ntopics: [{topics}]\nstart_on: {start}\norganizer: {unit}\nsessions: {sessions}\nparticipants: 10\nmaterials: 5\n"
        ))
        .unwrap()
    }

    fn gift(id: u32, extra: &str) -> Gift {
        let recipient = if extra.contains("recipient") {
            String::new()
        } else {
            format!("recipient: {{name: Người {id}}}\n")
        };
        serde_yaml::from_str(&format!(
            "id: QT-2026-{id:03}\nunit: VP\n{recipient}received_on: 2026-02-10\ngiver: {{name: B}}\nkind: cash\ndescription: x\nvalue_vnd: 1000000\n{extra}"
        ))
        .unwrap()
    }

    fn case(id: u32, extra: &str) -> Case {
        serde_yaml::from_str(&format!(
            "id: XDLI-2026-{id:03}\nunit: QLDN\nperson: {{name: A}}\nsituation_type: art29_8\nsituation: x\n{extra}"
        ))
        .unwrap()
    }

    fn figures(r: &Records, period: &str) -> HashMap<&'static str, (u64, u64)> {
        let p = Period::parse(period, 15).unwrap();
        compute(r, &config(), Calendar::shipped(), p)
            .figures
            .iter()
            .map(|f| (f.indicator.code, (f.period, f.year_to_date)))
            .collect()
    }

    #[test]
    fn trainings_on_each_boundary() {
        let ts = [
            training(1, "VP", "2025-12-14", 1, "coi"),
            training(2, "VP", "2025-12-15", 2, "coi"),
            training(3, "QLDN", "2026-03-14", 4, "gifts"),
            training(4, "VP", "2026-03-15", 8, "coi, gifts"),
        ];
        let r = Records {
            cases: vec![],
            gifts: vec![],
            trainings: ts.iter().collect(),
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["TT01"], (6, 6));
        assert_eq!(q1["TT04"], (2, 2));
        assert_eq!(q1["TT05"], (4, 4));
        assert_eq!(q1["TT02"], (20, 20));
        assert_eq!(q1["TT03"], (10, 10));
        let q2 = figures(&r, "2026-Q2");
        assert_eq!(q2["TT01"], (8, 14));
        assert_eq!(q2["TT05"], (8, 12));
        // The one of 14/12/2025 belongs to 2025.
        assert_eq!(figures(&r, "2025-Q4")["TT01"], (1, 1));
        assert_eq!(figures(&r, "2026")["TT01"], (14, 14));
    }

    #[test]
    fn per_unit_figures_add_up_and_official_numbers_come_from_the_map() {
        let ts = [
            training(1, "VP", "2026-01-05", 2, "coi"),
            training(2, "QLDN", "2026-01-06", 3, "coi"),
        ];
        let r = Records {
            cases: vec![],
            gifts: vec![],
            trainings: ts.iter().collect(),
        };
        let report = compute(
            &r,
            &config(),
            Calendar::shipped(),
            Period::parse("2026-Q1", 15).unwrap(),
        );
        let tt01 = &report.figures[0];
        assert_eq!(tt01.official.as_deref(), Some("12"));
        assert_eq!(
            tt01.units,
            vec![("VP".to_string(), 2, 2), ("QLDN".to_string(), 3, 3)]
        );
        assert_eq!(report.figures[1].official, None);
    }

    #[test]
    fn gifts_count_when_handed_over_and_money_when_paid() {
        let gs = [
            // Handed over on the last day of Q1, paid in Q2; on time (due 24/02).
            gift(
                1,
                "handed_over_on: 2026-02-24\nhandling: {outcome: state_budget, decided_on: 2026-03-14, paid_to_budget_on: 2026-03-16, budget_amount_vnd: 1000000}\n",
            ),
            // Same person, same unit: one person, two gifts; late by 2 working days.
            gift(
                1 + 1,
                "recipient: {name: Người 1}\nhanded_over_on: 2026-02-26\nviolation: {discipline: reprimand}\n",
            ),
            // Received but not handed over: counts nowhere but the register.
            gift(3, ""),
            // Handed over on the first day of Q2.
            gift(4, "handed_over_on: 2026-03-15\n"),
            // To the agency: a gift, but no person.
            gift(5, "recipient_type: agency\nhanded_over_on: 2026-02-11\n"),
        ];
        let r = Records {
            cases: vec![],
            gifts: gs.iter().collect(),
            trainings: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["QT01"], (1, 1));
        assert_eq!(q1["QT02"], (3, 3));
        assert_eq!(q1["QT03"], (3_000_000, 3_000_000));
        assert_eq!(q1["QT04"], (0, 0));
        assert_eq!(q1["QT05"], (1, 1));
        assert_eq!(q1["QT06"], (1, 1));
        let q2 = figures(&r, "2026-Q2");
        assert_eq!(q2["QT02"], (1, 4));
        assert_eq!(q2["QT04"], (1_000_000, 1_000_000));
        assert_eq!(q2["QT01"], (1, 2));
    }

    #[test]
    fn cases_count_by_the_date_of_each_step() {
        let cs = [
            case(
                1,
                "source: self_report\nknown_on: 2026-03-02\nreceived_on: 2026-03-03\nmeasures:\n- {kind: supervision, decided_on: 2026-03-16}\n- {kind: temporary_transfer, decided_on: 2026-04-01}\n",
            ),
            case(
                2,
                "source: complaint\nknown_on: 2026-03-14\nno_conflict_on: 2026-03-15\nclosed: {'on': 2026-03-20, outcome: no_conflict, discipline: none}\n",
            ),
            case(
                3,
                "source: inspection\nknown_on: 2025-12-15\nmeasures:\n- {kind: suspension, decided_on: 2025-12-18}\nclosed: {'on': 2026-03-14, outcome: violation_handled, discipline: warning}\n",
            ),
            case(4, "source: reported_by_others\nknown_on: 2026-03-15\n"),
        ];
        let r = Records {
            cases: cs.iter().collect(),
            gifts: vec![],
            trainings: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(
            (q1["XD01"], q1["XD01a"], q1["XD01b"], q1["XD01c"]),
            ((3, 3), (1, 1), (1, 1), (1, 1))
        );
        assert_eq!(
            (q1["XD02"], q1["XD02c"], q1["XD02a"]),
            ((1, 1), (1, 1), (0, 0))
        );
        assert_eq!(q1["XD03"], (0, 0));
        assert_eq!(q1["XD04"], (1, 1));
        // Open at the end of Q1 (14/03): cases 1 and 2; case 3 closed that very day.
        assert_eq!(q1["XD05"], (2, 2));
        let q2 = figures(&r, "2026-Q2");
        assert_eq!(
            (q2["XD01"], q2["XD02"], q2["XD02a"], q2["XD02d"]),
            ((1, 4), (1, 2), (1, 1), (1, 1))
        );
        assert_eq!(q2["XD03"], (1, 1));
        // Case 1: received 03/03, decided 16/03: due 10/03, late. Case 2 on time.
        assert_eq!(q2["XD06"], (1, 1));
        assert_eq!(q2["XD05"], (2, 2));
    }

    #[test]
    fn the_registers_hold_what_falls_in_the_period() {
        let cs = [
            case(
                1,
                "source: self_report\nknown_on: 2025-11-02\nclosed: {'on': 2026-01-10, outcome: conflict_ended}\n",
            ),
            case(2, "source: self_report\nknown_on: 2025-11-02\n"),
        ];
        let gs = [gift(1, "handed_over_on: 2026-03-15\n"), gift(2, "")];
        let ts = [training(1, "VP", "2026-03-14", 1, "coi")];
        let r = Records {
            cases: cs.iter().collect(),
            gifts: gs.iter().collect(),
            trainings: ts.iter().collect(),
        };
        let report = compute(
            &r,
            &config(),
            Calendar::shipped(),
            Period::of(2026, Span::Quarter(1), 15),
        );
        assert_eq!(report.cases.len(), 1);
        assert_eq!(
            report
                .gifts
                .iter()
                .map(|g| g.id.to_string())
                .collect::<Vec<_>>(),
            ["QT-2026-002"]
        );
        assert_eq!(report.trainings.len(), 1);
    }
}
