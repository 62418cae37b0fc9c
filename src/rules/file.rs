//! The checks of one record file: its bytes read as YAML (the quick reader for what `coi`
//! writes, the full reader for anything else), validated against the kind's fields, built into
//! the typed record, and put through the rules of the law, every finding with its line. A bad
//! file is reported and the others are still read.

use std::path::{Path, PathBuf};

use serde_yaml::Value;

use super::Rules;
use super::calendar::Calendar;
use super::deadlines::Span;
use super::past;
use super::plan::TaskCodes;
use super::text::read_text;
use super::validate::{self, Context};
use crate::i18n::{Text, foreign, msg};
use crate::model::schema::{Field, Type, field_at};
use crate::model::values::Seq;
use crate::model::{RecordId, show_date};
use crate::problem::{Finding, Located, Severity};
use crate::yaml::Doc;
use crate::yaml::lines::LineMap;
use crate::yaml::quick;

/// A record read from its file, with what `check` would say about it.
#[derive(Debug)]
pub struct Loaded<R> {
    pub rel: PathBuf,
    pub record: R,
    pub findings: Vec<Located>,
}

/// The result of reading one file: the record when it could be built, and every finding.
#[derive(Debug)]
pub struct Parsed<R> {
    pub record: Option<R>,
    pub findings: Vec<Located>,
}

/// What reading a record checks it against.
#[derive(Debug, Clone, Copy)]
pub struct Checks<'a> {
    /// The unit codes of `coi.yaml`, unless it could not be read.
    pub units: Option<&'a [String]>,
    pub calendar: &'a Calendar,
    /// The tasks of the plans, year by year; `None` leaves `plan_task` unchecked.
    pub tasks: Option<&'a TaskCodes>,
    /// Today, for `check`: a date of something that has happened after it is warned about.
    /// `None` leaves dates unchecked against the clock (a report, which the clock must not
    /// change).
    pub today: Option<chrono::NaiveDate>,
}

