//! `coi province`: the Inspectorate's compile of every agency's submitted report. `init` and
//! `add-agency` write the workspace's `province.yaml`, `check` reads it, `collect` fetches the
//! submission tags from the agencies' remotes, `report` compiles a period.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

mod args;
pub use args::{AddAgencyArgs, CollectArgs, InitArgs, ProvinceAction, ProvinceArgs, ReportArgs};

use crate::context::Context;
use crate::error::{Error, Misuse, Refusal, Result};
use crate::flags::Format;
use crate::i18n::{Lang, in_lang, msg};
use crate::model::{group_figure, show_date};
use crate::period::Period;
use crate::province::collect::{self, Job, Outcome};
use crate::province::compile::{self, Compiled, Status};
use crate::province::workspace::{self, Agency, Workspace};
use crate::province::{document, trend, verify};
use crate::register::store;
use crate::render;
use crate::render::cells::{Cell, Sheet};
use crate::report::form01::FormValue;
use crate::report::indicators::INDICATORS;

pub fn run(ctx: &mut Context, args: &ProvinceArgs) -> Result<()> {
    match &args.action {
        ProvinceAction::Init(a) => init(ctx, a),
        ProvinceAction::AddAgency(a) => add_agency(ctx, a),
        ProvinceAction::Check => check(ctx),
        ProvinceAction::Collect(a) => collect(ctx, a),
        ProvinceAction::Report(a) => report(ctx, a),
    }
}

/// The workspace's folder: `--data`, else the current folder.
fn root(ctx: &Context) -> PathBuf {
    match ctx.data_flag() {
        Some(dir) => ctx.cwd.join(dir),
        None => ctx.cwd.clone(),
    }
}

/// The workspace, refused with its problems printed when it has any.
fn open(ctx: &Context) -> Result<(PathBuf, Workspace)> {
    let root = root(ctx);
    let path = root.join(workspace::FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::Refused(Refusal::NoProvinceWorkspace { dir: root.clone() })
        }
        _ => Error::io(msg::province_cannot_read(), &path, e),
    })?;
    let (read, found) = workspace::read(&text, Path::new(workspace::FILE));
    if !found.is_empty() {
        for f in &found {
            eprintln!("{}", f.render(&shown_root(ctx), ctx.lang));
        }
        return Err(Error::Refused(Refusal::ProvinceFileProblems {
            count: found.len(),
        }));
    }
    Ok((root, read.expect("a file without problems is read")))
}

