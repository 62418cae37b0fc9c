//! The three-way merge of one record changed in two clones: what git's merge driver and `sync`
//! do with a record file that both sides touched. Pure: no file is touched here.
//!
//! Field by field: a field changed on one side only takes that change; the history of both
//! sides is kept, in time order; a list that both sides lengthened keeps the items of both; a
//! field changed in two different ways keeps the value of the side merged into (`ours`) and is
//! listed in `conflicts`, for `check` to report and `edit` to settle. The result is always a
//! whole, valid record.
//!
//! A conflict settled stays settled, whichever way the versions meet again (a plain `git pull`
//! then `coi sync`, which replays the settling commit against a version that still has the
//! conflict): when the ancestor lists a field in `conflicts` and one side no longer does, that
//! side chose, so its value of the field is taken and the entry dropped, whatever the other
//! side holds. When both sides settled it, differently, that is a new conflict.

use chrono::DateTime;
use serde_yaml::{Mapping, Value};

use super::{ForKind, Rules, for_kind};
use crate::model::schema::{CONFLICTS_FIELD, HISTORY_FIELD};
use crate::model::{Conflict, Kind, Record};
use crate::yaml::record_yaml;

/// The two lists `coi` only ever adds to, merged as such.
const HISTORY: &str = HISTORY_FIELD.name;
const CONFLICTS: &str = CONFLICTS_FIELD.name;

/// Why two versions of a record cannot be merged into one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmergeable {
    /// Both sides created the file, differently: two records that took one ID. `sync` gives the
    /// local one a new number; a merge must never make one record of the two.
    BothCreated,
    /// A version cannot be read as a record of its kind (the detail says why).
    Unreadable(String),
}

/// The merged file, and the conflicts this merge found (those already in the file excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub new_conflicts: Vec<Conflict>,
}

/// Merges the versions of a record of `kind`: `base` is the common ancestor (empty when the
/// file did not exist), `ours` the side merged into, `theirs` the side merged in.
pub fn merge_record(
    kind: Kind,
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
) -> Result<Merged, Unmergeable> {
    struct Work<'a>(&'a [u8], &'a [u8], &'a [u8]);
    impl ForKind for Work<'_> {
        type Out = Result<Merged, Unmergeable>;
        fn run<R: Rules>(self) -> Self::Out {
            merge_as::<R>(self.0, self.1, self.2)
        }
    }
    for_kind(kind, Work(base, ours, theirs))
}

fn merge_as<R: Record>(base: &[u8], ours: &[u8], theirs: &[u8]) -> Result<Merged, Unmergeable> {
    let blank = |b: &[u8]| b.iter().all(u8::is_ascii_whitespace);
    if blank(base) && !blank(ours) && !blank(theirs) && ours != theirs {
        return Err(Unmergeable::BothCreated);
    }
    let read = |b: &[u8]| -> Result<Value, Unmergeable> {
        if blank(b) {
            return Ok(Value::Mapping(Mapping::new()));
        }
        serde_yaml::from_slice(b).map_err(|e| Unmergeable::Unreadable(e.to_string()))
    };
    let (mut base, ours_value, theirs) = (read(base)?, read(ours)?, read(theirs)?);
    let settled = settled(&base, &ours_value, &theirs);
    let list = conflict_list(&base, &ours_value, &theirs, &settled);
    for (field, by) in &settled {
        settle(&mut base, field, *by, &ours_value, &theirs);
    }
    let mut found = Vec::new();
    let mut merged = merge_values(
        "",
        Some(&base),
        Some(&ours_value),
        Some(&theirs),
        &mut found,
    )
    .unwrap_or(Value::Mapping(Mapping::new()));
    if let (Value::Mapping(fields), false) = (&mut merged, list.is_empty()) {
        fields.insert(CONFLICTS.into(), Value::Sequence(list));
    }
    let mut record: R =
        serde_yaml::from_value(merged).map_err(|e| Unmergeable::Unreadable(e.to_string()))?;
    let known = record.conflicts().to_vec();
    let new_conflicts: Vec<Conflict> = found.into_iter().filter(|c| !known.contains(c)).collect();
    let conflicts = record.conflicts_mut();
    for conflict in &new_conflicts {
        // A field in conflict again is listed once, with the values of this merge.
        conflicts.retain(|c| c.field != conflict.field);
        conflicts.push(conflict.clone());
    }
    Ok(Merged {
        text: record_yaml(&record),
        new_conflicts,
    })
}

