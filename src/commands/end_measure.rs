//! `coi case end-measure`: a control measure has ended.

use super::change::{self, Step, date, refuse};
use crate::cli::EndMeasureArgs;
use crate::context::Context;
use crate::error::Result;
use crate::i18n::msg;
use crate::model::Case;
use crate::model::vocab::Action;

pub fn run(ctx: &mut Context, args: &EndMeasureArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        let running: Vec<usize> = (0..case.measures.len())
            .filter(|&i| case.measures[i].ended_on.is_none())
            .collect();
        let index = match (args.measure, running.as_slice()) {
            (Some(n), _) if n >= 1 && n <= case.measures.len() => n - 1,
            (Some(n), _) => {
                let measures = msg::MEASURES.count(case.measures.len() as u64);
                return Err(refuse(msg::no_such_measure(measures, n)));
            }
            (None, [only]) => *only,
            (None, []) => {
                return Err(refuse(msg::no_measure_in_force()));
            }
            (None, _) => {
                return Err(refuse(msg::several_measures_in_force()));
            }
        };
        let measure = &mut case.measures[index];
        if let Some(ended) = measure.ended_on {
            let when = crate::model::show_date(ended);
            return Err(refuse(msg::measure_already_ended(when)));
        }
        measure.ended_on = Some(on);
        Ok(Step::new(Action::EndMeasure, args.note.as_ref()).about(measure.kind.term()))
    })
}