/// The workspace's folder as the person named it, for the paths printed.
fn shown_root(ctx: &Context) -> PathBuf {
    ctx.data_flag()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn init(ctx: &mut Context, args: &InitArgs) -> Result<()> {
    let dir = ctx.cwd.join(&args.dir);
    let path = dir.join(workspace::FILE);
    if path.exists() {
        return Err(Error::Refused(Refusal::ProvinceWorkspaceExists {
            file: args.dir.join(workspace::FILE),
        }));
    }
    let name = crate::model::values::normalize_text(args.name.trim());
    if name.is_empty() {
        return Err(Error::Usage(Misuse::Blank { flag: "--name" }));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(msg::province_cannot_write(), &dir, e))?;
    let year = chrono::Datelike::year(&ctx.today());
    let ws = Workspace::new(name, year);
    store::create_new(&path, ws.text().as_bytes())?;
    eprintln!(
        "{}",
        msg::file_written(args.dir.join(workspace::FILE).display()).get(ctx.lang)
    );
    Ok(())
}

fn add_agency(ctx: &mut Context, args: &AddAgencyArgs) -> Result<()> {
    let (root, mut ws) = open(ctx)?;
    let code = args.code.trim().to_string();
    if !crate::model::settings::valid_unit_code(&code) {
        return Err(Error::Usage(Misuse::BadAgencyCode { code }));
    }
    if ws.agency(&code).is_some() {
        return Err(Error::Refused(Refusal::AgencyTwice { code }));
    }
    let name = crate::model::values::normalize_text(args.name.trim());
    if name.is_empty() {
        return Err(Error::Usage(Misuse::Blank { flag: "--name" }));
    }
    // A remote that is a folder here is kept as its full path, so that it means the same
    // from wherever the workspace is used.
    let remote = args.remote.as_ref().map(|r| {
        let here = ctx.cwd.join(r);
        match here.exists() {
            true => here.canonicalize().unwrap_or(here).display().to_string(),
            false => r.clone(),
        }
    });
    let folder = match &args.folder {
        Some(f) => {
            let dir = ctx.cwd.join(f);
            std::fs::create_dir_all(&dir)
                .map_err(|e| Error::io(msg::province_cannot_write(), &dir, e))?;
            let dir = dir.canonicalize().unwrap_or(dir);
            let base = root.canonicalize().unwrap_or(root.clone());
            Some(match dir.strip_prefix(&base) {
                Ok(inside) => inside.display().to_string(),
                Err(_) => dir.display().to_string(),
            })
        }
        None => None,
    };
    ws.agencies.push(Agency {
        code,
        name,
        remote,
        folder,
    });
    let text = ws.text();
    let (_, found) = workspace::read(&text, Path::new(workspace::FILE));
    if let Some(first) = found.first() {
        return Err(Error::Usage(Misuse::AgencyRefused {
            problem: first.finding.message.clone(),
        }));
    }
    store::replace(&root.join(workspace::FILE), text.as_bytes())?;
    eprintln!(
        "{}",
        msg::province_agency_added(&args.code, ws.agencies.len()).get(ctx.lang)
    );
    Ok(())
}

fn check(ctx: &mut Context) -> Result<()> {
    let root = root(ctx);
    let path = root.join(workspace::FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::Refused(Refusal::NoProvinceWorkspace { dir: root.clone() })
        }
        _ => Error::io(msg::province_cannot_read(), &path, e),
    })?;
    let (read, mut found) = workspace::read(&text, Path::new(workspace::FILE));
    // A folder source that is not there: said, not refused (files may not have come yet).
    let mut warnings = Vec::new();
    if let Some(ws) = &read {
        let lines = crate::yaml::lines::LineMap::of(&text);
        for (i, a) in ws.agencies.iter().enumerate() {
            if let Some(folder) = &a.folder
                && !root.join(folder).is_dir()
            {
                let field = format!("agencies[{i}].folder");
                let line = lines.line(&field);
                warnings.push(crate::problem::Located::at(
                    Path::new(workspace::FILE),
                    line,
                    crate::problem::Finding::warning(field, msg::province_no_folder(folder)),
                ));
            }
        }
    }
    let errors = found.len();
    found.extend(warnings);
    found.sort_by_key(|f| f.line);
    for f in &found {
        println!("{}", f.render(&shown_root(ctx), ctx.lang));
    }
    if errors > 0 {
        return Err(Error::Reported);
    }
    if let Some(ws) = read {
        eprintln!("{}", msg::province_checked(ws.agencies.len()).get(ctx.lang));
    }
    Ok(())
}

fn period(ws: &Workspace, given: &str) -> Result<Period> {
    Period::parse(given, ws.period_start_day)
        .map_err(|fault| super::args::invalid("--period", fault))
}

fn collect(ctx: &mut Context, args: &CollectArgs) -> Result<()> {
    let (root, ws) = open(ctx)?;
    let period = period(&ws, &args.period)?;
    let code = period.to_string();
    let jobs: Vec<Job> = (ws.agencies.iter())
        .filter_map(|a| {
            let remote = a.remote.as_ref()?;
            // A relative path is the workspace's.
            let here = root.join(remote);
            let remote = match !Path::new(remote).is_absolute() && here.exists() {
                true => here.display().to_string(),
                false => remote.clone(),
            };
            Some(Job {
                code: a.code.clone(),
                remote,
            })
        })
        .collect();
    let limit = Duration::from_secs(args.timeout.unwrap_or(ws.timeout).max(1));
    let terminal = std::io::stderr().is_terminal();
    let lang = ctx.lang;
    let progress = |done: usize, total: usize, o: &Outcome| {
        if terminal {
            let status = outcome_label(o).get(lang).to_string();
            eprint!("\r\x1b[K[{done}/{total}] {} {status}", o.code);
            if done == total {
                eprintln!();
            }
        }
    };
    let fetched = collect::fetch_all(&root, &code, &jobs, limit, &progress);
    let mut outcomes = Vec::new();
    for a in &ws.agencies {
        let found = fetched.iter().find(|o| o.code == a.code).cloned();
        outcomes.push(found.unwrap_or_else(|| Outcome {
            code: a.code.clone(),
            status: "folder".into(),
            reason: String::new(),
            millis: 0,
        }));
    }
    let log = collect::Log {
        period: code.clone(),
        at: ctx.now.to_rfc3339(),
        agencies: outcomes,
    };
    let path = collect::log_path(&root, &code);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(msg::province_cannot_write(), dir, e))?;
    }
    store::replace(&path, render::json(&log).as_bytes())?;
    // What came of each agency: its submissions now in the store, or why none came.
    let rows = (ws.agencies.iter().zip(&log.agencies)).map(|(a, o)| {
        let tags = match a.folder {
            Some(_) => String::new(),
            None => {
                let found = collect::collected(&root, &a.code, &code);
                crate::i18n::join(found.iter().map(|t| t.tag.as_str()))
            }
        };
        vec![
            a.code.clone(),
            a.name.clone(),
            outcome_label(o).get(lang).to_string(),
            tags,
            o.reason.clone(),
        ]
    });
    let rows: Vec<_> = rows.collect();
    match ctx.format {
        Format::Json => super::out(&render::json(&log))?,
        _ => {
            let headers = in_lang(
                [
                    msg::PROVINCE_COL_AGENCY,
                    msg::PROVINCE_COL_NAME,
                    msg::PROVINCE_COL_STATUS,
                    msg::PROVINCE_COL_TAGS,
                    msg::PROVINCE_COL_REASON,
                ],
                lang,
            );
            super::out(&format!("{}\n", render::table(&headers, rows)))?;
        }
    }
    for o in log
        .agencies
        .iter()
        .filter(|o| o.status == "failed" || o.status == "timed-out")
    {
        super::warn(
            msg::province_fetch_failed(&o.code, &o.reason).get(lang),
            lang,
        );
    }
    Ok(())
}