/// Parses and checks one record file.
pub fn parse<R: Rules>(rel: PathBuf, bytes: &[u8], checks: Checks) -> Parsed<R> {
    let units = checks.units;
    let fail = |line, finding| Parsed {
        record: None,
        findings: vec![Located::at(&rel, line, finding)],
    };
    let text = match read_text(bytes) {
        Ok(text) => text,
        Err((line, finding)) => return fail(line, finding),
    };
    // What `coi` wrote goes through the quick reader; anything else through the full one. (What
    // the quick reader reads is never nested deeply.)
    let (quick, outline) = quick::parse(text).unzip();
    if quick.is_none()
        && let Some(line) = crate::yaml::lines::too_deep(text)
    {
        return fail(line, Finding::error("-", msg::yaml_too_deep()));
    }
    let doc = match quick {
        Some(node) => Document::Quick(node),
        None => match serde_yaml::from_str(text) {
            Ok(doc) => Document::Full(doc),
            Err(e) => {
                if foreign::is_key_given_twice(&e.to_string())
                    && let Some(twice) = crate::yaml::lines::key_given_twice(text)
                {
                    let message = msg::key_given_twice(twice.first_line);
                    return fail(twice.line, Finding::error(twice.path, message));
                }
                let line = e.location().map_or(1, |l| l.line());
                let detail = e.to_string();
                return fail(
                    line,
                    Finding::error("-", msg::yaml_syntax(foreign::yaml_problem(&detail))),
                );
            }
        },
    };
    let mut findings = Vec::new();
    let key_date = match &doc {
        Document::Quick(node) => key_date::<R, _>(node),
        Document::Full(value) => key_date::<R, _>(value),
    };
    let cx = Context {
        units,
        tasks: checks.tasks.zip(key_date).and_then(|(t, day)| t.on(day)),
        input: false,
    };
    match &doc {
        Document::Quick(node) => validate::validate(R::FIELDS, node, &cx, &mut findings),
        Document::Full(value) => validate::validate(R::FIELDS, value, &cx, &mut findings),
    }
    if let Some(today) = checks.today {
        let (fields, warn) = (R::FIELDS, Severity::Warning);
        match &doc {
            Document::Quick(node) => past::after_today(fields, node, today, warn, &mut findings),
            Document::Full(value) => past::after_today(fields, value, today, warn, &mut findings),
        }
    }
    let mut record = None;
    if !findings.iter().any(Finding::is_error) {
        match doc.build::<R>() {
            Ok(r) => {
                r.findings(&mut findings);
                r.findings_on(checks.calendar, &mut findings);
                placement(&r, &rel, &mut findings);
                merge_conflicts(&r, &mut findings);
                lateness(&r, checks.calendar, &mut findings);
                record = Some(r);
            }
            Err(e) => {
                // The fields were checked against the kind's table: what the reader may still
                // say is shown as it says it.
                let detail = Text::same(&e.to_string());
                findings.push(Finding::error("-", msg::cannot_read_record(detail)));
            }
        }
    } else {
        // So that one bad value does not hide the other problems, the rules still run on what
        // is left once the bad values are taken out, if the record can be built from it.
        let mut rest = doc.into_value();
        let mut bad: Vec<&str> = findings
            .iter()
            .filter(|f| f.is_error() && !matches!(f.code, "unknown-unit" | "unknown-task"))
            .map(|f| f.field.as_str())
            .collect();
        bad.sort_unstable_by(|a, b| b.cmp(a));
        for path in &bad {
            remove(&mut rest, path);
            if let Some(stand_in) = field_at(R::FIELDS, path).and_then(|f| stand_in(f, path))
                && let Value::Mapping(m) = &mut rest
            {
                m.insert(path.to_string().into(), stand_in);
            }
        }
        if let Ok(r) = serde_yaml::from_value::<R>(rest) {
            let mut more = Vec::new();
            r.findings(&mut more);
            r.findings_on(checks.calendar, &mut more);
            placement(&r, &rel, &mut more);
            lateness(&r, checks.calendar, &mut more);
            // What the stand-ins might cause is not the person's problem.
            more.retain(|f| !bad.contains(&f.field.as_str()));
            findings.extend(more);
        }
    }
    // The YAML loader reads `!!python/object:…` as plain text; refuse such files all the same.
    // (The quick reader reads no tags at all.)
    let lines = if let Some(outline) = outline {
        (!findings.is_empty()).then(|| Lines::Quick(outline.lines()))
    } else {
        (!findings.is_empty() || text.contains('!')).then(|| Lines::Full(LineMap::of(text)))
    };
    if let Some(Lines::Full(lines)) = &lines {
        for (path, _, tag) in &lines.tags {
            let field = if path.is_empty() { "-" } else { path.as_str() };
            if !findings
                .iter()
                .any(|f| f.code == "yaml-tag" && f.field == field)
            {
                findings.push(Finding::error(field, msg::yaml_tag_named(tag)).code("yaml-tag"));
                record = None;
            }
        }
    }
    let findings = match &lines {
        None => Vec::new(),
        Some(lines) => findings
            .into_iter()
            .map(|f| Located::at(&rel, lines.line(&f.field), f))
            .collect(),
    };
    Parsed { record, findings }
}

/// The record's key date as the document states it, when it is a date: it puts the record in
/// its year, and so under that year's plan.
pub fn key_date<R: Rules, D: Doc>(doc: &D) -> Option<chrono::NaiveDate> {
    let date = doc.get(R::KEY_DATE)?.as_str()?;
    crate::model::values::parse_stored_date(date)
}

/// A document as one of the readers read it.
enum Document<'a> {
    Quick(quick::Node<'a>),
    Full(Value),
}

