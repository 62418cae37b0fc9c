//! `coi case cancel-measure` and `coi case publish-cancellation`: the end of a temporary
//! suspension or transfer. The one who decided it cancels it within 5 working days after its
//! term, or after the conclusion that the person broke no law (Decree 59/2019 Art. 48), and the
//! cancellation is made public within 5 working days, at a meeting of the unit or by posting it
//! at the office for 15 consecutive days (Art. 49).

use super::change::{self, Step, choice, date, refuse, text_value};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::flags::parse_index;
use crate::model::Case;
use crate::model::vocab::{Action, PublicationForm};
use clap::Args;

#[derive(Debug, Args)]
pub struct CancelMeasureArgs {
    /// The case's ID
    pub id: String,
    /// The date of the cancellation decision
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Which measure (1 for the first); needed when the case has more than one temporary measure
    #[arg(long, value_name = "N", value_parser = parse_index)]
    pub measure: Option<usize>,
    /// The number of the cancellation decision
    #[arg(long, value_name = "NO")]
    pub decision_no: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct PublishCancellationArgs {
    /// The case's ID
    pub id: String,
    /// The day the cancellation was announced, or first posted
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// How: meeting or posting (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "FORM")]
    pub form: String,
    /// Which measure (1 for the first); needed when the case has more than one temporary measure
    #[arg(long, value_name = "N", value_parser = parse_index)]
    pub measure: Option<usize>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// The temporary measure a step is about: the one named by `--measure N`, else the only one.
fn temporary(case: &Case, given: Option<usize>) -> Result<usize> {
    let count = case.measures.len();
    match given {
        Some(n) if n >= 1 && n <= count => {
            let m = &case.measures[n - 1];
            if m.is_temporary() {
                Ok(n - 1)
            } else {
                Err(refuse(Refusal::CancellationOfALastingMeasure {
                    kind: m.kind.term(),
                }))
            }
        }
        Some(n) => Err(refuse(Refusal::NoSuchMeasure { count, number: n })),
        None => {
            let found: Vec<usize> = (0..count)
                .filter(|&i| case.measures[i].is_temporary())
                .collect();
            match found.as_slice() {
                [only] => Ok(*only),
                [] => Err(refuse(Refusal::NoTemporaryMeasure)),
                _ => Err(refuse(Refusal::SeveralTemporaryMeasures)),
            }
        }
    }
}

pub fn cancel(ctx: &mut Context, args: &CancelMeasureArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    let number = text_value("--decision-no", args.decision_no.as_ref(), false)?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        let index = temporary(case, args.measure)?;
        let measure = &mut case.measures[index];
        if let Some(cancelled) = measure.cancelled_on {
            return Err(refuse(Refusal::MeasureAlreadyCancelled { on: cancelled }));
        }
        measure.cancelled_on = Some(on);
        measure.cancellation_no = number.clone();
        // A measure cancelled before it was ended on record ends with its cancellation.
        let mut first = Vec::new();
        if measure.ended_on.is_none() {
            measure.ended_on = Some(on);
            first.push(Step::new(Action::EndMeasure, None).about(measure.kind.term()));
        }
        let step = Step::new(Action::CancelMeasure, args.note.as_ref()).about(measure.kind.term());
        Ok(step.after(first))
    })
}

pub fn publish(ctx: &mut Context, args: &PublishCancellationArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    let form = choice("--form", &args.form, PublicationForm::typed)?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        let id = case.id;
        let index = temporary(case, args.measure)?;
        let measure = &mut case.measures[index];
        if measure.cancelled_on.is_none() {
            return Err(refuse(Refusal::NotCancelledYet { id }));
        }
        if let Some(published) = measure.published_on {
            return Err(refuse(Refusal::CancellationAlreadyPublished {
                on: published,
            }));
        }
        measure.published_on = Some(on);
        measure.publication = Some(form);
        Ok(Step::new(Action::PublishCancellation, args.note.as_ref()).about(form.term()))
    })
}
