//! `coi case decide`: the head's decision on a case (Decree 59/2019 Art. 31).

use super::change::{self, Step, choice, date, opt_date, refuse, text_value};
use crate::cli::DecideArgs;
use crate::context::Context;
use crate::error::Result;
use crate::i18n::msg;
use crate::model::Case;
use crate::model::case::Measure;
use crate::model::show_date;
use crate::model::vocab::{Action, CaseOutcome, MeasureKind};
use crate::rules::deadlines::temporary_term_end;

pub fn run(ctx: &mut Context, args: &DecideArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    let kind = args
        .measure
        .as_deref()
        .map(|m| choice("--measure", m, MeasureKind::typed))
        .transpose()?;
    let from = opt_date("--from", args.from.as_ref())?;
    let until = opt_date("--until", args.until.as_ref())?;
    let decision_no = text_value("--decision-no", args.decision_no.as_ref(), false)?;
    let supervisor = text_value("--supervisor", args.supervisor.as_ref(), false)?;
    change::apply::<Case>(ctx, &args.id, |case, reg, cal| {
        if let Some(closed) = &case.closed {
            let when = crate::model::show_date(closed.on);
            return Err(refuse(msg::case_closed_on(when)));
        }
        let Some(kind) = kind else {
            if case.no_conflict_on.is_some() {
                return Err(refuse(msg::no_conflict_already_recorded()));
            }
            if !case.measures.is_empty() {
                return Err(refuse(msg::measures_exclude_no_conflict()));
            }
            case.no_conflict_on = Some(on);
            let no_conflict = CaseOutcome::NoConflict.term();
            return Ok(Step::new(Action::Decide, args.note.as_ref()).about(no_conflict));
        };
        // The unit's focal point supervises unless the decision names someone else.
        let supervisor = supervisor.clone().or_else(|| {
            (kind == MeasureKind::Supervision)
                .then(|| {
                    reg.config
                        .unit(&case.unit)
                        .and_then(|u| u.focal_point.clone())
                })
                .flatten()
        });
        let measure = Measure {
            kind,
            decided_on: on,
            decision_no: decision_no.clone(),
            supervisor,
            from,
            until,
            ended_on: None,
            cancelled_on: None,
            cancellation_no: None,
            published_on: None,
            publication: None,
        };
        // 90 days from the decision at most (Decree 59/2019 Art. 47), whatever day it starts.
        if let (true, Some(until)) = (measure.is_temporary(), until) {
            let term = temporary_term_end(&measure, cal);
            if until > term {
                let (u, d, t) = (show_date(until), show_date(on), show_date(term));
                return Err(refuse(msg::until_past_term(u, d, t)));
            }
        }
        case.measures.push(measure);
        Ok(Step::new(Action::Decide, args.note.as_ref()).about(kind.term()))
    })
}
