//! `coi case cancel-measure` and `coi case publish-cancellation`: the end of a temporary
//! suspension or transfer. The one who decided it cancels it within 5 working days after its
//! term, or after the conclusion that the person broke no law (Decree 59/2019 Art. 48), and the
//! cancellation is made public within 5 working days, at a meeting of the unit or by posting it
//! at the office for 15 consecutive days (Art. 49).

use super::change::{self, Step, choice, date, refuse, text_value};
use crate::cli::{CancelMeasureArgs, PublishCancellationArgs};
use crate::context::Context;
use crate::error::Result;
use crate::i18n::msg;
use crate::model::Case;
use crate::model::show_date;
use crate::model::vocab::{Action, PublicationForm};

/// The temporary measure a step is about: the one named by `--measure N`, else the only one.
fn temporary(case: &Case, given: Option<usize>) -> Result<usize> {
    let count = case.measures.len();
    match given {
        Some(n) if n >= 1 && n <= count => {
            let m = &case.measures[n - 1];
            if m.is_temporary() {
                Ok(n - 1)
            } else {
                Err(refuse(msg::cancellation_of_a_lasting_measure(
                    m.kind.term(),
                )))
            }
        }
        Some(n) => {
            let measures = msg::MEASURES.count(count as u64);
            Err(refuse(msg::no_such_measure(measures, n)))
        }
        None => {
            let found: Vec<usize> = (0..count)
                .filter(|&i| case.measures[i].is_temporary())
                .collect();
            match found.as_slice() {
                [only] => Ok(*only),
                [] => Err(refuse(msg::no_temporary_measure())),
                _ => Err(refuse(msg::several_temporary_measures())),
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
            return Err(refuse(msg::measure_already_cancelled(show_date(cancelled))));
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
            return Err(refuse(msg::not_cancelled_yet(id)));
        }
        if let Some(published) = measure.published_on {
            let when = show_date(published);
            return Err(refuse(msg::cancellation_already_published(when)));
        }
        measure.published_on = Some(on);
        measure.publication = Some(form);
        Ok(Step::new(Action::PublishCancellation, args.note.as_ref()).about(form.term()))
    })
}
