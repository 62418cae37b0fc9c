//! `coi report`: the periodic figures, as a table, JSON, CSV files and a workbook. The register
//! is checked first: a report is never made from records with errors unless asked to leave
//! them out.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::args::{self, AsOf};
use crate::context::Context;
use crate::error::{Error, Misuse, Refusal, Result};
use crate::flags::Format;
use crate::flags::{parse_delimiter, period_flag};
use crate::i18n::in_lang;
use crate::i18n::msg;
use crate::i18n::{Lang, Text};
use crate::model::settings::Delimiter;
use crate::model::{group_figure, show_date};
use crate::period::PeriodSpec;
use crate::period::{Period, Span};
use crate::problem::Located;
use crate::register::{Register, git, store};
use crate::render;
use crate::render::cells::{Cell, Sheet};
use crate::report::plan::Matrix;
use crate::report::{self, Report, sheets, submission};
use crate::rules::calendar::Calendar;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 (the year), or `last` for the latest quarter
    /// that has ended
    #[arg(long, value_name = "PERIOD", required_unless_present = "from", conflicts_with_all = ["from", "to"], value_parser = period_flag)]
    pub period: Option<PeriodSpec>,
    /// Start of a period of your own (with --to)
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// End of a period of your own (with --from)
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// Write tong-hop.csv, theo-don-vi.csv, qua-tang.csv, xung-dot-loi-ich.csv, tuyen-truyen.csv,
    /// kiem-tra.csv, ke-hoach.csv, bieu-01-pctn.csv, dieu-chinh.csv, khong-tinh.csv here
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Write one workbook with a sheet for each table
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
    /// Write the report document (.docx) in the layout of Decree 30/2020/NĐ-CP: header, the
    /// results task by task, parts for the clerk to write, «Nơi nhận», the signer and the
    /// indicator table
    #[arg(long, value_name = "FILE")]
    pub docx: Option<PathBuf>,
    /// Leave out the records that `coi check` finds errors in, and list them, instead of refusing
    #[arg(long)]
    pub allow_errors: bool,
    /// The register as it stood at a git revision (a commit, tag, HEAD~3…) or at the end of a
    /// day (the last commit of that day), read from git without touching the working tree
    #[arg(long, value_name = "REV|DATE", value_parser = AsOf::parse)]
    pub as_of: Option<AsOf>,
    /// Record the submission of this report: an annotated git tag bao-cao/<period> holding
    /// every figure
    #[arg(long, conflicts_with_all = ["as_of", "allow_errors"])]
    pub submit: bool,
    /// The report's number as it is signed (12, or 12/BC-BQL): written in the document and
    /// kept with the submission, so that a later correction names it
    #[arg(long, value_name = "NUMBER")]
    pub number: Option<String>,
    /// CSV delimiter (default from coi.yaml, else ','); ';' suits Excel in the Vietnamese setting
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<Delimiter>,
    /// Write CSV without the byte-order mark
    #[arg(long)]
    pub no_bom: bool,
}

