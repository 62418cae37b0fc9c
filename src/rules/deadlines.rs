//! The time limits of Decree 59/2019, as data, and the deadlines they give each record.

use chrono::NaiveDate;

use super::calendar::Calendar;
use crate::i18n::Label;
use crate::model::case::Measure;
use crate::model::vocab::{CaseOutcome, GiftKind, HandlingOutcome, MeasureKind, RecipientType};
use crate::model::{Case, Gift};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    WorkingDays(u32),
    Days(u32),
}

/// A time limit the law sets for one step.
#[derive(Debug, PartialEq, Eq)]
pub struct Limit {
    pub what: Label,
    pub basis: Label,
    pub span: Span,
    /// Whether the step is still owed once its record is closed: closing a case does not send
    /// the written notice of a decision, so a notice never sent stays a missed step.
    pub owed_after_closing: bool,
}

const fn limit(what: Label, basis: Label, span: Span) -> Limit {
    Limit {
        what,
        basis,
        span,
        owed_after_closing: false,
    }
}

impl Limit {
    const fn owed_after_closing(self) -> Limit {
        Limit {
            owed_after_closing: true,
            ..self
        }
    }
}

pub const CASE_REPORT: Limit = limit(
    Label::new(
        "Báo cáo bằng văn bản về xung đột lợi ích",
        "Written report of the conflict",
    ),
    Label::new("Điều 30 Nghị định 59/2019", "Decree 59/2019 Art. 30"),
    Span::WorkingDays(5),
);
pub const CASE_DECISION: Limit = limit(
    Label::new(
        "Thủ trưởng quyết định biện pháp kiểm soát",
        "Head's decision on a measure",
    ),
    Label::new("Điều 31 Nghị định 59/2019", "Decree 59/2019 Art. 31"),
    Span::WorkingDays(5),
);
pub const CASE_NOTICE: Limit = limit(
    Label::new(
        "Thông báo bằng văn bản về quyết định",
        "Written notice of the decision",
    ),
    Label::new("Điều 31 Nghị định 59/2019", "Decree 59/2019 Art. 31"),
    Span::WorkingDays(5),
)
.owed_after_closing();
pub const TEMPORARY_MEASURE: Limit = limit(
    Label::new(
        "Hết thời hạn tạm đình chỉ, tạm chuyển vị trí (90 ngày)",
        "End of a temporary suspension or transfer (90 days)",
    ),
    Label::new("Điều 47 Nghị định 59/2019", "Decree 59/2019 Art. 47"),
    Span::Days(90),
);
/// Cancelling a temporary suspension or transfer, once its term is over or once the person is
/// found not to have broken the law (the measure's `ended_on`).
pub const MEASURE_CANCELLATION: Limit = limit(
    Label::new(
        "Quyết định hủy bỏ quyết định tạm đình chỉ, tạm chuyển vị trí",
        "Decision cancelling the temporary suspension or transfer",
    ),
    Label::new("Điều 48 Nghị định 59/2019", "Decree 59/2019 Art. 48"),
    Span::WorkingDays(5),
)
.owed_after_closing();
/// Making that cancellation public, at a meeting of the unit or by posting it for 15 days.
pub const CANCELLATION_PUBLICATION: Limit = limit(
    Label::new(
        "Công khai quyết định hủy bỏ (họp hoặc niêm yết)",
        "Make the cancellation public (meeting or posting)",
    ),
    Label::new("Điều 49 Nghị định 59/2019", "Decree 59/2019 Art. 49"),
    Span::WorkingDays(5),
)
.owed_after_closing();
/// A suspension (đình chỉ) is decided within 05 days, calendar days, of its clear grounds.
pub const SUSPENSION_DECISION: Limit = limit(
    Label::new(
        "Quyết định đình chỉ công tác (05 ngày)",
        "Decide the suspension (5 days)",
    ),
    Label::new("Điều 34 Nghị định 59/2019", "Decree 59/2019 Art. 34"),
    Span::Days(5),
);
pub const GIFT_HANDOVER: Limit = limit(
    Label::new("Nộp lại quà tặng", "Hand the gift over"),
    Label::new("Điều 26 Nghị định 59/2019", "Decree 59/2019 Art. 26"),
    Span::WorkingDays(5),
)
.owed_after_closing();
pub const GIFT_REPORT: Limit = limit(
    Label::new(
        "Báo cáo bằng văn bản về quà tặng là dịch vụ",
        "Written report of a gift of services",
    ),
    Label::new("Điều 26 Nghị định 59/2019", "Decree 59/2019 Art. 26"),
    Span::WorkingDays(5),
)
.owed_after_closing();
pub const GIFT_GIVER_NOTICE: Limit = limit(
    Label::new(
        "Thông báo cho cơ quan quản lý người tặng quà",
        "Notify the giver's managing body",
    ),
    Label::new("Điều 27 Nghị định 59/2019", "Decree 59/2019 Art. 27"),
    Span::WorkingDays(5),
)
.owed_after_closing();
pub const GIFT_BUDGET: Limit = limit(
    Label::new(
        "Nộp tiền bán quà vào ngân sách nhà nước",
        "Pay the sale proceeds into the state budget",
    ),
    Label::new("Điều 27 Nghị định 59/2019", "Decree 59/2019 Art. 27"),
    Span::Days(30),
)
.owed_after_closing();

