//! The time limits of Decree 59/2019, as data, and the deadlines they give each record.

use chrono::NaiveDate;

use super::calendar::Calendar;
use crate::i18n::Label;
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
    let received = c.received_on.or(c.reported_on).unwrap_or(c.known_on);
    Deadline::new(&CASE_DECISION, "measures", received, first_decision(c), cal)
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
        if matches!(
            m.kind,
            MeasureKind::TemporarySuspension | MeasureKind::TemporaryTransfer
        ) {
            let start = m.from.unwrap_or(m.decided_on);
            out.push(Deadline::new(
                &TEMPORARY_MEASURE,
                format!("measures[{i}].ended_on"),
                start,
                m.ended_on,
                cal,
            ));
        }
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
                ("measures[0].ended_on", d("2026-08-10"), None),
            ]
        );
        assert_eq!(all[1].lateness(cal), 1);
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