pub fn run(ctx: &mut Context, args: &ReportArgs) -> Result<()> {
    let live = ctx.open_register()?;
    // `--as-of`: the register read from a copy of its folder at that commit; paths are still
    // shown as they are in the live register, so the output is what it was then.
    let past = match &args.as_of {
        Some(at) => Some(as_of(&live, at)?),
        None => None,
    };
    let reg = past.as_ref().map_or(&live, |p| &p.reg);
    let cal = past.as_ref().map_or(ctx.calendar(), |p| &p.cal);
    let period = period(ctx, args, reg)?;
    if args.submit {
        ready_to_submit(&live)?;
    }
    // A submission in a register with a shared remote is made on what the remote holds: the
    // records made here are published first, and the tag goes out in the same run.
    let shared = args.submit && past.is_none() && live.has_remote();
    if shared {
        super::publishing::for_submission(ctx, &live)?;
    }
    let units = reg.config.unit_codes();
    let plans = super::read::plans(reg, Some(&units));
    let snapshot = super::read::snapshot_with(reg, cal, Some(&units), &plans.tasks, None);
    let errors = snapshot.errors();
    if !errors.is_empty() && args.submit {
        for e in &errors {
            eprintln!("{}", e.render(&live.root, ctx.lang));
        }
        let errors = errors.len();
        return Err(Error::Refused(Refusal::SubmitRefusedForErrors { errors }));
    }
    if !errors.is_empty() && !args.allow_errors {
        for e in &errors {
            eprintln!("{}", e.render(&live.root, ctx.lang));
        }
        let errors = errors.len();
        return Err(Error::Refused(Refusal::ReportRefusedForErrors { errors }));
    }
    // What `--allow-errors` leaves out is named in every output, so that incomplete figures
    // never look complete.
    let excluded = errors;
    let left_out = left_out(&excluded);
    for path in &left_out {
        let shown = live.shown(Path::new(path)).display().to_string();
        super::warn(msg::report_left_out(shown).get(ctx.lang), ctx.lang);
    }
    let records = super::read::counted(&snapshot);
    let mut report = report::compute(&records, &reg.config, cal, period);
    let (earlier, basis) = period.compared_with(reg.config.period_start_day);
    let earlier = report::compute(&records, &reg.config, cal, earlier);
    report.compare_with(&earlier, basis);
    // A report made before its period ends says as of which day its figures are: today, or
    // the day of the register state it is read from (so the same command gives the same files).
    report.made_on(match (&past, &args.as_of) {
        (Some(Past { commit, .. }), Some(at)) => match at {
            AsOf::Day(day, _) => *day,
            AsOf::Revision(rev) => state_day(&live, rev, commit).unwrap_or(ctx.today()),
        },
        _ => ctx.today(),
    });
    // What was sent for this period, as the register's history stood (under `--as-of`, only
    // the submissions made by then).
    let at = past.as_ref().map_or("HEAD", |p| p.commit.as_str());
    // A submission read back (`--as-of bao-cao/…`) is compared with what was sent before it,
    // as it was when it was made, never with itself.
    let itself = args
        .as_of
        .as_ref()
        .and_then(AsOf::revision)
        .filter(|rev| rev.starts_with(submission::TAG_PREFIX));
    let sent = last_submission(&live, &report.period, at, itself);
    let corrections = sent
        .as_ref()
        .map(|sent| submission::corrections(&sent.figures, &report))
        .unwrap_or_default();
    let matrix = plan_matrix(reg, &plans, &snapshot, &report.period, ctx.lang);
    let form = report::form01::lines(&report);
    let mut sheets = sheets::all(&report, &reg.config, cal, ctx.lang);
    let plan_at = sheets.len();
    sheets.push(sheets::plan(&matrix, &reg.config, ctx.lang));
    sheets.push(report::form01::sheet(&form, ctx.lang));
    // Written every time, like the list of what was left out, so that an earlier run's
    // corrections never stand beside these figures; a sheet of the workbook only when there
    // are some.
    let corrections_sheet =
        submission::corrections_sheet(sent.as_ref(), &corrections, &report, ctx.lang);
    let excluded_sheet = excluded_sheet(&excluded, ctx.lang);
    let title = title(reg, &report, left_out.len(), ctx.lang);

    let mut written = Vec::new();
    if let Some(dir) = &args.out {
        let delimiter = match args.delimiter {
            Some(given) => given,
            None => (reg.config.csv.delimiter()).ok_or(Error::Usage(Misuse::BadDelimiter))?,
        };
        let bom = reg.config.csv.bom && !args.no_bom;
        // Written every time, empty when nothing was left out, so that an earlier run's list
        // never stands beside these figures.
        for sheet in sheets.iter().chain([&corrections_sheet, &excluded_sheet]) {
            let path = dir.join(format!("{}.csv", sheet.file));
            store::replace(&path, &render::csv::write(sheet, delimiter.byte(), bom))?;
            written.push(path);
        }
    }
    if !corrections.is_empty() {
        sheets.push(corrections_sheet);
    }
    if !excluded.is_empty() {
        sheets.push(excluded_sheet);
    }
    // The files are dated by the register state they are made from, so that the same state
    // gives the same bytes whenever the command runs.
    let made = state_time(&live, reg, past.as_ref().map(|p| p.commit.as_str()));
    // A workbook or document that cannot be made never keeps the other files from being
    // written: each failure is told at the end, and the command fails then.
    let mut failed = Vec::new();
    if let Some(file) = &args.xlsx {
        // The year's quarters and the plan by unit, drawn from the workbook's own cells.
        let trend = report::quarters(&records, &reg.config, cal, &report.period);
        // The quarters follow Biểu 01/PCTN, before what was corrected or left out.
        let trend_at = plan_at + 2;
        let charts = sheets::charts(trend_at, trend.len(), plan_at, &matrix, ctx.lang);
        sheets.insert(trend_at, sheets::quarters(&trend, ctx.lang));
        match render::xlsx::write_with_charts(&sheets, &charts, &title, made.date_naive()) {
            Ok(bytes) => match store::replace(file, &bytes) {
                Ok(()) => written.push(file.clone()),
                Err(e) => failed.push(e),
            },
            Err(e) => failed.push(Error::Make {
                action: msg::cannot_make_workbook(),
                path: file.clone(),
                reason: render::xlsx::reason(&e),
            }),
        }
    }
    // The report document: see `report_document` below.
    if let Some(file) = &args.docx {
        for (field, what) in report::document::missing_settings(&reg.config) {
            super::warn(
                msg::docx_setting_missing(field, what).get(ctx.lang),
                ctx.lang,
            );
        }
        let document = report_document(
            reg,
            &plans,
            &snapshot,
            &report,
            sent.as_ref(),
            &corrections,
            args.number.as_deref(),
            &left_out,
            made,
        );
        match document {
            Ok(bytes) => match store::replace(file, &bytes) {
                Ok(()) => written.push(file.clone()),
                Err(e) => failed.push(e),
            },
            Err(e) => failed.push(Error::Make {
                action: msg::cannot_make_document(),
                path: file.clone(),
                // The document's library says what went wrong in its own words (an error of
                // no kind the system knows).
                reason: match e.kind() {
                    std::io::ErrorKind::Other => msg::docx_failed(&e),
                    _ => msg::io_error(&e),
                },
            }),
        }
    }

    let text = match ctx.format {
        Format::Json => {
            let mut json = JsonReport::new(reg, &report, &left_out, &excluded, ctx.lang);
            json.number = args.number.clone();
            json.submitted = sent.as_ref().map(|s| s.tag.clone());
            json.submitted_number = sent.as_ref().and_then(|s| s.number.clone());
            json.submitted_on = sent.as_ref().and_then(|s| s.on);
            json.corrections = corrections;
            json.bieu_01_pctn = form
                .iter()
                .map(|line| JsonFormLine {
                    code: line.row.code,
                    wording: line.row.wording,
                    unit: line.row.unit,
                    value: line.value.map(|v| v.shown()),
                    from: line.from.clone(),
                })
                .collect();
            render::json(&json)
        }
        Format::Table => {
            let mut text = title.join("\n");
            text.push_str("\n\n");
            text.push_str(&table(&report, ctx.lang));
            text.push_str(&plan_section(&matrix, ctx.lang));
            if let Some(sent) = &sent
                && !corrections.is_empty()
            {
                text.push_str(&corrections_table(
                    &sent.tag,
                    &corrections,
                    &report,
                    ctx.lang,
                ));
            }
            if !left_out.is_empty() {
                let n = msg::RECORDS.count(left_out.len() as u64);
                let files = crate::i18n::join(left_out.iter().map(String::as_str));
                text.push_str(msg::report_incomplete(n, files).get(ctx.lang));
                text.push('\n');
            }
            text
        }
    };
    super::out(&text)?;
    for path in written {
        let shown = path.display();
        eprintln!("{}", msg::file_written(shown).get(ctx.lang));
    }
    // The files that could not be made: each told, the last as the command's error. A
    // submission is not recorded without them.
    if let Some(last) = failed.pop() {
        for e in &failed {
            e.print(ctx.lang);
        }
        return Err(last);
    }
    if args.submit {
        let tags = git::tags(&live.root, &format!("{}*", submission::TAG_PREFIX));
        let tag = submission::next_tag(&report.period, &tags);
        let number = args
            .number
            .as_deref()
            .map(|n| document_number(n, &reg.config));
        let mut message = submission::message(&title, number.as_deref(), &report);
        // The block the province's compile reads: the commit tagged is HEAD, now.
        let commit = git::commit_of(&live.root, "HEAD")?.unwrap_or_default();
        let config = &reg.config;
        let code = config.agency_code.as_deref();
        let block = report::block::Block::of(
            &report,
            &config.agency,
            code,
            &commit,
            number.as_deref(),
            ctx.today(),
        );
        message.push_str(&block.text());
        let tagger = git::Identity {
            name: ctx.actor(&live.root),
            email: git::user_email(&live.root).unwrap_or_default(),
            at: ctx.commit_time(),
        };
        git::tag_annotated(&live.root, &tag, &message, &tagger)?;
        eprintln!("{}", msg::submission_recorded(&tag).get(ctx.lang));
        if shared {
            super::publishing::for_submission(ctx, &live)?;
        }
    }
    super::leave_to_exit(snapshot);
    Ok(())
}