/// The merge of one value at `path` (`person.position`, `measures[0].until`); `None` is a field
/// that is absent.
fn merge_values(
    path: &str,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    // Steps taken on both sides are both kept, even when they read the same (the same clerk
    // taking the same step in two clones at the same second): they are two steps.
    if let (HISTORY, Some(Value::Sequence(o)), Some(Value::Sequence(t))) = (path, ours, theirs) {
        let b = match base {
            Some(Value::Sequence(b)) => b.as_slice(),
            _ => &[],
        };
        return Some(Value::Sequence(history(b, o, t)));
    }
    // Merged on its own, knowing what was settled: see `conflict_list`.
    if path == CONFLICTS {
        return None;
    }
    if ours == theirs || base == theirs {
        return ours.cloned();
    }
    if base == ours {
        return theirs.cloned();
    }
    match (path, ours, theirs) {
        (_, Some(Value::Mapping(o)), Some(Value::Mapping(t))) => {
            let empty = Mapping::new();
            let b = match base {
                Some(Value::Mapping(b)) => b,
                _ => &empty,
            };
            Some(Value::Mapping(mapping(path, b, o, t, conflicts)))
        }
        (_, Some(Value::Sequence(o)), Some(Value::Sequence(t))) => {
            let empty = Vec::new();
            let b = match base {
                Some(Value::Sequence(b)) => b,
                _ => &empty,
            };
            match sequence(path, b, o, t, conflicts) {
                Some(merged) => Some(Value::Sequence(merged)),
                None => conflict(path, ours, theirs, conflicts),
            }
        }
        _ => conflict(path, ours, theirs, conflicts),
    }
}

fn conflict(
    path: &str,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    conflicts.push(Conflict {
        field: path.to_string(),
        ours: shown(ours),
        theirs: shown(theirs),
    });
    ours.cloned()
}

/// A value as the clerk reads it in the record: text as it is, anything else as YAML.
fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim_end()
            .to_string(),
    }
}

/// Keys of ours in their order, then those only theirs has.
fn mapping(
    path: &str,
    base: &Mapping,
    ours: &Mapping,
    theirs: &Mapping,
    conflicts: &mut Vec<Conflict>,
) -> Mapping {
    let keys = ours
        .keys()
        .chain(theirs.keys().filter(|k| !ours.contains_key(*k)))
        .chain(
            base.keys()
                .filter(|k| !ours.contains_key(*k) && !theirs.contains_key(*k)),
        );
    let mut out = Mapping::new();
    for key in keys {
        let name = match key {
            Value::String(s) => s.clone(),
            other => shown(Some(other)),
        };
        let inner = if path.is_empty() {
            name
        } else {
            format!("{path}.{name}")
        };
        let merged = merge_values(
            &inner,
            base.get(key),
            ours.get(key),
            theirs.get(key),
            conflicts,
        );
        if let Some(value) = merged {
            out.insert(key.clone(), value);
        }
    }
    out
}

/// Items both sides had merge one by one; the items each side added follow, ours first, an
/// item added on both sides once. `None` when a side took items away (a list is never
/// shortened by `coi`, so that is a change by hand to settle by hand).
fn sequence(
    path: &str,
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    conflicts: &mut Vec<Conflict>,
) -> Option<Vec<Value>> {
    if ours.len() < base.len() || theirs.len() < base.len() {
        return None;
    }
    let mut out: Vec<Value> = base
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            merge_values(
                &format!("{path}[{i}]"),
                Some(b),
                Some(&ours[i]),
                Some(&theirs[i]),
                conflicts,
            )
        })
        .collect();
    let added_ours = &ours[base.len()..];
    out.extend(added_ours.iter().cloned());
    out.extend(
        theirs[base.len()..]
            .iter()
            .filter(|t| !added_ours.contains(t))
            .cloned(),
    );
    Some(out)
}

/// Our events, and each event theirs has beyond the ancestor's, in time order (ours first at
/// the same time). Events are counted, not just compared: two steps alike taken on both sides
/// (the same clerk, the same step, the same second) are two steps, and both are kept, wherever
/// an earlier merge put the others.
fn history(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let mut in_base: Vec<&Value> = base.iter().collect();
    let mut all = ours.to_vec();
    for event in theirs {
        match in_base.iter().position(|b| *b == event) {
            Some(i) => {
                in_base.swap_remove(i);
            }
            None => all.push(event.clone()),
        }
    }
    let at = |event: &Value| {
        event
            .get("at")
            .and_then(Value::as_str)
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
    };
    all.sort_by_key(|event| at(event));
    all
}

