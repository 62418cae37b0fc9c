//! The periodic figures: every indicator for the period and the year to date, per unit and for
//! the whole agency, and the registers of the records that fall in the period. Pure: records in,
//! tables out.

pub mod block;
pub mod document;
pub mod form01;
pub mod indicators;
pub mod people;
pub mod plan;
pub mod sheets;
pub mod submission;

use std::cell::OnceCell;

use chrono::NaiveDate;

use crate::model::settings::Config;
use crate::model::vocab::{CaseOutcome, Discipline, GiftKind};
use crate::model::{Case, Gift, Inspection, Training};
use crate::period::Period;
use crate::rules::calendar::Calendar;
use crate::rules::deadlines;

pub use indicators::{
    Counting, GiftValue, Group, INDICATORS, Indicator, InspectionValue, TrainingValue, Trainings,
};
use people::Someone;

/// The records that count: valid and not void.
pub struct Records<'a> {
    pub cases: Vec<&'a Case>,
    pub gifts: Vec<&'a Gift>,
    pub trainings: Vec<&'a Training>,
    pub inspections: Vec<&'a Inspection>,
}

/// One indicator's figures.
#[derive(Debug, Clone)]
pub struct Figure {
    pub indicator: &'static Indicator,
    /// The row of Biểu 01/PCTN it fills, from `indicator_map` or the default map.
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
    /// Those that started or were concluded in the period.
    pub inspections: Vec<&'a Inspection>,
    /// The cancellations of temporary measures and their publication (Decree 59/2019 Arts
    /// 48–49), said in the document; not indicators of Biểu 01/PCTN.
    pub temporary: Temporary,
    /// The day the figures run to when the report is made before its period ends (today, or
    /// the day of the register state it is made from): every output says «số liệu đến ngày …»
    /// and the state at the end is said of that day. `None` for a period that has ended.
    pub data_until: Option<NaiveDate>,
    /// The figures of the period they are compared with (Mẫu số 03), when it was computed.
    pub baseline: Option<Baseline>,
}

/// The figures of an earlier period, for «so với kỳ trước» / «so với cùng kỳ năm trước».
#[derive(Debug, Clone)]
pub struct Baseline {
    pub period: Period,
    pub basis: crate::period::Basis,
    /// Each indicator's figure for that period, in the order of [`INDICATORS`].
    pub figures: Vec<u64>,
}

impl Report<'_> {
    /// The figures are as of `day`: said when it is before the period's end.
    pub fn made_on(&mut self, day: NaiveDate) {
        self.data_until = (day < self.period.to).then_some(day);
    }

    /// Compares the figures with those of `earlier` (the report of the period
    /// [`Period::compared_with`] gives).
    pub fn compare_with(&mut self, earlier: &Report, basis: crate::period::Basis) {
        self.baseline = Some(Baseline {
            period: earlier.period,
            basis,
            figures: earlier.figures.iter().map(|f| f.period).collect(),
        });
    }

    /// An indicator's figure in the period compared with, if any.
    pub fn earlier(&self, code: &str) -> Option<u64> {
        let at = self.figures.iter().position(|f| f.indicator.code == code)?;
        self.baseline.as_ref()?.figures.get(at).copied()
    }

    /// The day the state «at the end» is said of: the period's end, or the day the figures
    /// run to.
    pub fn stock_day(&self) -> NaiveDate {
        self.data_until.unwrap_or(self.period.to)
    }
}

/// How many temporary suspensions or transfers were cancelled, how many of those after the 5
/// working days, and how many cancellations were made public: (in the period, year to date).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Temporary {
    pub cancelled: (u64, u64),
    pub cancelled_late: (u64, u64),
    pub published: (u64, u64),
}

impl Temporary {
    fn of(cases: &[&Case], cal: &Calendar, period: &Period) -> Temporary {
        let mut t = Temporary::default();
        let count = |to: &mut (u64, u64), on: NaiveDate| {
            if period.contains(on) {
                to.0 += 1;
            }
            if period.year_from <= on && on <= period.to {
                to.1 += 1;
            }
        };
        for c in cases.iter().filter(|c| c.void.is_none()) {
            for (i, m) in c.measures.iter().enumerate() {
                if let Some(on) = m.cancelled_on {
                    count(&mut t.cancelled, on);
                    let late = (deadlines::measure(c, i, m, cal).iter()).any(|d| {
                        d.limit == &deadlines::MEASURE_CANCELLATION && d.lateness(cal) > 0
                    });
                    if late {
                        count(&mut t.cancelled_late, on);
                    }
                }
                if let Some(on) = m.published_on {
                    count(&mut t.published, on);
                }
            }
        }
        t
    }
}

/// The day a gift left the recipient's hands: handed over, or for a service, reported (see
/// [`deadlines::gift_surrendered`]).
pub fn surrendered_on(g: &Gift) -> Option<NaiveDate> {
    deadlines::gift_surrendered(g)
}

/// Whether a case falls in a period: known, first decided or closed in it.
pub fn case_in(c: &Case, from: NaiveDate, to: NaiveDate) -> bool {
    case_falls_in(c, deadlines::first_decision(c), from, to)
}

/// [`case_in`], with the case's first decision already known.
fn case_falls_in(
    c: &Case,
    first_decision: Option<NaiveDate>,
    from: NaiveDate,
    to: NaiveDate,
) -> bool {
    let inside = |d: NaiveDate| from <= d && d <= to;
    inside(c.known_on)
        || first_decision.is_some_and(inside)
        || c.closed.as_ref().is_some_and(|x| inside(x.on))
}