/// The register as it stood at a commit, read from a copy of its folder.
struct Past {
    /// The temporary folder of the copy, removed when it is dropped.
    _dir: tempfile::TempDir,
    reg: Register,
    /// The working-day calendar of the register's settings as they were then.
    cal: Calendar,
    commit: String,
}

/// The register as it stood at `rev` (a revision, or a day: its last commit, in Vietnam's
/// time, following first parents from HEAD), copied out of git into a temporary folder that
/// lives as long as what is returned.
fn as_of(live: &Register, at: &AsOf) -> Result<Past> {
    if !git::in_work_tree(&live.root) {
        return Err(Error::Refused(Refusal::AsOfNeedsGit));
    }
    let rev = at.typed();
    let commit = match at {
        &AsOf::Day(day, _) => {
            let until = format!("{} 23:59:59 +0700", day.format("%Y-%m-%d"));
            git::last_commit_until(&live.root, &until)?
                .ok_or(Error::Refused(Refusal::AsOfNoCommitBy { day }))?
        }
        AsOf::Revision(rev) => git::commit_of(&live.root, rev)?.ok_or_else(|| {
            Error::Refused(Refusal::AsOfUnknownRevision {
                rev: rev.to_string(),
            })
        })?,
    };
    // The copy is never named: its folder is temporary; the live register stands for it.
    let dir = tempfile::Builder::new()
        .prefix("coi-as-of-")
        .tempdir()
        .map_err(|e| Error::io(msg::cannot_read_past_register(), &live.root, e))?;
    let root = dir.path().join("register");
    if !git::export(&live.root, &commit, &root)? {
        return Err(Error::Refused(Refusal::AsOfNoRegister {
            rev: rev.to_string(),
        }));
    }
    let (reg, cal) =
        crate::context::open(root.clone()).map_err(|e| e.rebased(&root, &live.root))?;
    Ok(Past {
        _dir: dir,
        reg,
        cal,
        commit,
    })
}