/// One deadline of one record: the step, when it was due and when it was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub limit: &'static Limit,
    /// The field that records the step (`reported_on`, `measures[0].ended_on`…).
    pub field: String,
    pub due: NaiveDate,
    pub done: Option<NaiveDate>,
}

impl Deadline {
    fn new(
        limit: &'static Limit,
        field: impl Into<String>,
        start: NaiveDate,
        done: Option<NaiveDate>,
        cal: &Calendar,
    ) -> Deadline {
        let due = match limit.span {
            Span::WorkingDays(n) => cal.add_working_days(start, n),
            Span::Days(n) => cal.add_days(start, n),
        };
        Deadline {
            limit,
            field: field.into(),
            due,
            done,
        }
    }

    /// How late the step was done, in the unit of its limit (0 when on time or not done).
    pub fn lateness(&self, cal: &Calendar) -> u32 {
        let Some(done) = self.done else { return 0 };
        match self.limit.span {
            Span::WorkingDays(_) => cal.working_days_between(self.due, done),
            Span::Days(_) => (done - self.due).num_days().max(0) as u32,
        }
    }
}

/// Where a step stands against its time limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Done within the limit.
    Done,
    /// Done after the limit.
    Late,
    /// Not done yet, and the record is still open (it may be past due: `due` says by how much).
    Open,
    /// Not done, and the record is closed: the step was passed over.
    Missed,
}

impl State {
    /// The word scripts read (`--format json`).
    pub fn code(self) -> &'static str {
        match self {
            State::Done => "done",
            State::Late => "late",
            State::Open => "open",
            State::Missed => "missed",
        }
    }

    pub fn label(self) -> Label {
        match self {
            State::Done => Label::new("đã làm đúng hạn", "done"),
            State::Late => Label::new("làm chậm", "done late"),
            State::Open => Label::new("chưa làm", "open"),
            State::Missed => Label::new("bỏ sót", "missed"),
        }
    }
}

impl Deadline {
    /// Where the step stands, for a record that is still open or not.
    pub fn state(&self, cal: &Calendar, record_open: bool) -> State {
        match (self.done, record_open) {
            (Some(_), _) if self.lateness(cal) > 0 => State::Late,
            (Some(_), _) => State::Done,
            (None, true) => State::Open,
            (None, false) => State::Missed,
        }
    }
}

/// The first decision on a case: a measure, or the finding that there is no conflict.
pub fn first_decision(c: &Case) -> Option<NaiveDate> {
    c.measures
        .iter()
        .map(|m| m.decided_on)
        .chain(c.no_conflict_on)
        .min()
}

