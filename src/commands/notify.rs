//! `coi case notify` and `coi gift notify`: the written notices the decree requires after a
//! decision (Art. 31) and after a gift's handling (Art. 27).

use super::args::StepArgs;
use super::change::{self, Step, date, refuse};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::model::vocab::Action;
use crate::model::{Case, Gift};

pub fn case(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        if let Some(done) = case.notified_on {
            return Err(refuse(Refusal::NoticeAlreadyRecorded { on: done }));
        }
        if crate::rules::deadlines::first_decision(case).is_none() {
            return Err(refuse(Refusal::NothingToNotify));
        }
        case.notified_on = Some(on);
        Ok(Step::new(Action::Notify, args.note.as_ref()))
    })
}

pub fn gift(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Gift>(ctx, &args.id, |gift, _, _| {
        if let Some(done) = gift.giver_notified_on {
            return Err(refuse(Refusal::NoticeAlreadyRecorded { on: done }));
        }
        if gift.handling.is_none() {
            return Err(refuse(Refusal::GiftNotHandled));
        }
        gift.giver_notified_on = Some(on);
        Ok(Step::new(Action::Notify, args.note.as_ref()))
    })
}
