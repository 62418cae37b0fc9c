//! `coi case notify` and `coi gift notify`: the written notices the decree requires after a
//! decision (Art. 31) and after a gift's handling (Art. 27).

use super::change::{self, Step, date, refuse};
use crate::cli::StepArgs;
use crate::context::Context;
use crate::error::Result;
use crate::i18n::msg;
use crate::model::vocab::Action;
use crate::model::{Case, Gift, show_date};

pub fn case(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Case>(ctx, &args.id, |case, _, _| {
        if let Some(done) = case.notified_on {
            let when = show_date(done);
            return Err(refuse(msg::notice_already_recorded(when)));
        }
        if crate::rules::deadlines::first_decision(case).is_none() {
            return Err(refuse(msg::nothing_to_notify()));
        }
        case.notified_on = Some(on);
        Ok(Step::new(Action::Notify, args.note.as_ref()))
    })
}

pub fn gift(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Gift>(ctx, &args.id, |gift, _, _| {
        if let Some(done) = gift.giver_notified_on {
            let when = show_date(done);
            return Err(refuse(msg::notice_already_recorded(when)));
        }
        if gift.handling.is_none() {
            return Err(refuse(msg::gift_not_handled()));
        }
        gift.giver_notified_on = Some(on);
        Ok(Step::new(Action::Notify, args.note.as_ref()))
    })
}
