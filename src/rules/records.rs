//! The rules each kind of record must meet beyond the shape of its fields: dates in the order
//! the procedure runs, the gift handling that Decree 59 Art. 27 allows for each kind of gift,
//! and what the written reports of Arts 26 and 30 state.

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::deadlines;
use crate::i18n::msg;
use crate::i18n::{Label, Lang, Text, join, lower_first};
use crate::model::schema::{Field, Type};
use crate::model::vocab::{
    CaseOutcome, GiftKind, HandlingOutcome, RecipientType, Source, TrainingForm,
};
use crate::model::{
    Case, Gift, Inspection, Kind, PlanAction, Training, case, gift, inspection, show_date, training,
};
use crate::problem::Finding;

/// The handling Decree 59/2019 Art. 27 prescribes for each kind of gift.
pub fn allowed_outcomes(kind: GiftKind) -> &'static [HandlingOutcome] {
    use HandlingOutcome::*;
    match kind {
        GiftKind::Cash | GiftKind::ValuablePapers => &[StateBudget],
        GiftKind::Goods => &[PublicSale],
        GiftKind::Service => &[ServiceDeclined],
        GiftKind::Perishable => &[PerishableHandled, Escalated],
    }
}

/// The label of a field path such as `handling.decided_on` or `measures[2].until`.
pub fn label_of(fields: &'static [Field], path: &str) -> Option<Label> {
    crate::model::schema::field_at(fields, path).map(|f| f.label)
}

/// A warning for each field that the law says a written report states and the record does
/// not hold.
fn unstated(
    fields: &'static [Field],
    stated: &[(&str, bool)],
    basis: Label,
    out: &mut Vec<Finding>,
) {
    for (path, _) in stated.iter().filter(|(_, held)| !held) {
        let label = path_label(fields, path);
        out.push(Finding::warning(*path, msg::report_should_state(label, basis)).code("unstated"));
    }
}

/// The labels along a field path, as `show` joins them: `Người tặng quà › Chức vụ`.
fn path_label(fields: &'static [Field], path: &str) -> Text {
    let mut labels: Vec<Label> = Vec::new();
    let mut fields = fields;
    for name in path.split('.') {
        let field = (fields.iter().find(|f| f.name == name)).expect("a field of the schema");
        labels.push(field.label);
        if let Type::Object(inner) = field.ty {
            fields = inner;
        }
    }
    let joined = |lang| {
        let words: Vec<&str> = labels.iter().map(|l| l.get(lang)).collect();
        words.join(" › ")
    };
    Text::new(joined(Lang::Vi), joined(Lang::En))
}

/// A date that must not come before another, both named by their field path.
struct Dates<'a> {
    fields: &'static [Field],
    out: &'a mut Vec<Finding>,
}

impl Dates<'_> {
    fn not_before(
        &mut self,
        later: &str,
        later_on: Option<NaiveDate>,
        earlier: &str,
        earlier_on: Option<NaiveDate>,
    ) {
        let (Some(l), Some(e)) = (later_on, earlier_on) else {
            return;
        };
        if l >= e {
            return;
        }
        let name = |path: &str| label_of(self.fields, path).unwrap_or(Label::new("?", "?"));
        let (ll, el) = (name(later), name(earlier));
        let earlier_label = crate::i18n::Text::new(lower_first(el.vi), lower_first(el.en));
        let (ld, ed) = (show_date(l), show_date(e));
        self.out.push(Finding::error(
            later,
            msg::date_before(ll, ld, earlier_label, ed, field_in_english(earlier)),
        ));
    }
}

/// A field's name in the file, ` (`handed_over_on`)`, after an English message only: a
/// Vietnamese one names the field by its label.
fn field_in_english(path: &str) -> Text {
    Text::new(String::new(), format!(" (`{path}`)"))
}

