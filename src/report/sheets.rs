//! The report as tables: the indicator summary, the same per unit, and the registers of gifts,
//! cases and trainings of the period. Headings in the reader's language.

use super::plan::Matrix;
use super::{Report, gift_date, surrendered_on};
use crate::i18n::{Label, Lang, join, msg};
use chrono::NaiveDate;

use crate::model::settings::Config;
use crate::model::{Case, Record, Vnd};
use crate::render::cells::{Cell, Sheet};
use crate::rules::calendar::Calendar;
use crate::rules::deadlines::{self, CASE_DECISION};

fn headers(lang: Lang, labels: &[Label]) -> Vec<String> {
    labels.iter().map(|l| l.get(lang).to_string()).collect()
}

/// Whether each of `labels` prints: all but those in `unprinted`. What does not print stays in
/// the workbook, beside the printed table, and in the CSV: a detail sheet prints the columns
/// that say what happened, at a size that can be read.
fn printed(labels: &[Label], unprinted: &[Label]) -> Vec<bool> {
    (labels.iter())
        .map(|l| !unprinted.iter().any(|u| u.en == l.en && u.vi == l.vi))
        .collect()
}

fn official(o: &Option<String>) -> Cell {
    Cell::opt_text(o.as_deref())
}

/// `Đồng` figures are money; the others are counts.
fn figure(unit_en: &str, n: u64) -> Cell {
    if unit_en == "đồng" {
        Cell::Money(n)
    } else {
        Cell::Int(n)
    }
}

pub fn summary(report: &Report, lang: Lang) -> Sheet {
    let labels = [
        msg::COL_INDICATOR_CODE,
        msg::COL_OFFICIAL_NUMBER,
        msg::COL_GROUP,
        msg::COL_INDICATOR,
        msg::COL_MEASURED_IN,
        msg::COL_IN_PERIOD,
        msg::COL_YEAR_TO_DATE,
        msg::COL_HOW_IT_IS_COUNTED,
    ];
    // How a figure is counted is for those who check it, not for the page that is sent; the
    // official numbers print once the register's settings give them.
    let mut unprinted = unofficial(report);
    unprinted.push(msg::COL_HOW_IT_IS_COUNTED);
    Sheet {
        file: "tong-hop",
        name: msg::SHEET_SUMMARY.get(lang).into(),
        headers: headers(lang, &labels),
        printed: printed(&labels, &unprinted),
        rows: report
            .figures
            .iter()
            .map(|f| {
                let ind = f.indicator;
                vec![
                    Cell::text(ind.code),
                    official(&f.official),
                    Cell::text(ind.group.label().get(lang)),
                    Cell::text(ind.wording.get(lang)),
                    Cell::text(ind.unit.get(lang)),
                    figure(ind.unit.en, f.period),
                    figure(ind.unit.en, f.year_to_date),
                    Cell::text(ind.how.get(lang)),
                ]
            })
            .collect(),
    }
}

/// The column of the official numbers, when the settings give none: it would print empty.
fn unofficial(report: &Report) -> Vec<Label> {
    match report.figures.iter().all(|f| f.official.is_none()) {
        true => vec![msg::COL_OFFICIAL_NUMBER],
        false => Vec::new(),
    }
}

pub fn per_unit(report: &Report, config: &Config, lang: Lang) -> Sheet {
    let mut rows = Vec::new();
    for (u, unit) in config.units.iter().enumerate() {
        for f in &report.figures {
            let ind = f.indicator;
            let (_, period, ytd) = &f.units[u];
            rows.push(vec![
                Cell::text(&unit.code),
                Cell::text(&unit.name),
                Cell::text(ind.code),
                official(&f.official),
                Cell::text(ind.wording.get(lang)),
                Cell::text(ind.unit.get(lang)),
                figure(ind.unit.en, *period),
                figure(ind.unit.en, *ytd),
            ]);
        }
    }
    let labels = [
        msg::COL_UNIT_CODE,
        msg::COL_UNIT_NAME,
        msg::COL_INDICATOR_CODE,
        msg::COL_OFFICIAL_NUMBER,
        msg::COL_INDICATOR,
        msg::COL_MEASURED_IN,
        msg::COL_IN_PERIOD,
        msg::COL_YEAR_TO_DATE,
    ];
    Sheet {
        file: "theo-don-vi",
        name: msg::SHEET_BY_UNIT.get(lang).into(),
        headers: headers(lang, &labels),
        printed: printed(&labels, &unofficial(report)),
        rows,
    }
}

