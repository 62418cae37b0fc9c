//! `coi inspection conclude`: the inspection's written conclusion, with the violations it found
//! and those already corrected (KT04, KT05 of the report count them by this date).

use super::change::{self, Step, date, refuse, text_value};
use crate::cli::ConcludeArgs;
use crate::context::Context;
use crate::error::Result;
use crate::i18n::msg;
use crate::model::vocab::Action;
use crate::model::{Inspection, show_date};

pub fn run(ctx: &mut Context, args: &ConcludeArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    let conclusion_no = text_value("--conclusion-no", args.conclusion_no.as_ref(), false)?;
    let findings = text_value("--findings", args.findings.as_ref(), true)?;
    change::apply::<Inspection>(ctx, &args.id, |inspection, _, _| {
        if let Some(done) = inspection.concluded_on {
            let when = show_date(done);
            return Err(refuse(msg::inspection_already_concluded(when)));
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
