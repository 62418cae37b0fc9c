//! `coi case close`: the end of a case, with its outcome and any discipline.

use super::change::{self, Step, choice, date, refuse, text_value};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::model::Case;
use crate::model::case::Closure;
use crate::model::vocab::{Action, CaseOutcome, Discipline};
use clap::Args;

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The case's ID
    pub id: String,
    /// When the case was closed
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The outcome (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "OUTCOME")]
    pub outcome: String,
    /// Discipline (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "KIND")]
    pub discipline: Option<String>,
    /// The head's responsibility, when a violation occurred
    #[arg(long, value_name = "TEXT")]
    pub head_responsibility: Option<String>,
    /// End the temporary suspension, suspension or temporary transfer still running on the
    /// closing day (each ending is recorded in the history)
    #[arg(long)]
    pub end_measures: bool,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

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
            return Err(refuse(Refusal::CaseAlreadyClosed { on: closed.on }));
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
            return Err(refuse(Refusal::CloseWithoutDecision {
                outcome: outcome.term(),
                id: case.id,
            }));
        }
        if !running.is_empty() && !args.end_measures {
            let running = (running.iter())
                .map(|&i| {
                    let m = &case.measures[i];
                    (i + 1, m.kind.term(), m.decided_on)
                })
                .collect();
            return Err(refuse(Refusal::CaseHasMeasuresRunning {
                id: case.id,
                running,
            }));
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
