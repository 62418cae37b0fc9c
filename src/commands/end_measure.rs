//! `coi case end-measure`: a control measure has ended.

use super::change::{self, Step, date, refuse};
use crate::cli::EndMeasureArgs;
use crate::context::Context;
use crate::error::Result;
use crate::model::Case;
use crate::text;

pub fn run(ctx: &mut Context, args: &EndMeasureArgs) -> Result<()> {
    let on = date("--date", &args.date)?;
    change::apply::<Case>(ctx, &args.id, |case, _| {
        let running: Vec<usize> = (0..case.measures.len())
            .filter(|&i| case.measures[i].ended_on.is_none())
            .collect();
        let index = match (args.measure, running.as_slice()) {
            (Some(n), _) if n >= 1 && n <= case.measures.len() => n - 1,
            (Some(n), _) => {
                let count = case.measures.len();
                return Err(refuse(text!(
                    "vụ việc có {count} biện pháp; không có biện pháp số {n}",
                    "the case has {count} measures; there is no measure {n}"
                )));
            }
            (None, [only]) => *only,
            (None, []) => {
                return Err(refuse(text!(
                    "vụ việc không có biện pháp nào đang áp dụng",
                    "the case has no measure in force"
                )));
            }
            (None, _) => {
                return Err(refuse(text!(
                    "có nhiều biện pháp đang áp dụng; chọn một bằng --measure N",
                    "more than one measure is in force; choose one with --measure N"
                )));
            }
        };
        let measure = &mut case.measures[index];
        if let Some(ended) = measure.ended_on {
            let when = crate::model::show_date(ended);
            return Err(refuse(text!(
                "biện pháp này đã kết thúc ngày {when}",
                "this measure already ended on {when}"
            )));
        }
        measure.ended_on = Some(on);
        Ok(Step::new(
            "end-measure",
            measure.kind.yaml().replace('_', " "),
            args.note.as_ref(),
        ))
    })
}