/// The day of a register state in Vietnam's time: a submission tag's own date (the day the
/// report was sent, as it was made then), else the commit's.
fn state_day(live: &Register, rev: &str, commit: &str) -> Option<chrono::NaiveDate> {
    let stamp = git::tag_date(&live.root, rev).or_else(|| git::commit_date(&live.root, commit))?;
    let vietnam = chrono::FixedOffset::east_opt(7 * 3600).expect("UTC+7");
    Some(stamp.with_timezone(&vietnam).date_naive())
}

/// When the register state `reg` was made, in Vietnam's time: the date of the last commit that
/// changed what reports are made from (as of `commit` under `--as-of`, else of HEAD); for a
/// register outside git, the newest change among those files. Never the clock and never the
/// period, so the same state gives the same files; and never the reports a script keeps in the
/// register (committing them would date the next run's files anew).
fn state_time(live: &Register, reg: &Register, commit: Option<&str>) -> DateTime<FixedOffset> {
    let vietnam = FixedOffset::east_opt(7 * 3600).expect("UTC+7");
    let mut sources = vec![crate::layout::CONFIG_FILE, crate::layout::PLANS_FOLDER];
    sources.extend(crate::model::Kind::ALL.map(|k| k.folder()));
    let stamp = if git::in_work_tree(&live.root) {
        git::last_change(&live.root, commit.unwrap_or("HEAD"), &sources)
    } else {
        None
    };
    let newest = || {
        (sources.iter())
            .filter_map(|path| newest_change(&reg.root.join(path)))
            .max()
    };
    // A register has at least its coi.yaml, so the last fallback is never reached.
    (stamp.or_else(newest))
        .unwrap_or_default()
        .with_timezone(&vietnam)
}