/// Which side settled a field the ancestor had in conflict: the side whose `conflicts` no
/// longer name the field (`edit` clears them once the clerk has chosen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SettledBy {
    Ours,
    Theirs,
    Both,
}

/// The fields in conflict in the ancestor that one side or both have settled since.
fn settled(base: &Value, ours: &Value, theirs: &Value) -> Vec<(String, SettledBy)> {
    let (o, t) = (conflict_fields(ours), conflict_fields(theirs));
    let mut out: Vec<(String, SettledBy)> = Vec::new();
    for field in conflict_fields(base) {
        if out.iter().any(|(f, _)| *f == field) {
            continue;
        }
        let by = match (o.contains(&field), t.contains(&field)) {
            (true, true) => continue,
            (false, true) => SettledBy::Ours,
            (true, false) => SettledBy::Theirs,
            (false, false) => SettledBy::Both,
        };
        out.push((field, by));
    }
    out
}

/// The fields a version lists in `conflicts`.
fn conflict_fields(record: &Value) -> Vec<String> {
    conflict_entries(record)
        .iter()
        .filter_map(|c| c.get("field").and_then(Value::as_str).map(str::to_string))
        .collect()
}

fn conflict_entries(record: &Value) -> Vec<Value> {
    match record.get(CONFLICTS) {
        Some(Value::Sequence(list)) => list.clone(),
        _ => Vec::new(),
    }
}

/// Makes the ancestor's value of a settled field what the side that did not settle it holds,
/// so that the merge takes the settling side's value as a change made on one side only. A
/// field both sides settled, differently, gets a value neither side has: two changes, one
/// conflict.
fn settle(base: &mut Value, field: &str, by: SettledBy, ours: &Value, theirs: &Value) {
    let Some(steps) = steps(field) else {
        return;
    };
    let (o, t) = (lookup(ours, &steps), lookup(theirs, &steps));
    let value = match by {
        SettledBy::Theirs => o.cloned(),
        SettledBy::Ours => t.cloned(),
        SettledBy::Both if o == t => return,
        SettledBy::Both => Some(undecided()),
    };
    put(base, &steps, value);
}

/// A value no record holds: YAML tags are never part of one.
fn undecided() -> Value {
    Value::Tagged(Box::new(serde_yaml::value::TaggedValue {
        tag: serde_yaml::value::Tag::new("coi-undecided"),
        value: Value::Null,
    }))
}

/// The merged `conflicts`: the entries both sides keep (merged like any list), without those
/// of the fields settled since the ancestor. This merge's own conflicts are added after.
fn conflict_list(
    base: &Value,
    ours: &Value,
    theirs: &Value,
    settled: &[(String, SettledBy)],
) -> Vec<Value> {
    let (b, o, t) = (
        conflict_entries(base),
        conflict_entries(ours),
        conflict_entries(theirs),
    );
    let kept = if o == t || b == t {
        o
    } else if b == o {
        t
    } else {
        union(&o, &t)
    };
    kept.into_iter()
        .filter(|c| {
            let field = c.get("field").and_then(Value::as_str);
            !settled.iter().any(|(f, _)| Some(f.as_str()) == field)
        })
        .collect()
}

/// One step of a field's path: a key of a mapping or an item of a list.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Item(usize),
}

/// The steps of a path as [`merge_values`] writes it (`measures[0].until`); `None` when it
/// is not one.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, items) = match part.split_once('[') {
            Some((name, items)) => (name, Some(items)),
            None => (part, None),
        };
        if name.is_empty() {
            return None;
        }
        out.push(Step::Key(name));
        for item in items.into_iter().flat_map(|i| i.split('[')) {
            out.push(Step::Item(item.strip_suffix(']')?.parse().ok()?));
        }
    }
    Some(out)
}

fn lookup<'v>(value: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.as_mapping()?.get(*k),
        Step::Item(i) => v.as_sequence()?.get(*i),
    })
}

