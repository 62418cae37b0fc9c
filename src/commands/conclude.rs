//! `coi inspection conclude`: the inspection's written conclusion, with the violations it found
//! and those already corrected (KT04, KT05 of the report count them by this date).

use super::change::{self, Step, date, refuse, text_value};
use crate::context::Context;
use crate::error::{Refusal, Result};
use crate::flags::parse_days;
use crate::model::Inspection;
use crate::model::vocab::Action;
use clap::Args;

#[derive(Debug, Args)]
pub struct ConcludeArgs {
    /// The inspection's ID
    pub id: String,
    /// Date of the conclusion
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Number of the written conclusion
    #[arg(long, value_name = "TEXT")]
    pub conclusion_no: Option<String>,
    /// Violations found
    #[arg(long, value_name = "N", value_parser = parse_days)]
    pub violations: Option<u32>,
    /// Violations corrected
    #[arg(long, value_name = "N", value_parser = parse_days)]
    pub corrected: Option<u32>,
    /// What the inspection found
    #[arg(long, value_name = "TEXT")]
    pub findings: Option<String>,
    /// A note for the history
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Context, args: &ConcludeArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    let conclusion_no = text_value("--conclusion-no", args.conclusion_no.as_ref(), false)?;
    let findings = text_value("--findings", args.findings.as_ref(), true)?;
    change::apply::<Inspection>(ctx, &args.id, |inspection, _, _| {
        if let Some(done) = inspection.concluded_on {
            return Err(refuse(Refusal::InspectionAlreadyConcluded { on: done }));
        }
        inspection.concluded_on = Some(on);
        // What the conclusion states replaces what was written before it; what it leaves
        // unsaid stays as it was.
        inspection.conclusion_no = conclusion_no.or(inspection.conclusion_no.take());
        inspection.findings = findings.or(inspection.findings.take());
        inspection.violations = args.violations.or(inspection.violations);
        inspection.corrected = args.corrected.or(inspection.corrected);
        Ok(Step::new(Action::Conclude, args.note.as_ref()))
    })
}
