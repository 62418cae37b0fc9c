//! The province's rows of Biểu 01/PCTN (Circular 06/2025): each row the agencies' rows summed,
//! under the headings it stands under in the form. An agency's figure fills the row its own
//! `indicator_map` gave in its submission (the default map for a tag made before the block).

use std::collections::BTreeMap;

use super::compile::{Compiled, Row};
use crate::report::form01::FormValue;
use crate::report::indicators::INDICATORS;
use crate::rules::form01::{self, FormRow};

/// A line of the province's form: per agency (in the compile's order) and the total; no
/// figures for a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub row: &'static FormRow,
    pub by_agency: Vec<Option<FormValue>>,
    pub total: Option<FormValue>,
}

/// The form row an agency's figure of `code` fills.
fn official<'a>(given: Option<&'a str>, code: &str) -> Option<&'a str> {
    static NONE: BTreeMap<String, String> = BTreeMap::new();
    given.or_else(|| form01::mapped(&NONE, code))
}

/// An agency's value of `row`: the sum of its figures mapped to it, when its submission counts.
fn value(r: &Row, row: &FormRow) -> Option<(u64, bool)> {
    if !r.counts() {
        return None;
    }
    let figures = &r.counted.as_ref()?.figures;
    let mapped: Vec<_> = (figures.iter())
        .filter(|f| official(f.official.as_deref(), &f.code) == Some(row.code))
        .collect();
    if mapped.is_empty() {
        return None;
    }
    let money = mapped
        .iter()
        .any(|f| (INDICATORS.iter()).any(|i| i.code == f.code && i.is_money()));
    Some((mapped.iter().map(|f| f.period).sum(), money))
}

pub fn lines(c: &Compiled) -> Vec<Line> {
    let mut out = Vec::new();
    let mut section: Option<&'static FormRow> = None;
    let mut heading: Option<&'static FormRow> = None;
    for row in form01::rows() {
        if row.is_section() {
            section = Some(row);
            heading = None;
            continue;
        }
        if row.is_heading() {
            heading = Some(row);
            continue;
        }
        if row.code.is_empty() {
            continue;
        }
        let values: Vec<_> = c.rows.iter().map(|r| value(r, row)).collect();
        if values.iter().all(Option::is_none) {
            continue;
        }
        for above in [section.take(), heading.take()].into_iter().flatten() {
            out.push(Line {
                row: above,
                by_agency: vec![None; c.rows.len()],
                total: None,
            });
        }
        let shown = |(sum, money): (u64, bool)| match row.in_millions() && money {
            true => FormValue::Millions(sum),
            false => FormValue::Count(sum),
        };
        let money = values.iter().flatten().any(|(_, m)| *m);
        let sum = values.iter().flatten().map(|(v, _)| v).sum();
        out.push(Line {
            row,
            by_agency: values.into_iter().map(|v| v.map(shown)).collect(),
            total: Some(shown((sum, money))),
        });
    }
    out
}