impl Document<'_> {
    /// The record, as `serde_yaml::from_value` builds it from the document's value.
    fn build<R: Rules>(self) -> Result<R, serde_yaml::Error> {
        match self {
            Document::Quick(node) => {
                quick::build(&node).or_else(|_| serde_yaml::from_value(node.to_value()))
            }
            Document::Full(value) => serde_yaml::from_value(value),
        }
    }

    fn into_value(self) -> Value {
        match self {
            Document::Quick(node) => node.to_value(),
            Document::Full(value) => value,
        }
    }
}

/// Where the fields of a file are.
enum Lines {
    Quick(std::collections::HashMap<String, usize>),
    Full(LineMap),
}

impl Lines {
    /// The line of a field, else of the nearest enclosing field in the file, else 1, as
    /// [`LineMap::line`] finds it.
    fn line(&self, field: &str) -> usize {
        let lines = match self {
            Lines::Full(map) => return map.line(field),
            Lines::Quick(lines) => lines,
        };
        let mut path = field;
        loop {
            if let Some(&line) = lines.get(path) {
                return line;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => return 1,
            }
        }
    }
}

/// A neutral value for a required top-level field whose own value was bad, so that the other
/// fields can still be checked. Dates have none: every date takes part in some rule.
fn stand_in(field: &Field, path: &str) -> Option<Value> {
    if !field.required || path.contains(['.', '[']) {
        return None;
    }
    Some(match field.ty {
        Type::Money | Type::Count => Value::Number(0.into()),
        Type::Text | Type::LongText | Type::Unit | Type::Task => Value::String(String::new()),
        Type::Choice(vocab) => Value::String(vocab.terms[0].yaml.to_string()),
        Type::Choices(_) | Type::Units => Value::Sequence(Vec::new()),
        _ => return None,
    })
}

/// Takes the value at a field path (`a.b`, `a[1].b`, `topics[1]`) out of a document.
fn remove(doc: &mut Value, path: &str) {
    let mut parts: Vec<(&str, Option<usize>)> = Vec::new();
    for part in path.split('.') {
        match part.split_once('[') {
            Some((name, index)) => parts.push((name, index.trim_end_matches(']').parse().ok())),
            None => parts.push((part, None)),
        }
    }
    let Some(((last, last_index), parents)) = parts.split_last() else {
        return;
    };
    let mut v = doc;
    for (name, index) in parents {
        let Some(next) = v.get_mut(*name) else { return };
        v = match index {
            Some(i) => match next.get_mut(*i) {
                Some(item) => item,
                None => return,
            },
            None => next,
        };
    }
    match last_index {
        Some(i) => {
            if let Some(Value::Sequence(items)) = v.get_mut(*last)
                && *i < items.len()
            {
                items.remove(*i);
            }
        }
        None => {
            if let Value::Mapping(m) = v {
                m.remove(*last);
            }
        }
    }
}

/// Steps done after their legal time limit, and steps a closed record still owes.
pub fn lateness<R: Rules>(record: &R, cal: &Calendar, out: &mut Vec<Finding>) {
    if record.void().is_some() {
        return;
    }
    // A closed record whose step is still owed: it will not be done by closing it again.
    if !record.is_open() {
        for d in record.pending_deadlines(cal) {
            let message = msg::step_missed(d.limit.what, show_date(d.due), d.limit.basis);
            out.push(Finding::warning(d.field, message).code("missed"));
        }
    }
    for d in record.deadlines(cal) {
        let late = d.lateness(cal);
        if late == 0 {
            continue;
        }
        let (due, done) = (show_date(d.due), d.done.map(show_date).unwrap_or_default());
        let noun = match d.limit.span {
            Span::WorkingDays(_) => msg::WORKING_DAYS,
            Span::Days(_) => msg::DAYS,
        };
        let delay = noun.count(late);
        out.push(
            Finding::warning(
                d.field,
                msg::step_late(d.limit.what, delay, due, done, d.limit.basis),
            )
            .code("late"),
        );
    }
}