pub fn case(c: &Case, out: &mut Vec<Finding>) {
    // What Decree 59/2019 Art. 30 says the written report of a conflict states.
    let stated = [
        ("impact", c.impact.is_some()),
        ("proposed_measure", c.proposed_measure.is_some()),
    ];
    unstated(case::FIELDS, &stated, msg::CASE_REPORT_STATES, out);
    match c.inspection {
        Some(id) if id.kind != Kind::Inspection => out.push(Finding::error(
            "inspection",
            msg::inspection_link_not_an_inspection(id),
        )),
        None if c.source == Source::Inspection => {
            out.push(Finding::warning("inspection", msg::inspection_not_linked()).code("unlinked"))
        }
        _ => {}
    }
    let mut d = Dates {
        fields: case::FIELDS,
        out,
    };
    d.not_before("known_on", Some(c.known_on), "occurred_on", c.occurred_on);
    d.not_before("reported_on", c.reported_on, "known_on", Some(c.known_on));
    d.not_before("received_on", c.received_on, "reported_on", c.reported_on);
    d.not_before("received_on", c.received_on, "known_on", Some(c.known_on));
    d.not_before(
        "no_conflict_on",
        c.no_conflict_on,
        "known_on",
        Some(c.known_on),
    );
    for (i, m) in c.measures.iter().enumerate() {
        let at = |f: &str| format!("measures[{i}].{f}");
        if !m.is_temporary()
            && let Some(field) = [
                ("cancelled_on", m.cancelled_on.is_some()),
                ("cancellation_no", m.cancellation_no.is_some()),
                ("published_on", m.published_on.is_some()),
                ("publication", m.publication.is_some()),
            ]
            .into_iter()
            .find_map(|(f, given)| given.then_some(f))
        {
            d.out.push(Finding::error(
                at(field),
                msg::cancellation_of_a_lasting_measure(m.kind.term()),
            ));
        }
        if m.published_on.is_some() && m.cancelled_on.is_none() {
            d.out.push(Finding::error(
                at("published_on"),
                msg::published_not_cancelled(),
            ));
        }
        if m.published_on.is_some() && m.publication.is_none() {
            d.out.push(
                Finding::warning(at("publication"), msg::publication_form_unstated())
                    .code("unstated"),
            );
        }
        d.not_before(
            &at("decided_on"),
            Some(m.decided_on),
            "known_on",
            Some(c.known_on),
        );
        d.not_before(&at("until"), m.until, &at("from"), m.from);
        d.not_before(&at("ended_on"), m.ended_on, &at("from"), m.from);
        d.not_before(
            &at("ended_on"),
            m.ended_on,
            &at("decided_on"),
            Some(m.decided_on),
        );
        d.not_before(
            &at("cancelled_on"),
            m.cancelled_on,
            &at("decided_on"),
            Some(m.decided_on),
        );
        d.not_before(
            &at("published_on"),
            m.published_on,
            &at("cancelled_on"),
            m.cancelled_on,
        );
    }
    let first_decision = c
        .measures
        .iter()
        .map(|m| m.decided_on)
        .chain(c.no_conflict_on)
        .min();
    if let Some(on) = c.notified_on {
        match first_decision {
            Some(_) => d.not_before(
                "notified_on",
                Some(on),
                "measures[0].decided_on",
                first_decision,
            ),
            None => d.out.push(Finding::error(
                "notified_on",
                msg::notice_without_decision(),
            )),
        }
    }
    if let Some(closed) = &c.closed {
        d.not_before("closed.on", Some(closed.on), "known_on", Some(c.known_on));
        for (i, m) in c.measures.iter().enumerate() {
            d.not_before(
                "closed.on",
                Some(closed.on),
                &format!("measures[{i}].decided_on"),
                Some(m.decided_on),
            );
            // A measure that takes the person off their task ends by a decision on record.
            if m.awaits_its_end() {
                d.out.push(
                    Finding::error(
                        format!("measures[{i}].ended_on"),
                        msg::closed_with_measure_running(),
                    )
                    .code("measure-running"),
                );
            }
        }
        // A breach is never closed without the head's decision (Decree 59 Art. 31).
        if closed.outcome != CaseOutcome::NoConflict && first_decision.is_none() {
            let shown = closed.outcome.term();
            let shown = Text::new(lower_first(shown.vi), lower_first(shown.en));
            d.out.push(
                Finding::error("closed.outcome", msg::closed_without_decision(shown))
                    .code("closed-undecided"),
            );
        }
        if closed.outcome == CaseOutcome::NoConflict && !c.measures.is_empty() {
            d.out.push(Finding::warning(
                "closed.outcome",
                msg::closed_no_conflict_with_measures(),
            ));
        }
        if closed.outcome == CaseOutcome::NoConflict
            && c.measures.is_empty()
            && c.no_conflict_on.is_none()
        {
            d.out.push(
                Finding::warning("no_conflict_on", msg::closed_no_conflict_undated())
                    .code("unstated"),
            );
        }
    }
    if c.no_conflict_on.is_some() && !c.measures.is_empty() {
        d.out.push(Finding::warning(
            "no_conflict_on",
            msg::no_conflict_with_measures(),
        ));
    }
    no_history(c.history.is_empty(), d.out);
}

