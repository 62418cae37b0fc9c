//! Reading record files: finding them in the register's folders and turning each into a typed
//! record plus its findings. A bad file is reported and the others are still read.

use std::path::{Path, PathBuf};

use serde_yaml::Value;

use super::Register;
use super::store::TEMP_PREFIX;
use crate::model::schema::{Field, Type, field_at};
use crate::model::{Case, Gift, Kind, Record, RecordId, Training, show_date};
use crate::rules::calendar::Calendar;
use crate::rules::deadlines::Span;
use crate::rules::lines::LineMap;
use crate::rules::validate::{self, Context};
use crate::rules::{Finding, Located};
use crate::text;

/// Record files larger than this are refused unread: a record is a few kilobytes.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

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

/// The record files of one kind, sorted, and what was found beside them.
#[derive(Debug, Default)]
pub struct Scan {
    pub files: Vec<PathBuf>,
    pub findings: Vec<Located>,
}

fn at(rel: &Path, line: usize, finding: Finding) -> Located {
    Located {
        path: rel.to_path_buf(),
        line,
        finding,
    }
}

/// Parses and checks one record file.
/// What reading a record checks it against.
#[derive(Debug, Clone, Copy)]
pub struct Checks<'a> {
    /// The unit codes of `coi.yaml`, unless it could not be read.
    pub units: Option<&'a [String]>,
    pub calendar: &'a Calendar,
}

