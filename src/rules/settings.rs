//! The checks of `coi.yaml`: its fields checked against their table, then read into the
//! settings, with every value that the table alone cannot refuse (a unit code given twice, a day
//! off outside its year) named by line.

use chrono::Datelike;

use super::validate;
use crate::i18n::{Text, foreign, msg};
use crate::model::settings::{CONFIG, Config};
use crate::problem::ConfigProblem;
use crate::yaml::lines::LineMap;

/// Reads `coi.yaml`; on failure gives the line and the reason.
pub fn parse_config(text: &str) -> Result<Config, ConfigProblem> {
    // A typed reader keeps the last of two `2026:` lists without a word.
    if let Some(twice) = crate::yaml::lines::key_given_twice(text) {
        let message = msg::key_given_twice(twice.first_line);
        return Err(ConfigProblem::new(twice.line, Some(twice.path), message));
    }
    // The one text of another library that is told: the YAML reader's, on a broken file.
    let value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let line = e.location().map_or(1, |l| l.line());
        ConfigProblem::new(line, None, foreign::yaml_problem(&e.to_string()))
    })?;
    // The line of a field, looked up only when there is something to say about it.
    let lines = std::cell::OnceCell::new();
    let line = |field: &str| lines.get_or_init(|| LineMap::of(text)).line(field);
    let problem = |field: String, message| ConfigProblem::new(line(&field), Some(field), message);
    // The fields checked against their table first, so that reading them cannot fail.
    let mut misfits = Vec::new();
    validate::settings(CONFIG, &value, &mut misfits);
    if let Some(m) = misfits.into_iter().next() {
        let field = (!m.field.is_empty()).then_some(m.field);
        return Err(ConfigProblem::new(line(&m.at), field, m.message));
    }
    let read = validate::settings_as_written(CONFIG, text);
    let config: Config = read.and_then(serde_yaml::from_value).map_err(|e| {
        let cause = Text::same(&e.to_string());
        ConfigProblem::new(1, None, msg::setting_unreadable(cause))
    })?;
    // A character a terminal, a Word or an Excel file cannot carry, in any text of the file.
    if let Some((field, message)) = validate::odd_characters(&value).into_iter().next() {
        return Err(problem(field, message));
    }
    let mut seen = Vec::new();
    for (i, unit) in config.units.iter().enumerate() {
        let code = &unit.code;
        if !crate::model::settings::valid_unit_code(code) {
            let message = msg::config_unit_code_characters(code);
            return Err(problem(format!("units[{i}].code"), message));
        }
        if seen.contains(&code) {
            let message = msg::config_unit_code_twice(code);
            return Err(problem(format!("units[{i}].code"), message));
        }
        seen.push(code);
    }
    if let Some(code) = &config.agency_code
        && !crate::model::settings::valid_unit_code(code)
    {
        return Err(problem("agency_code".into(), msg::config_agency_code(code)));
    }
    if config.csv.delimiter().is_none() {
        return Err(problem("csv.delimiter".into(), msg::DELIMITER_RULE.into()));
    }
    if let Some(code) = config.document().doc_code
        && !crate::model::settings::valid_doc_code(code)
    {
        return Err(problem("doc_code".into(), msg::config_doc_code(code)));
    }
    if !(1..=28).contains(&config.period_start_day) {
        let message = msg::CONFIG_PERIOD_START_DAY.into();
        return Err(problem("period_start_day".into(), message));
    }
    // Keyed as `coi report --period` names a period, so that the tag of its submission
    // (`bao-cao/2026-Q1`) marks the deadline met.
    for key in config.deadlines.keys() {
        let field = || format!("deadlines.{key}");
        match crate::period::Period::parse(key, config.period_start_day) {
            Err(fault) => return Err(problem(field(), fault.message())),
            Ok(period) if period.to_string() != *key => {
                let message = msg::spelled_in_file(key, period);
                return Err(problem(field(), message));
            }
            Ok(_) => {}
        }
    }
    // A row the form does not have would put a figure nowhere.
    for (ours, theirs) in &config.indicator_map {
        let theirs = theirs.trim();
        if !theirs.is_empty() && super::form01::row(theirs).is_none() {
            let message = msg::config_not_a_form_row(theirs);
            return Err(problem(format!("indicator_map.{ours}"), message));
        }
    }
    for (year, days) in &config.holidays {
        let lists = [
            ("off", &days.days_off),
            ("working_weekends", &days.working_weekends),
        ];
        for (list, dates) in lists {
            if let Some(i) = dates.iter().position(|d| d.year() != *year) {
                let day = crate::model::show_date(dates[i]);
                let message = msg::config_day_outside_year(day, year);
                return Err(problem(format!("holidays.{year}.{list}[{i}]"), message));
            }
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::settings::DocumentSettings;

    const HEAD: &str = "schema: 1\nagency: Ban A\nunits:\n- code: VP\n  name: Văn phòng\n";

    #[test]
    fn the_agency_code_is_read_and_a_code_with_spaces_named_at_its_line() {
        let config = parse_config(&format!("{HEAD}agency_code: BQLKKT\n")).unwrap();
        assert_eq!(config.agency_code.as_deref(), Some("BQLKKT"));
        let problem = parse_config(&format!("{HEAD}agency_code: BQL KKT\n")).unwrap_err();
        assert_eq!(
            (problem.line, problem.field.as_deref()),
            (6, Some("agency_code"))
        );
    }

    #[test]
    fn deadlines_are_keyed_by_the_periods_of_coi_report() {
        let config = parse_config(&format!(
            "{HEAD}deadlines:\n  2026-Q1: 2026-03-18\n  2026-6M: 18/06/2026\n  2026: 2026-12-18\n"
        ))
        .unwrap();
        let keys: Vec<&str> = config.deadlines.keys().map(String::as_str).collect();
        assert_eq!(keys, ["2026", "2026-6M", "2026-Q1"]);
        for (key, said) in [
            (
                "Quý 1 năm 2026",
                "kỳ báo cáo không hợp lệ: «Quý 1 năm 2026»",
            ),
            ("2026-Q5", "kỳ báo cáo không hợp lệ: «2026-Q5»"),
            ("2026-q1", "«2026-q1» cần viết là «2026-Q1» trong tệp"),
        ] {
            let text = format!("{HEAD}deadlines:\n  2026-Q2: 2026-06-18\n  {key}: 2026-03-18\n");
            let problem = parse_config(&text).unwrap_err();
            assert_eq!(problem.line, 8, "{key}");
            assert_eq!(problem.field, Some(format!("deadlines.{key}")));
            assert!(
                problem.message.vi.starts_with(said),
                "{}",
                problem.message.vi
            );
        }
    }

    #[test]
    fn the_report_document_settings_are_read_and_a_blank_one_is_missing() {
        let text = format!(
            "{HEAD}parent_body: ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI\nplace: Bình Hải\ndoc_code: BQL\n\
             signer:\n  for: KT. TRƯỞNG BAN\n  title: PHÓ TRƯỞNG BAN\n  name: Lê Văn Tâm\n\
             recipients:\n- Thanh tra tỉnh (để b/c);\n- '  '\n- 'Lưu: VT, VP.'\n"
        );
        let config = parse_config(&text).unwrap();
        let doc = config.document();
        assert_eq!(doc.parent_body, Some("ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI"));
        assert_eq!(doc.place, Some("Bình Hải"));
        assert_eq!(doc.doc_code, Some("BQL"));
        assert_eq!(doc.signer_for, Some("KT. TRƯỞNG BAN"));
        assert_eq!(doc.signer_title, Some("PHÓ TRƯỞNG BAN"));
        assert_eq!(doc.signer_name, Some("Lê Văn Tâm"));
        assert_eq!(doc.recipients, ["Thanh tra tỉnh (để b/c);", "Lưu: VT, VP."]);

        let missing = parse_config(HEAD).unwrap();
        assert_eq!(missing.document(), DocumentSettings::default());
        let blank = parse_config(&format!(
            "{HEAD}parent_body:\nplace: ''\ndoc_code: ' '\nsigner:\n  name: Lê Văn Tâm\nrecipients: []\n"
        ))
        .unwrap();
        let only_name = DocumentSettings {
            signer_name: Some("Lê Văn Tâm"),
            ..DocumentSettings::default()
        };
        assert_eq!(blank.document(), only_name);
    }

    #[test]
    fn sync_on_add_is_read_and_any_other_value_named_at_its_line() {
        use crate::model::settings::SyncWhen;
        assert_eq!(parse_config(HEAD).unwrap().sync, SyncWhen::Manual);
        let on_add = parse_config(&format!("{HEAD}sync: on-add\n")).unwrap();
        assert_eq!(on_add.sync, SyncWhen::OnAdd);
        let manual = parse_config(&format!("{HEAD}sync: manual\n")).unwrap();
        assert_eq!(manual.sync, SyncWhen::Manual);
        let problem = parse_config(&format!("{HEAD}sync: always\n")).unwrap_err();
        assert_eq!(problem.line, 6);
        assert_eq!(problem.field.as_deref(), Some("sync"));
        assert!(
            problem.message.vi.contains("on-add"),
            "{}",
            problem.message.vi
        );
        assert!(
            problem.message.vi.contains("always"),
            "{}",
            problem.message.vi
        );
    }

    #[test]
    fn a_report_document_setting_of_the_wrong_kind_is_named_at_its_line() {
        for (tail, line, field, said) in [
            ("signer: Lê Văn Tâm\n", 6, "signer", "nhóm trường"),
            ("recipients: Thanh tra tỉnh\n", 6, "recipients", "danh sách"),
            ("signer:\n  ten: Lê Văn Tâm\n", 7, "signer", "ten"),
            ("place: [Bình Hải]\n", 6, "place", "văn bản"),
            ("doc_code: BC-BQL\n", 6, "doc_code", "«BC-BQL»"),
            ("doc_code: BQL/VP\n", 6, "doc_code", "«BQL/VP»"),
        ] {
            let problem = parse_config(&format!("{HEAD}{tail}")).unwrap_err();
            assert_eq!(problem.line, line, "{tail}");
            assert_eq!(problem.field.as_deref(), Some(field), "{tail}");
            assert!(problem.message.vi.contains(said), "{}", problem.message.vi);
        }
    }

    /// Each problem of the fields is found against the table, with its field and line, in both
    /// languages: no reader's English is read to tell it.
    #[test]
    fn the_fields_are_checked_against_their_table_before_they_are_read() {
        for (text, line, field, vi, en) in [
            (
                "schema: 1\nagency: A\nunits:\n- code: VP\n  nam: V\n",
                5,
                Some("units[0]"),
                "trường `nam` không có trong mẫu; các trường: `code`, `name`, `head`, `focal_point`",
                "the field `nam` is not in the form; the fields: `code`, `name`, `head`, `focal_point`",
            ),
            (
                "schema: 1\nunits: []\n",
                1,
                None,
                "thiếu trường `agency`",
                "the field `agency` is missing",
            ),
            (
                "schema: 1\nagency: A\nunits:\n- code: VP\n",
                4,
                Some("units[0]"),
                "thiếu trường `name`",
                "the field `name` is missing",
            ),
            (
                "schema: 1\nagency: A\nauto_commit: maybe\n",
                3,
                Some("auto_commit"),
                "cần true hoặc false, nhưng gặp văn bản «maybe»",
                "expected true or false, found the text 'maybe'",
            ),
            (
                "schema: 1\nagency: A\nlanguage: fr\n",
                3,
                Some("language"),
                "giá trị `fr` không có trong danh sách; chọn: `vi`, `en`",
                "the value `fr` is not in the list; choose: `vi`, `en`",
            ),
            (
                "schema: -1\nagency: A\n",
                1,
                Some("schema"),
                "không được là số âm",
                "must not be negative",
            ),
            (
                "schema: 1\nagency: A\ncsv:\n  delimiter: ab\n",
                4,
                Some("csv.delimiter"),
                "cần đúng một ký tự, nhưng gặp văn bản «ab»",
                "expected exactly one character, found the text 'ab'",
            ),
            (
                "- a\n",
                1,
                None,
                "tệp phải là một nhóm trường «tên: giá trị», không phải một danh sách",
                "the file must be a set of 'name: value' fields, not a list",
            ),
        ] {
            let problem = parse_config(text).unwrap_err();
            assert_eq!(problem.line, line, "{text}");
            assert_eq!(problem.field.as_deref(), field, "{text}");
            assert_eq!(problem.message.vi, vi, "{text}");
            assert_eq!(problem.message.en, en, "{text}");
        }
    }

    #[test]
    fn an_empty_field_is_an_absent_one_and_a_number_where_text_belongs_is_its_text_as_written() {
        let config = parse_config(&format!(
            "{HEAD}report_to:\ncsv:\nplace: 2026\ndeadlines:\n  2026: 2026-12-18\n"
        ))
        .unwrap();
        assert_eq!(config.report_to, crate::model::settings::DEFAULT_REPORT_TO);
        assert_eq!(config.csv, crate::model::settings::CsvConfig::default());
        assert_eq!(config.place.as_deref(), Some("2026"));
        assert!(config.deadlines.contains_key("2026"));
        // As written: the value tree would read `01` as the number 1.
        let config = parse_config(
            "schema: 1\nagency: A\nunits:\n- code: 01\n  name: V\nindicator_map:\n  KT02: 25\n",
        )
        .unwrap();
        assert_eq!(config.units[0].code, "01");
        assert_eq!(config.indicator_map["KT02"], "25");
    }
}
