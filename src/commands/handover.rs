//! `coi gift handover`: the gift was handed over (Decree 59/2019 Art. 26).

use super::change::{self, Step, date, refuse};
use crate::cli::StepArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::model::vocab::{Action, GiftKind};
use crate::model::{Gift, show_date};

pub fn run(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Gift>(ctx, &args.id, |gift, _, _| {
        if let Some(done) = gift.handed_over_on {
            let when = show_date(done);
            return Err(refuse(msg::gift_already_handed_over(when)));
        }
        // A service is settled by the notice to its provider, never handed over (Art. 27(3)).
        if gift.kind == GiftKind::Service {
            return Err(Error::RefusedHinted {
                reason: msg::service_not_handed_over(),
                hint: msg::hint_service_declined(gift.id),
            });
        }
        gift.handed_over_on = Some(on);
        Ok(Step::new(Action::Handover, args.note.as_ref()))
    })
}
