//! `coi <kind> void`: a record entered by mistake is voided, never deleted.

use super::change::{self, Step, opt_date, text_value};
use crate::context::Context;
use crate::error::{Result, ValueFault};
use crate::model::Void;
use crate::model::vocab::Action;
use crate::rules::Rules;
use clap::Args;

#[derive(Debug, Args)]
pub struct VoidArgs {
    /// The record's ID
    pub id: String,
    /// Why the record is void (entered by mistake, a duplicate…)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Date of voiding (default: today)
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

pub fn run<R: Rules>(ctx: &mut Context, args: &VoidArgs) -> Result<()> {
    let on = opt_date("--date", args.date.as_ref())?.unwrap_or(ctx.today());
    let Some(reason) = text_value("--reason", Some(&args.reason), true)? else {
        return Err(super::args::invalid("--reason", ValueFault::ReasonMissing));
    };
    change::apply::<R>(ctx, &args.id, |record, _, _| {
        *record.void_mut() = Some(Void {
            on,
            reason: reason.clone(),
        });
        Ok(Step::new(Action::Void, Some(&reason)))
    })
}