pub fn parse<R: Record>(rel: PathBuf, bytes: &[u8], checks: Checks) -> Parsed<R> {
    let units = checks.units;
    let fail = |line, finding| Parsed {
        record: None,
        findings: vec![at(&rel, line, finding)],
    };
    if bytes.len() > MAX_RECORD_BYTES {
        let size = bytes.len() / 1024;
        return fail(
            1,
            Finding::error(
                "-",
                text!(
                    "tệp quá lớn cho một hồ sơ ({size} KiB; tối đa 1024 KiB), không đọc",
                    "the file is too large for a record ({size} KiB; at most 1024 KiB) and was not read"
                ),
            ),
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            return fail(
                line,
                Finding::error(
                    "-",
                    text!(
                        "tệp không phải văn bản UTF-8; lưu lại tệp với bảng mã UTF-8",
                        "the file is not UTF-8 text; save it with the UTF-8 encoding"
                    ),
                ),
            );
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(line) = crate::rules::lines::too_deep(text) {
        return fail(
            line,
            Finding::error("-", text!("YAML lồng quá sâu", "YAML nested too deep")),
        );
    }
    let doc: Value = match serde_yaml::from_str(text) {
        Ok(doc) => doc,
        Err(e) => {
            let mut line = e.location().map_or(1, |l| l.line());
            if e.to_string().contains("duplicate entry") {
                line = crate::rules::lines::duplicate_key(text).unwrap_or(line);
            }
            let detail = e.to_string();
            return fail(
                line,
                Finding::error(
                    "-",
                    text!(
                        "YAML không hợp lệ: {detail}",
                        "YAML does not parse: {detail}"
                    ),
                ),
            );
        }
    };
    let mut findings = Vec::new();
    validate::validate(
        R::FIELDS,
        &doc,
        &Context {
            units,
            input: false,
        },
        &mut findings,
    );
    let mut record = None;
    if !findings.iter().any(Finding::is_error) {
        match serde_yaml::from_value::<R>(doc) {
            Ok(r) => {
                r.findings(&mut findings);
                placement(&r, &rel, &mut findings);
                lateness(&r, checks.calendar, &mut findings);
                record = Some(r);
            }
            Err(e) => {
                let detail = e.to_string();
                findings.push(Finding::error(
                    "-",
                    text!(
                        "không đọc được hồ sơ: {detail}",
                        "cannot read the record: {detail}"
                    ),
                ));
            }
        }
    } else {
        // So that one bad value does not hide the other problems, the rules still run on what
        // is left once the bad values are taken out, if the record can be built from it.
        let mut rest = doc;
        let mut bad: Vec<&str> = findings
            .iter()
            .filter(|f| f.is_error() && f.code != "unknown-unit")
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
            placement(&r, &rel, &mut more);
            lateness(&r, checks.calendar, &mut more);
            // What the stand-ins might cause is not the person's problem.
            more.retain(|f| !bad.contains(&f.field.as_str()));
            findings.extend(more);
        }
    }
    // The YAML loader reads `!!python/object:…` as plain text; refuse such files all the same.
    let lines = (!findings.is_empty() || text.contains('!')).then(|| LineMap::of(text));
    if let Some(lines) = &lines {
        for (path, _, tag) in &lines.tags {
            let field = if path.is_empty() { "-" } else { path.as_str() };
            if !findings
                .iter()
                .any(|f| f.code == "yaml-tag" && f.field == field)
            {
                findings.push(
                    Finding::error(
                        field,
                        text!(
                            "không được dùng thẻ YAML ({tag}) trong hồ sơ",
                            "YAML tags ({tag}) are not allowed in a record"
                        ),
                    )
                    .code("yaml-tag"),
                );
                record = None;
            }
        }
    }
    let findings = match &lines {
        None => Vec::new(),
        Some(lines) => findings
            .into_iter()
            .map(|f| at(&rel, lines.line(&f.field), f))
            .collect(),
    };
    Parsed { record, findings }
}

/// A neutral value for a required top-level field whose own value was bad, so that the other
/// fields can still be checked. Dates have none: every date takes part in some rule.
fn stand_in(field: &Field, path: &str) -> Option<Value> {
    if !field.required || path.contains(['.', '[']) {
        return None;
    }
    Some(match field.ty {
        Type::Money | Type::Count => Value::Number(0.into()),
        Type::Text | Type::LongText | Type::Unit => Value::String(String::new()),
        Type::Choice(vocab) => Value::String(vocab.terms[0].yaml.to_string()),
        Type::Choices(_) => Value::Sequence(Vec::new()),
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

/// Steps done after their legal time limit.
pub fn lateness<R: Record>(record: &R, cal: &Calendar, out: &mut Vec<Finding>) {
    if record.void().is_some() {
        return;
    }
    for d in record.deadlines(cal) {
        let late = d.lateness(cal);
        if late == 0 {
            continue;
        }
        let (what_vi, what_en) = (d.limit.what.vi, d.limit.what.en);
        let (basis_vi, basis_en) = (d.limit.basis.vi, d.limit.basis.en);
        let (due, done) = (show_date(d.due), d.done.map(show_date).unwrap_or_default());
        let (unit_vi, unit_en) = match d.limit.span {
            Span::WorkingDays(_) => (
                "ngày làm việc",
                if late == 1 {
                    "working day"
                } else {
                    "working days"
                },
            ),
            Span::Days(_) => ("ngày", if late == 1 { "day" } else { "days" }),
        };
        out.push(
            Finding::warning(
                d.field,
                text!(
                    "{what_vi}: chậm {late} {unit_vi} (hạn {due}, thực hiện {done}; {basis_vi})",
                    "{what_en}: {late} {unit_en} late (due {due}, done {done}; {basis_en})"
                ),
            )
            .code("late"),
        );
    }
}

/// The file name and folders must agree with the ID inside.
fn placement<R: Record>(record: &R, rel: &Path, out: &mut Vec<Finding>) {
    let id = record.id();
    if id.kind != R::KIND {
        let prefix = R::KIND.prefix();
        out.push(Finding::error(
            "id",
            text!(
                "hồ sơ loại này có mã bắt đầu bằng {prefix}",
                "records of this kind have IDs starting {prefix}"
            ),
        ));
    }
    let expected = id.relative_path();
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if stem != id.to_string() {
        let name = expected
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(Finding::error(
            "id",
            text!(
                "tên tệp không khớp với mã hồ sơ {id}; tệp phải tên là {name}",
                "the file name does not match the ID {id}; the file should be named {name}"
            ),
        ));
    } else if rel != expected {
        let place = expected.display();
        out.push(Finding::error(
            "id",
            text!(
                "hồ sơ {id} nằm sai thư mục; phải ở {place}",
                "record {id} is in the wrong folder; it belongs at {place}"
            ),
        ));
    }
    let key_year = chrono::Datelike::year(&record.key_date());
    if key_year != id.year {
        let field = R::KEY_DATE;
        out.push(Finding::warning(
            field,
            text!(
                "năm của mã hồ sơ ({id}) khác năm của {field} ({key_year})",
                "the year in the ID ({id}) differs from the year of {field} ({key_year})"
            ),
        ));
    }
}

impl Register {
    /// The record files of a kind: `<folder>/<year>/<ID>.yaml`, sorted by ID. Anything else in
    /// the folders is reported, and links are never followed out of the register.
    pub fn scan(&self, kind: Kind) -> Scan {
        let mut scan = Scan::default();
        let base = PathBuf::from(kind.folder());
        for (name, is_dir) in entries(&self.root.join(&base), &base, &mut scan) {
            let rel = base.join(&name);
            if !is_dir {
                if !ignorable(&name) {
                    scan.findings.push(at(&rel, 1, misplaced(&name)));
                }
                continue;
            }
            if name.len() != 4 || !name.bytes().all(|b| b.is_ascii_digit()) {
                scan.findings.push(at(
                    &rel,
                    1,
                    Finding::warning(
                        "-",
                        text!(
                            "thư mục không phải năm (dạng 2026), bỏ qua",
                            "the folder is not a year (like 2026) and was skipped"
                        ),
                    ),
                ));
                continue;
            }
            for (file, is_dir) in entries(&self.root.join(&rel), &rel, &mut scan) {
                let path = rel.join(&file);
                if is_dir {
                    scan.findings.push(at(
                        &path,
                        1,
                        Finding::error(
                            "-",
                            text!(
                                "đây là thư mục, không phải tệp hồ sơ",
                                "this is a folder, not a record file"
                            ),
                        ),
                    ));
                } else if file.ends_with(".yaml") {
                    scan.files.push(path);
                } else if file.starts_with(TEMP_PREFIX) {
                    scan.findings.push(at(
                        &path,
                        1,
                        Finding::warning(
                            "-",
                            text!(
                                "tệp tạm còn lại sau một lần ghi bị ngắt; không phải hồ sơ, có thể xóa",
                                "a temporary file left by an interrupted write; it is not a record and can be deleted"
                            ),
                        ),
                    ));
                } else if !ignorable(&file) {
                    scan.findings.push(at(&path, 1, misplaced(&file)));
                }
            }
        }
        scan.files.sort_by_cached_key(|p| sort_key(p));
        scan
    }

    /// Every readable record of a kind, sorted by ID, and the findings of the files that could
    /// not be read (and of everything else in the folders).
    pub fn load_all<R: Record>(&self) -> (Vec<Loaded<R>>, Vec<Located>) {
        let units = self.config.unit_codes();
        let checks = Checks {
            units: Some(&units),
            calendar: &self.calendar,
        };
        let (records, problems, _) = self.load_kind::<R>(checks);
        (records, problems)
    }

    /// Every record of every kind, read and checked once: what `check` reports and what the
    /// report counts. `units` is `None` when `coi.yaml` could not be read.
    pub fn snapshot(&self, units: Option<&[String]>) -> Snapshot {
        let checks = Checks {
            units,
            calendar: &self.calendar,
        };
        let (cases, mut problems, mut files) = self.load_kind::<Case>(checks);
        let (gifts, more, n) = self.load_kind::<Gift>(checks);
        problems.extend(more);
        files += n;
        let (trainings, more, n) = self.load_kind::<Training>(checks);
        problems.extend(more);
        files += n;
        Snapshot {
            cases,
            gifts,
            trainings,
            problems,
            files,
        }
    }

    /// The records of a kind, the problems of files that could not be read, and the number of
    /// record files.
    fn load_kind<R: Record>(&self, checks: Checks) -> (Vec<Loaded<R>>, Vec<Located>, usize) {
        let scan = self.scan(R::KIND);
        let files = scan.files.len();
        let mut problems = scan.findings;
        let mut records = Vec::with_capacity(files);
        for rel in scan.files {
            let bytes = match std::fs::read(self.root.join(&rel)) {
                Ok(b) => b,
                Err(e) => {
                    let detail = e.to_string();
                    problems.push(at(
                        &rel,
                        1,
                        Finding::error(
                            "-",
                            text!(
                                "không đọc được tệp: {detail}",
                                "cannot read the file: {detail}"
                            ),
                        ),
                    ));
                    continue;
                }
            };
            let parsed = parse::<R>(rel.clone(), &bytes, checks);
            match parsed.record {
                Some(record) => records.push(Loaded {
                    rel,
                    record,
                    findings: parsed.findings,
                }),
                None => problems.extend(parsed.findings),
            }
        }
        records.sort_by(|a, b| (a.record.id(), &a.rel).cmp(&(b.record.id(), &b.rel)));
        mark_duplicates(&mut records);
        (records, problems, files)
    }
}

/// Two files that claim one ID are both named, each pointing at the other.
fn mark_duplicates<R: Record>(records: &mut [Loaded<R>]) {
    for i in 1..records.len() {
        let id = records[i].record.id();
        if records[i - 1].record.id() != id {
            continue;
        }
        let (a, b) = (records[i - 1].rel.clone(), records[i].rel.clone());
        for (index, other) in [(i - 1, b), (i, a)] {
            let other = other.display().to_string();
            let finding = Finding::error(
                "id",
                text!(
                    "mã {id} trùng với hồ sơ {other}",
                    "the ID {id} is also used by {other}"
                ),
            )
            .code("duplicate-id");
            let here = &mut records[index];
            here.findings.push(at(&here.rel, 1, finding));
        }
    }
}

/// Everything in the register, read once.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub cases: Vec<Loaded<Case>>,
    pub gifts: Vec<Loaded<Gift>>,
    pub trainings: Vec<Loaded<Training>>,
    /// Files that could not be read as records, and everything else out of place.
    pub problems: Vec<Located>,
    /// Record files found.
    pub files: usize,
}

impl Snapshot {
    /// Every finding, sorted by file and line.
    pub fn findings(&self) -> Vec<&Located> {
        let mut all: Vec<&Located> = self.problems.iter().collect();
        all.extend(self.cases.iter().flat_map(|l| &l.findings));
        all.extend(self.gifts.iter().flat_map(|l| &l.findings));
        all.extend(self.trainings.iter().flat_map(|l| &l.findings));
        all.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        all
    }
}

/// Sorts `XDLI-2026-010` after `XDLI-2026-009` and before `XDLI-2026-1000`.
fn sort_key(rel: &Path) -> (Option<RecordId>, PathBuf) {
    let id = rel
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.parse::<RecordId>().ok());
    (id, rel.to_path_buf())
}

/// Hidden files such as `.gitkeep` or `.DS_Store` are not records and not problems.
fn ignorable(name: &str) -> bool {
    name.starts_with('.') && !name.starts_with(TEMP_PREFIX)
}

fn misplaced(name: &str) -> Finding {
    Finding::warning(
        "-",
        text!(
            "«{name}» không phải tệp hồ sơ đúng chỗ (hồ sơ nằm ở <loại>/<năm>/<mã>.yaml), bỏ qua",
            "'{name}' is not a record file in its place (records live at <kind>/<year>/<ID>.yaml) and was skipped"
        ),
    )
}

/// The entries of a folder, sorted, as (name, is a folder). Links are reported, not followed.
fn entries(dir: &Path, rel: &Path, scan: &mut Scan) -> Vec<(String, bool)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in read.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_symlink() {
            scan.findings.push(at(
                &rel.join(&name),
                1,
                Finding::error(
                    "-",
                    text!(
                        "liên kết tượng trưng không được theo; hồ sơ phải là tệp thật trong sổ",
                        "symbolic links are not followed; a record must be a real file in the register"
                    ),
                ),
            ));
            continue;
        }
        out.push((name, kind.is_dir()));
    }
    out.sort();
    out
}
