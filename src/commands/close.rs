//! `coi case close`: the end of a case, with its outcome and any discipline.

use super::change::{self, Step, choice, date, refuse, text_value};
use crate::cli::CloseArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::i18n::{Text, lower_first, msg};
use crate::model::case::Closure;
use crate::model::vocab::{Action, CaseOutcome, Discipline};
use crate::model::{Case, show_date};

pub fn run(ctx: &mut Context, args: &CloseArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    let outcome = choice("--outcome", &args.outcome, CaseOutcome::typed)?;
    let discipline = args
        .discipline
        .as_deref()
        .map(|d| choice("--discipline", d, Discipline::typed))
        .transpose()?;
    let head_responsibility = text_value(
        "--head-responsibility",
        args.head_responsibility.as_ref(),
        true,
    )?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        if let Some(closed) = &case.closed {
            let when = show_date(closed.on);
            return Err(refuse(msg::case_already_closed(when)));
        }
        // A measure that takes the person off their task ends by a decision of its own: closing
        // the case must not make it vanish.
        let running: Vec<usize> = (0..case.measures.len())
            .filter(|&i| case.measures[i].awaits_its_end())
            .collect();
        // A breach is never closed silently: closing as anything but "no conflict" needs the
        // head's decision on record first (Decree 59 Art. 31).
        if outcome != CaseOutcome::NoConflict
            && case.measures.is_empty()
            && case.no_conflict_on.is_none()
        {
            let shown = outcome.term();
            return Err(Error::RefusedHinted {
                reason: msg::close_without_decision(Text::new(
                    lower_first(shown.vi),
                    lower_first(shown.en),
                )),
                hint: msg::hint_close_without_decision(case.id),
            });
        }
        if !running.is_empty() && !args.end_measures {
            let named = running.iter().map(|&i| {
                let m = &case.measures[i];
                let kind = m.kind.term();
                let kind = Text::new(lower_first(kind.vi), lower_first(kind.en));
                msg::measure_running(i + 1, kind, show_date(m.decided_on))
            });
            let named = Text::joined(&named.collect::<Vec<_>>(), "; ");
            return Err(refuse(msg::case_has_measures_running(named, case.id)));
        }
        let mut first = Vec::new();
        for &i in &running {
            let measure = &mut case.measures[i];
            measure.ended_on = Some(on);
            first.push(Step::new(Action::EndMeasure, None).about(measure.kind.term()));
        }
        // Closing as "no conflict" is the head's finding that there is none (Decree 59 Art. 31):
        // it is recorded as that decision, on the closing day, so that the case counts in XD03
        // and leaves XD01 like one decided with `decide --no-conflict`.
        if outcome == CaseOutcome::NoConflict
            && case.no_conflict_on.is_none()
            && case.measures.is_empty()
        {
            case.no_conflict_on = Some(on);
            first.push(Step::new(Action::Decide, None).about(CaseOutcome::NoConflict.term()));
        }
        case.closed = Some(Closure {
            on,
            outcome,
            discipline,
            head_responsibility: head_responsibility.clone(),
        });
        Ok(Step::new(Action::Close, args.note.as_ref())
            .about(outcome.term())
            .after(first))
    })
}