/// The day the head received the report: where the time to decide starts (Decree 59/2019
/// Art. 31), and where the grounds of a measure are clear. Without a record of its receipt,
/// the day it was reported, else the day the conflict was known.
pub fn grounds_on(c: &Case) -> NaiveDate {
    c.received_on.or(c.reported_on).unwrap_or(c.known_on)
}

/// Whether a case was closed as a conflict ended or a violation handled with no decision on
/// record (no measure, no finding of no conflict): an error, and a decision still owed.
pub fn closed_undecided(c: &Case) -> bool {
    c.closed
        .as_ref()
        .is_some_and(|x| x.outcome != CaseOutcome::NoConflict)
        && first_decision(c).is_none()
}

/// The deadline of the head's first decision on a case ([`CASE_DECISION`]), counted from the
/// day the report was received.
pub fn case_decision(c: &Case, cal: &Calendar) -> Deadline {
    Deadline::new(
        &CASE_DECISION,
        "measures",
        grounds_on(c),
        first_decision(c),
        cal,
    )
}

/// The last day a temporary suspension or transfer may run: 90 days counted from the day of
/// its decision, not from the day it starts (Decree 59/2019 Art. 47), moved to the next
/// working day when it falls on a day off (Civil Code 2015 Art. 148).
pub fn temporary_term_end(m: &Measure, cal: &Calendar) -> NaiveDate {
    cal.add_days(m.decided_on, 90)
}

/// The day a temporary measure's cancellation becomes due from (Art. 48): the end of its term,
/// or the earlier day it was ended (the conclusion that the person broke no law).
fn cancellation_from(m: &Measure, cal: &Calendar) -> NaiveDate {
    let term = temporary_term_end(m, cal);
    m.ended_on.map_or(term, |ended| ended.min(term))
}

/// Whether the law asks a temporary measure to be cancelled: not when, within its term, the
/// case was closed with a violation handled (Art. 48 asks it only when no violation is found,
/// or when the term ends without a conclusion).
fn cancellation_owed(c: &Case, m: &Measure, cal: &Calendar) -> bool {
    let violation_within_term = (c.closed.as_ref()).is_some_and(|x| {
        x.outcome == CaseOutcome::ViolationHandled && x.on <= temporary_term_end(m, cal)
    });
    m.cancelled_on.is_some() || !violation_within_term
}

/// The steps of a measure: a suspension decided within 05 days (Art. 34(2)); for a temporary
/// suspension or transfer, its end within 90 days of the decision (Art. 47), its cancellation
/// (Art. 48) and the publication of the cancellation (Art. 49).
pub fn measure(c: &Case, i: usize, m: &Measure, cal: &Calendar) -> Vec<Deadline> {
    let at = |f: &str| format!("measures[{i}].{f}");
    let mut out = Vec::new();
    if m.kind == MeasureKind::Suspension {
        // The grounds are clear once the head has the report: the day the decision on the case
        // is counted from (see `case_decision`).
        out.push(Deadline::new(
            &SUSPENSION_DECISION,
            at("decided_on"),
            grounds_on(c),
            Some(m.decided_on),
            cal,
        ));
    }
    if !m.is_temporary() {
        return out;
    }
    out.push(Deadline {
        limit: &TEMPORARY_MEASURE,
        field: at("ended_on"),
        due: temporary_term_end(m, cal),
        done: m.ended_on,
    });
    // Due 5 working days after the term, or after the measure ended early; shown from the
    // decision on, like the end of the term itself.
    if cancellation_owed(c, m, cal) {
        out.push(Deadline::new(
            &MEASURE_CANCELLATION,
            at("cancelled_on"),
            cancellation_from(m, cal),
            m.cancelled_on,
            cal,
        ));
    }
    if let Some(cancelled) = m.cancelled_on {
        out.push(Deadline::new(
            &CANCELLATION_PUBLICATION,
            at("published_on"),
            cancelled,
            m.published_on,
            cal,
        ));
    }
    out
}