fn outcome_label(o: &Outcome) -> crate::i18n::Label {
    match o.status.as_str() {
        "fetched" => msg::PROVINCE_FETCHED,
        "timed-out" => msg::PROVINCE_FETCH_TIMED_OUT,
        "folder" => msg::PROVINCE_FROM_FOLDER,
        _ => msg::PROVINCE_FETCH_FAILED,
    }
}

fn report(ctx: &mut Context, args: &ReportArgs) -> Result<()> {
    let (root, ws) = open(ctx)?;
    let period = period(&ws, &args.period)?;
    let (mut sent, unreachable) = compile::gather(&root, &ws, &period);
    if !args.no_verify {
        verify::verify(&root, &period, &mut sent, &remake);
    }
    let compiled = compile::compile(&ws, period, &sent, &unreachable);
    let lang = ctx.lang;
    let sheets = sheets(&compiled, lang);
    let mut written = Vec::new();
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(msg::province_cannot_write(), dir, e))?;
        for sheet in &sheets {
            let path = dir.join(format!("{}.csv", sheet.file));
            store::replace(&path, &render::csv::write(sheet, b',', true))?;
            written.push(path);
        }
    }
    if let Some(file) = &args.xlsx {
        let title = title(&ws, &compiled, lang);
        let mut charts = charts(&compiled, lang);
        // A 6-month, 9-month or year report: the province's quarters follow the year to date.
        let remake: &verify::Remake = &remake;
        let check = (!args.no_verify).then_some(remake);
        let quarters = trend::quarters(&root, &ws, &compiled.period, check);
        let mut sheets = sheets.clone();
        if !quarters.is_empty() {
            sheets.insert(TREND_AT, trend::sheet(&quarters, lang));
            charts.push(trend::chart(TREND_AT, quarters.len(), lang));
        }
        let made = render::xlsx::write_with_charts(&sheets, &charts, &title, ctx.today());
        let bytes = made.map_err(|e| Error::Make {
            action: msg::cannot_make_workbook(),
            path: file.clone(),
            reason: render::xlsx::reason(&e),
        })?;
        store::replace(file, &bytes)?;
        written.push(file.clone());
    }
    if let Some(file) = &args.docx {
        let doc = document::build(&ws, &compiled, ctx.today(), args.number.as_deref());
        let bytes = render::docx::write(&doc)
            .map_err(|e| Error::io(msg::province_cannot_write(), file, e))?;
        store::replace(file, &bytes)?;
        written.push(file.clone());
    }
    let text = match ctx.format {
        Format::Json => render::json(&json(&compiled, lang)),
        _ => terminal(&ws, &compiled, lang),
    };
    super::out(&text)?;
    for path in written {
        eprintln!("{}", msg::file_written(path.display()).get(lang));
    }
    Ok(())
}