pub fn gift_date(g: &Gift) -> NaiveDate {
    surrendered_on(g).unwrap_or(g.received_on)
}

/// Every figure is tallied in one pass over the records: each record works out its own dates
/// (and, only when it may count, its lateness) once, then adds what it gives each indicator to
/// the whole agency and to its unit, for the period and for the year to date.
/// The reports of quarters I, II… of the period's year, those that start by the period's end:
/// the year's trend.
pub fn quarters<'a>(
    records: &Records<'a>,
    config: &Config,
    cal: &Calendar,
    period: &Period,
) -> Vec<Report<'a>> {
    let day = config.period_start_day;
    (1..=4)
        .map(|q| Period::of(period.year, crate::period::Span::Quarter(q), day))
        .filter(|q| q.from <= period.to)
        .map(|q| compute(records, config, cal, q))
        .collect()
}

pub fn compute<'a>(
    records: &Records<'a>,
    config: &Config,
    cal: &Calendar,
    period: Period,
) -> Report<'a> {
    let mut tally = Tally::new(config, &period);
    let spans = tally.spans;
    let units = units(config);
    let buckets = |unit: &str| {
        units
            .iter()
            .find(|(code, _)| *code == unit)
            .map_or(&[][..], |(_, b)| b.as_slice())
    };
    let (from, to) = (period.from, period.to);

    let mut trainings = Vec::new();
    for &t in &records.trainings {
        let buckets = buckets(&t.organizer);
        for (i, ind) in INDICATORS.iter().enumerate() {
            training(ind.counting, t, &mut |when, value| {
                tally.add(i, buckets, when, value)
            });
        }
        if period.contains(t.start_on) {
            trainings.push(t);
        }
    }

    let mut gifts = Vec::new();
    for &g in &records.gifts {
        let facts = GiftFacts::new(g, cal);
        let buckets = buckets(&g.unit);
        for (i, ind) in INDICATORS.iter().enumerate() {
            gift(ind.counting, &facts, to, spans, &mut |when, value| {
                tally.add(i, buckets, when, value)
            });
        }
        if period.contains(facts.date) {
            gifts.push(g);
        }
    }

    let mut cases = Vec::new();
    for &c in &records.cases {
        let facts = CaseFacts::new(c, cal);
        let buckets = buckets(&c.unit);
        for (i, ind) in INDICATORS.iter().enumerate() {
            case(ind.counting, &facts, to, spans, &mut |when, value| {
                tally.add(i, buckets, when, value)
            });
        }
        if case_falls_in(c, facts.first_decision, from, to) {
            cases.push(c);
        }
    }

    let mut inspections = Vec::new();
    for &k in &records.inspections {
        let buckets = buckets(&k.unit);
        for (i, ind) in INDICATORS.iter().enumerate() {
            inspection(ind.counting, k, &mut |when, value| {
                tally.add(i, buckets, when, value)
            });
        }
        if period.contains(k.start_on) || k.concluded_on.is_some_and(|d| period.contains(d)) {
            inspections.push(k);
        }
    }

    // Who is who, from every record of the register, whatever its period.
    let mut known = people::Codes::default();
    for c in &records.cases {
        known.learn(Someone::of(&c.unit, &c.person));
    }
    for g in &records.gifts {
        if let Some(p) = &g.recipient {
            known.learn(Someone::of(&g.unit, p));
        }
    }
    let figures = tally.figures(config, &known);
    let temporary = Temporary::of(&records.cases, cal, &period);
    Report {
        period,
        figures,
        cases,
        gifts,
        trainings,
        inspections,
        temporary,
        data_until: None,
        baseline: None,
    }
}

/// Which of the figure's spans a contribution falls in.
#[derive(Clone, Copy)]
enum When {
    /// A flow: counted in each span that holds the date.
    On(NaiveDate),
    /// A stock at the end of the period, which is also the end of the year to date.
    AtEnd,
}

/// What one record adds to a figure.
#[derive(Clone, Copy)]
enum Value<'a> {
    Amount(u64),
    /// A person: the figure counts different people (see [`people`]).
    Person(Someone<'a>),
}

/// One figure of one indicator, for one unit (or the agency), over one span.
#[derive(Default)]
struct Acc<'a> {
    sum: u64,
    /// People as the records name them, repeats and all.
    people: Vec<Someone<'a>>,
}

impl Acc<'_> {
    /// An indicator adds either amounts or people, never both.
    fn figure(&self, known: &people::Codes) -> u64 {
        self.sum + people::count(&self.people, known)
    }
}

/// The buckets of each unit code: `1 + i` for `config.units[i]` (a code listed twice in
/// `coi.yaml` fills both, as it did when each unit was counted apart). A handful of units:
/// looked up one by one.
fn units(config: &Config) -> Vec<(&str, Vec<usize>)> {
    let mut units: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, u) in config.units.iter().enumerate() {
        match units.iter_mut().find(|(code, _)| *code == u.code) {
            Some((_, buckets)) => buckets.push(1 + i),
            None => units.push((&u.code, vec![1 + i])),
        }
    }
    units
}

/// The period and the year to date.
#[derive(Clone, Copy)]
struct Spans([(NaiveDate, NaiveDate); 2]);

impl Spans {
    /// Whether a date falls in either span.
    fn wanted(&self, d: NaiveDate) -> bool {
        self.0.iter().any(|&(from, to)| from <= d && d <= to)
    }
}