/// The code of the error a field in conflict gives.
pub const MERGE_CONFLICT: &str = "merge-conflict";

/// A field that two clones changed differently stays an error until the clerk settles it.
fn merge_conflicts<R: Rules>(record: &R, out: &mut Vec<Finding>) {
    let id = record.id();
    let noun = R::KIND.noun();
    for c in record.conflicts() {
        let (ours, theirs) = c.values();
        let message = msg::merge_conflict(ours, theirs, noun, id);
        out.push(Finding::error(&c.field, message).code(MERGE_CONFLICT));
    }
}

/// The file name and folders must agree with the ID inside.
fn placement<R: Rules>(record: &R, rel: &Path, out: &mut Vec<Finding>) {
    let id = record.id();
    if id.kind != R::KIND {
        let prefix = R::KIND.prefix();
        out.push(Finding::error("id", msg::id_prefix_of_kind(prefix)));
    }
    if id.too_large() {
        let max = RecordId::MAX_SEQ;
        out.push(Finding::error("id", msg::id_number_too_large(id, max)).code("id-too-large"));
    }
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    // The usual case, a file where its ID says, is told without spelling the ID out.
    if !in_place(rel, stem, id) {
        let expected = id.relative_path();
        if stem != id.to_string() {
            let name = expected
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push(Finding::error("id", msg::file_name_not_id(id, name)));
        } else if rel != expected {
            let place = expected.display();
            out.push(Finding::error("id", msg::wrong_folder(id, place)));
        }
    }
    let key_year = chrono::Datelike::year(&record.key_date());
    if key_year != id.year {
        let field = R::KEY_DATE;
        out.push(Finding::warning(
            field,
            msg::id_year_mismatch(id, field, key_year),
        ));
    }
}

/// Whether `rel` is `<folder>/<year>/<ID>.yaml` for this ID, its name spelt as the ID is shown
/// (`XDLI-2026-001`): what [`placement`] checks, without making any text. `false` means only
/// "look closer".
fn in_place(rel: &Path, stem: &str, id: RecordId) -> bool {
    use std::path::Component::Normal;
    // Digits only, read as a number; `width` is how many digits its shown form has.
    let number = |text: &str, width: usize| {
        (text.len() == width && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u64>().ok())
            .flatten()
    };
    let digits = |n: u64| n.checked_ilog10().map_or(1, |d| d as usize + 1);
    let Ok(year) = u64::try_from(id.year) else {
        return false;
    };
    if year > 9999 {
        return false;
    }
    // The ID as shown: prefix, the year in four digits, the number in at least three.
    let Some(rest) = stem
        .strip_prefix(id.kind.prefix())
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    let (Some(shown_year), Some(shown_seq)) = (rest.get(..4), rest.get(4..)) else {
        return false;
    };
    let Some(shown_seq) = shown_seq.strip_prefix('-') else {
        return false;
    };
    let seq_in_place = match id.seq {
        Seq::Number(seq) => {
            let seq = u64::from(seq);
            number(shown_seq, digits(seq).max(3)) == Some(seq)
        }
        Seq::Provisional(token) => shown_seq == token.as_str(),
    };
    if number(shown_year, 4) != Some(year) || !seq_in_place {
        return false;
    }
    // The folders: the kind's, then the year as a plain number.
    let mut parts = rel.components();
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(Normal(folder)), Some(Normal(year_dir)), Some(Normal(_)), None)
            if folder == id.kind.folder()
                && year_dir.to_str().and_then(|y| number(y, digits(year))) == Some(year)
    ) && rel.extension().is_some_and(|e| e == "yaml")
}