/// The agency's report made from a register at a commit, as `coi report` counts it: the
/// figures the province compares a submission with.
fn remake(
    reg: &crate::register::Register,
    calendar: &crate::rules::calendar::Calendar,
    period: Period,
) -> Vec<verify::Figure> {
    let units = reg.config.unit_codes();
    let plans = super::read::plans(reg, Some(&units));
    let snapshot = super::read::snapshot_with(reg, calendar, Some(&units), &plans.tasks, None);
    let records = super::read::counted(&snapshot);
    let report = crate::report::compute(&records, &reg.config, calendar, period);
    (report.figures.iter())
        .map(|f| verify::Figure {
            code: f.indicator.code.to_string(),
            period: f.period,
            year_to_date: f.year_to_date,
        })
        .collect()
}

/// Where the province's quarters stand among the workbook's tables: after the year to date
/// (the third of [`sheets`]).
const TREND_AT: usize = 3;

fn title(ws: &Workspace, c: &Compiled, lang: Lang) -> Vec<String> {
    let p = &c.period;
    vec![
        ws.name.clone(),
        msg::province_title(p.title()).get(lang).to_string(),
        msg::report_period_line(show_date(p.from), show_date(p.to), show_date(p.year_from))
            .get(lang)
            .to_string(),
        msg::province_deadline(show_date(c.deadline))
            .get(lang)
            .to_string(),
        msg::province_own_deadline(show_date(document::province_deadline(p)))
            .get(lang)
            .to_string(),
    ]
}

/// The charts of the province's workbook: per agency, the conflicts found (XD01) and the gifts
/// handed over (QT02) of the period, drawn from the cells of the period's sheet (the first of
/// [`sheets`]: indicators down, agencies across). The province's quarters are drawn by
/// `province::trend`.
fn charts(c: &Compiled, lang: Lang) -> Vec<render::charts::Chart> {
    use render::charts::{Cells, Chart, Kind};
    if c.rows.is_empty() {
        return Vec::new();
    }
    // The agencies' columns follow the code, the wording and the unit.
    let count = c.rows.len();
    vec![Chart {
        name: msg::PROVINCE_SHEET_CHART.get(lang).to_string(),
        title: msg::PROVINCE_CHART_TITLE.get(lang).to_string(),
        kind: Kind::Column,
        sheet: 0,
        categories: Cells::Headers {
            from: 3,
            to: 2 + count,
        },
        series: crate::report::sheets::indicator_series(&["XD01", "QT02"], count),
    }]
}