/// The running figures: for each indicator, bucket 0 is the whole agency and bucket `1 + i`
/// is `config.units[i]`; each bucket holds the period and the year to date.
struct Tally<'a> {
    spans: Spans,
    width: usize,
    accs: Vec<[Acc<'a>; 2]>,
}

impl<'a> Tally<'a> {
    fn new(config: &Config, period: &Period) -> Tally<'a> {
        let width = 1 + config.units.len();
        Tally {
            spans: Spans([(period.from, period.to), (period.year_from, period.to)]),
            width,
            accs: (0..INDICATORS.len() * width)
                .map(|_| Default::default())
                .collect(),
        }
    }

    /// Adds a record's contribution to the agency and to the units' `buckets`.
    fn add(&mut self, indicator: usize, buckets: &[usize], when: When, value: Value<'a>) {
        for (s, &(from, to)) in self.spans.0.iter().enumerate() {
            let inside = match when {
                When::On(d) => from <= d && d <= to,
                When::AtEnd => true,
            };
            if !inside {
                continue;
            }
            let row = indicator * self.width;
            for b in std::iter::once(0).chain(buckets.iter().copied()) {
                let acc = &mut self.accs[row + b][s];
                match value {
                    Value::Amount(n) => acc.sum += n,
                    Value::Person(someone) => acc.people.push(someone),
                }
            }
        }
    }

    fn figures(self, config: &Config, known: &people::Codes) -> Vec<Figure> {
        INDICATORS
            .iter()
            .zip(self.accs.chunks(self.width))
            .map(|(ind, row)| {
                let (agency, units) = row.split_first().expect("a bucket for the agency");
                Figure {
                    indicator: ind,
                    official: crate::rules::form01::mapped(&config.indicator_map, ind.code)
                        .map(String::from),
                    period: agency[0].figure(known),
                    year_to_date: agency[1].figure(known),
                    units: config
                        .units
                        .iter()
                        .zip(units)
                        .map(|(u, [p, y])| (u.code.clone(), p.figure(known), y.figure(known)))
                        .collect(),
                }
            })
            .collect()
    }
}

/// What a training adds to an indicator, by its `start_on`.
fn training<'a>(counting: Counting, t: &Training, emit: &mut impl FnMut(When, Value<'a>)) {
    let taken = |which: Trainings| match which {
        Trainings::All => true,
        Trainings::Topic(topic) => t.topics.contains(&topic),
        Trainings::Audience(audience) => t.audience == Some(audience),
    };
    match counting {
        Counting::Trainings(value, which) if taken(which) => {
            let n = match value {
                TrainingValue::Courses => 1,
                TrainingValue::Sessions => u64::from(t.sessions()),
                TrainingValue::Participants => u64::from(t.participants),
                TrainingValue::Materials => u64::from(t.materials.unwrap_or(0)),
            };
            emit(When::On(t.start_on), Value::Amount(n));
        }
        // Not this training, or not trainings at all.
        Counting::Trainings(..)
        | Counting::HandedOver(_)
        | Counting::BudgetPaid
        | Counting::HandedOverLate
        | Counting::GiftDiscipline
        | Counting::NotSurrenderedAtEnd
        | Counting::Handled(_)
        | Counting::CasesKnown(_)
        | Counting::FirstMeasure
        | Counting::Measures(_)
        | Counting::NoConflict
        | Counting::CaseDiscipline
        | Counting::OpenAtEnd
        | Counting::DecidedLate
        | Counting::Inspections(_) => {}
    }
}

/// What an inspection adds to an indicator.
fn inspection<'a>(counting: Counting, k: &Inspection, emit: &mut impl FnMut(When, Value<'a>)) {
    let Counting::Inspections(value) = counting else {
        return;
    };
    let on_conclusion = |n: Option<u32>| {
        (k.concluded_on.zip(n)).map(|(d, n)| (When::On(d), Value::Amount(u64::from(n))))
    };
    let contribution = match value {
        InspectionValue::Held => Some((When::On(k.start_on), Value::Amount(1))),
        InspectionValue::UnitsInspected => {
            let n = k.inspected_units.len() as u64;
            Some((When::On(k.start_on), Value::Amount(n)))
        }
        InspectionValue::ViolationsFound => on_conclusion(k.violations),
        InspectionValue::ViolationsCorrected => on_conclusion(k.corrected),
    };
    if let Some((when, value)) = contribution {
        emit(when, value);
    }
}

/// A gift's dates, worked out once.
struct GiftFacts<'a> {
    gift: &'a Gift,
    cal: &'a Calendar,
    /// Surrendered, else received.
    date: NaiveDate,
    /// The hand-over deadline, for a gift that has one: never a service's or the agency's.
    handover: OnceCell<Option<deadlines::Deadline>>,
}

impl<'a> GiftFacts<'a> {
    fn new(gift: &'a Gift, cal: &'a Calendar) -> GiftFacts<'a> {
        GiftFacts {
            gift,
            cal,
            date: gift_date(gift),
            handover: OnceCell::new(),
        }
    }

    /// The day a gift other than a service was handed over.
    fn handed_over(&self) -> Option<NaiveDate> {
        (self.gift.kind != GiftKind::Service)
            .then_some(self.gift.handed_over_on)
            .flatten()
    }

    /// Whether the gift is still held at the end of `to`: not handed over by then, or for a
    /// service, not yet declined by then.
    fn held_at(&self, to: NaiveDate) -> bool {
        let g = self.gift;
        let settled = match g.kind {
            GiftKind::Service => g.handling.as_ref().map(|h| h.decided_on),
            _ => g.handed_over_on,
        };
        settled.is_none_or(|d| d > to)
    }

    /// The limit on handing the gift over (Art. 26(2)), when it has one.
    fn handover(&self) -> Option<&deadlines::Deadline> {
        self.handover
            .get_or_init(|| {
                (self.gift.kind != GiftKind::Service)
                    .then(|| deadlines::gift_first(self.gift, self.cal))
                    .flatten()
            })
            .as_ref()
    }
}