pub fn gifts(report: &Report, cal: &Calendar, lang: Lang) -> Sheet {
    let rows = report
        .gifts
        .iter()
        .map(|g| {
            let h = g.handling.as_ref();
            let late = deadlines::gift_first(g, cal).map_or(0, |d| d.lateness(cal));
            vec![
                Cell::text(g.id.to_string()),
                Cell::text(&g.unit),
                Cell::opt_text(g.recipient.as_ref().map(|p| p.name.as_str())),
                Cell::opt_text(g.recipient.as_ref().and_then(|p| p.position.as_deref())),
                Cell::Date(g.received_on),
                Cell::text(&g.giver.name),
                Cell::opt_text(g.giver.organization.as_deref()),
                Cell::text(g.kind.label(lang)),
                Cell::text(&g.description),
                Cell::Money(g.value_vnd.0),
                Cell::opt_date(surrendered_on(g)),
                Cell::Int(u64::from(late)),
                Cell::opt_text(h.map(|h| h.outcome.label(lang))),
                Cell::opt_date(h.map(|h| h.decided_on)),
                h.and_then(|h| h.budget_amount_vnd)
                    .map_or(Cell::Empty, |v: Vnd| Cell::Money(v.0)),
                Cell::opt_date(h.and_then(|h| h.paid_to_budget_on)),
                Cell::opt_text(
                    g.violation
                        .as_ref()
                        .and_then(|v| v.discipline)
                        .map(|d| d.label(lang)),
                ),
                Cell::Date(gift_date(g)),
            ]
        })
        .collect();
    let labels = [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_RECIPIENT,
        msg::COL_POSITION,
        msg::COL_RECEIVED_ON,
        msg::COL_GIVER,
        msg::COL_GIVERS_ORGANIZATION,
        msg::COL_KIND,
        msg::COL_DESCRIPTION,
        msg::COL_VALUE_VND,
        msg::COL_HANDED_OVER_ON,
        msg::COL_HANDED_OVER_LATE,
        msg::COL_HANDLING,
        msg::COL_HANDLING_DECIDED_ON,
        msg::COL_PAID_TO_THE_BUDGET_NG,
        msg::COL_PAID_ON,
        msg::COL_DISCIPLINE,
        msg::COL_COUNTED_ON,
    ];
    Sheet {
        file: "qua-tang",
        name: msg::SHEET_GIFTS.get(lang).into(),
        headers: headers(lang, &labels),
        printed: printed(
            &labels,
            &[
                msg::COL_POSITION,
                msg::COL_GIVERS_ORGANIZATION,
                msg::COL_HANDLING_DECIDED_ON,
                msg::COL_PAID_TO_THE_BUDGET_NG,
                msg::COL_PAID_ON,
                msg::COL_DISCIPLINE,
                msg::COL_COUNTED_ON,
            ],
        ),
        rows,
    }
}

