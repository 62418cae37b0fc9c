//! No date of something that has happened may be after today. Which dates those are is marked
//! in the field schema ([`Field::past`]); the dates of what may be planned ahead (a measure's
//! `from` and `until`, the days of a training or an inspection) stay free. One check, for `add`
//! and every verb (where such a date is refused) and for `check` (where a file that holds one
//! is warned about).

use chrono::NaiveDate;

use crate::i18n::msg;
use crate::model::schema::{Field, Type};
use crate::model::show_date;
use crate::model::values::parse_stored_date;
use crate::problem::{Finding, Severity};
use crate::yaml::Doc;

/// The code of the finding, for scripts.
pub const AFTER_TODAY: &str = "after-today";

/// A finding of `severity` for each date of something that has happened that `doc` holds after
/// `today`, at its field path (`measures[1].decided_on`).
pub fn after_today<D: Doc>(
    fields: &'static [Field],
    doc: &D,
    today: NaiveDate,
    severity: Severity,
    out: &mut Vec<Finding>,
) {
    walk(fields, doc, "", today, severity, out)
}

fn walk<D: Doc>(
    fields: &'static [Field],
    doc: &D,
    at: &str,
    today: NaiveDate,
    severity: Severity,
    out: &mut Vec<Finding>,
) {
    let path = |name: &str| match at {
        "" => name.to_string(),
        _ => format!("{at}.{name}"),
    };
    for field in fields {
        let Some(value) = doc.get(field.name) else {
            continue;
        };
        match field.ty {
            Type::Date if field.past => {
                let Some(day) = value.as_str().and_then(parse_stored_date) else {
                    continue;
                };
                if day > today {
                    let (shown, now) = (show_date(day), show_date(today));
                    out.push(Finding {
                        severity,
                        field: path(field.name),
                        message: msg::date_after_today(field.label, shown, now),
                        code: AFTER_TODAY,
                    });
                }
            }
            Type::Object(inner) => walk(inner, value, &path(field.name), today, severity, out),
            Type::Objects(inner) => {
                for (i, item) in value.items().unwrap_or_default().iter().enumerate() {
                    let at = format!("{}[{i}]", path(field.name));
                    walk(inner, item, &at, today, severity, out);
                }
            }
            _ => {}
        }
    }
}

/// The dates after today that a record holds.
pub fn record_after_today<R: serde::Serialize>(
    fields: &'static [Field],
    record: &R,
    today: NaiveDate,
    severity: Severity,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Ok(value) = serde_yaml::to_value(record) {
        after_today(fields, &value, today, severity, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_yaml::Value;

    use super::*;
    use crate::model::{case, gift, inspection, training};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn found(fields: &'static [Field], yaml: &str, today: &str) -> Vec<String> {
        let doc: Value = serde_yaml::from_str(yaml).unwrap();
        let mut out = Vec::new();
        after_today(fields, &doc, d(today), Severity::Error, &mut out);
        out.iter().map(|f| f.field.clone()).collect()
    }

    #[test]
    fn a_date_of_what_happened_may_be_today_but_not_tomorrow() {
        let yaml = "known_on: 2026-03-14\n";
        assert!(found(case::FIELDS, yaml, "2026-03-15").is_empty());
        assert!(found(case::FIELDS, yaml, "2026-03-14").is_empty());
        assert_eq!(found(case::FIELDS, yaml, "2026-03-13"), ["known_on"]);
    }

    #[test]
    fn dates_inside_groups_and_lists_are_named_by_their_path() {
        let yaml = "known_on: 2026-03-02\nmeasures:\n- {kind: supervision, decided_on: 2026-03-05}\n\
                    - {kind: temporary_transfer, decided_on: 2026-03-16, from: 2026-03-20, until: 2026-06-01, ended_on: 2026-05-01}\n\
                    closed: {'on': 2026-03-20, outcome: conflict_ended}\nvoid: {'on': 2026-03-20, reason: x}\n";
        assert_eq!(
            found(case::FIELDS, yaml, "2026-03-14"),
            [
                "measures[1].decided_on",
                "measures[1].ended_on",
                "closed.on",
                "void.on"
            ]
        );
    }

    #[test]
    fn plans_stay_free() {
        // A measure's start and end, a training or an inspection entered ahead.
        assert!(
            found(
                training::FIELDS,
                "start_on: 2026-12-01\nend_on: 2026-12-02\n",
                "2026-03-14"
            )
            .is_empty()
        );
        assert_eq!(
            found(
                inspection::FIELDS,
                "start_on: 2026-12-01\nend_on: 2026-12-02\nconcluded_on: 2026-12-03\n",
                "2026-03-14"
            ),
            ["concluded_on"]
        );
        assert_eq!(
            found(
                gift::FIELDS,
                "received_on: 2026-03-14\nhandling: {outcome: public_sale, decided_on: 2026-03-14, sold_on: 2026-03-15}\n",
                "2026-03-14"
            ),
            ["handling.sold_on"]
        );
    }

    #[test]
    fn the_message_gives_the_date_and_today() {
        let doc: Value = serde_yaml::from_str("handed_over_on: 2026-04-30\n").unwrap();
        let mut out = Vec::new();
        after_today(
            gift::FIELDS,
            &doc,
            d("2026-04-29"),
            Severity::Warning,
            &mut out,
        );
        assert_eq!(out[0].severity, Severity::Warning);
        assert_eq!(out[0].code, AFTER_TODAY);
        assert_eq!(
            out[0].message.vi,
            "Ngày nộp lại quà (30/04/2026) sau ngày hôm nay (29/04/2026); chỉ ghi ngày của việc đã xảy ra"
        );
        assert_eq!(
            out[0].message.en,
            "Handed over on (30/04/2026) is after today (29/04/2026); only the date of something that has happened is recorded"
        );
    }

    /// Every date field says whether it is a date of what happened; the few that are plans are
    /// listed here, so that a new date field is a decision, not an accident.
    #[test]
    fn only_planned_dates_are_free() {
        fn dates(fields: &'static [Field], at: &str, out: &mut Vec<String>) {
            for f in fields {
                let path = if at.is_empty() {
                    f.name.to_string()
                } else {
                    format!("{at}.{}", f.name)
                };
                match f.ty {
                    Type::Date if !f.past => out.push(path),
                    Type::Object(inner) | Type::Objects(inner) => dates(inner, &path, out),
                    _ => {}
                }
            }
        }
        let mut free = Vec::new();
        for (kind, fields) in [
            ("case", case::FIELDS),
            ("gift", gift::FIELDS),
            ("training", training::FIELDS),
            ("inspection", inspection::FIELDS),
            ("action", crate::model::action::FIELDS),
        ] {
            let mut own = Vec::new();
            dates(fields, "", &mut own);
            free.extend(own.into_iter().map(|p| format!("{kind}:{p}")));
        }
        assert_eq!(
            free,
            [
                "case:measures.from",
                "case:measures.until",
                "training:start_on",
                "training:end_on",
                "inspection:start_on",
                "inspection:end_on",
            ]
        );
    }
}
