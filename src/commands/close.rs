//! `coi case close`: the end of a case, with its outcome and any discipline.

use super::change::{self, Step, choice, date, refuse, text_value};
use crate::cli::CloseArgs;
use crate::context::Context;
use crate::error::Result;
use crate::i18n::msg;
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
    change::apply::<Case>(ctx, &args.id, |case, _| {
        if let Some(closed) = &case.closed {
            let when = show_date(closed.on);
            return Err(refuse(msg::case_already_closed(when)));
        }
        case.closed = Some(Closure {
            on,
            outcome,
            discipline,
            head_responsibility: head_responsibility.clone(),
        });
        Ok(Step::new(Action::Close, args.note.as_ref()).about(outcome.term()))
    })
}
