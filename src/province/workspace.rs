//! `province.yaml`: the Inspectorate's compile workspace. Its name, the report deadlines it
//! holds agencies to, and the agencies with where their submissions come from (a git remote or
//! a folder of received export files).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::{Text, foreign, msg};
use crate::model::schema::{Key, Setting, Shape};
use crate::model::settings::{self, DocumentSettings, Signer};
use crate::period::Period;
use crate::problem::{Finding, Located};

/// The workspace's file.
pub const FILE: &str = "province.yaml";

/// The version of the file's shape.
pub const SCHEMA: u32 = 1;

/// The day of the period's last month by which an agency reports (Circular 06/2025 Art. 7(2)).
pub const AGENCY_DAY: u32 = crate::rules::report_deadlines::CIRCULAR_DAY;

/// How long one agency's fetch may take, by default.
pub const DEFAULT_TIMEOUT: u64 = 120;

/// The fields of `province.yaml`, checked before it is read.
pub const FIELDS: &[Setting] = &[
    Setting::new("schema", Shape::Whole).required(),
    Setting::new("name", Shape::Text).required(),
    Setting::new("period_start_day", Shape::Whole),
    Setting::new("deadlines", Shape::ByKey(Key::Text, &Shape::Date)),
    Setting::new("timeout", Shape::Whole),
    Setting::new("place", Shape::Text),
    Setting::new("doc_code", Shape::Text),
    Setting::new("signer", Shape::Group(settings::SIGNER)),
    Setting::new("recipients", Shape::List(&Shape::Text)),
    Setting::new("agencies", Shape::List(&Shape::Group(AGENCY))),
];

/// The fields of an agency of the workspace.
pub const AGENCY: &[Setting] = &[
    Setting::new("code", Shape::Text).required(),
    Setting::new("name", Shape::Text).required(),
    Setting::new("remote", Shape::Text),
    Setting::new("folder", Shape::Text),
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub schema: u32,
    /// The Inspectorate («Thanh tra tỉnh Bình Hải»).
    pub name: String,
    /// The cut-off day of the reporting periods (Circular 06/2025: the 15th).
    #[serde(default = "default_period_start_day")]
    pub period_start_day: u32,
    /// The day by which each agency reports, by period (`2026-Q1: 2026-03-17`); a period not
    /// listed is due on the 17th of its last month.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::settings::typed::dated"
    )]
    pub deadlines: BTreeMap<String, NaiveDate>,
    /// Seconds one agency's fetch may take before it is stopped.
    #[serde(default = "default_timeout")]
    pub timeout: u64,
    /// The report document to the People's Committee (`report --docx`), as `coi.yaml` gives the
    /// agency's: the place name before the date line («Bình Hải»), …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// … the Inspectorate's sign in the document's number (`TTr`: «Số: …/BC-TTr»), …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_code: Option<String>,
    /// … who signs («CHÁNH THANH TRA», or `for` «KT. CHÁNH THANH TRA» and a deputy's title), …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Signer>,
    /// … and the «Nơi nhận» list, one line each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<String>>,
    #[serde(default)]
    pub agencies: Vec<Agency>,
}

/// An agency whose reports the province compiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// The code the workspace knows it by, compared with the `agency_code` of its `coi.yaml`.
    pub code: String,
    pub name: String,
    /// Its register's git remote (a URL or a path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
    /// Or a folder where its exported JSON files are dropped (relative to the workspace).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
}

/// Where an agency's submissions come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source<'a> {
    Remote(&'a str),
    Folder(&'a str),
}

impl Agency {
    pub fn source(&self) -> Option<Source<'_>> {
        match (&self.remote, &self.folder) {
            (Some(r), None) => Some(Source::Remote(r)),
            (None, Some(f)) => Some(Source::Folder(f)),
            _ => None,
        }
    }
}

fn default_period_start_day() -> u32 {
    15
}
fn default_timeout() -> u64 {
    DEFAULT_TIMEOUT
}

impl Workspace {
    /// A new workspace, with the year's deadlines written out so that they can be changed.
    pub fn new(name: String, year: i32) -> Workspace {
        let day = default_period_start_day();
        let deadlines = crate::rules::report_deadlines::circular(year, day);
        Workspace {
            schema: SCHEMA,
            name,
            period_start_day: day,
            deadlines,
            timeout: DEFAULT_TIMEOUT,
            place: None,
            doc_code: None,
            signer: None,
            recipients: None,
            agencies: Vec::new(),
        }
    }

