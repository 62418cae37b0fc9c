//! `coi case decide`: the head's decision on a case (Decree 59/2019 Art. 31).

use super::change::{self, Step, choice, date, opt_date, refuse, text_value};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::model::Case;
use crate::model::case::Measure;
use crate::model::vocab::{Action, CaseOutcome, MeasureKind};
use crate::rules::deadlines::temporary_term_end;
use clap::Args;

#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The case's ID
    pub id: String,
    /// The measure (its values are listed from the vocabulary, in `cli::help`)
    #[arg(
        long,
        value_name = "KIND",
        required_unless_present = "no_conflict",
        conflicts_with = "no_conflict"
    )]
    pub measure: Option<String>,
    /// The head found no conflict of interest
    #[arg(long)]
    pub no_conflict: bool,
    /// Date of the decision
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Number of the decision
    #[arg(long, value_name = "TEXT")]
    pub decision_no: Option<String>,
    /// Who supervises (default: the unit's focal point in coi.yaml, for supervision)
    #[arg(long, value_name = "NAME")]
    pub supervisor: Option<String>,
    /// The measure applies from
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The measure applies until
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

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
            return Err(refuse(Refusal::CaseClosedOn { on: closed.on }));
        }
        let Some(kind) = kind else {
            if case.no_conflict_on.is_some() {
                return Err(refuse(Refusal::NoConflictAlreadyRecorded));
            }
            if !case.measures.is_empty() {
                return Err(refuse(Refusal::MeasuresExcludeNoConflict));
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
                return Err(refuse(Refusal::UntilPastTerm {
                    until,
                    decided: on,
                    term,
                }));
            }
        }
        case.measures.push(measure);
        Ok(Step::new(Action::Decide, args.note.as_ref()).about(kind.term()))
    })
}
