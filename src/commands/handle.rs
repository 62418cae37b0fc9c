//! `coi gift handle`: how a handed-over gift was handled (Decree 59/2019 Art. 27). A public sale
//! is recorded in stages: run it again with the same outcome to add the sale and the payment.

use super::change::{self, Step, choice, date, money, opt_date, refuse, text_value};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::model::Gift;
use crate::model::gift::Handling;
use crate::model::vocab::{Action, GiftKind, HandlingOutcome};
use clap::Args;

#[derive(Debug, Args)]
pub struct HandleArgs {
    /// The gift's ID
    pub id: String,
    /// How the gift was handled (its values are listed from the vocabulary, in `cli::help`)
    #[arg(long, value_name = "OUTCOME")]
    pub outcome: String,
    /// Date of the decision on handling
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Date the goods were sold
    #[arg(long, value_name = "DATE")]
    pub sold_on: Option<String>,
    /// What the sale brought in (đồng)
    #[arg(long, value_name = "VND")]
    pub proceeds: Option<String>,
    /// Costs of the sale (đồng)
    #[arg(long, value_name = "VND")]
    pub costs: Option<String>,
    /// Date of payment into the state budget
    #[arg(long, value_name = "DATE")]
    pub paid_on: Option<String>,
    /// Amount paid into the state budget (đồng)
    #[arg(long, value_name = "VND")]
    pub amount: Option<String>,
    /// Number of the payment voucher
    #[arg(long, value_name = "TEXT")]
    pub voucher: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Context, args: &HandleArgs) -> Result<()> {
    let outcome = choice("--outcome", &args.outcome, HandlingOutcome::typed)?;
    let decided_on = date("--date", &args.date)?;
    let given = Handling {
        outcome,
        decided_on,
        sold_on: opt_date("--sold-on", args.sold_on.as_ref())?,
        proceeds_vnd: money("--proceeds", args.proceeds.as_ref())?,
        costs_vnd: money("--costs", args.costs.as_ref())?,
        paid_to_budget_on: opt_date("--paid-on", args.paid_on.as_ref())?,
        budget_amount_vnd: money("--amount", args.amount.as_ref())?,
        voucher_no: text_value("--voucher", args.voucher.as_ref(), false)?,
    };
    change::apply::<Gift>(ctx, &args.id, |gift, _, _| {
        if gift.handed_over_on.is_none() && gift.kind != GiftKind::Service {
            return Err(refuse(Refusal::GiftNotHandedOver));
        }
        let Some(existing) = &mut gift.handling else {
            gift.handling = Some(given.clone());
            return Ok(Step::new(Action::Handle, args.note.as_ref()).about(outcome.term()));
        };
        if existing.outcome != outcome || existing.decided_on != decided_on {
            let (was, on) = (existing.outcome.term(), existing.decided_on);
            return Err(refuse(Refusal::GiftAlreadyHandled { was, on }));
        }
        let before = existing.clone();
        fill(&mut existing.sold_on, given.sold_on)?;
        fill(&mut existing.proceeds_vnd, given.proceeds_vnd)?;
        fill(&mut existing.costs_vnd, given.costs_vnd)?;
        fill(&mut existing.paid_to_budget_on, given.paid_to_budget_on)?;
        fill(&mut existing.budget_amount_vnd, given.budget_amount_vnd)?;
        fill(&mut existing.voucher_no, given.voucher_no.clone())?;
        if *existing == before {
            return Err(refuse(Refusal::NothingNew));
        }
        Ok(Step::new(Action::Handle, args.note.as_ref()).about(outcome.term()))
    })
}

/// Sets a detail that is not yet recorded; a recorded one is changed only through `edit`.
fn fill<T: PartialEq>(slot: &mut Option<T>, given: Option<T>) -> Result<()> {
    match (slot.as_ref(), given) {
        (_, None) => Ok(()),
        (None, Some(v)) => {
            *slot = Some(v);
            Ok(())
        }
        (Some(old), Some(v)) if *old == v => Ok(()),
        (Some(_), Some(_)) => Err(refuse(Refusal::DetailRecordedOtherwise)),
    }
}