pub fn case(c: &Case, cal: &Calendar) -> Vec<Deadline> {
    let mut out = vec![Deadline::new(
        &CASE_REPORT,
        "reported_on",
        c.known_on,
        c.reported_on,
        cal,
    )];
    let decision = case_decision(c, cal);
    let decided = decision.done;
    out.push(decision);
    if let Some(decided) = decided {
        out.push(Deadline::new(
            &CASE_NOTICE,
            "notified_on",
            decided,
            c.notified_on,
            cal,
        ));
    }
    for (i, m) in c.measures.iter().enumerate() {
        out.extend(measure(c, i, m, cal));
    }
    out
}

/// The day the first step of a gift was done: handed over, or for a service (which is never
/// handed over, Art. 27(3)) reported, or declined.
pub fn gift_surrendered(g: &Gift) -> Option<NaiveDate> {
    if g.kind == GiftKind::Service {
        g.reported_on.or(g.handling.as_ref().map(|h| h.decided_on))
    } else {
        g.handed_over_on
    }
}

/// The deadline of a gift's first step: a person hands it over, or for a service reports it in
/// writing (declining the service completes it), within 5 working days (Art. 26(2)). Done on
/// [`gift_surrendered`]. A gift received by the agency itself (Art. 26(1)) has no time limit
/// for its hand-over: none, so that it is never late.
pub fn gift_first(g: &Gift, cal: &Calendar) -> Option<Deadline> {
    if g.recipient_type() == RecipientType::Agency {
        return None;
    }
    let done = gift_surrendered(g);
    Some(if g.kind == GiftKind::Service {
        Deadline::new(&GIFT_REPORT, "reported_on", g.received_on, done, cal)
    } else {
        Deadline::new(&GIFT_HANDOVER, "handed_over_on", g.received_on, done, cal)
    })
}