pub fn cases(report: &Report, cal: &Calendar, lang: Lang) -> Sheet {
    let rows = report
        .cases
        .iter()
        .map(|c| {
            let first = deadlines::first_decision(c);
            let late = deadlines::case(c, cal)
                .iter()
                .find(|d| d.limit == &CASE_DECISION)
                .map_or(0, |d| d.lateness(cal));
            let measures = join(c.measures.iter().map(|m| m.kind.label(lang)));
            // Where the case stood at the end of the period, not today.
            let end = report.period.to;
            let status = as_of(c, end).status(end);
            let closed = c.closed.as_ref().filter(|x| x.on <= end);
            vec![
                Cell::text(c.id.to_string()),
                Cell::text(&c.unit),
                Cell::text(&c.person.name),
                Cell::opt_text(c.person.position.as_deref()),
                Cell::text(c.situation_type.label(lang)),
                Cell::text(c.source.label(lang)),
                Cell::Date(c.known_on),
                Cell::opt_date(c.reported_on),
                Cell::opt_text((!measures.is_empty()).then_some(measures.as_str())),
                Cell::opt_date(first),
                Cell::Int(u64::from(late)),
                Cell::opt_date(c.notified_on),
                Cell::text(status.label(lang)),
                Cell::opt_date(closed.map(|x| x.on)),
                Cell::opt_text(closed.map(|x| x.outcome.label(lang))),
                Cell::opt_text(closed.and_then(|x| x.discipline).map(|d| d.label(lang))),
            ]
        })
        .collect();
    let labels = [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_FULL_NAME,
        msg::COL_POSITION,
        msg::COL_SITUATION,
        msg::COL_HOW_IT_BECAME_KNOWN,
        msg::COL_KNOWN_ON,
        msg::COL_REPORTED_ON,
        msg::COL_MEASURES,
        msg::COL_FIRST_DECISION_ON,
        msg::COL_DECIDED_LATE,
        msg::COL_NOTIFIED_ON,
        msg::COL_STATUS_AT_PERIOD_END,
        msg::COL_CLOSED_ON,
        msg::COL_OUTCOME,
        msg::COL_DISCIPLINE,
    ];
    Sheet {
        file: "xung-dot-loi-ich",
        name: msg::SHEET_CASES.get(lang).into(),
        headers: headers(lang, &labels),
        printed: printed(
            &labels,
            &[
                msg::COL_POSITION,
                msg::COL_HOW_IT_BECAME_KNOWN,
                msg::COL_REPORTED_ON,
                msg::COL_NOTIFIED_ON,
                msg::COL_DISCIPLINE,
            ],
        ),
        rows,
    }
}

/// The case as it was known on `day`: later facts taken away.
fn as_of(c: &Case, day: NaiveDate) -> Case {
    let mut c = c.clone();
    let known = |d: &Option<NaiveDate>| d.filter(|d| *d <= day);
    c.measures.retain(|m| m.decided_on <= day);
    for m in &mut c.measures {
        m.ended_on = known(&m.ended_on);
        m.until = known(&m.until);
        m.cancelled_on = known(&m.cancelled_on);
        m.published_on = known(&m.published_on);
        if m.published_on.is_none() {
            m.publication = None;
        }
        if m.cancelled_on.is_none() {
            m.cancellation_no = None;
        }
    }
    c.no_conflict_on = known(&c.no_conflict_on);
    c.notified_on = known(&c.notified_on);
    c.closed = c.closed.filter(|x| x.on <= day);
    c.void = c.void.filter(|v| v.on <= day);
    c
}

pub fn trainings(report: &Report, lang: Lang) -> Sheet {
    let rows = report
        .trainings
        .iter()
        .map(|t| {
            vec![
                Cell::text(t.id.to_string()),
                Cell::text(&t.organizer),
                Cell::text(&t.title),
                Cell::text(t.form.label(lang)),
                Cell::text(join(t.topics.iter().map(|x| x.label(lang)))),
                Cell::Date(t.start_on),
                Cell::opt_date(t.end_on),
                Cell::opt_text(t.audience.map(|a| a.label(lang))),
                Cell::Int(u64::from(t.sessions())),
                Cell::Int(u64::from(t.participants)),
                t.materials.map_or(Cell::Empty, |m| Cell::Int(u64::from(m))),
                Cell::opt_text(t.plan_ref.as_deref()),
            ]
        })
        .collect();
    let labels = [
        msg::COL_ID,
        msg::COL_ORGANIZER,
        msg::COL_TITLE,
        msg::COL_FORM,
        msg::COL_TOPICS,
        msg::COL_STARTS_ON,
        msg::COL_ENDS_ON,
        msg::COL_AUDIENCE,
        msg::COL_SESSIONS,
        msg::COL_PARTICIPANTS,
        msg::COL_MATERIALS,
        msg::COL_PLAN,
    ];
    Sheet {
        file: "tuyen-truyen",
        name: msg::SHEET_TRAININGS.get(lang).into(),
        headers: headers(lang, &labels),
        printed: printed(&labels, &[msg::COL_AUDIENCE, msg::COL_PLAN]),
        rows,
    }
}

