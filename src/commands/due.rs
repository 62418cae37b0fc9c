//! `coi due`: the steps Decree 59 requires that are overdue or fall due soon, across kinds, and
//! the province's report deadlines of `coi.yaml` whose report has not been sent.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::flags::Format;
use crate::flags::parse_days;
use crate::i18n::{Text, lower_first, upper_first};
use crate::i18n::{in_lang, msg};
use crate::model::{Kind, show_date};
use crate::register::Register;
use crate::render;
use crate::rules::report_deadlines::{self, ReportDeadline, SetBy};
use crate::rules::{ForKind, Rules, for_kind};
use clap::Args;

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Also show what falls due within this many days
    #[arg(long, value_name = "DAYS", default_value_t = 7, value_parser = parse_days)]
    pub within: u32,
    /// Only this unit's steps (code from coi.yaml); the province's report deadlines belong to
    /// no unit and are left out
    #[arg(long, value_name = "CODE")]
    pub unit: Option<String>,
    #[arg(
        long,
        help = crate::flags::help::due_kind_help(crate::i18n::Lang::En),
        value_name = "KIND",
        hide_possible_values = true,
        value_parser = clap::builder::PossibleValuesParser::new(
            due_kinds().map(|(noun, vi)| clap::builder::PossibleValue::new(noun).alias(vi))
        )
    )]
    pub kind: Option<String>,
    /// Show at most this many, the most urgent first, and say how many more there are
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
}

/// What `coi due --kind` takes: the nouns of the kinds of record, and `report`, each also in
/// Vietnamese without diacritics.
pub fn due_kinds() -> impl Iterator<Item = (&'static str, &'static str)> {
    (Kind::ALL.into_iter())
        .map(|k| (k.noun(), k.spec().word))
        .chain([("report", "han-bao-cao")])
}

#[derive(Debug, Serialize)]
struct Due {
    id: String,
    /// The record's unit; `null` for the province's report deadlines.
    unit: Option<String>,
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
    let unit = match args.unit.as_deref() {
        None => None,
        Some(code) => {
            let known = reg.config.unit_codes();
            match known.iter().find(|k| k.eq_ignore_ascii_case(code)) {
                Some(k) => Some(k.clone()),
                None => {
                    let code = code.to_string();
                    return Err(Error::UnknownUnit { code, known });
                }
            }
        }
    };
    // The kind as its noun, whichever of its two spellings was typed.
    let kind = args.kind.as_deref().map(|typed| {
        due_kinds()
            .find(|(noun, vi)| typed.eq_ignore_ascii_case(noun) || typed.eq_ignore_ascii_case(vi))
            .map_or(typed, |(noun, _)| noun)
    });
    let wanted = |noun: &str| kind.is_none_or(|k| k == noun);
    let today = ctx.today();
    let horizon = today + Days::new(u64::from(args.within));
    let mut items = Vec::new();
    let mut unreadable = false;
    for kind in Kind::ALL.into_iter().filter(|k| wanted(k.noun())) {
        let collect = Collect {
            reg: &reg,
            ctx,
            horizon,
            out: &mut items,
        };
        unreadable |= for_kind(kind, collect);
    }
    let reports = match unit {
        // The province's report deadlines are the agency's, of no unit.
        Some(_) => Vec::new(),
        None if !wanted("report") => Vec::new(),
        None => super::read::report_deadlines(&reg, today),
    };
    for d in report_deadlines::due_by(&reports, horizon) {
        let code = d.code();
        items.push(Due {
            field: format!("deadlines.{code}"),
            id: code,
            unit: None,
            who: reg.config.report_to.clone(),
            what: report_step(d).get(ctx.lang).to_string(),
            basis: match d.set_by {
                SetBy::Province => msg::REPORT_DEADLINE_BASIS,
                SetBy::Circular => msg::REPORT_DEADLINE_CIRCULAR,
            }
            .get(ctx.lang)
            .to_string(),
            due: d.due,
            days_late: d.days_late(today),
        });
    }
    if let Some(unit) = &unit {
        items.retain(|d| d.unit.as_ref() == Some(unit));
    }
    items.sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    let limit = args.limit.map_or(usize::MAX, |n| n as usize);
    let more = items.len().saturating_sub(limit);
    items.truncate(limit);
    let text = match ctx.format {
        Format::Json => render::json(&items),
        Format::Table if items.is_empty() => {
            let days = msg::DAYS.count(u64::from(args.within));
            format!("{}\n", msg::nothing_due(days).get(ctx.lang))
        }
        Format::Table => {
            let headers = in_lang(
                [
                    msg::DUE_ID,
                    msg::DUE_UNIT,
                    msg::DUE_PERSON,
                    msg::DUE_STEP,
                    msg::DUE_DATE,
                    msg::DUE_STATE,
                    msg::DUE_BASIS,
                ],
                ctx.lang,
            );
            let rows = items.iter().map(|d| {
                vec![
                    d.id.clone(),
                    d.unit.clone().unwrap_or_default(),
                    d.who.clone(),
                    d.what.clone(),
                    show_date(d.due),
                    upper_first(super::screen::lateness(d.days_late).get(ctx.lang)),
                    d.basis.clone(),
                ]
            });
            let mut text = render::table(&headers, rows);
            if more > 0 {
                let more = super::screen::count(more, ctx.lang);
                let line = msg::due_more(more);
                text.push_str(&format!("{}\n", line.get(ctx.lang)));
            }
            super::screen::fit_text(&text, super::screen::width())
        }
    };
    super::out(&text)?;
    if unreadable {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}

/// «Báo cáo quý I năm 2026»: the step of a report deadline, named by its period.
fn report_step(d: &ReportDeadline) -> Text {
    let title = d.period.title();
    let title = Text::new(lower_first(&title.vi), lower_first(&title.en));
    msg::report_deadline_step(title)
}

/// The pending deadlines of a kind's open records, up to `horizon`; whether a file could not be
/// read.
struct Collect<'a> {
    reg: &'a Register,
    ctx: &'a Context,
    horizon: NaiveDate,
    out: &'a mut Vec<Due>,
}

impl ForKind for Collect<'_> {
    type Out = bool;

    fn run<R: Rules>(self) -> bool {
        if !R::TIME_LIMITS {
            return false;
        }
        let Collect {
            reg,
            ctx,
            horizon,
            out,
        } = self;
        let (records, problems) = super::read::all::<R>(reg, ctx.calendar());
        for loaded in &records {
            let r = &loaded.record;
            for d in r.pending_deadlines(ctx.calendar()) {
                if d.due > horizon {
                    continue;
                }
                out.push(Due {
                    id: r.id().to_string(),
                    unit: Some(r.unit().to_string()),
                    who: r.who(),
                    what: d.limit.what.get(ctx.lang).to_string(),
                    basis: d.limit.basis.get(ctx.lang).to_string(),
                    field: d.field,
                    due: d.due,
                    days_late: (ctx.today() - d.due).num_days(),
                });
            }
        }
        super::read::report_unreadable(&reg.root, &problems, ctx)
    }
}
