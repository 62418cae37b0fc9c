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
    let filled = form01::filled(|row| {
        let values: Vec<_> = c.rows.iter().map(|r| value(r, row)).collect();
        (!values.iter().all(Option::is_none)).then_some(values)
    });
    (filled.into_iter())
        .map(|(row, values)| match values {
            None => Line {
                row,
                by_agency: vec![None; c.rows.len()],
                total: None,
            },
            Some(values) => {
                let money = values.iter().flatten().any(|(_, m)| *m);
                let sum = values.iter().flatten().map(|(v, _)| v).sum();
                Line {
                    row,
                    by_agency: (values.into_iter())
                        .map(|v| v.map(|(sum, money)| FormValue::of(row, sum, money)))
                        .collect(),
                    total: Some(FormValue::of(row, sum, money)),
                }
            }
        })
        .collect()
}
