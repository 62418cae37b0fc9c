//! `coi status` (and `coi` alone): this year at a glance: records by kind and status, what is
//! overdue, the reporting period we are in, the province's next report deadline, and whether
//! this clone is in step with the shared remote.

use crate::context::Context;
use crate::error::Result;
use crate::flags::Format;
use crate::i18n::{Lang, upper_first};
use crate::i18n::{in_lang, msg};
use crate::model::Kind;
use crate::model::show_date;
use crate::period::{Period, Span};
use crate::register::git;
use crate::render;
use crate::rules::calendar::Calendar;
use crate::rules::file::Snapshot;
use crate::rules::report_deadlines::{self, ReportDeadline};
use crate::rules::{ForKind, Rules, for_kind};

pub fn run(ctx: &mut Context) -> Result<()> {
    let reg = ctx.open_register()?;
    let today = ctx.today();
    let lang = ctx.lang;
    let day = reg.config.period_start_day;
    // The report year that today belongs to (the year of its plan), and the quarter of it we
    // are in.
    let year = Period::report_year(today, day);
    let quarter = (1..=4)
        .map(|q| Period::of(year, Span::Quarter(q), day))
        .find(|p| p.contains(today))
        .expect("every day is in a quarter");
    let year_period = Period::of(year, Span::Year, day);

    let snapshot = super::read::snapshot(&reg, ctx.calendar(), Some(&reg.config.unit_codes()));
    let mut tally = Tally::default();
    let mut overdue = Vec::new();
    for kind in Kind::ALL {
        let of_kind = OfKind {
            snapshot: &snapshot,
            cal: ctx.calendar(),
            year: &year_period,
            today,
            lang,
            tally: &mut tally,
            overdue: &mut overdue,
        };
        for_kind(kind, of_kind);
    }
    let Tally { rows, counts } = tally;
    // The province's report deadlines: those past go with the overdue steps, the next one
    // ahead under the period.
    let reports = super::read::report_deadlines(&reg, today);
    let reports = report_deadlines::at_a_glance(&reports, today);
    let mut ahead = Vec::new();
    for d in &reports {
        let line = report_line(d, today, lang);
        if d.due < today {
            overdue.push((d.due, line));
        } else {
            ahead.push(line);
        }
    }
    overdue.sort();

    let errors = snapshot
        .findings()
        .iter()
        .filter(|f| f.finding.is_error())
        .count();
    let (q, qf, qt) = (
        quarter.title(),
        show_date(quarter.from),
        show_date(quarter.to),
    );
    let hand_edits = super::settings::hand_edits_to_name(&reg);
    // A `git merge` left unfinished (a conflict to resolve): no change can be committed.
    let merging = git::in_work_tree(&reg.root) && git::merge_in_progress(&reg.root);
    if ctx.format == Format::Json {
        let status = Status {
            agency: &reg.config.agency,
            period: Dates {
                title: quarter.title().get(lang).to_string(),
                from: quarter.from,
                to: quarter.to,
            },
            year: Dates {
                title: year.to_string(),
                from: year_period.from,
                to: year_period.to,
            },
            counts,
            overdue: overdue.iter().map(|(_, line)| line.as_str()).collect(),
            report_deadlines: reports
                .iter()
                .map(|d| ReportDue {
                    period: d.code(),
                    due: d.due,
                    days_late: d.days_late(today),
                })
                .collect(),
            errors,
            merging,
            sync: super::publishing::standing(&reg, &snapshot),
            uncommitted_settings: (hand_edits.iter())
                .map(|(file, command)| HandEdit {
                    file: reg.shown(std::path::Path::new(file)).display().to_string(),
                    command: command.as_deref(),
                })
                .collect(),
        };
        return super::out(&render::json(&status));
    }
    let period = msg::status_period(&reg.config.agency, q, qf, qt);
    let mut text = format!("{}\n", period.get(lang));
    for line in &ahead {
        text.push_str(&format!("{line}\n"));
    }
    text.push('\n');
    let (yf, yt) = (show_date(year_period.from), show_date(year_period.to));
    text.push_str(&format!("{}\n", msg::status_year(year, yf, yt).get(lang)));
    let headers = in_lang([msg::STATUS_KIND, msg::COL_STATUS, msg::STATUS_COUNT], lang);
    text.push_str(&render::table(&headers, rows));
    if overdue.is_empty() {
        text.push_str(&format!("{}\n", msg::NOTHING_OVERDUE.get(lang)));
    } else {
        text.push_str(&format!("\n{}\n", msg::OVERDUE.get(lang)));
        // The most urgent, the longest overdue first; `coi due` lists them all.
        for (_, line) in overdue.iter().take(OVERDUE_SHOWN) {
            text.push_str(&format!("  {line}\n"));
        }
        if overdue.len() > OVERDUE_SHOWN {
            let more = super::screen::count(overdue.len() - OVERDUE_SHOWN, lang);
            text.push_str(&format!("  {}\n", msg::status_more(more).get(lang)));
        }
    }
    if merging {
        text.push_str(&format!("\n{}\n", msg::STATUS_MID_MERGE.get(lang)));
    }
    if errors > 0 {
        let errors = msg::status_errors(msg::ERRORS.count(errors as u64));
        text.push_str(&format!("\n{}\n", errors.get(lang)));
    }
    if !hand_edits.is_empty() {
        let files = super::settings::hand_edits_shown(&reg, &hand_edits);
        let files = msg::files_with_commands(&files);
        let line = msg::status_settings_uncommitted(files);
        text.push_str(&format!("\n{}\n", line.get(lang)));
    }
    if let Some(standing) = super::publishing::standing(&reg, &snapshot) {
        text.push('\n');
        for line in super::publishing::standing_lines(&standing) {
            text.push_str(&format!("{}\n", line.get(lang)));
        }
    }
    super::out(&super::screen::fit_text(&text, super::screen::width()))
}