pub fn gift(g: &Gift, cal: &Calendar) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = gift_first(g, cal).into_iter().collect();
    if let Some(h) = &g.handling {
        out.push(Deadline::new(
            &GIFT_GIVER_NOTICE,
            "giver_notified_on",
            h.decided_on,
            g.giver_notified_on,
            cal,
        ));
        if let (HandlingOutcome::PublicSale, Some(sold)) = (h.outcome, h.sold_on) {
            out.push(Deadline::new(
                &GIFT_BUDGET,
                "handling.paid_to_budget_on",
                sold,
                h.paid_to_budget_on,
                cal,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn gift_received(on: &str) -> Gift {
        serde_yaml::from_str(&format!(
            "id: QT-2026-001\nunit: VP\nrecipient: {{name: A}}\nreceived_on: {on}\ngiver: {{name: B}}\nkind: goods\ndescription: x\nvalue_vnd: 1\n"
        ))
        .unwrap()
    }

    #[test]
    fn a_step_is_done_late_open_or_missed() {
        let cal = Calendar::shipped();
        let mut g = gift_received("2026-02-10");
        let first = |g: &Gift| gift_first(g, cal).unwrap();
        assert_eq!(first(&g).state(cal, true), State::Open);
        assert_eq!(first(&g).state(cal, false), State::Missed);
        g.handed_over_on = Some(d("2026-02-24"));
        assert_eq!(first(&g).state(cal, true), State::Done);
        g.handed_over_on = Some(d("2026-02-25"));
        assert_eq!(first(&g).state(cal, false), State::Late);
    }

    #[test]
    fn a_gift_must_be_handed_over_within_five_working_days() {
        let cal = Calendar::shipped();
        let g = gift_received("2026-02-10");
        let due = &gift(&g, cal)[0];
        assert_eq!(due.limit, &GIFT_HANDOVER);
        assert_eq!(due.due, d("2026-02-24"));
        assert_eq!(due.done, None);
    }

    #[test]
    fn public_sale_proceeds_are_due_thirty_days_after_the_sale() {
        let cal = Calendar::shipped();
        let mut g = gift_received("2026-02-10");
        g.handed_over_on = Some(d("2026-02-26"));
        g.handling = serde_yaml::from_str("{outcome: public_sale, decided_on: 2026-03-02, sold_on: 2026-03-20, paid_to_budget_on: 2026-04-21}").unwrap();
        let all = gift(&g, cal);
        assert_eq!(all[0].lateness(cal), 2);
        assert_eq!(all[1].limit, &GIFT_GIVER_NOTICE);
        assert_eq!(all[1].due, d("2026-03-09"));
        // The 30th day, 19/04/2026, is a Sunday: the term ends on Monday 20/04.
        assert_eq!(all[2].due, d("2026-04-20"));
        assert_eq!(all[2].lateness(cal), 1);
    }

    #[test]
    fn case_deadlines_follow_each_step() {
        let cal = Calendar::shipped();
        let c: Case = serde_yaml::from_str(
            "id: XDLI-2026-001\nunit: VP\nperson: {name: A}\nsituation_type: art29_8\nsituation: x\nsource: self_report\n\
             known_on: 2026-04-24\nreported_on: 2026-04-28\nmeasures:\n- {kind: temporary_suspension, decided_on: 2026-05-08, from: 2026-05-11}\n",
        )
        .unwrap();
        let all = case(&c, cal);
        let dues: Vec<(&str, NaiveDate, Option<NaiveDate>)> = all
            .iter()
            .map(|x| (x.field.as_str(), x.due, x.done))
            .collect();
        assert_eq!(
            dues,
            vec![
                ("reported_on", d("2026-05-06"), Some(d("2026-04-28"))),
                // Received 28/04: 29, 04, 05, 06, 07/05.
                ("measures", d("2026-05-07"), Some(d("2026-05-08"))),
                ("notified_on", d("2026-05-15"), None),
                // 90 days from the decision of 08/05, not from its start on 11/05.
                ("measures[0].ended_on", d("2026-08-06"), None),
                ("measures[0].cancelled_on", d("2026-08-13"), None),
            ]
        );
        assert_eq!(all[1].lateness(cal), 1);
    }

    fn case_with(measures: &str) -> Case {
        serde_yaml::from_str(&format!(
            "id: XDLI-2026-001\nunit: VP\nperson: {{name: A}}\nsituation_type: art29_8\nsituation: x\n\
             source: self_report\nknown_on: 2025-11-03\nmeasures:\n{measures}"
        ))
        .unwrap()
    }

    /// The state of the one step of a case's first measure recorded in `field`.
    fn step(c: &Case, field: &str) -> Deadline {
        let cal = Calendar::shipped();
        (case(c, cal).into_iter())
            .find(|x| x.field == field)
            .unwrap_or_else(|| panic!("no step {field}"))
    }

    #[test]
    fn a_temporary_measure_ends_90_days_after_its_decision_not_its_start() {
        let cal = Calendar::shipped();
        // 18/11/2025 + 90 days is Monday 16/02/2026, in Tết (16–20/02), then a weekend: the
        // term ends on Monday 23/02/2026, whatever day the measure started.
        let c =
            case_with("- {kind: temporary_suspension, decided_on: 2025-11-18, from: 2025-11-24}\n");
        assert_eq!(temporary_term_end(&c.measures[0], cal), d("2026-02-23"));
        // 30/01/2026 + 90 days is 30/04/2026, a day off, then 01/05 and a weekend: 04/05.
        let c = case_with("- {kind: temporary_transfer, decided_on: 2026-01-30}\n");
        assert_eq!(temporary_term_end(&c.measures[0], cal), d("2026-05-04"));
        for (ended, state) in [
            ("2026-05-03", State::Done),
            ("2026-05-04", State::Done),
            ("2026-05-05", State::Late),
        ] {
            let c = case_with(&format!(
                "- {{kind: temporary_transfer, decided_on: 2026-01-30, from: 2026-02-02, ended_on: {ended}}}\n"
            ));
            let ended_step = step(&c, "measures[0].ended_on");
            assert_eq!(ended_step.limit, &TEMPORARY_MEASURE);
            assert_eq!(ended_step.state(cal, true), state, "{ended}");
        }
    }

    #[test]
    fn the_cancellation_is_due_five_working_days_after_the_term_or_the_early_end() {
        let cal = Calendar::shipped();
        // Decided 13/11/2025: the term ends on Wednesday 11/02/2026; five working days after,
        // across Tết: 12, 13, 23, 24, 25/02.
        for (cancelled, state) in [
            ("2026-02-24", State::Done),
            ("2026-02-25", State::Done),
            ("2026-02-26", State::Late),
        ] {
            let c = case_with(&format!(
                "- {{kind: temporary_suspension, decided_on: 2025-11-13, ended_on: 2026-02-11, cancelled_on: {cancelled}}}\n"
            ));
            let cancel = step(&c, "measures[0].cancelled_on");
            assert_eq!(cancel.limit, &MEASURE_CANCELLATION);
            assert_eq!(cancel.due, d("2026-02-25"));
            assert_eq!(cancel.state(cal, true), state, "{cancelled}");
        }
        // Ended early on Friday 24/04/2026, the person found to have broken no law: 28, 29/04,
        // 04, 05, 06/05 (27/04, 30/04 and 01/05 are days off).
        let c = case_with(
            "- {kind: temporary_transfer, decided_on: 2026-03-02, ended_on: 2026-04-24}\n",
        );
        let cancel = step(&c, "measures[0].cancelled_on");
        assert_eq!(cancel.due, d("2026-05-06"));
        assert_eq!(cancel.state(cal, true), State::Open);
        assert_eq!(cancel.state(cal, false), State::Missed);
    }

    #[test]
    fn no_cancellation_is_owed_when_a_violation_was_concluded_within_the_term() {
        let cal = Calendar::shipped();
        let mut c = case_with(
            "- {kind: temporary_transfer, decided_on: 2026-03-13, ended_on: 2026-05-15}\n",
        );
        c.closed = serde_yaml::from_str(
            "{'on': 2026-05-15, outcome: violation_handled, discipline: reprimand}",
        )
        .unwrap();
        let fields: Vec<String> = case(&c, cal).into_iter().map(|x| x.field).collect();
        assert!(
            !fields.iter().any(|f| f.contains("cancelled_on")),
            "{fields:?}"
        );
        // Concluded only after the term ended without a conclusion: it is owed all the same.
        c.closed.as_mut().unwrap().on = d("2026-06-12");
        c.measures[0].ended_on = Some(d("2026-06-11"));
        assert_eq!(step(&c, "measures[0].cancelled_on").due, d("2026-06-18"));
    }

    #[test]
    fn the_cancellation_is_made_public_within_five_working_days() {
        let cal = Calendar::shipped();
        // Cancelled Tuesday 28/04/2026: 29/04, 04, 05, 06, 07/05.
        for (published, state) in [
            ("2026-05-06", State::Done),
            ("2026-05-07", State::Done),
            ("2026-05-08", State::Late),
        ] {
            let c = case_with(&format!(
                "- {{kind: temporary_suspension, decided_on: 2026-02-02, ended_on: 2026-04-24, cancelled_on: 2026-04-28, published_on: {published}, publication: meeting}}\n"
            ));
            let publish = step(&c, "measures[0].published_on");
            assert_eq!(publish.limit, &CANCELLATION_PUBLICATION);
            assert_eq!(publish.due, d("2026-05-07"));
            assert_eq!(publish.state(cal, true), state, "{published}");
        }
        // Not cancelled yet: nothing to publish yet.
        let c = case_with("- {kind: temporary_suspension, decided_on: 2026-02-02}\n");
        assert!(
            case(&c, cal)
                .iter()
                .all(|x| x.limit != &CANCELLATION_PUBLICATION)
        );
    }

    #[test]
    fn a_suspension_is_decided_within_five_calendar_days_of_the_report() {
        let cal = Calendar::shipped();
        // Received Saturday 25/04/2026: the 5th day, 30/04, is a day off, then 01/05 and a
        // weekend: the term ends on Monday 04/05.
        for (decided, state) in [
            ("2026-05-03", State::Done),
            ("2026-05-04", State::Done),
            ("2026-05-05", State::Late),
        ] {
            let mut c = case_with(&format!("- {{kind: suspension, decided_on: {decided}}}\n"));
            c.received_on = Some(d("2026-04-25"));
            let decision = step(&c, "measures[0].decided_on");
            assert_eq!(decision.limit, &SUSPENSION_DECISION);
            assert_eq!(decision.due, d("2026-05-04"));
            assert_eq!(decision.state(cal, true), state, "{decided}");
        }
        // Received 11/02/2026: the 5th day is 16/02, in Tết: the term ends on 23/02.
        let mut c = case_with("- {kind: suspension, decided_on: 2026-02-23}\n");
        c.received_on = Some(d("2026-02-11"));
        assert_eq!(step(&c, "measures[0].decided_on").due, d("2026-02-23"));
        // No such step for the other measures.
        let c = case_with("- {kind: supervision, decided_on: 2026-02-23}\n");
        assert!(
            case(&c, cal)
                .iter()
                .all(|x| x.limit != &SUSPENSION_DECISION)
        );
    }

    #[test]
    fn an_agency_gift_has_no_hand_over_limit_but_its_handling_has_limits() {
        let cal = Calendar::shipped();
        let mut g = gift_received("2026-02-10");
        g.recipient_type = Some(RecipientType::Agency);
        assert_eq!(gift_first(&g, cal), None);
        assert!(gift(&g, cal).is_empty());
        g.handed_over_on = Some(d("2026-03-30"));
        g.handling =
            serde_yaml::from_str("{outcome: public_sale, decided_on: 2026-04-01}").unwrap();
        let all = gift(&g, cal);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].limit, &GIFT_GIVER_NOTICE);
    }

    #[test]
    fn a_service_is_done_when_reported_never_when_handed_over() {
        let cal = Calendar::shipped();
        let mut g = gift_received("2026-02-10");
        g.kind = GiftKind::Service;
        g.handed_over_on = Some(d("2026-02-11"));
        let first = gift_first(&g, cal).unwrap();
        assert_eq!((first.limit, first.done), (&GIFT_REPORT, None));
        g.reported_on = Some(d("2026-02-12"));
        assert_eq!(gift_first(&g, cal).unwrap().done, Some(d("2026-02-12")));
    }

    #[test]
    fn a_breach_closed_without_a_decision_still_owes_it() {
        use crate::rules::Rules;
        let cal = Calendar::shipped();
        let case = |extra: &str| -> Case {
            serde_yaml::from_str(&format!(
                "id: XDLI-2026-001\nunit: VP\nperson: {{name: A}}\nsituation_type: art29_8\nsituation: x\nsource: self_report\n\
                 known_on: 2026-03-02\nreported_on: 2026-03-02\nnotified_on: 2026-03-09\n{extra}"
            ))
            .unwrap()
        };
        let owed = |c: &Case| -> Vec<String> {
            c.pending_deadlines(cal)
                .into_iter()
                .map(|d| d.field)
                .collect()
        };
        let undecided = case("closed: {'on': 2026-03-10, outcome: conflict_ended}\n");
        assert!(closed_undecided(&undecided));
        assert_eq!(owed(&undecided), ["measures"]);
        // Closed as no conflict: the closing is the finding; nothing owed.
        let none = case("closed: {'on': 2026-03-10, outcome: no_conflict}\n");
        assert!(!closed_undecided(&none));
        assert!(owed(&none).is_empty());
        let decided = case(
            "measures:\n- {kind: supervision, decided_on: 2026-03-05}\nclosed: {'on': 2026-03-10, outcome: violation_handled}\n",
        );
        assert!(!closed_undecided(&decided));
        assert!(owed(&decided).is_empty());
    }
}