/// The rules of a case that need the calendar: a temporary suspension or transfer may not run
/// past 90 days from its decision, a term that ends on a day off ending on the next working day
/// (Decree 59/2019 Art. 47; Civil Code 2015 Art. 148).
pub fn case_terms(c: &Case, cal: &Calendar, out: &mut Vec<Finding>) {
    for (i, m) in c.measures.iter().enumerate() {
        let Some(until) = m.until.filter(|_| m.is_temporary()) else {
            continue;
        };
        let term = deadlines::temporary_term_end(m, cal);
        if until > term {
            let message =
                msg::until_past_term(show_date(until), show_date(m.decided_on), show_date(term));
            out.push(Finding::error(format!("measures[{i}].until"), message).code("past-term"));
        }
    }
}

pub fn gift(g: &Gift, out: &mut Vec<Finding>) {
    if g.recipient_type() == RecipientType::Individual && g.recipient.is_none() {
        out.push(Finding::error("recipient", msg::recipient_name_missing()));
    }
    // What Decree 59/2019 Art. 26 says the written report of a gift states.
    let stated = [
        ("giver.position", g.giver.position.is_some()),
        ("giver.organization", g.giver.organization.is_some()),
        ("giver.address", g.giver.address.is_some()),
        ("place", g.place.is_some()),
        ("circumstances", g.circumstances.is_some()),
        ("relationship", g.relationship.is_some()),
    ];
    unstated(gift::FIELDS, &stated, msg::GIFT_REPORT_STATES, out);
    let mut d = Dates {
        fields: gift::FIELDS,
        out,
    };
    d.not_before(
        "reported_on",
        g.reported_on,
        "received_on",
        Some(g.received_on),
    );
    d.not_before(
        "handed_over_on",
        g.handed_over_on,
        "received_on",
        Some(g.received_on),
    );
    // A service is settled by the notice to its provider, never handed over (Art. 27(3)).
    if g.kind == GiftKind::Service && g.handed_over_on.is_some() {
        d.out.push(
            Finding::error("handed_over_on", msg::service_handed_over())
                .code("service-handed-over"),
        );
    }
    if let Some(h) = &g.handling {
        let allowed = allowed_outcomes(g.kind);
        if !allowed.contains(&h.outcome) {
            let kind = g.kind.term();
            let names = join(allowed.iter().map(|o| o.yaml()));
            let outcome = h.outcome.yaml();
            d.out.push(Finding::error(
                "handling.outcome",
                msg::outcome_not_allowed_for_kind(outcome, kind, names),
            ));
        }
        if g.handed_over_on.is_none() && g.kind != GiftKind::Service {
            d.out
                .push(Finding::error("handling", msg::handled_not_handed_over()));
        }
        d.not_before(
            "handling.decided_on",
            Some(h.decided_on),
            "handed_over_on",
            g.handed_over_on,
        );
        d.not_before(
            "handling.decided_on",
            Some(h.decided_on),
            "received_on",
            Some(g.received_on),
        );
        d.not_before(
            "handling.sold_on",
            h.sold_on,
            "handling.decided_on",
            Some(h.decided_on),
        );
        d.not_before(
            "handling.paid_to_budget_on",
            h.paid_to_budget_on,
            "handling.sold_on",
            h.sold_on,
        );
        d.not_before(
            "handling.paid_to_budget_on",
            h.paid_to_budget_on,
            "handling.decided_on",
            Some(h.decided_on),
        );
        d.not_before(
            "giver_notified_on",
            g.giver_notified_on,
            "handling.decided_on",
            Some(h.decided_on),
        );
        if h.outcome != HandlingOutcome::PublicSale
            && (h.sold_on.is_some() || h.proceeds_vnd.is_some())
        {
            d.out.push(Finding::warning(
                "handling.sold_on",
                msg::sale_without_public_sale(),
            ));
        }
        if let (Some(p), Some(c), Some(b)) = (h.proceeds_vnd, h.costs_vnd, h.budget_amount_vnd)
            && p.0.saturating_sub(c.0) != b.0
        {
            let (p, c, b) = (p.display(), c.display(), b.display());
            d.out.push(Finding::warning(
                "handling.budget_amount_vnd",
                msg::budget_payment_mismatch(b, p, c),
            ));
        }
    } else if g.giver_notified_on.is_some() {
        d.out.push(Finding::error(
            "giver_notified_on",
            msg::giver_notified_without_handling(),
        ));
    }
    no_history(g.history.is_empty(), d.out);
}

