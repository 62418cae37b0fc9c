//! `coi <kind> list`: the records of a kind, sorted by ID, for every kind alike.

use crate::cli::{Format, ListArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::Record;
use crate::render;
use crate::rules::Located;

pub fn run<R: Record>(ctx: &mut Context, args: &ListArgs) -> Result<()> {
    let reg = ctx.open_register()?;
    let (records, problems) = reg.load_all::<R>();
    let unreadable = report_unreadable(&reg.root, &problems, ctx);
    let chosen: Vec<&R> = records
        .iter()
        .map(|l| &l.record)
        .filter(|r| {
            args.unit
                .as_deref()
                .is_none_or(|u| r.unit().eq_ignore_ascii_case(u))
        })
        .filter(|r| args.year.is_none_or(|y| r.id().year == y))
        .collect();
    let text = match ctx.format {
        Format::Json => render::json(&chosen),
        Format::Table => {
            let headers: Vec<&str> = R::COLUMNS.iter().map(|c| c.get(ctx.lang)).collect();
            render::table(&headers, chosen.iter().map(|r| r.row(ctx.lang)))
        }
    };
    super::out(&text)?;
    if unreadable {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}

/// Files that could not be read are named on standard error while the others are shown.
/// Returns whether there were any.
pub fn report_unreadable(root: &std::path::Path, problems: &[Located], ctx: &Context) -> bool {
    let mut any = false;
    for p in problems.iter().filter(|p| p.finding.is_error()) {
        any = true;
        let line = p.render(root, ctx.lang);
        eprintln!("{line}");
    }
    if any {
        let hint = match ctx.lang {
            crate::i18n::Lang::Vi => {
                "một số tệp không đọc được và bị bỏ qua; chạy «coi check» để xem chi tiết"
            }
            crate::i18n::Lang::En => {
                "some files could not be read and were skipped; run 'coi check' for details"
            }
        };
        super::warn(hint);
    }
    any
}