/// The newest modification time of `path` or, for a folder, of the files under it; the hidden
/// ones left out and links not followed.
fn newest_change(path: &Path) -> Option<DateTime<FixedOffset>> {
    let meta = path.symlink_metadata().ok()?;
    let time = if meta.is_file() {
        meta.modified().ok()?
    } else if meta.is_dir() {
        let entries = std::fs::read_dir(path).ok()?.flatten();
        return (entries.filter(|e| !e.file_name().to_string_lossy().starts_with('.')))
            .filter_map(|e| newest_change(&e.path()))
            .max();
    } else {
        return None;
    };
    // Whole seconds: the document's dates have no fraction.
    let seconds = DateTime::<chrono::Utc>::from(time).timestamp();
    DateTime::from_timestamp(seconds, 0).map(|t| t.fixed_offset())
}

/// `--docx`: the report document (always in Vietnamese, as it is sent), from the report, the
/// plan's tasks × units for the year to date and for the period, and the actions that carry the
/// tasks out. Each setting of `coi.yaml` it lacks is left blank in it (and named in a warning
/// by the caller).
#[allow(clippy::too_many_arguments)]
fn report_document(
    reg: &Register,
    plans: &super::read::Plans,
    snapshot: &crate::rules::file::Snapshot,
    report: &Report,
    sent: Option<&submission::Submitted>,
    corrections: &[submission::Correction],
    number: Option<&str>,
    left_out: &[String],
    made: DateTime<FixedOffset>,
) -> std::io::Result<Vec<u8>> {
    let p = report.period;
    let year = plan_matrix(reg, plans, snapshot, &p, Lang::Vi);
    let alone = Period {
        year_from: p.from,
        ..p
    };
    let period = plan_matrix(reg, plans, snapshot, &alone, Lang::Vi);
    let actions = super::read::usable(snapshot.of::<crate::model::PlanAction>());
    let doc = report::document::build(&report::document::Sources {
        config: &reg.config,
        made,
        report,
        year: &year,
        period: &period,
        plan: plans.plans.get(&p.year).map(|(_, plan)| plan),
        actions: &actions,
        sent,
        corrections,
        number: number.map(|n| document_number(n, &reg.config)),
        left_out,
    });
    render::docx::write(&doc)
}

/// The report's number as it is signed: `12` is «12/BC-<doc_code>», a full number stays as given.
fn document_number(given: &str, config: &crate::model::settings::Config) -> String {
    config.document().number(given)
}