pub fn training(t: &Training, out: &mut Vec<Finding>) {
    let mut d = Dates {
        fields: training::FIELDS,
        out,
    };
    d.not_before("end_on", t.end_on, "start_on", Some(t.start_on));
    if t.sessions == Some(0) {
        out.push(Finding::error("sessions", msg::no_sessions()));
    }
    // A publication or a web post reaches readers, who are not counted as attendance.
    if t.participants == 0 && !matches!(t.form, TrainingForm::Publication | TrainingForm::Online) {
        out.push(Finding::warning("participants", msg::no_participants()));
    }
    let mut seen = Vec::new();
    for (i, topic) in t.topics.iter().enumerate() {
        if seen.contains(topic) {
            out.push(Finding::warning(
                format!("topics[{i}]"),
                msg::topic_listed_twice(),
            ));
        }
        seen.push(*topic);
    }
    no_history(t.history.is_empty(), out);
}

pub fn inspection(k: &Inspection, out: &mut Vec<Finding>) {
    let mut d = Dates {
        fields: inspection::FIELDS,
        out,
    };
    d.not_before("end_on", k.end_on, "start_on", Some(k.start_on));
    d.not_before("concluded_on", k.concluded_on, "start_on", Some(k.start_on));
    let mut seen = Vec::new();
    for (i, unit) in k.inspected_units.iter().enumerate() {
        if seen.contains(&unit) {
            out.push(Finding::warning(
                format!("inspected_units[{i}]"),
                msg::unit_listed_twice(),
            ));
        }
        seen.push(unit);
    }
    if let (Some(found), Some(corrected)) = (k.violations, k.corrected)
        && corrected > found
    {
        out.push(Finding::warning(
            "corrected",
            msg::more_corrected_than_found(corrected, found),
        ));
    }
    no_history(k.history.is_empty(), out);
}

pub fn action(a: &PlanAction, out: &mut Vec<Finding>) {
    no_history(a.history.is_empty(), out);
}

fn no_history(empty: bool, out: &mut Vec<Finding>) {
    if empty {
        out.push(Finding::warning("history", msg::history_without_created()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn until(decided: &str, until: &str) -> Vec<Finding> {
        let c: Case = serde_yaml::from_str(&format!(
            "id: XDLI-2026-001\nunit: VP\nperson: {{name: A}}\nsituation_type: art29_8\nsituation: x\n\
             source: self_report\nknown_on: 2025-11-03\nmeasures:\n\
             - {{kind: temporary_suspension, decided_on: {decided}, from: 2025-11-24, until: {until}}}\n"
        ))
        .unwrap();
        let mut out = Vec::new();
        case_terms(&c, Calendar::shipped(), &mut out);
        out
    }

    #[test]
    fn a_temporary_measure_may_not_run_past_90_days_from_its_decision() {
        // 18/11/2025 + 90 days falls in Tết 2026: the term ends on Monday 23/02/2026.
        assert!(until("2025-11-18", "2026-02-22").is_empty());
        assert!(until("2025-11-18", "2026-02-23").is_empty());
        let past = until("2025-11-18", "2026-02-24");
        assert_eq!(past.len(), 1);
        assert_eq!(past[0].field, "measures[0].until");
        assert!(past[0].is_error());
        let said = &past[0].message.vi;
        for date in ["24/02/2026", "18/11/2025", "23/02/2026"] {
            assert!(said.contains(date), "{said}");
        }
        // 30/01/2026 + 90 days is 30/04/2026, off with 01/05 and the weekend: 04/05.
        assert!(until("2026-01-30", "2026-05-04").is_empty());
        assert_eq!(until("2026-01-30", "2026-05-05").len(), 1);
    }

    #[test]
    fn only_a_temporary_measure_is_cancelled_and_published() {
        let c: Case = serde_yaml::from_str(
            "id: XDLI-2026-001\nunit: VP\nperson: {name: A}\nsituation_type: art29_8\nsituation: x\n\
             source: self_report\nknown_on: 2026-03-02\nmeasures:\n\
             - {kind: supervision, decided_on: 2026-03-05, cancelled_on: 2026-03-09}\n\
             - {kind: temporary_transfer, decided_on: 2026-03-05, published_on: 2026-03-09}\n",
        )
        .unwrap();
        let mut out = Vec::new();
        case(&c, &mut out);
        let fields: Vec<(&str, bool)> = (out.iter())
            .filter(|f| f.field.starts_with("measures"))
            .map(|f| (f.field.as_str(), f.is_error()))
            .collect();
        assert_eq!(
            fields,
            [
                ("measures[0].cancelled_on", true),
                ("measures[1].published_on", true),
                ("measures[1].publication", false),
            ]
        );
    }
}