    /// What the file says for the report document, each `None` when missing or blank (the
    /// People's Committee above the Inspectorate follows from its name).
    pub fn document(&self) -> DocumentSettings<'_> {
        DocumentSettings::of(
            None,
            self.place.as_deref(),
            self.doc_code.as_deref(),
            self.signer.as_ref(),
            self.recipients.as_deref(),
        )
    }

    /// The day by which agencies report `period`.
    pub fn deadline(&self, period: &Period) -> NaiveDate {
        if let Some(day) = self.deadlines.get(&period.to_string()) {
            return *day;
        }
        let last = period.to;
        NaiveDate::from_ymd_opt(last.year(), last.month(), AGENCY_DAY).expect("the 17th")
    }

    pub fn agency(&self, code: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.code == code)
    }

    /// The file's text, as `coi` writes it.
    pub fn text(&self) -> String {
        serde_yaml::to_string(self).expect("a workspace is plain data")
    }
}

/// Reads `province.yaml`: the workspace when it can be read, and every problem, with its line
/// (`rel` names the file in the findings).
pub fn read(text: &str, rel: &std::path::Path) -> (Option<Workspace>, Vec<Located>) {
    let at = |line, field: &str, message: Text| {
        Located::at(rel, line, Finding::error(field.to_string(), message))
    };
    if let Some(twice) = crate::yaml::lines::key_given_twice(text) {
        let message = msg::key_given_twice(twice.first_line);
        return (None, vec![at(twice.line, &twice.path, message)]);
    }
    // The one text of another library that is told: the YAML reader's, on a broken file.
    let value: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            let line = e.location().map_or(1, |l| l.line());
            let whole = crate::problem::WHOLE_FILE;
            return (
                None,
                vec![at(line, whole, foreign::yaml_problem(&e.to_string()))],
            );
        }
    };
    // The fields checked against their table first, so that reading them cannot fail.
    let mut misfits = Vec::new();
    crate::rules::validate::settings(FIELDS, &value, &mut misfits);
    if !misfits.is_empty() {
        let lines = crate::yaml::lines::LineMap::of(text);
        let found = (misfits.into_iter())
            .map(|m| {
                // A problem of the file as a whole (a field it does not know at its top).
                let field = match m.field.is_empty() {
                    true => crate::problem::WHOLE_FILE,
                    false => m.field.as_str(),
                };
                at(lines.line(&m.at), field, m.message)
            })
            .collect();
        return (None, found);
    }
    let read = crate::rules::validate::settings_as_written(FIELDS, text);
    let workspace: Workspace = match read.and_then(serde_yaml::from_value) {
        Ok(w) => w,
        Err(e) => {
            let cause = Text::same(&e.to_string());
            let whole = crate::problem::WHOLE_FILE;
            return (None, vec![at(1, whole, msg::setting_unreadable(cause))]);
        }
    };
    let lines = crate::yaml::lines::LineMap::of(text);
    let mut found = Vec::new();
    let mut problem = |field: String, message: Text| {
        found.push(at(lines.line(&field), &field, message));
    };
    if workspace.schema > SCHEMA {
        problem(
            "schema".into(),
            msg::province_newer_schema(workspace.schema),
        );
    }
    if workspace.name.trim().is_empty() {
        problem("name".into(), msg::province_blank("name"));
    }
    if !(1..=28).contains(&workspace.period_start_day) {
        problem(
            "period_start_day".into(),
            msg::CONFIG_PERIOD_START_DAY.into(),
        );
    }
    if workspace.timeout == 0 {
        problem("timeout".into(), msg::PROVINCE_TIMEOUT.into());
    }
    if let Some(code) = workspace.document().doc_code
        && !settings::valid_doc_code(code)
    {
        problem("doc_code".into(), msg::config_doc_code(code));
    }
    for key in workspace.deadlines.keys() {
        let field = format!("deadlines.{key}");
        match Period::parse(key, workspace.period_start_day) {
            Err(fault) => problem(field, fault.message()),
            Ok(period) if period.to_string() != *key => {
                problem(field, msg::spelled_in_file(key, period));
            }
            Ok(_) => {}
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for (i, agency) in workspace.agencies.iter().enumerate() {
        let field = |name: &str| format!("agencies[{i}].{name}");
        if !crate::model::settings::valid_unit_code(&agency.code) {
            problem(field("code"), msg::config_agency_code(&agency.code));
        } else if seen.contains(&agency.code.as_str()) {
            problem(field("code"), msg::province_agency_twice(&agency.code));
        }
        seen.push(&agency.code);
        if agency.name.trim().is_empty() {
            problem(field("name"), msg::province_blank("name"));
        }
        match (&agency.remote, &agency.folder) {
            (Some(_), Some(_)) => problem(field("folder"), msg::PROVINCE_TWO_SOURCES.into()),
            (None, None) => problem(format!("agencies[{i}]"), msg::PROVINCE_NO_SOURCE.into()),
            (Some(remote), None) if remote.trim().is_empty() || remote.starts_with('-') => {
                problem(field("remote"), msg::province_bad_remote(remote));
            }
            (None, Some(folder)) if folder.trim().is_empty() => {
                problem(field("folder"), msg::province_blank("folder"));
            }
            _ => {}
        }
    }
    (Some(workspace), found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const HEAD: &str = "schema: 1\nname: Thanh tra tỉnh Bình Hải\n";

    fn problems(text: &str) -> Vec<(usize, String)> {
        let (_, found) = read(text, Path::new(FILE));
        found
            .into_iter()
            .map(|l| (l.line, l.finding.field))
            .collect()
    }

    #[test]
    fn a_new_workspace_reads_back_and_holds_the_agencies_to_the_17th() {
        let mut w = Workspace::new("Thanh tra tỉnh Bình Hải".into(), 2026);
        w.agencies.push(Agency {
            code: "BQLKKT".into(),
            name: "Ban Quản lý Khu kinh tế".into(),
            remote: Some("/srv/git/bqlkkt.git".into()),
            folder: None,
        });
        let (read_back, found) = read(&w.text(), Path::new(FILE));
        assert!(found.is_empty(), "{found:?}");
        let read_back = read_back.unwrap();
        assert_eq!(read_back, w);
        let q1 = Period::parse("2026-Q1", 15).unwrap();
        assert_eq!(
            read_back.deadline(&q1),
            NaiveDate::from_ymd_opt(2026, 3, 17).unwrap()
        );
        let q2 = Period::parse("2026-Q2", 15).unwrap();
        assert_eq!(
            read_back.deadline(&q2),
            NaiveDate::from_ymd_opt(2026, 6, 17).unwrap()
        );
    }

    #[test]
    fn every_problem_is_named_at_its_line() {
        let text = format!(
            "{HEAD}deadlines:\n  2026-q5: 2026-03-17\nagencies:\n- code: A B\n  name: X\n  remote: /r\n\
             - code: C\n  name: Y\n- code: C\n  name: Z\n  remote: /r\n  folder: f\n"
        );
        assert_eq!(
            problems(&text),
            [
                (4, "deadlines.2026-q5".to_string()),
                (6, "agencies[0].code".to_string()),
                (9, "agencies[1]".to_string()),
                (11, "agencies[2].code".to_string()),
                (14, "agencies[2].folder".to_string()),
            ]
        );
        assert_eq!(
            problems(&format!("{HEAD}agencies:\n- code: A\n")),
            [(4, "agencies[0]".to_string())]
        );
        assert_eq!(problems(&format!("{HEAD}nam: x\n")), [(3, "-".to_string())]);
    }

    #[test]
    fn the_documents_settings_are_read_as_coi_yaml_gives_the_agencys() {
        let text = format!(
            "{HEAD}place: Bình Hải\ndoc_code: TTr\nsigner:\n  for: KT. CHÁNH THANH TRA\n  \
             title: PHÓ CHÁNH THANH TRA\n  name: Trần Thị Bích\nrecipients:\n\
             - Ủy ban nhân dân tỉnh (để b/c);\n- '  '\n- 'Lưu: VT, TTr.'\n"
        );
        let (read_back, found) = read(&text, Path::new(FILE));
        assert!(found.is_empty(), "{found:?}");
        let ws = read_back.unwrap();
        let doc = ws.document();
        assert_eq!(doc.place, Some("Bình Hải"));
        assert_eq!(doc.doc_code, Some("TTr"));
        assert_eq!(doc.signer_for, Some("KT. CHÁNH THANH TRA"));
        assert_eq!(doc.signer_title, Some("PHÓ CHÁNH THANH TRA"));
        assert_eq!(doc.signer_name, Some("Trần Thị Bích"));
        assert_eq!(
            doc.recipients,
            ["Ủy ban nhân dân tỉnh (để b/c);", "Lưu: VT, TTr."]
        );
        assert_eq!(doc.number("12"), "12/BC-TTr");
        assert_eq!(doc.number("12/BC-TTr"), "12/BC-TTr");
        // Written back as read.
        assert_eq!(read(&ws.text(), Path::new(FILE)).0, Some(ws));
        // Each wrong value at its line, as coi.yaml's are.
        for (tail, line, field) in [
            ("doc_code: BC-TTr\n", 3, "doc_code"),
            ("doc_code: TTr/VP\n", 3, "doc_code"),
            ("signer: Trần Thị Bích\n", 3, "signer"),
            ("signer:\n  ten: Trần Thị Bích\n", 4, "signer"),
            ("place: [Bình Hải]\n", 3, "place"),
            ("recipients: Ủy ban nhân dân tỉnh\n", 3, "recipients"),
        ] {
            assert_eq!(
                problems(&format!("{HEAD}{tail}")),
                [(line, field.to_string())],
                "{tail}"
            );
        }
    }
}