/// The plan's tasks × units for the year to date of `period`: the plan file of its report
/// year, else the seed plan's tasks.
fn plan_matrix(
    reg: &Register,
    plans: &super::read::Plans,
    snapshot: &crate::rules::file::Snapshot,
    period: &Period,
    lang: Lang,
) -> Matrix {
    let tasks = match plans.plans.get(&period.year) {
        Some((_, plan)) => plan.tasks.clone(),
        None => super::read::seed_tasks(lang),
    };
    let day = reg.config.period_start_day;
    let year_to_date = Period::of(period.year, Span::Custom(period.year_from, period.to), day);
    super::read::plan_matrix(snapshot, &tasks, &reg.config.unit_codes(), year_to_date)
}

/// Under the indicators: each task of the plan, how many records carry it out in the year to
/// date, and the units that have none.
fn plan_section(matrix: &Matrix, lang: Lang) -> String {
    let headers = in_lang(
        [
            msg::COL_TASK,
            msg::COL_TASK_TITLE,
            msg::COL_TOTAL,
            msg::COL_UNITS_WITHOUT,
        ],
        lang,
    );
    let rows = matrix.rows.iter().map(|row| {
        let without = (matrix.units.iter().zip(&row.cells))
            .filter(|(_, c)| c.applies && c.ids.is_empty())
            .map(|(u, _)| u.as_str());
        vec![
            row.task.code.clone(),
            row.task.title.clone(),
            row.total.count().to_string(),
            crate::i18n::join(without),
        ]
    });
    let (from, to) = (show_date(matrix.year.from), show_date(matrix.year.to));
    format!(
        "\n{}\n{}",
        msg::report_plan_heading(from, to).get(lang),
        render::table(&headers, rows)
    )
}

/// A submission records what the commit it is made on holds: records changed and not yet
/// committed would make the tag lie.
fn ready_to_submit(live: &Register) -> Result<()> {
    if !git::in_work_tree(&live.root) {
        return Err(Error::Refused(Refusal::SubmitNeedsGit));
    }
    let mut record_paths = vec![crate::layout::CONFIG_FILE];
    record_paths.extend(crate::model::Kind::ALL.map(|k| k.folder()));
    if !git::uncommitted(&live.root, &record_paths)?.is_empty() {
        return Err(Error::Refused(Refusal::SubmitUncommitted));
    }
    Ok(())
}

/// The latest submission of `period` reachable from `at`: its tag, number, day and figures.
fn last_submission(
    live: &Register,
    period: &Period,
    at: &str,
    itself: Option<&str>,
) -> Option<submission::Submitted> {
    let pattern = format!("{}{period}*", submission::TAG_PREFIX);
    let mut tags = git::tags_reachable(&live.root, &pattern, at);
    if let Some(itself) = itself {
        // It and the ones made after it on the same commit.
        let later = |t: &String| {
            submission::latest_tag(period, &[itself.to_string(), t.clone()]) == Some(t.as_str())
        };
        tags.retain(|t| t != itself && !later(t));
    }
    let tag = submission::latest_tag(period, &tags)?.to_string();
    let message = git::tag_message(&live.root, &tag).ok()?;
    let figures = submission::parse(&message);
    let vietnam = chrono::FixedOffset::east_opt(7 * 3600).expect("UTC+7");
    let on = git::tag_date(&live.root, &tag).map(|d| d.with_timezone(&vietnam).date_naive());
    (!figures.is_empty()).then(|| submission::Submitted {
        number: submission::number(&message),
        tag,
        on,
        figures,
    })
}