/// What a gift adds to an indicator; `to` is the end of the period (for a stock). Lateness is
/// only worked out for a gift whose date falls in one of the `spans`.
fn gift<'a>(
    counting: Counting,
    f: &GiftFacts<'a>,
    to: NaiveDate,
    spans: Spans,
    emit: &mut impl FnMut(When, Value<'a>),
) {
    let g = f.gift;
    let one = Value::Amount(1);
    // A gift to the agency itself names nobody: it counts as a gift, never as a person.
    let recipient = || g.recipient.as_ref().map(|p| Someone::of(&g.unit, p));
    match counting {
        Counting::HandedOver(value) => {
            let Some(d) = f.handed_over() else { return };
            match value {
                GiftValue::Gifts => emit(When::On(d), one),
                GiftValue::People => {
                    if let Some(someone) = recipient() {
                        emit(When::On(d), Value::Person(someone));
                    }
                }
                GiftValue::ValueVnd => emit(When::On(d), Value::Amount(g.value_vnd.0)),
            }
        }
        Counting::BudgetPaid => {
            if let Some(h) = &g.handling
                && let Some(d) = h.paid_to_budget_on
            {
                emit(
                    When::On(d),
                    Value::Amount(h.budget_amount_vnd.map_or(0, |v| v.0)),
                );
            }
        }
        Counting::HandedOverLate => match f.handed_over() {
            // Handed over in a span, after the limit.
            Some(d) if d <= to => {
                if spans.wanted(d) && f.handover().is_some_and(|x| x.lateness(f.cal) > 0) {
                    emit(When::On(d), one);
                }
            }
            // Still not handed over at the period's end, past the limit by then.
            _ => {
                if g.received_on <= to && f.handover().is_some_and(|x| x.due < to) {
                    emit(When::AtEnd, one);
                }
            }
        },
        Counting::GiftDiscipline => {
            let disciplined = g
                .violation
                .as_ref()
                .and_then(|v| v.discipline)
                .is_some_and(|d| d != Discipline::None);
            if disciplined && let Some(someone) = recipient() {
                emit(When::On(f.date), Value::Person(someone));
            }
        }
        Counting::NotSurrenderedAtEnd if g.received_on <= to && f.held_at(to) => {
            emit(When::AtEnd, one);
        }
        Counting::Handled(outcome) => {
            if let Some(h) = &g.handling
                && outcome.is_none_or(|wanted| h.outcome == wanted)
            {
                emit(When::On(h.decided_on), one);
            }
        }
        // Not this gift, or not gifts at all.
        Counting::NotSurrenderedAtEnd
        | Counting::Trainings(..)
        | Counting::CasesKnown(_)
        | Counting::FirstMeasure
        | Counting::Measures(_)
        | Counting::NoConflict
        | Counting::CaseDiscipline
        | Counting::OpenAtEnd
        | Counting::DecidedLate
        | Counting::Inspections(_) => {}
    }
}

/// A case's dates, worked out once.
struct CaseFacts<'a> {
    case: &'a Case,
    cal: &'a Calendar,
    first_decision: Option<NaiveDate>,
    decided_late: OnceCell<bool>,
}

impl<'a> CaseFacts<'a> {
    fn new(case: &'a Case, cal: &'a Calendar) -> CaseFacts<'a> {
        CaseFacts {
            case,
            cal,
            first_decision: deadlines::first_decision(case),
            decided_late: OnceCell::new(),
        }
    }

    /// The day of the first decision, or of the closing of a case closed as "no conflict"
    /// without its date of finding (which `check` warns about).
    fn decided(&self) -> Option<NaiveDate> {
        let c = self.case;
        let closed_no_conflict = (c.closed.as_ref())
            .filter(|x| x.outcome == CaseOutcome::NoConflict)
            .map(|x| x.on);
        self.first_decision.or(closed_no_conflict)
    }

    /// The last day of the limit on the first decision.
    fn decision_due(&self) -> NaiveDate {
        deadlines::case_decision(self.case, self.cal).due
    }

    /// Whether the first decision came after its time limit.
    fn decided_late(&self) -> bool {
        *self
            .decided_late
            .get_or_init(|| deadlines::case_decision(self.case, self.cal).lateness(self.cal) > 0)
    }
}

