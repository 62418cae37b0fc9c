//! `coi <kind> list`: the records of a kind, sorted by ID, for every kind alike.

use std::io::{BufWriter, Write};

use serde::{Serialize, Serializer};

use crate::context::Context;
use crate::error::{Error, Misuse, Result};
use crate::flags::Format;
use crate::flags::parse_year;
use crate::i18n::msg;
use crate::model::vocab::Term;
use crate::render;
use crate::rules::Rules;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this unit (code from coi.yaml)
    #[arg(long, value_name = "CODE")]
    pub unit: Option<String>,
    /// Only this year (the year in the ID)
    #[arg(long, value_name = "YEAR", value_parser = parse_year)]
    pub year: Option<i32>,
    /// Only records in this status (e.g. awaiting-decision, under-measure, closed, void)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
}

pub fn run<R: Rules>(ctx: &mut Context, args: &ListArgs) -> Result<()> {
    let wanted = args.status.as_deref().map(status::<R>).transpose()?;
    let reg = ctx.open_register()?;
    let today = ctx.today();
    let (records, problems) = super::read::all::<R>(&reg, ctx.calendar());
    let unreadable = super::read::report_unreadable(&reg.root, &problems, ctx);
    let chosen: Vec<(&R, &Term)> = records
        .iter()
        .map(|l| (&l.record, l.record.status(today)))
        .filter(|(r, _)| {
            args.unit
                .as_deref()
                .is_none_or(|u| r.unit().eq_ignore_ascii_case(u))
        })
        .filter(|(r, _)| args.year.is_none_or(|y| r.id().year == y))
        .filter(|(_, s)| wanted.is_none_or(|w| w.yaml == s.yaml))
        .collect();
    match ctx.format {
        Format::Json => {
            // Written record by record as it is made, so that a long list is never held in
            // memory as JSON.
            let items: Vec<Listed<R>> = chosen.iter().map(|&(r, s)| Listed(r, s)).collect();
            let mut stdout = BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
            render::write_json(&mut stdout, &items)
                .and_then(|()| stdout.flush())
                .map_err(Error::Output)?;
        }
        Format::Table if chosen.is_empty() => {
            let kind = R::KIND.label();
            let filtered = args.unit.is_some() || args.year.is_some() || wanted.is_some();
            let said = match filtered {
                true => msg::nothing_matches(kind),
                false => msg::nothing_listed(kind),
            };
            super::out(&format!("{}\n", said.get(ctx.lang)))?;
        }
        Format::Table => {
            let mut headers: Vec<&str> = R::COLUMNS.iter().map(|c| c.get(ctx.lang)).collect();
            headers.push(msg::COL_STATUS.get(ctx.lang));
            let rows = chosen.iter().map(|(r, s)| {
                let mut row = r.row(ctx.lang);
                row.push(s.label(ctx.lang).to_string());
                row
            });
            super::out(&render::table(&headers, rows))?;
        }
    }
    super::leave_to_exit(records);
    if unreadable {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}

/// A record as stored, plus its derived status for scripts. It goes through a
/// `serde_json::Value`, one record at a time, which keeps the keys in the order scripts have
/// always had (sorted, at every level) and puts `status` among them.
struct Listed<'a, R>(&'a R, &'a Term);

impl<R: Rules> Serialize for Listed<'_, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut v = serde_json::to_value(self.0).map_err(serde::ser::Error::custom)?;
        v["status"] = serde_json::Value::from(self.1.yaml);
        v.serialize(serializer)
    }
}

/// A status as typed on the command line.
fn status<R: Rules>(typed: &str) -> Result<&'static Term> {
    R::STATUSES.lookup(typed).ok_or_else(|| {
        Error::Usage(Misuse::NotAStatus {
            typed: typed.to_string(),
            statuses: R::STATUSES,
        })
    })
}