/// Sets (or, with `None`, removes) the value at `steps`, making the mappings on the way that
/// are missing. A list too short for the path is left as it is.
fn put(value: &mut Value, steps: &[Step], new: Option<Value>) {
    let Some((last, parents)) = steps.split_last() else {
        return;
    };
    if new.is_none() && lookup(value, steps).is_none() {
        return;
    }
    let mut at = value;
    for step in parents {
        let next = match step {
            Step::Key(k) => {
                if at.is_null() {
                    *at = Value::Mapping(Mapping::new());
                }
                let Some(fields) = at.as_mapping_mut() else {
                    return;
                };
                fields.entry((*k).into()).or_insert(Value::Null)
            }
            Step::Item(i) => match at.as_sequence_mut().and_then(|l| l.get_mut(*i)) {
                Some(item) => item,
                None => return,
            },
        };
        at = next;
    }
    match (last, new) {
        (Step::Key(k), new) => {
            if at.is_null() {
                *at = Value::Mapping(Mapping::new());
            }
            if let Some(fields) = at.as_mapping_mut() {
                match new {
                    Some(v) => {
                        fields.insert((*k).into(), v);
                    }
                    None => {
                        fields.remove(*k);
                    }
                }
            }
        }
        (Step::Item(i), new) => {
            if let Some(item) = at.as_sequence_mut().and_then(|l| l.get_mut(*i)) {
                *item = new.unwrap_or(Value::Null);
            }
        }
    }
}