/// What a case adds to an indicator; `to` is the end of the period (for a stock), `spans` as
/// for [`gift`].
fn case<'a>(
    counting: Counting,
    f: &CaseFacts<'a>,
    to: NaiveDate,
    spans: Spans,
    emit: &mut impl FnMut(When, Value<'a>),
) {
    let c = f.case;
    let one = Value::Amount(1);
    match counting {
        Counting::CasesKnown(sources)
            if (sources.is_empty() || sources.contains(&c.source))
                && c.no_conflict_on.is_none_or(|d| d > to) =>
        {
            emit(When::On(c.known_on), one);
        }
        Counting::FirstMeasure => {
            if let Some(d) = c.measures.iter().map(|m| m.decided_on).min() {
                emit(When::On(d), one);
            }
        }
        Counting::Measures(kind) => {
            for m in c.measures.iter().filter(|m| m.kind == kind) {
                emit(When::On(m.decided_on), one);
            }
        }
        Counting::NoConflict => {
            if let Some(d) = c.no_conflict_on {
                emit(When::On(d), one);
            }
        }
        Counting::CaseDiscipline => {
            if let Some(x) = &c.closed
                && x.discipline.is_some_and(|d| d != Discipline::None)
            {
                emit(
                    When::On(x.on),
                    Value::Person(Someone::of(&c.unit, &c.person)),
                );
            }
        }
        Counting::OpenAtEnd if c.known_on <= to && c.closed.as_ref().is_none_or(|x| x.on > to) => {
            emit(When::AtEnd, one);
        }
        Counting::DecidedLate => match f.decided() {
            // A measure decided in a span, after the limit. A finding of no conflict is not a
            // measure: the document says «quyết định biện pháp quá 05 ngày», and so counts.
            Some(d) if d <= to => {
                let by_measure = c.measures.iter().any(|m| m.decided_on == d);
                if spans.wanted(d) && by_measure && f.decided_late() {
                    emit(When::On(d), one);
                }
            }
            // Still undecided at the period's end, past the limit by then.
            _ => {
                if c.known_on <= to && f.decision_due() < to {
                    emit(When::AtEnd, one);
                }
            }
        },
        // Not this case, or not cases at all.
        Counting::CasesKnown(_)
        | Counting::OpenAtEnd
        | Counting::Trainings(..)
        | Counting::HandedOver(_)
        | Counting::BudgetPaid
        | Counting::HandedOverLate
        | Counting::GiftDiscipline
        | Counting::NotSurrenderedAtEnd
        | Counting::Handled(_)
        | Counting::Inspections(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::model::settings::Unit;
    use crate::period::Span;

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
            inspections: vec![],
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
            inspections: vec![],
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
        // TT02 keeps the form's row of the default map; TT04 has none.
        assert_eq!(report.figures[1].official.as_deref(), Some("5"));
        assert_eq!(report.figures[3].indicator.code, "TT04");
        assert_eq!(report.figures[3].official, None);
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
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["QT01"], (1, 1));
        assert_eq!(q1["QT02"], (3, 3));
        assert_eq!(q1["QT03"], (3_000_000, 3_000_000));
        assert_eq!(q1["QT04"], (0, 0));
        // Gift 2 handed over late; gifts 3 and 4 still held at the end of Q1, past their limit
        // (24/02): late too. Gift 5, the agency's, has no limit.
        assert_eq!(q1["QT05"], (3, 3));
        assert_eq!(q1["QT06"], (1, 1));
        let q2 = figures(&r, "2026-Q2");
        // Gift 4 handed over late in Q2, gift 3 still held; the year to date adds gift 2.
        assert_eq!(q2["QT05"], (2, 3));
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
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        // Case 2 counts in Q1: it was found to have no conflict only after Q1 ended.
        assert_eq!(
            (
                q1["XD01"],
                q1["XD01a"],
                q1["XD01b"],
                q1["XD01c"],
                q1["XD01d"]
            ),
            ((3, 3), (1, 1), (1, 1), (0, 0), (1, 1))
        );
        assert_eq!(
            (q1["XD02"], q1["XD02c"], q1["XD02a"]),
            ((1, 1), (1, 1), (0, 0))
        );
        assert_eq!(q1["XD03"], (0, 0));
        assert_eq!(q1["XD04"], (1, 1));
        // Open at the end of Q1 (14/03): cases 1 and 2; case 3 closed that very day.
        assert_eq!(q1["XD05"], (2, 2));
        // Case 1, received 03/03, is still undecided at the end of Q1, past its limit (10/03).
        assert_eq!(q1["XD06"], (1, 1));
        let q2 = figures(&r, "2026-Q2");
        // By the end of Q2 case 2 is known to have had no conflict: the year to date leaves it
        // out of XD01 and its sub-rows, and counts it in XD03.
        assert_eq!(
            (
                q2["XD01"],
                q2["XD01b"],
                q2["XD02"],
                q2["XD02a"],
                q2["XD02d"]
            ),
            ((1, 3), (1, 1), (1, 2), (1, 1), (1, 1))
        );
        assert_eq!(q2["XD03"], (1, 1));
        // Case 1: received 03/03, decided 16/03: due 10/03, late. Case 2 on time. Case 4, known
        // 15/03, is due 20/03 and still undecided at the end of Q2.
        assert_eq!(q2["XD06"], (2, 2));
        assert_eq!(q2["XD05"], (2, 2));
    }

    #[test]
    fn a_unit_not_in_the_config_counts_for_the_agency_only() {
        let ts = [
            training(1, "VP", "2026-01-05", 2, "coi"),
            training(2, "KHAC", "2026-01-06", 3, "coi"),
        ];
        let r = Records {
            cases: vec![],
            gifts: vec![],
            trainings: ts.iter().collect(),
            inspections: vec![],
        };
        let report = compute(
            &r,
            &config(),
            Calendar::shipped(),
            Period::parse("2026-Q1", 15).unwrap(),
        );
        let tt01 = &report.figures[0];
        assert_eq!((tt01.period, tt01.year_to_date), (5, 5));
        assert_eq!(
            tt01.units,
            vec![("VP".to_string(), 2, 2), ("QLDN".to_string(), 0, 0)]
        );
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
            inspections: vec![],
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

    fn sum_of(q: &HashMap<&str, (u64, u64)>, codes: &[&str]) -> (u64, u64) {
        codes
            .iter()
            .map(|c| q[c])
            .fold((0, 0), |(p, y), (a, b)| (p + a, y + b))
    }

    #[test]
    fn xd01_leaves_out_the_cases_found_without_conflict_and_its_sources_add_up() {
        let cs = [
            case(1, "source: self_report\nknown_on: 2026-01-05\n"),
            case(2, "source: complaint\nknown_on: 2026-01-06\n"),
            case(3, "source: detected_by_manager\nknown_on: 2026-01-07\n"),
            case(4, "source: inspection\nknown_on: 2026-01-08\n"),
            case(5, "source: other\nknown_on: 2026-01-09\n"),
            // Found without conflict within Q1: XD03, never XD01.
            case(
                6,
                "source: self_report\nknown_on: 2026-01-10\nno_conflict_on: 2026-01-20\n",
            ),
            // Found without conflict on the last day of Q1: the same.
            case(
                7,
                "source: other\nknown_on: 2026-01-10\nno_conflict_on: 2026-03-14\n",
            ),
            // Found without conflict on the first day of Q2: a conflict as Q1 saw it.
            case(
                8,
                "source: inspection\nknown_on: 2026-01-10\nno_conflict_on: 2026-03-15\n",
            ),
        ];
        let r = Records {
            cases: cs.iter().collect(),
            gifts: vec![],
            trainings: vec![],
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["XD01"], (6, 6));
        assert_eq!(q1["XD01d"], (2, 2));
        assert_eq!(q1["XD01e"], (1, 1));
        assert_eq!(q1["XD03"], (2, 2));
        let q2 = figures(&r, "2026-Q2");
        assert_eq!(q2["XD01"], (0, 5));
        assert_eq!(q2["XD01d"], (0, 1));
        assert_eq!(q2["XD03"], (1, 3));
        for q in [&q1, &q2] {
            let parts = sum_of(q, &["XD01a", "XD01b", "XD01c", "XD01d", "XD01e"]);
            assert_eq!(parts, q["XD01"]);
        }
    }

    #[test]
    fn people_are_counted_once_however_many_records_name_them() {
        let gs = [
            // One official, two gifts handed over and disciplined over both: 1 in QT01 and QT06.
            gift(
                1,
                "recipient: {name: Nguyễn Văn An, code: CB-01}\nhanded_over_on: 2026-02-11\nviolation: {discipline: reprimand}\n",
            ),
            gift(
                2,
                "recipient: {name: nguyễn văn an}\nhanded_over_on: 2026-02-12\nviolation: {discipline: warning}\n",
            ),
            // The same code under another spelling: still the same person.
            gift(
                3,
                "recipient: {name: Nguyễn V. An, code: CB-01}\nhanded_over_on: 2026-02-13\n",
            ),
            // Another person of another name.
            gift(
                4,
                "recipient: {name: Trần Bình}\nhanded_over_on: 2026-02-13\nviolation: {discipline: none}\n",
            ),
            // Disciplined but to the agency: no person to count.
            gift(
                5,
                "recipient_type: agency\nhanded_over_on: 2026-02-13\nviolation: {discipline: reprimand}\n",
            ),
        ];
        let mut cs = [
            case(
                1,
                "source: self_report\nknown_on: 2026-01-05\nclosed: {'on': 2026-02-01, outcome: violation_handled, discipline: reprimand}\n",
            ),
            case(
                2,
                "source: self_report\nknown_on: 2026-01-06\nclosed: {'on': 2026-02-02, outcome: violation_handled, discipline: warning}\n",
            ),
            // The same name in another unit is another person.
            case(
                3,
                "source: self_report\nknown_on: 2026-01-06\nclosed: {'on': 2026-02-02, outcome: violation_handled, discipline: warning}\n",
            ),
            // Closed without discipline: not counted.
            case(
                4,
                "source: self_report\nknown_on: 2026-01-06\nclosed: {'on': 2026-02-02, outcome: conflict_ended, discipline: none}\n",
            ),
        ];
        cs[2].unit = "VP".into();
        let r = Records {
            cases: cs.iter().collect(),
            gifts: gs.iter().collect(),
            trainings: vec![],
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["QT02"], (5, 5));
        assert_eq!(q1["QT01"], (2, 2));
        assert_eq!(q1["QT06"], (1, 1));
        assert_eq!(q1["XD04"], (2, 2));
    }

    #[test]
    fn gifts_still_held_at_the_end_are_a_stock() {
        let gs = [
            // Received and handed over within Q1: not held at its end.
            gift(1, "handed_over_on: 2026-02-12\n"),
            // Received in Q1, handed over in Q2: held at the end of Q1.
            gift(2, "handed_over_on: 2026-03-16\n"),
            // Never handed over: held at the end of every period from its receipt.
            gift(3, ""),
            // Received after Q1.
            gift(4, ""),
        ];
        let mut gs = gs;
        gs[3].received_on = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
        let r = Records {
            cases: vec![],
            gifts: gs.iter().collect(),
            trainings: vec![],
            inspections: vec![],
        };
        assert_eq!(figures(&r, "2026-Q1")["QT07"], (2, 2));
        assert_eq!(figures(&r, "2026-Q2")["QT07"], (2, 2));
        assert_eq!(figures(&r, "2025-Q4")["QT07"], (0, 0));
    }

    #[test]
    fn handled_gifts_count_by_the_decision_and_their_outcomes_add_up() {
        let handled = |id, kind: &str, outcome: &str, on: &str| {
            let mut g = gift(
                id,
                &format!(
                    "handed_over_on: 2026-02-12\nhandling: {{outcome: {outcome}, decided_on: {on}}}\n"
                ),
            );
            g.kind = serde_yaml::from_str(kind).unwrap();
            g
        };
        let gs = [
            handled(1, "cash", "state_budget", "2026-02-20"),
            handled(2, "goods", "public_sale", "2026-03-14"),
            handled(3, "service", "service_declined", "2026-03-01"),
            handled(4, "perishable", "perishable_handled", "2026-02-13"),
            handled(5, "perishable", "escalated", "2026-02-13"),
            // Decided in Q2.
            handled(6, "cash", "state_budget", "2026-03-15"),
            // Handed over, not yet handled.
            gift(7, "handed_over_on: 2026-02-12\n"),
        ];
        let r = Records {
            cases: vec![],
            gifts: gs.iter().collect(),
            trainings: vec![],
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["QT08"], (5, 5));
        for code in ["QT08a", "QT08b", "QT08c", "QT08d", "QT08e"] {
            assert_eq!(q1[code], (1, 1), "{code}");
        }
        let q2 = figures(&r, "2026-Q2");
        assert_eq!((q2["QT08"], q2["QT08a"]), ((1, 6), (1, 2)));
        for q in [&q1, &q2] {
            let parts = sum_of(q, &["QT08a", "QT08b", "QT08c", "QT08d", "QT08e"]);
            assert_eq!(parts, q["QT08"]);
        }
    }

    #[test]
    fn asset_control_counts_sessions_and_in_depth_training_counts_courses() {
        let mut ts = [
            training(1, "VP", "2026-01-05", 2, "asset_declaration, coi"),
            training(2, "VP", "2026-01-06", 3, "coi"),
            training(3, "VP", "2026-01-07", 4, "gifts"),
        ];
        ts[1].audience = Some(crate::model::vocab::Audience::Specialists);
        ts[2].audience = Some(crate::model::vocab::Audience::Officials);
        let r = Records {
            cases: vec![],
            gifts: vec![],
            trainings: ts.iter().collect(),
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["TT06"], (2, 2));
        // One course of three days (three sessions) is one «lớp».
        assert_eq!(q1["TT07"], (1, 1));
        assert_eq!(q1["TT01"], (9, 9));
    }

    fn inspection(id: u32, start: &str, units: &str, extra: &str) -> Inspection {
        serde_yaml::from_str(&format!(
            "id: KT-2026-{id:03}\nunit: VP\ninspected_units: [{units}]\nkind: scheduled\nsubject: x\nstart_on: {start}\n{extra}"
        ))
        .unwrap()
    }

    #[test]
    fn inspections_count_when_they_start_and_what_they_found_when_concluded() {
        let ks = [
            // Started in Q1, concluded in Q2.
            inspection(
                1,
                "2026-03-02",
                "VP, QLDN",
                "violations: 3\ncorrected: 2\nconcluded_on: 2026-03-20\n",
            ),
            // Started and concluded in Q1.
            inspection(
                2,
                "2026-01-05",
                "QLDN",
                "violations: 1\ncorrected: 1\nconcluded_on: 2026-01-30\n",
            ),
            // Not concluded: found nothing yet.
            inspection(3, "2026-02-01", "VP", "violations: 4\n"),
            // Started before the year.
            inspection(4, "2025-12-14", "VP", ""),
        ];
        let cs = [
            case(
                1,
                "source: inspection\nknown_on: 2026-03-05\ninspection: KT-2026-001\n",
            ),
            case(2, "source: self_report\nknown_on: 2026-03-05\n"),
        ];
        let r = Records {
            cases: cs.iter().collect(),
            gifts: vec![],
            trainings: vec![],
            inspections: ks.iter().collect(),
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["KT01"], (3, 3));
        assert_eq!(q1["KT02"], (4, 4));
        assert_eq!(q1["KT03"], q1["XD01d"]);
        assert_eq!(q1["KT03"], (1, 1));
        assert_eq!(q1["KT04"], (1, 1));
        assert_eq!(q1["KT05"], (1, 1));
        let q2 = figures(&r, "2026-Q2");
        assert_eq!(q2["KT01"], (0, 3));
        assert_eq!(q2["KT04"], (3, 4));
        assert_eq!(q2["KT05"], (2, 3));
    }

    /// The figures of a period from `from` to `to` (ISO dates).
    fn figures_between(r: &Records, from: &str, to: &str) -> HashMap<&'static str, (u64, u64)> {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let p = Period::custom(day(from), day(to), 15).unwrap();
        compute(r, &config(), Calendar::shipped(), p)
            .figures
            .iter()
            .map(|f| (f.indicator.code, (f.period, f.year_to_date)))
            .collect()
    }

    /// A gift received on Tuesday 10/02/2026 is due on 24/02 (Tết keeps 16–20/02 off): still
    /// held at a period's end, it is late only once that end is past 24/02.
    #[test]
    fn a_gift_still_held_past_its_limit_at_the_end_is_late_across_tet() {
        let gs = [gift(1, "")];
        let r = Records {
            cases: vec![],
            gifts: gs.iter().collect(),
            trainings: vec![],
            inspections: vec![],
        };
        for (to, late) in [("2026-02-23", 0), ("2026-02-24", 0), ("2026-02-25", 1)] {
            let f = figures_between(&r, "2026-02-01", to);
            assert_eq!(f["QT05"], (late, late), "{to}");
            assert_eq!(f["QT07"], (1, 1), "{to}");
        }
        // Handed over on the day, or the day after: late only the day after, and counted once.
        for (on, late) in [("2026-02-24", 0), ("2026-02-25", 1)] {
            let gs = [gift(1, &format!("handed_over_on: {on}\n"))];
            let r = Records {
                cases: vec![],
                gifts: gs.iter().collect(),
                trainings: vec![],
                inspections: vec![],
            };
            assert_eq!(figures(&r, "2026-Q1")["QT05"], (late, late), "{on}");
        }
    }

    /// A gift received by the agency itself has no time limit for its hand-over (Decree 59
    /// Art. 26(1)): never late, however long it is held; it is still held stock.
    #[test]
    fn an_agency_gift_is_never_late() {
        let gs = [
            gift(1, "recipient_type: agency\n"),
            gift(2, "recipient_type: agency\nhanded_over_on: 2026-03-13\n"),
        ];
        let r = Records {
            cases: vec![],
            gifts: gs.iter().collect(),
            trainings: vec![],
            inspections: vec![],
        };
        let q1 = figures(&r, "2026-Q1");
        assert_eq!(q1["QT05"], (0, 0));
        assert_eq!(q1["QT02"], (1, 1));
        assert_eq!(q1["QT07"], (1, 1));
        assert_eq!(figures(&r, "2026")["QT05"], (0, 0));
    }

    /// The audit's case: a service reported but not yet declined is held at the period's end
    /// (QT07); it is never handed over, so never in QT02, QT03 or QT05, however long it waits.
    #[test]
    fn a_service_only_reported_counts_in_qt07_and_never_as_handed_over() {
        let mut service = gift(1, "reported_on: 2026-02-11\n");
        service.kind = serde_yaml::from_str("service").unwrap();
        let mut declined = gift(
            2,
            "reported_on: 2026-02-11\nhandling: {outcome: service_declined, decided_on: 2026-04-01}\n",
        );
        declined.kind = serde_yaml::from_str("service").unwrap();
        let gs = [service, declined];
        let r = Records {
            cases: vec![],
            gifts: gs.iter().collect(),
            trainings: vec![],
            inspections: vec![],
        };
        for period in ["2026-Q1", "2026-Q2", "2026"] {
            let f = figures(&r, period);
            for code in ["QT02", "QT03", "QT05"] {
                assert_eq!(f[code], (0, 0), "{period} {code}");
            }
        }
        // Both are held at the end of Q1; the second is declined in Q2.
        assert_eq!(figures(&r, "2026-Q1")["QT07"], (2, 2));
        assert_eq!(figures(&r, "2026-Q2")["QT07"], (1, 1));
        assert_eq!(figures(&r, "2026-Q2")["QT08c"], (1, 1));
    }

    /// A case received on Tuesday 28/04/2026 is due on 07/05 (30/04 and 01/05 are days off):
    /// still undecided at a period's end, it counts in XD06 once that end is past 07/05.
    #[test]
    fn a_case_still_undecided_past_its_limit_at_the_end_counts_in_xd06_across_30_4() {
        let cs = [case(
            1,
            "source: self_report\nknown_on: 2026-04-27\nreceived_on: 2026-04-28\n",
        )];
        let r = Records {
            cases: cs.iter().collect(),
            gifts: vec![],
            trainings: vec![],
            inspections: vec![],
        };
        for (to, late) in [("2026-05-06", 0), ("2026-05-07", 0), ("2026-05-08", 1)] {
            assert_eq!(
                figures_between(&r, "2026-04-01", to)["XD06"],
                (late, late),
                "{to}"
            );
        }
        // Decided on the day or the day after: late only the day after, counted once.
        for (on, late) in [("2026-05-07", 0), ("2026-05-08", 1)] {
            let cs = [case(
                1,
                &format!(
                    "source: self_report\nknown_on: 2026-04-27\nreceived_on: 2026-04-28\nmeasures:\n- {{kind: supervision, decided_on: {on}}}\n"
                ),
            )];
            let r = Records {
                cases: cs.iter().collect(),
                gifts: vec![],
                trainings: vec![],
                inspections: vec![],
            };
            assert_eq!(figures(&r, "2026-Q2")["XD06"], (late, late), "{on}");
            assert_eq!(figures(&r, "2026")["XD06"], (late, late), "{on}");
        }
    }

    /// XD06 says «quyết định biện pháp quá 05 ngày»: a finding of no conflict made late is not a
    /// measure decided late, and is not counted there.
    #[test]
    fn a_late_finding_of_no_conflict_is_not_a_measure_decided_late() {
        let known = "source: self_report\nknown_on: 2026-04-27\nreceived_on: 2026-04-28\n";
        let cs = [
            case(1, &format!("{known}no_conflict_on: 2026-05-12\n")),
            case(
                2,
                &format!("{known}measures:\n- {{kind: supervision, decided_on: 2026-05-12}}\n"),
            ),
        ];
        let r = Records {
            cases: cs.iter().collect(),
            gifts: vec![],
            trainings: vec![],
            inspections: vec![],
        };
        assert_eq!(figures(&r, "2026-Q2")["XD06"], (1, 1));
        assert_eq!(figures(&r, "2026-Q2")["XD03"], (1, 1));
    }
}