/// All five, in the order of the files.
pub fn inspections(report: &Report, lang: Lang) -> Sheet {
    let count = |n: Option<u32>| n.map_or(Cell::Empty, |n| Cell::Int(u64::from(n)));
    let rows = report
        .inspections
        .iter()
        .map(|k| {
            vec![
                Cell::text(k.id.to_string()),
                Cell::text(&k.unit),
                Cell::text(k.inspected_units.join(", ")),
                Cell::text(k.kind.label(lang)),
                Cell::text(&k.subject),
                Cell::opt_text(k.decision_no.as_deref()),
                Cell::Date(k.start_on),
                Cell::opt_date(k.end_on),
                count(k.violations),
                count(k.corrected),
                Cell::opt_text(k.conclusion_no.as_deref()),
                Cell::opt_date(k.concluded_on),
            ]
        })
        .collect();
    let labels = [
        msg::COL_ID,
        msg::COL_UNIT,
        msg::COL_INSPECTED_UNITS,
        msg::COL_INSPECTION_KIND,
        msg::COL_SUBJECT,
        msg::COL_DECISION_NO,
        msg::COL_STARTS_ON,
        msg::COL_ENDS_ON,
        msg::COL_VIOLATIONS,
        msg::COL_CORRECTED,
        msg::COL_CONCLUSION_NO,
        msg::COL_CONCLUDED_ON,
    ];
    Sheet {
        file: "kiem-tra",
        name: msg::SHEET_INSPECTIONS.get(lang).into(),
        headers: headers(lang, &labels),
        printed: printed(&labels, &[msg::COL_DECISION_NO, msg::COL_CONCLUSION_NO]),
        rows,
    }
}

/// The plan's tasks × units: the records of the year to date carrying out each task in each
/// unit (empty where the task is not for the unit), and the units that have none.
pub fn plan(matrix: &Matrix, config: &Config, lang: Lang) -> Sheet {
    let mut headers = headers(lang, &[msg::COL_TASK, msg::COL_TASK_TITLE, msg::COL_LEAD]);
    headers.extend(matrix.units.iter().cloned());
    headers.extend(self::headers(
        lang,
        &[msg::COL_TOTAL, msg::COL_RECORD_IDS, msg::COL_UNITS_WITHOUT],
    ));
    // The page shows each task's counts and the units that have none; who leads it and the
    // records' IDs stay in the workbook and the CSV.
    let mut printed = vec![true, true, false];
    printed.extend(matrix.units.iter().map(|_| true));
    printed.extend([true, false, true]);
    let name_of = |code: &str| {
        (config.units.iter())
            .find(|u| u.code == code)
            .map_or(code.to_string(), |u| u.name.clone())
    };
    let more = |n: usize| {
        let grouped = crate::model::values::group_thousands(n as u64);
        let n = match lang {
            Lang::Vi => grouped,
            Lang::En => grouped.replace('.', ","),
        };
        msg::plan_more(n).get(lang).to_string()
    };
    let rows = matrix
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                Cell::text(&row.task.code),
                Cell::text(&row.task.title),
                Cell::opt_text(row.task.lead.as_deref()),
            ];
            cells.extend(row.cells.iter().map(|c| match c.applies {
                true => Cell::Int(c.count() as u64),
                false => Cell::Empty,
            }));
            let without = (matrix.units.iter().zip(&row.cells))
                .filter(|(_, c)| c.applies && c.ids.is_empty())
                .map(|(u, _)| name_of(u));
            let ids: Vec<String> = row.total.ids.iter().map(ToString::to_string).collect();
            cells.extend([
                Cell::Int(row.total.count() as u64),
                // A year of records is more than a cell holds.
                Cell::list(&ids, more),
                Cell::text(without.collect::<Vec<_>>().join("; ")),
            ]);
            cells
        })
        .collect();
    Sheet {
        file: "ke-hoach",
        name: msg::SHEET_PLAN.get(lang).into(),
        headers,
        rows,
        printed,
    }
}