/// The tables of the compile: the period's figures, the year to date, the agencies, the
/// corrections.
fn sheets(c: &Compiled, lang: Lang) -> Vec<Sheet> {
    let figures = |file: &'static str, name: crate::i18n::Label, ytd: bool| {
        let mut headers: Vec<String> = in_lang(
            [msg::REPORT_CODE, msg::REPORT_INDICATOR, msg::REPORT_UNIT],
            lang,
        )
        .map(String::from)
        .to_vec();
        headers.extend(c.rows.iter().map(|r| r.code.clone()));
        headers.push(msg::PROVINCE_TOTAL.get(lang).to_string());
        let rows =
            INDICATORS
                .iter()
                .map(|ind| {
                    let cell = |v: u64| match ind.is_money() {
                        true => Cell::Money(v),
                        false => Cell::Int(v),
                    };
                    let pick = |(p, y): (u64, u64)| if ytd { y } else { p };
                    let mut row = vec![
                        Cell::text(ind.code),
                        Cell::text(ind.wording.get(lang)),
                        Cell::text(ind.unit.get(lang)),
                    ];
                    row.extend(c.rows.iter().map(|r| {
                        Compiled::figure(r, ind.code).map_or(Cell::Empty, |f| cell(pick(f)))
                    }));
                    row.push(cell(pick(c.total(ind.code))));
                    row
                })
                .collect();
        Sheet {
            file,
            name: name.get(lang).to_string(),
            headers,
            rows,
            printed: Vec::new(),
        }
    };
    let agencies = Sheet {
        file: "tinh-co-quan",
        name: msg::PROVINCE_SHEET_AGENCIES.get(lang).to_string(),
        headers: in_lang(
            [
                msg::PROVINCE_COL_AGENCY,
                msg::PROVINCE_COL_NAME,
                msg::PROVINCE_COL_STATUS,
                msg::PROVINCE_COL_TAG,
                msg::PROVINCE_COL_NUMBER,
                msg::PROVINCE_COL_ON,
                msg::PROVINCE_COL_DEADLINE,
                msg::PROVINCE_COL_REASON,
            ],
            lang,
        )
        .map(String::from)
        .to_vec(),
        rows: (c.rows.iter())
            .map(|r| {
                let s = r.counted.as_ref();
                vec![
                    Cell::text(r.code.clone()),
                    Cell::text(r.name.clone()),
                    Cell::text(r.status.label().get(lang)),
                    Cell::text(s.map(|s| s.tag.clone()).unwrap_or_default()),
                    Cell::text(s.and_then(|s| s.number.clone()).unwrap_or_default()),
                    s.and_then(|s| s.on).map_or(Cell::Empty, Cell::Date),
                    Cell::Date(c.deadline),
                    Cell::text(
                        r.reason
                            .as_ref()
                            .map(|t| t.get(lang).to_string())
                            .unwrap_or_default(),
                    ),
                ]
            })
            .collect(),
        printed: Vec::new(),
    };
    let corrections = Sheet {
        file: "tinh-dieu-chinh",
        name: msg::SHEET_CORRECTIONS.get(lang).to_string(),
        headers: in_lang(
            [
                msg::PROVINCE_COL_AGENCY,
                msg::REPORT_CODE,
                msg::CORRECTION_COLUMN,
                msg::PROVINCE_COL_EARLIER,
                msg::CORRECTION_SUBMITTED,
                msg::PROVINCE_COL_TAG,
                msg::CORRECTION_NOW,
            ],
            lang,
        )
        .map(String::from)
        .to_vec(),
        rows: (c.corrections.iter())
            .map(|k| {
                let column = match k.column {
                    "period" => msg::REPORT_PERIOD,
                    _ => msg::REPORT_YEAR_TO_DATE,
                };
                vec![
                    Cell::text(k.agency.clone()),
                    Cell::text(k.code.clone()),
                    Cell::text(column.get(lang)),
                    Cell::text(k.earlier.clone()),
                    Cell::Int(k.submitted),
                    Cell::text(k.later.clone()),
                    Cell::Int(k.now),
                ]
            })
            .collect(),
        printed: Vec::new(),
    };
    let form = crate::province::form01::lines(c);
    let mut headers: Vec<String> = crate::rules::form01::COLUMNS[..3]
        .iter()
        .map(|h| h.to_string())
        .collect();
    headers.extend(c.rows.iter().map(|r| r.code.clone()));
    headers.push(msg::PROVINCE_TOTAL.get(lang).to_string());
    let form = Sheet {
        file: "tinh-bieu-01-pctn",
        name: "Biểu 01-PCTN".into(),
        headers,
        rows: (form.iter())
            .map(|line| {
                let mut row = vec![
                    Cell::text(line.row.code),
                    Cell::text(line.row.wording),
                    Cell::text(line.row.unit),
                ];
                let cell = |v: &Option<FormValue>| v.map_or(Cell::Empty, FormValue::cell);
                row.extend(line.by_agency.iter().map(cell));
                row.push(cell(&line.total));
                row
            })
            .collect(),
        printed: Vec::new(),
    };
    vec![
        figures("tinh-ky", msg::REPORT_PERIOD, false),
        form,
        figures("tinh-luy-ke", msg::REPORT_YEAR_TO_DATE, true),
        agencies,
        corrections,
    ]
}

