//! `coi case end-measure`: a control measure has ended.

use super::change::{self, Step, date, refuse};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::flags::parse_index;
use crate::model::Case;
use crate::model::vocab::Action;
use clap::Args;

#[derive(Debug, Args)]
pub struct EndMeasureArgs {
    /// The case's ID
    pub id: String,
    /// When the measure ended
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Which measure (1 for the first); needed when more than one is running
    #[arg(long, value_name = "N", value_parser = parse_index)]
    pub measure: Option<usize>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Context, args: &EndMeasureArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        let running: Vec<usize> = (0..case.measures.len())
            .filter(|&i| case.measures[i].ended_on.is_none())
            .collect();
        let index = match (args.measure, running.as_slice()) {
            (Some(n), _) if n >= 1 && n <= case.measures.len() => n - 1,
            (Some(n), _) => {
                let count = case.measures.len();
                return Err(refuse(Refusal::NoSuchMeasure { count, number: n }));
            }
            (None, [only]) => *only,
            (None, []) => {
                return Err(refuse(Refusal::NoMeasureInForce));
            }
            (None, _) => {
                return Err(refuse(Refusal::SeveralMeasuresInForce));
            }
        };
        let measure = &mut case.measures[index];
        if let Some(ended) = measure.ended_on {
            return Err(refuse(Refusal::MeasureAlreadyEnded { on: ended }));
        }
        measure.ended_on = Some(on);
        Ok(Step::new(Action::EndMeasure, args.note.as_ref()).about(measure.kind.term()))
    })
}