/// A record file as storage read it, or could not: parsed and checked, or the reason it could
/// not be read.
pub fn parse_read<R: Rules>(
    rel: &Path,
    read: std::io::Result<Vec<u8>>,
    checks: Checks,
) -> Parsed<R> {
    match read {
        Ok(bytes) => parse::<R>(rel.to_path_buf(), &bytes, checks),
        Err(e) => Parsed {
            record: None,
            findings: vec![Located::at(
                rel,
                1,
                Finding::error("-", msg::cannot_read_file(msg::io_error(&e))),
            )],
        },
    }
}

/// One record file read and checked: the record with its findings, or the findings of a file
/// that gave no record.
pub fn load<R: Rules>(
    rel: PathBuf,
    bytes: &[u8],
    checks: Checks,
) -> Result<Loaded<R>, Vec<Located>> {
    let parsed = parse::<R>(rel.clone(), bytes, checks);
    loaded(rel, parsed)
}

fn loaded<R>(rel: PathBuf, parsed: Parsed<R>) -> Result<Loaded<R>, Vec<Located>> {
    match parsed.record {
        Some(record) => Ok(Loaded {
            rel,
            record,
            findings: parsed.findings,
        }),
        None => Err(parsed.findings),
    }
}

/// The records that files gave, sorted by ID, each file that gave none among the problems, and
/// two files that claim one ID marked.
pub fn gather<R: Rules>(
    parsed: Vec<(PathBuf, Parsed<R>)>,
    mut problems: Vec<Located>,
) -> (Vec<Loaded<R>>, Vec<Located>) {
    // Collected from the list it consumes, whose memory it takes over: one list at a time.
    let mut records: Vec<Loaded<R>> = (parsed.into_iter())
        .filter_map(|(rel, parsed)| match loaded(rel, parsed) {
            Ok(loaded) => Some(loaded),
            Err(findings) => {
                problems.extend(findings);
                None
            }
        })
        .collect();
    records.sort_by(|a, b| (a.record.id(), &a.rel).cmp(&(b.record.id(), &b.rel)));
    mark_duplicates(&mut records);
    (records, problems)
}

/// Two files that claim one ID are both named, each pointing at the other.
fn mark_duplicates<R: Rules>(records: &mut [Loaded<R>]) {
    for i in 1..records.len() {
        let id = records[i].record.id();
        if records[i - 1].record.id() != id {
            continue;
        }
        let (a, b) = (records[i - 1].rel.clone(), records[i].rel.clone());
        for (index, other) in [(i - 1, b), (i, a)] {
            let other = other.display().to_string();
            let finding = Finding::error("id", msg::duplicate_id(id, other)).code("duplicate-id");
            let here = &mut records[index];
            here.findings.push(Located::at(&here.rel, 1, finding));
        }
    }
}

/// Everything in the register, read once: the records of every kind, and what was found
/// beside them.
#[derive(Debug, Default)]
pub struct Snapshot {
    kinds: Vec<Box<dyn KindRecords>>,
    /// Files that could not be read as records, and everything else out of place.
    pub problems: Vec<Located>,
    /// Record files found.
    pub files: usize,
}

/// The loaded records of one kind, whichever it is.
trait KindRecords: std::any::Any + std::fmt::Debug + Send + Sync {
    fn located(&self) -> Box<dyn Iterator<Item = &Located> + '_>;
    /// How many of the records have a provisional ID (made here, not yet published).
    fn provisional(&self) -> usize;
    fn as_any(&self) -> &dyn std::any::Any;
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
}

