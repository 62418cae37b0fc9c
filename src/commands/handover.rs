//! `coi gift handover`: the gift was handed over (Decree 59/2019 Art. 26).

use super::args::StepArgs;
use super::change::{self, Step, date, refuse};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::model::Gift;
use crate::model::vocab::{Action, GiftKind};

pub fn run(ctx: &mut Context, args: &StepArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Gift>(ctx, &args.id, |gift, _, _| {
        if let Some(done) = gift.handed_over_on {
            return Err(refuse(Refusal::GiftAlreadyHandedOver { on: done }));
        }
        // A service is settled by the notice to its provider, never handed over (Art. 27(3)).
        if gift.kind == GiftKind::Service {
            return Err(refuse(Refusal::ServiceNotHandedOver { id: gift.id }));
        }
        gift.handed_over_on = Some(on);
        Ok(Step::new(Action::Handover, args.note.as_ref()))
    })
}