fn terminal(ws: &Workspace, c: &Compiled, lang: Lang) -> String {
    let mut text = title(ws, c, lang).join("\n");
    text.push_str("\n\n");
    let mut headers: Vec<&str> = in_lang([msg::REPORT_CODE, msg::REPORT_INDICATOR], lang).to_vec();
    headers.extend(c.rows.iter().map(|r| r.code.as_str()));
    let total = msg::PROVINCE_TOTAL.get(lang);
    headers.push(total);
    let rows = INDICATORS.iter().map(|ind| {
        let mut row = vec![ind.code.to_string(), ind.wording.get(lang).to_string()];
        row.extend(c.rows.iter().map(|r| {
            Compiled::figure(r, ind.code).map_or("–".to_string(), |(p, _)| group_figure(p))
        }));
        row.push(group_figure(c.total(ind.code).0));
        row
    });
    text.push_str(&render::table(&headers, rows));
    let headers = in_lang(
        [
            msg::PROVINCE_COL_AGENCY,
            msg::PROVINCE_COL_NAME,
            msg::PROVINCE_COL_STATUS,
            msg::PROVINCE_COL_TAG,
            msg::PROVINCE_COL_ON,
            msg::PROVINCE_COL_REASON,
        ],
        lang,
    );
    let rows = c.rows.iter().map(|r| {
        let s = r.counted.as_ref();
        vec![
            r.code.clone(),
            r.name.clone(),
            r.status.label().get(lang).to_string(),
            s.map(|s| s.tag.clone()).unwrap_or_default(),
            s.and_then(|s| s.on).map(show_date).unwrap_or_default(),
            r.reason
                .as_ref()
                .map(|t| t.get(lang).to_string())
                .unwrap_or_default(),
        ]
    });
    text.push('\n');
    text.push_str(msg::PROVINCE_AGENCIES_HEADING.get(lang));
    text.push('\n');
    text.push_str(&render::table(&headers, rows));
    if !c.corrections.is_empty() {
        let headers = in_lang(
            [
                msg::PROVINCE_COL_AGENCY,
                msg::REPORT_CODE,
                msg::CORRECTION_COLUMN,
                msg::PROVINCE_COL_EARLIER,
                msg::CORRECTION_SUBMITTED,
                msg::PROVINCE_COL_TAG,
                msg::CORRECTION_NOW,
            ],
            lang,
        );
        let rows = c.corrections.iter().map(|k| {
            vec![
                k.agency.clone(),
                k.code.clone(),
                k.column.to_string(),
                k.earlier.clone(),
                group_figure(k.submitted),
                k.later.clone(),
                group_figure(k.now),
            ]
        });
        text.push('\n');
        text.push_str(msg::PROVINCE_CORRECTIONS_HEADING.get(lang));
        text.push('\n');
        text.push_str(&render::table(&headers, rows));
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[derive(Serialize)]
struct JsonCompile {
    period: String,
    deadline: chrono::NaiveDate,
    /// The day the province reports to the People's Committee (Circular 06/2025, Art. 7(2)).
    province_deadline: chrono::NaiveDate,
    agencies: Vec<JsonAgency>,
    indicators: Vec<JsonIndicator>,
    /// The province's rows of Biểu 01/PCTN, as the form writes figures («66,71» triệu đồng).
    bieu_01_pctn: Vec<JsonFormLine>,
    corrections: Vec<compile::Correction>,
}

#[derive(Serialize)]
struct JsonFormLine {
    code: &'static str,
    wording: &'static str,
    unit: &'static str,
    value: Option<String>,
    by_agency: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct JsonAgency {
    code: String,
    name: String,
    status: Status,
    tag: Option<String>,
    number: Option<String>,
    submitted_on: Option<chrono::NaiveDate>,
    reason: Option<String>,
}

#[derive(Serialize, Clone, Copy)]
struct JsonPair {
    period: u64,
    year_to_date: u64,
}

#[derive(Serialize)]
struct JsonIndicator {
    code: &'static str,
    total: JsonPair,
    by_agency: BTreeMap<String, JsonPair>,
}

fn json(c: &Compiled, lang: Lang) -> JsonCompile {
    let pair = |(period, year_to_date)| JsonPair {
        period,
        year_to_date,
    };
    JsonCompile {
        period: c.period.to_string(),
        deadline: c.deadline,
        province_deadline: document::province_deadline(&c.period),
        agencies: (c.rows.iter())
            .map(|r| JsonAgency {
                code: r.code.clone(),
                name: r.name.clone(),
                status: r.status,
                tag: r.counted.as_ref().map(|s| s.tag.clone()),
                number: r.counted.as_ref().and_then(|s| s.number.clone()),
                submitted_on: r.counted.as_ref().and_then(|s| s.on),
                reason: r.reason.as_ref().map(|t| t.get(lang).to_string()),
            })
            .collect(),
        indicators: (c.codes.iter())
            .map(|&code| JsonIndicator {
                code,
                total: pair(c.total(code)),
                by_agency: (c.rows.iter())
                    .filter_map(|r| Some((r.code.clone(), pair(Compiled::figure(r, code)?))))
                    .collect(),
            })
            .collect(),
        bieu_01_pctn: (crate::province::form01::lines(c).iter())
            .map(|line| JsonFormLine {
                code: line.row.code,
                wording: line.row.wording,
                unit: line.row.unit,
                value: line.total.map(FormValue::shown),
                by_agency: (c.rows.iter().zip(&line.by_agency))
                    .filter_map(|(r, v)| Some((r.code.clone(), v.as_ref()?.shown())))
                    .collect(),
            })
            .collect(),
        corrections: c.corrections.clone(),
    }
}