/// How many overdue steps `status` shows, so that it fits on one screen.
const OVERDUE_SHOWN: usize = 10;

/// `coi --format json status`: the same, for a script.
#[derive(serde::Serialize)]
struct Status<'a> {
    agency: &'a str,
    period: Dates,
    year: Dates,
    counts: Vec<Count>,
    overdue: Vec<&'a str>,
    /// The report deadlines shown: every one past and the next one ahead, not yet sent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    report_deadlines: Vec<ReportDue>,
    errors: usize,
    /// A `git merge` is under way in the register's repository (shown only when it is).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    merging: bool,
    /// This clone beside the shared remote, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    sync: Option<crate::sync::Standing>,
    /// `coi.yaml` and the plans changed and not committed, which `sync` will not send.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    uncommitted_settings: Vec<HandEdit<'a>>,
}

/// A settings file changed by hand, and the command that commits it (`null`: `git commit`).
#[derive(serde::Serialize)]
struct HandEdit<'a> {
    file: String,
    command: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct ReportDue {
    period: String,
    due: chrono::NaiveDate,
    /// Days past the due date; negative while there is still time.
    days_late: i64,
}

/// «Báo cáo 2026-Q1: hạn 18/03/2026, còn 4 ngày».
fn report_line(d: &ReportDeadline, today: chrono::NaiveDate, lang: Lang) -> String {
    let state = super::screen::lateness(d.days_late(today));
    let line = msg::report_deadline(d.code(), show_date(d.due), state);
    line.get(lang).to_string()
}

#[derive(serde::Serialize)]
struct Dates {
    title: String,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
}

/// For scripts, the kind and status as spelled in the files.
#[derive(serde::Serialize)]
struct Count {
    kind: &'static str,
    status: &'static str,
    count: usize,
}

/// What one kind adds to the status: its counts and its steps overdue.
struct OfKind<'a> {
    snapshot: &'a Snapshot,
    cal: &'a Calendar,
    year: &'a Period,
    today: chrono::NaiveDate,
    lang: Lang,
    tally: &'a mut Tally,
    overdue: &'a mut Vec<(chrono::NaiveDate, String)>,
}

impl ForKind for OfKind<'_> {
    type Out = ();

    fn run<R: Rules>(self) {
        let loaded = self.snapshot.of::<R>();
        self.tally.add(loaded, self.year, self.today, self.lang);
        overdue_of(loaded, self.cal, self.today, self.lang, self.overdue);
    }
}

/// (kind, status, count) for the records of the report year, in the order of the statuses:
/// rows for people (with a row saying that a kind has none yet) and counts for scripts.
#[derive(Default)]
struct Tally {
    rows: Vec<Vec<String>>,
    counts: Vec<Count>,
}

impl Tally {
    fn add<R: Rules>(
        &mut self,
        loaded: &[crate::rules::file::Loaded<R>],
        year: &Period,
        today: chrono::NaiveDate,
        lang: Lang,
    ) {
        let kind = upper_first(R::KIND.label().get(lang));
        let mut total = 0;
        for term in R::STATUSES.terms {
            let n = loaded
                .iter()
                .filter(|l| year.contains(l.record.key_date()))
                .filter(|l| l.record.status(today).yaml == term.yaml)
                .count();
            if n > 0 {
                self.counts.push(Count {
                    kind: R::KIND.noun(),
                    status: term.yaml,
                    count: n,
                });
                let status = term.label(lang).to_string();
                let shown = super::screen::count(n, lang);
                self.rows.push(vec![kind.clone(), status, shown]);
                total += n;
            }
        }
        if total == 0 {
            let none = msg::STATUS_NONE_YET.get(lang).to_string();
            self.rows.push(vec![kind, none, "0".to_string()]);
        }
    }
}

fn overdue_of<R: Rules>(
    loaded: &[crate::rules::file::Loaded<R>],
    cal: &Calendar,
    today: chrono::NaiveDate,
    lang: Lang,
    out: &mut Vec<(chrono::NaiveDate, String)>,
) {
    for l in loaded {
        for d in l.record.pending_deadlines(cal) {
            if d.due < today {
                let late = (today - d.due).num_days();
                let line = msg::overdue_step(
                    l.record.id(),
                    l.record.who(),
                    d.limit.what,
                    show_date(d.due),
                    msg::DAYS.count(late.unsigned_abs()),
                );
                out.push((d.due, line.get(lang).to_string()));
            }
        }
    }
}