impl<R: Rules> KindRecords for Vec<Loaded<R>> {
    fn located(&self) -> Box<dyn Iterator<Item = &Located> + '_> {
        Box::new(self.iter().flat_map(|l| &l.findings))
    }
    fn provisional(&self) -> usize {
        self.iter()
            .filter(|l| l.record.id().is_provisional())
            .count()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Snapshot {
    /// Takes in the records of one kind, and the problems and count of its files.
    pub fn add<R: Rules>(&mut self, records: Vec<Loaded<R>>, problems: Vec<Located>, files: usize) {
        self.kinds.push(Box::new(records));
        self.problems.extend(problems);
        self.files += files;
    }

    /// How many records have a provisional ID, of every kind.
    pub fn provisional(&self) -> usize {
        self.kinds.iter().map(|k| k.provisional()).sum()
    }

    /// Takes in what another snapshot holds (the kinds read by another thread).
    pub fn join(&mut self, other: Snapshot) {
        self.kinds.extend(other.kinds);
        self.problems.extend(other.problems);
        self.files += other.files;
    }

    /// The records of one kind, sorted by ID.
    pub fn of<R: Rules>(&self) -> &[Loaded<R>] {
        self.kinds
            .iter()
            .find_map(|k| k.as_any().downcast_ref::<Vec<Loaded<R>>>())
            .map_or(&[], Vec::as_slice)
    }

    /// The records of one kind, to add what only the whole register shows (links).
    pub fn of_mut<R: Rules>(&mut self) -> &mut [Loaded<R>] {
        self.kinds
            .iter_mut()
            .find_map(|k| k.as_any_mut().downcast_mut::<Vec<Loaded<R>>>())
            .map_or(&mut [], Vec::as_mut_slice)
    }

    /// Every finding, sorted by file and line.
    pub fn findings(&self) -> Vec<&Located> {
        self.findings_where(|_| true)
    }

    /// The errors alone, sorted by file and line.
    pub fn errors(&self) -> Vec<&Located> {
        self.findings_where(|l| l.finding.is_error())
    }

    fn findings_where(&self, wanted: impl Fn(&Located) -> bool) -> Vec<&Located> {
        let mut all: Vec<&Located> = self.problems.iter().collect();
        for kind in &self.kinds {
            all.extend(kind.located());
        }
        all.retain(|l| wanted(l));
        all.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Gift, Kind, Training};

    /// What the quick reader makes of a text, checked against the full reader: the same value,
    /// the same findings, the same record, the same lines. Whether it read the text.
    fn agrees(text: &str) -> bool {
        let Some((node, outline)) = quick::parse(text) else {
            return false;
        };
        let full: Value = serde_yaml::from_str(text)
            .unwrap_or_else(|e| panic!("read quickly what the full reader refuses ({e}):\n{text}"));
        assert_eq!(node.to_value(), full, "{text}");
        fn same<R: Rules + PartialEq + std::fmt::Debug>(node: &quick::Node, full: &Value) {
            let units = ["VP".to_string(), "QLDN".to_string()];
            let cx = Context {
                units: Some(&units),
                tasks: None,
                input: false,
            };
            let (mut quick_findings, mut full_findings) = (Vec::new(), Vec::new());
            validate::validate(R::FIELDS, node, &cx, &mut quick_findings);
            validate::validate(R::FIELDS, full, &cx, &mut full_findings);
            assert_eq!(quick_findings, full_findings);
            if let Ok(record) = quick::build::<R>(node) {
                assert_eq!(
                    Ok(record),
                    serde_yaml::from_value::<R>(full.clone()).map_err(|e| e.to_string())
                );
            }
        }
        same::<Case>(&node, &full);
        same::<Gift>(&node, &full);
        same::<Training>(&node, &full);
        let (lines, map) = (Lines::Quick(outline.lines()), LineMap::of(text));
        assert!(map.tags.is_empty(), "{text}");
        for (field, line) in outline.lines() {
            for path in [field.clone(), format!("{field}.x"), format!("{field}[7]")] {
                assert_eq!(lines.line(&path), map.line(&path), "{path}\n{text}");
            }
            assert_eq!(map.line(&field), line);
        }
        true
    }

    fn demo_records() -> Vec<String> {
        let mut texts = Vec::new();
        for kind in Kind::ALL {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("data")
                .join(kind.folder())
                .join("2026");
            let entries = std::fs::read_dir(&dir);
            let entries = entries.unwrap_or_else(|e| {
                panic!(
                    "{kind:?}: the demo has no records in {}: {e}",
                    dir.display()
                )
            });
            for entry in entries.flatten() {
                texts.push(std::fs::read_to_string(entry.path()).unwrap());
            }
        }
        texts.sort();
        texts
    }

    #[test]
    fn the_quick_reader_reads_what_coi_writes_as_the_full_reader_does() {
        for text in demo_records() {
            assert!(agrees(&text), "not read quickly:\n{text}");
        }
    }

    #[test]
    fn the_quick_reader_leaves_anything_in_doubt_to_the_full_reader() {
        let texts = demo_records();
        let splices = [
            " ",
            "  ",
            "- ",
            ": ",
            ":",
            "'",
            "''",
            "\"",
            "\\",
            "#",
            " #",
            "\n",
            "\n\n",
            "|",
            "|-",
            ">",
            "[",
            "]",
            "{}",
            "!",
            "&a",
            "*a",
            "?",
            "~",
            "01",
            "1e3",
            "0x1",
            ".5",
            "-1",
            "+1",
            "null",
            "True",
            "yes",
            "on",
            "%",
            "@",
            "`",
            "\t",
            "\r",
            "\u{85}",
            "\u{9f}",
            "\u{a0}",
            "\u{2028}",
            "\u{feff}",
            "\u{ffff}",
            "e\u{301}",
            "\\u00e9",
            "\\x41",
            "---",
            "...",
            "\n- b",
            "\nk: v",
            "\n  k: v",
            "'on'",
            ".inf",
            "NaN",
            "1_000",
            "2026-02-30",
            "4294967296",
            "XX",
            "\nnote: x",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut quick = 0;
        for _ in 0..2_000 {
            let mut text = texts[next(texts.len())].clone();
            for _ in 0..=next(3) {
                let mut at = next(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                if next(3) == 0 {
                    let mut end = (at + 1 + next(4)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                } else {
                    text.insert_str(at, splices[next(splices.len())]);
                }
            }
            quick += usize::from(agrees(&text));
        }
        assert!(quick > 200, "only {quick} texts were read quickly");
    }

    #[test]
    fn in_place_only_where_the_id_says() {
        let ids = [
            RecordId::new(Kind::Case, 2026, 1),
            RecordId::new(Kind::Gift, 2026, 12),
            RecordId::new(Kind::Training, 2025, 999),
            RecordId::new(Kind::Case, 2027, 1000),
            RecordId::new(Kind::Gift, 5, 7),
            RecordId::new(Kind::Gift, 0, 123_456),
            RecordId::new(Kind::Case, 12_026, 1),
            RecordId::new(Kind::Case, -1, 1),
        ];
        let mut rels = vec![
            "cases/2026/XDLI-2026-1.yaml",
            "cases/2026/XDLI-2026-0001.yaml",
            "cases/2026/xdli-2026-001.yaml",
            "cases/02026/XDLI-2026-001.yaml",
            "gifts/2026/XDLI-2026-001.yaml",
            "cases/2026/XDLI-2026-001.yml",
            "cases/2026/x/XDLI-2026-001.yaml",
            "cases/2026/XDLI-2026-001.tar.yaml",
            "gifts/5/QT-0005-007.yaml",
            "gifts/0005/QT-0005-007.yaml",
            "gifts/0/QT-0000-123456.yaml",
        ];
        let shown: Vec<String> = ids
            .iter()
            .map(|id| id.relative_path().display().to_string())
            .collect();
        rels.extend(shown.iter().map(String::as_str));
        for id in ids {
            for rel in &rels {
                let rel = Path::new(rel);
                let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
                let exact = stem == id.to_string() && rel == id.relative_path();
                if in_place(rel, stem, id) {
                    assert!(exact, "{id} {}", rel.display());
                } else if exact {
                    assert!(!(0..=9999).contains(&id.year), "{id} {}", rel.display());
                }
            }
        }
    }
}
