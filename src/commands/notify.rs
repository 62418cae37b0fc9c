//! `coi case notify` and `coi gift notify`: the written notices the decree requires after a
//! decision (Art. 31) and after a gift's handling (Art. 27).

use super::change::{self, Step, date, refuse};
use crate::cli::StepArgs;
use crate::context::Context;
use crate::error::Result;
use crate::model::{Case, Gift, show_date};
use crate::text;

pub fn case(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Case>(ctx, &args.id, |case, _| {
        if let Some(done) = case.notified_on {
            let when = show_date(done);
            return Err(refuse(text!(
                "đã ghi thông báo ngày {when}",
                "the notice was already recorded on {when}"
            )));
        }
        if crate::rules::deadlines::first_decision(case).is_none() {
            return Err(refuse(text!(
                "chưa có quyết định để thông báo (coi case decide trước)",
                "there is no decision to notify yet (coi case decide first)"
            )));
        }
        case.notified_on = Some(on);
        Ok(Step::new("notify", "", args.note.as_ref()))
    })
}

pub fn gift(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Gift>(ctx, &args.id, |gift, _| {
        if let Some(done) = gift.giver_notified_on {
            let when = show_date(done);
            return Err(refuse(text!(
                "đã ghi thông báo ngày {when}",
                "the notice was already recorded on {when}"
            )));
        }
        if gift.handling.is_none() {
            return Err(refuse(text!(
                "quà chưa được xử lý (coi gift handle trước)",
                "the gift has not been handled yet (coi gift handle first)"
            )));
        }
        gift.giver_notified_on = Some(on);
        Ok(Step::new("notify", "", args.note.as_ref()))
    })
}