fn union(ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let mut all = ours.to_vec();
    all.extend(theirs.iter().filter(|t| !ours.contains(t)).cloned());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "\
id: XDLI-2026-001
unit: QLDN
person:
  name: Nguyễn Văn An
situation_type: art29_1
situation: Thẩm định hồ sơ của công ty do em ruột làm giám đốc
source: self_report
known_on: 2026-03-02
history:
- at: 2026-03-02T09:00:00+07:00
  by: Lan
  action: created
";

    fn with(extra: &str, events: &str) -> String {
        let (head, tail) = BASE.split_once("history:\n").unwrap();
        format!("{head}{extra}history:\n{tail}{events}")
    }

    fn event(at: &str, action: &str) -> String {
        format!("- at: 2026-03-{at}+07:00\n  by: Lan\n  action: {action}\n")
    }

    fn merged(base: &str, ours: &str, theirs: &str) -> Merged {
        merge_record(
            Kind::Case,
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
        )
        .unwrap()
    }

    #[test]
    fn steps_on_both_sides_are_both_kept_with_the_history_in_time_order() {
        let ours = with("notified_on: 2026-03-06\n", &event("06T10:00:00", "notify"));
        let theirs = with(
            "measures:\n- kind: supervision\n  decided_on: 2026-03-05\n",
            &event("05T15:00:00", "decide"),
        );
        let m = merged(BASE, &ours, &theirs);
        assert!(m.new_conflicts.is_empty(), "{:?}", m.new_conflicts);
        assert!(m.text.contains("notified_on: 2026-03-06\n"), "{}", m.text);
        assert!(m.text.contains("- kind: supervision\n"), "{}", m.text);
        let created = m.text.find("action: created").unwrap();
        let decide = m.text.find("action: decide").unwrap();
        let notify = m.text.find("action: notify").unwrap();
        assert!(created < decide && decide < notify, "{}", m.text);
        // The result reads back as a record of its kind.
        let case: crate::model::Case = serde_yaml::from_str(&m.text).unwrap();
        assert_eq!(case.history.len(), 3);
    }

    #[test]
    fn a_step_alike_on_both_sides_is_kept_twice_even_after_an_earlier_merge() {
        // Ours took in an edit of theirs before (sorted into its place); theirs then made an
        // edit that reads exactly like one of ours.
        let edit = |note: &str| format!("{}  note: {note}\n", event("05T08:00:00", "edited"));
        let base = with("", &edit("reported_on"));
        let ours = with("", &format!("{}{}", edit("situation"), edit("reported_on")));
        let theirs = with("", &format!("{}{}", edit("reported_on"), edit("situation")));
        let m = merged(&base, &ours, &theirs);
        assert_eq!(m.text.matches("note: situation").count(), 2, "{}", m.text);
        assert_eq!(m.text.matches("note: reported_on").count(), 1, "{}", m.text);
        assert_eq!(m.text.matches("action: created").count(), 1, "{}", m.text);
    }

    #[test]
    fn one_field_changed_two_ways_keeps_ours_and_names_both_values() {
        let ours = with("reported_on: 2026-03-03\n", &event("03T08:00:00", "edited"));
        let theirs = with("reported_on: 2026-03-04\n", &event("04T08:00:00", "edited"));
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(
            m.new_conflicts,
            [Conflict {
                field: "reported_on".into(),
                ours: "2026-03-03".into(),
                theirs: "2026-03-04".into(),
            }]
        );
        assert!(m.text.contains("reported_on: 2026-03-03\n"), "{}", m.text);
        assert!(
            m.text.contains("conflicts:\n- field: reported_on\n"),
            "{}",
            m.text
        );
        // Merging again what is already merged finds nothing new.
        let again = merged(BASE, &m.text, &theirs);
        assert!(
            again.text.matches("field: reported_on").count() == 1,
            "{}",
            again.text
        );
    }

    /// A version of BASE with `reported_on` and the conflicts given.
    fn reported(on: &str, conflicts: &[(&str, &str, &str)]) -> String {
        let mut extra = format!("reported_on: 2026-03-{on}\n");
        if !conflicts.is_empty() {
            extra.push_str("conflicts:\n");
        }
        for (field, ours, theirs) in conflicts {
            extra.push_str(&format!(
                "- field: {field}\n  ours: '{ours}'\n  theirs: '{theirs}'\n"
            ));
        }
        with(&extra, "")
    }

    fn conflicts_of(text: &str) -> Vec<Conflict> {
        let case: crate::model::Case = serde_yaml::from_str(text).unwrap();
        case.conflicts
    }

    #[test]
    fn a_conflict_settled_on_one_side_stays_settled_whatever_the_other_side_holds() {
        // A plain `git pull` in b left the conflict (b's value kept); b then settled it.
        // `sync` replays the settling commit on the remote's version, where the same conflict
        // reads the other way round.
        let base = reported("04", &[("reported_on", "2026-03-04", "2026-03-03")]);
        let ours = reported("03", &[("reported_on", "2026-03-03", "2026-03-04")]);
        // Settled on the value the ancestor held, or on a third one.
        for chosen in ["04", "03", "05"] {
            let theirs = reported(chosen, &[]);
            let m = merged(&base, &ours, &theirs);
            assert!(
                m.new_conflicts.is_empty(),
                "{chosen}: {:?}",
                m.new_conflicts
            );
            assert!(
                m.text.contains(&format!("reported_on: 2026-03-{chosen}\n")),
                "{}",
                m.text
            );
            assert!(!m.text.contains("conflicts:"), "{}", m.text);
            // The same when the settling side is the one merged into.
            let m = merged(&base, &theirs, &ours);
            assert!(
                m.new_conflicts.is_empty(),
                "{chosen}: {:?}",
                m.new_conflicts
            );
            assert!(
                m.text.contains(&format!("reported_on: 2026-03-{chosen}\n")),
                "{}",
                m.text
            );
            assert!(!m.text.contains("conflicts:"), "{}", m.text);
        }
    }

    #[test]
    fn a_conflict_settled_on_both_sides_alike_is_gone_and_differently_is_a_new_one() {
        let base = reported("04", &[("reported_on", "2026-03-04", "2026-03-03")]);
        let m = merged(&base, &reported("05", &[]), &reported("05", &[]));
        assert!(m.new_conflicts.is_empty(), "{:?}", m.new_conflicts);
        assert!(!m.text.contains("conflicts:"), "{}", m.text);
        // Even when one side chose the value the ancestor held.
        for (ours, theirs) in [("05", "06"), ("04", "06"), ("05", "04")] {
            let m = merged(&base, &reported(ours, &[]), &reported(theirs, &[]));
            let expected = Conflict {
                field: "reported_on".into(),
                ours: format!("2026-03-{ours}"),
                theirs: format!("2026-03-{theirs}"),
            };
            assert_eq!(
                m.new_conflicts,
                std::slice::from_ref(&expected),
                "{ours} {theirs}"
            );
            assert_eq!(conflicts_of(&m.text), [expected]);
            assert!(
                m.text.contains(&format!("reported_on: 2026-03-{ours}\n")),
                "{}",
                m.text
            );
        }
    }

    #[test]
    fn settling_one_conflict_keeps_the_others_and_the_other_sides_changes() {
        let both = [
            ("reported_on", "2026-03-04", "2026-03-03"),
            ("person.position", "Chuyên viên", "Trưởng phòng"),
        ];
        let position = |text: &str, p: &str| {
            text.replace(
                "  name: Nguyễn Văn An\n",
                &format!("  name: Nguyễn Văn An\n  position: {p}\n"),
            )
        };
        let base = position(&reported("04", &both), "Chuyên viên");
        // Ours settled the position (by hand: only that entry gone) and left the date.
        let ours = position(&reported("04", &both[..1]), "Trưởng phòng");
        // Theirs, still in conflict on both, recorded a notification meanwhile.
        let theirs = base.replace("known_on:", "notified_on: 2026-03-07\nknown_on:");
        let m = merged(&base, &ours, &theirs);
        assert!(m.new_conflicts.is_empty(), "{:?}", m.new_conflicts);
        assert!(m.text.contains("  position: Trưởng phòng\n"), "{}", m.text);
        assert!(m.text.contains("notified_on: 2026-03-07\n"), "{}", m.text);
        let left: Vec<String> = conflicts_of(&m.text).into_iter().map(|c| c.field).collect();
        assert_eq!(left, ["reported_on"]);
        // Theirs changed the position it was told to settle without settling it: the side
        // that settled it still wins.
        let theirs = position(&reported("04", &both), "Phó trưởng phòng");
        let m = merged(&base, &ours, &theirs);
        assert!(m.text.contains("  position: Trưởng phòng\n"), "{}", m.text);
        assert!(m.new_conflicts.is_empty(), "{:?}", m.new_conflicts);
    }

    #[test]
    fn a_conflict_on_an_item_of_a_list_is_settled_by_its_path() {
        let measure = |until: &str, conflicts: &str| {
            with(
                &format!(
                    "measures:\n- kind: supervision\n  decided_on: 2026-03-05\n  until:                      2026-04-{until}\n{conflicts}"
                ),
                "",
            )
        };
        let entry = |o: &str, t: &str| {
            format!(
                "conflicts:\n- field: measures[0].until\n  ours: 2026-04-{o}\n  theirs:                  2026-04-{t}\n"
            )
        };
        let base = measure("10", &entry("10", "20"));
        let ours = measure("20", &entry("20", "10"));
        let theirs = measure("10", "");
        let m = merged(&base, &ours, &theirs);
        assert!(m.new_conflicts.is_empty(), "{:?}", m.new_conflicts);
        assert!(m.text.contains("  until: 2026-04-10\n"), "{}", m.text);
        assert!(!m.text.contains("conflicts:"), "{}", m.text);
    }

    #[test]
    fn field_paths_read_back_into_steps() {
        assert_eq!(
            steps("measures[0].until"),
            Some(vec![
                Step::Key("measures"),
                Step::Item(0),
                Step::Key("until")
            ])
        );
        assert_eq!(
            steps("a[1][2]"),
            Some(vec![Step::Key("a"), Step::Item(1), Step::Item(2)])
        );
        assert_eq!(steps("person.position").map(|s| s.len()), Some(2));
        assert_eq!(steps("a[x]"), None);
        assert_eq!(steps(".a"), None);
    }

    #[test]
    fn a_nested_field_in_conflict_is_named_by_its_path() {
        let ours = BASE.replace(
            "  name: Nguyễn Văn An\n",
            "  name: Nguyễn Văn An\n  position: Chuyên viên\n",
        );
        let theirs = BASE.replace(
            "  name: Nguyễn Văn An\n",
            "  name: Nguyễn Văn An\n  position: Phó trưởng phòng\n",
        );
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(m.new_conflicts.len(), 1);
        assert_eq!(m.new_conflicts[0].field, "person.position");
    }

    #[test]
    fn a_change_on_one_side_is_taken() {
        let theirs = BASE.replace("source: self_report", "source: complaint");
        let m = merged(BASE, BASE, &theirs);
        assert!(m.text.contains("source: complaint"));
        assert!(m.new_conflicts.is_empty());
        let m = merged(BASE, &theirs, BASE);
        assert!(m.text.contains("source: complaint"));
    }

    #[test]
    fn two_new_files_under_one_name_are_never_merged() {
        let other = BASE.replace("Nguyễn Văn An", "Trần Thị Bình");
        let err = merge_record(Kind::Case, b"", BASE.as_bytes(), other.as_bytes()).unwrap_err();
        assert_eq!(err, Unmergeable::BothCreated);
        // The same file created on both sides is one file.
        assert!(merge_record(Kind::Case, b"", BASE.as_bytes(), BASE.as_bytes()).is_ok());
    }

    #[test]
    fn an_unreadable_side_is_not_merged() {
        let err = merge_record(Kind::Case, BASE.as_bytes(), b"id: [", BASE.as_bytes());
        assert!(matches!(err, Err(Unmergeable::Unreadable(_))), "{err:?}");
    }
}
