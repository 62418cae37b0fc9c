//! `coi due`: the steps Decree 59 requires that are overdue or fall due soon, across kinds.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::cli::{DueArgs, Format};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::{Case, Gift, Record, show_date};
use crate::register::Register;
use crate::render;

#[derive(Debug, Serialize)]
struct Due {
    id: String,
    who: String,
    what: String,
    basis: String,
    field: String,
    due: NaiveDate,
    /// Days past the due date; negative while there is still time.
    days_late: i64,
}

pub fn run(ctx: &mut Context, args: &DueArgs) -> Result<()> {
    let reg = ctx.open_register()?;
    let today = ctx.today();
    let horizon = today + Days::new(u64::from(args.within));
    let mut items = Vec::new();
    let mut unreadable = collect::<Case>(&reg, ctx, horizon, &mut items);
    unreadable |= collect::<Gift>(&reg, ctx, horizon, &mut items);
    items.sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    let text = match ctx.format {
        Format::Json => render::json(&items),
        Format::Table => {
            let headers = match ctx.lang {
                Lang::Vi => [
                    "Mã",
                    "Người",
                    "Việc phải làm",
                    "Hạn",
                    "Tình trạng",
                    "Căn cứ",
                ],
                Lang::En => ["ID", "Person", "Step", "Due", "State", "Basis"],
            };
            let rows = items.iter().map(|d| {
                vec![
                    d.id.clone(),
                    d.who.clone(),
                    d.what.clone(),
                    show_date(d.due),
                    lateness(d.days_late, ctx.lang),
                    d.basis.clone(),
                ]
            });
            render::table(&headers, rows)
        }
    };
    super::out(&text)?;
    if unreadable {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}

/// "trễ 5 ngày", "còn 2 ngày", "hôm nay".
fn lateness(days_late: i64, lang: Lang) -> String {
    match (lang, days_late) {
        (Lang::Vi, 0) => "đến hạn hôm nay".into(),
        (Lang::Vi, n) if n > 0 => format!("trễ {n} ngày"),
        (Lang::Vi, n) => format!("còn {} ngày", -n),
        (Lang::En, 0) => "due today".into(),
        (Lang::En, 1) => "1 day late".into(),
        (Lang::En, n) if n > 0 => format!("{n} days late"),
        (Lang::En, -1) => "1 day left".into(),
        (Lang::En, n) => format!("{} days left", -n),
    }
}

/// The pending deadlines of a kind's open records, up to `horizon`.
fn collect<R: Record>(
    reg: &Register,
    ctx: &Context,
    horizon: NaiveDate,
    out: &mut Vec<Due>,
) -> bool {
    let (records, problems) = reg.load_all::<R>();
    for loaded in &records {
        let r = &loaded.record;
        for d in r.pending_deadlines(&reg.calendar) {
            if d.due > horizon {
                continue;
            }
            out.push(Due {
                id: r.id().to_string(),
                who: r.who(),
                what: d.limit.what.get(ctx.lang).to_string(),
                basis: d.limit.basis.get(ctx.lang).to_string(),
                field: d.field,
                due: d.due,
                days_late: (ctx.today() - d.due).num_days(),
            });
        }
    }
    super::list::report_unreadable(&reg.root, &problems, ctx)
}