/// «Điều chỉnh số liệu đã báo cáo»: each figure that differs from what was sent.
fn corrections_table(
    tag: &str,
    corrections: &[submission::Correction],
    report: &Report,
    lang: Lang,
) -> String {
    let headers = in_lang(
        [
            msg::REPORT_CODE,
            msg::REPORT_INDICATOR,
            msg::CORRECTION_COLUMN,
            msg::CORRECTION_SUBMITTED,
            msg::CORRECTION_NOW,
        ],
        lang,
    );
    let rows = corrections.iter().map(|c| {
        let figure = report.figures.iter().find(|f| f.indicator.code == c.code);
        let wording = figure.map_or("", |f| f.indicator.wording.get(lang));
        let column = match c.column {
            "period" => msg::REPORT_PERIOD,
            _ => msg::REPORT_YEAR_TO_DATE,
        };
        vec![
            c.code.clone(),
            wording.to_string(),
            column.get(lang).to_string(),
            group_figure(c.submitted),
            group_figure(c.now),
        ]
    });
    format!(
        "\n{}\n{}",
        msg::corrections_heading(tag).get(lang),
        render::table(&headers, rows)
    )
}

fn period(ctx: &Context, args: &ReportArgs, reg: &Register) -> Result<Period> {
    let day = reg.config.period_start_day;
    if let (Some(from), Some(to)) = (&args.from, &args.to) {
        let from = args::date("--from", from)?;
        let to = args::date("--to", to)?;
        return Period::custom(from, to, day).map_err(|fault| args::invalid("--to", fault));
    }
    let spec = args.period.unwrap_or(args::PeriodSpec::Last);
    Ok(spec.period(ctx.today(), day))
}

/// The files whose records are left out for their errors, once each.
fn left_out(errors: &[&Located]) -> Vec<String> {
    let mut paths: Vec<String> = errors
        .iter()
        .map(|f| f.path.display().to_string())
        .collect();
    paths.dedup();
    paths
}

/// `khong-tinh.csv`: each error that kept a file out of the figures.
fn excluded_sheet(errors: &[&Located], lang: Lang) -> Sheet {
    Sheet {
        file: "khong-tinh",
        name: msg::SHEET_EXCLUDED.get(lang).to_string(),
        headers: in_lang(
            [
                msg::COL_FILE,
                msg::COL_LINE,
                msg::HEADING_FIELD,
                msg::COL_PROBLEM,
            ],
            lang,
        )
        .map(String::from)
        .to_vec(),
        rows: errors
            .iter()
            .map(|e| {
                vec![
                    Cell::text(e.path.display().to_string()),
                    Cell::Int(e.line as u64),
                    Cell::text(e.finding.shown_field().unwrap_or_default().to_string()),
                    Cell::text(e.finding.message.get(lang).to_string()),
                ]
            })
            .collect(),
        printed: Vec::new(),
    }
}

/// An error that kept a file out of the figures, for scripts.
#[derive(Serialize)]
struct JsonExcluded {
    file: String,
    line: usize,
    field: String,
    message: String,
}

/// The lines above the tables: agency, report, period, recipient.
/// The lines above the figures, in the terminal and on each sheet of the workbook. `left_out`:
/// how many records `--allow-errors` left out, said under the report's name so that incomplete
/// figures never pass for complete ones.
fn title(reg: &Register, report: &Report, left_out: usize, lang: Lang) -> Vec<String> {
    let p = &report.period;
    let name = p.title();
    let (from, to, ytd) = (show_date(p.from), show_date(p.to), show_date(p.year_from));
    let name = Text::new(name.vi.to_uppercase(), name.en.to_uppercase());
    let mut lines: Vec<Text> = vec![
        Text::new(reg.config.agency.clone(), reg.config.agency.clone()),
        msg::report_title(name),
    ];
    if left_out > 0 {
        let n = left_out as u64;
        let grouped = crate::model::values::group_thousands(n);
        let records = Text::new(
            format!("{grouped} {}", msg::RECORDS.vi),
            msg::RECORDS.count(n).en,
        );
        lines.push(msg::report_incomplete_mark(records));
    }
    lines.push(msg::report_period_line(from, to, ytd));
    if let Some(day) = report.data_until {
        lines.push(msg::report_data_until(show_date(day)));
    }
    lines.push(msg::report_recipient_line(&reg.config.report_to));
    lines.iter().map(|l| l.get(lang).to_string()).collect()
}