pub fn all(report: &Report, config: &Config, cal: &Calendar, lang: Lang) -> Vec<Sheet> {
    vec![
        summary(report, lang),
        per_unit(report, config, lang),
        gifts(report, cal, lang),
        cases(report, cal, lang),
        trainings(report, lang),
        inspections(report, lang),
    ]
}

/// The figures of each quarter of the year up to the period, one column a quarter: indicators
/// down, as in the summary. `quarters` are the reports of quarters I, II… in order.
pub fn quarters(quarters: &[Report], lang: Lang) -> Sheet {
    let mut headers = headers(
        lang,
        &[
            msg::COL_INDICATOR_CODE,
            msg::COL_INDICATOR,
            msg::COL_MEASURED_IN,
        ],
    );
    headers.extend((1..=quarters.len()).map(|q| {
        let roman = ["I", "II", "III", "IV"].get(q - 1).copied().unwrap_or("?");
        msg::quarter_heading(roman).get(lang).to_string()
    }));
    let rows = (super::INDICATORS.iter().enumerate())
        .map(|(i, ind)| {
            let mut row = vec![
                Cell::text(ind.code),
                Cell::text(ind.wording.get(lang)),
                Cell::text(ind.unit.get(lang)),
            ];
            row.extend(quarters.iter().map(|r| {
                let n = r.figures.get(i).map_or(0, |f| f.period);
                figure(ind.unit.en, n)
            }));
            row
        })
        .collect();
    Sheet {
        file: "theo-quy",
        name: msg::SHEET_QUARTERS.get(lang).into(),
        headers,
        rows,
        printed: Vec::new(),
    }
}

/// The indicators of the quarterly trend: conflicts found, gifts received and handed over.
pub const TREND: [&str; 3] = ["XD01", "QT01", "QT02"];

/// The series of a chart drawn from a sheet of indicators down (code, wording, unit, then a
/// column each from the fourth): one per indicator of `codes`, named by its wording, over the
/// `count` columns after the unit.
pub fn indicator_series(codes: &[&str], count: usize) -> Vec<crate::render::charts::Series> {
    use crate::render::charts::{Cells, Series};
    let (from, to) = (3, 2 + count);
    (codes.iter())
        .filter_map(|code| super::INDICATORS.iter().position(|i| i.code == *code))
        .map(|row| Series {
            name: Cells::Row {
                row,
                from: 1,
                to: 1,
            },
            values: Cells::Row { row, from, to },
        })
        .collect()
}

/// The charts of the agency's workbook: the quarterly trend of conflicts found (XD01), gifts
/// received (QT01) and handed over (QT02), from the sheet of [`quarters`] (the `trend`-th, of
/// `count` quarters); and the plan's tasks carried out by unit, from the sheet of [`plan`] (the
/// `plan_at`-th).
pub fn charts(
    trend: usize,
    count: usize,
    plan_at: usize,
    matrix: &Matrix,
    lang: Lang,
) -> Vec<crate::render::charts::Chart> {
    use crate::render::charts::{Cells, Chart, Kind, Series};
    let mut charts = Vec::new();
    if count > 0 {
        charts.push(Chart {
            name: msg::SHEET_CHART_TREND.get(lang).into(),
            title: msg::CHART_TREND_TITLE.get(lang).into(),
            kind: Kind::Line,
            sheet: trend,
            categories: Cells::Headers {
                from: 3,
                to: 2 + count,
            },
            series: indicator_series(&TREND, count),
        });
    }
    if !matrix.units.is_empty() && !matrix.rows.is_empty() {
        // The units' columns follow the task, its title and who leads it.
        let (from, to) = (3, 2 + matrix.units.len());
        let series = (0..matrix.rows.len())
            .map(|row| Series {
                name: Cells::Row {
                    row,
                    from: 0,
                    to: 0,
                },
                values: Cells::Row { row, from, to },
            })
            .collect();
        charts.push(Chart {
            name: msg::SHEET_CHART_PLAN.get(lang).into(),
            title: msg::CHART_PLAN_TITLE.get(lang).into(),
            kind: Kind::Column,
            sheet: plan_at,
            categories: Cells::Headers { from, to },
            series,
        });
    }
    charts
}