fn table(report: &Report, lang: Lang) -> String {
    let headers = in_lang(
        [
            msg::REPORT_CODE,
            msg::REPORT_OFFICIAL,
            msg::REPORT_INDICATOR,
            msg::REPORT_UNIT,
            msg::REPORT_PERIOD,
            msg::REPORT_YEAR_TO_DATE,
        ],
        lang,
    );
    let rows = report.figures.iter().map(|f| {
        let ind = f.indicator;
        vec![
            ind.code.to_string(),
            f.official.clone().unwrap_or_default(),
            ind.wording.get(lang).to_string(),
            ind.unit.get(lang).to_string(),
            group_figure(f.period),
            group_figure(f.year_to_date),
        ]
    });
    render::table(&headers, rows)
}

#[derive(Serialize)]
struct JsonReport {
    agency: String,
    report_to: String,
    period: String,
    title: String,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    year_from: chrono::NaiveDate,
    indicators: Vec<JsonFigure>,
    left_out: Vec<String>,
    /// Every error that kept a file out of the figures (empty when the figures are complete).
    excluded: Vec<JsonExcluded>,
    /// The report's number, when `--number` gave it.
    number: Option<String>,
    /// The tag of the last submission of this period, if any.
    submitted: Option<String>,
    /// That submission's report number, when it was given, and its day.
    submitted_number: Option<String>,
    submitted_on: Option<chrono::NaiveDate>,
    /// Each figure that differs now from what that submission holds.
    corrections: Vec<submission::Correction>,
    /// The rows of Biểu 01/PCTN the figures fill, under their headings (no value).
    bieu_01_pctn: Vec<JsonFormLine>,
}

#[derive(Serialize)]
struct JsonFormLine {
    code: &'static str,
    wording: &'static str,
    unit: &'static str,
    /// As the form writes it: «1.309», «66,71» (triệu đồng).
    value: Option<String>,
    from: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonFigure {
    code: &'static str,
    official: Option<String>,
    group: &'static str,
    wording: &'static str,
    unit: &'static str,
    period: u64,
    year_to_date: u64,
    units: Vec<JsonUnitFigure>,
}

#[derive(Serialize)]
struct JsonUnitFigure {
    code: String,
    period: u64,
    year_to_date: u64,
}

impl JsonReport {
    fn new(
        reg: &Register,
        report: &Report,
        left_out: &[String],
        excluded: &[&Located],
        lang: Lang,
    ) -> JsonReport {
        let p = &report.period;
        JsonReport {
            agency: reg.config.agency.clone(),
            report_to: reg.config.report_to.clone(),
            period: p.to_string(),
            title: p.title().get(lang).to_string(),
            from: p.from,
            to: p.to,
            year_from: p.year_from,
            indicators: report
                .figures
                .iter()
                .map(|f| JsonFigure {
                    code: f.indicator.code,
                    official: f.official.clone(),
                    group: f.indicator.group.label().get(lang),
                    wording: f.indicator.wording.get(lang),
                    unit: f.indicator.unit.get(lang),
                    period: f.period,
                    year_to_date: f.year_to_date,
                    units: f
                        .units
                        .iter()
                        .map(|(code, period, ytd)| JsonUnitFigure {
                            code: code.clone(),
                            period: *period,
                            year_to_date: *ytd,
                        })
                        .collect(),
                })
                .collect(),
            left_out: left_out.to_vec(),
            excluded: excluded
                .iter()
                .map(|e| JsonExcluded {
                    file: e.path.display().to_string(),
                    line: e.line,
                    field: e.finding.field.clone(),
                    message: e.finding.message.get(lang).to_string(),
                })
                .collect(),
            number: None,
            submitted: None,
            submitted_number: None,
            submitted_on: None,
            corrections: Vec::new(),
            bieu_01_pctn: Vec::new(),
        }
    }
}
