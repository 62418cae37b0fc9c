//! Validation of a parsed YAML document against a kind's field schema: every type error,
//! unknown field, missing field, unknown unit and value outside a list, all in one pass.

use serde_yaml::Value;
use unicode_normalization::is_nfc;

use super::Finding;
use crate::i18n::{Text, join};
use crate::model::RecordId;
use crate::model::schema::{Field, Source, Type};
use crate::model::values::{check_text, parse_date, parse_stored_date};
use crate::model::vocab::Vocabulary;
use crate::text;

/// What validation needs from outside the file.
pub struct Context<'a> {
    /// The unit codes of `coi.yaml`; `None` when it could not be read, so units go unchecked.
    pub units: Option<&'a [String]>,
    /// Input from a person (`add`): fields that `coi` fills in itself are not required yet.
    pub input: bool,
}

pub fn validate(fields: &[Field], doc: &Value, cx: &Context, out: &mut Vec<Finding>) {
    match doc {
        Value::Mapping(_) => object(fields, doc, "", cx, out),
        _ => {
            let Text { vi, en } = describe(doc);
            out.push(Finding::error(
                "-",
                text!(
                    "tệp phải là một nhóm trường «tên: giá trị», không phải {vi}",
                    "the file must be a set of 'name: value' fields, not {en}"
                ),
            ))
        }
    }
}

pub fn child(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn object(fields: &[Field], value: &Value, path: &str, cx: &Context, out: &mut Vec<Finding>) {
    let Value::Mapping(map) = value else {
        return out.push(wrong_type(
            path,
            value,
            text!("nhóm trường", "a group of fields"),
        ));
    };
    for (key, v) in map {
        let Some(name) = key.as_str() else {
            out.push(Finding::error(
                path_or_dash(path),
                text!("tên trường phải là chữ", "a field name must be text"),
            ));
            continue;
        };
        match fields.iter().find(|f| f.name == name) {
            Some(field) => one(field, v, &child(path, name), cx, out),
            None => out.push(unknown_field(fields, name, &child(path, name))),
        }
    }
    for field in fields {
        if !field.required || (cx.input && field.source == Source::Register) {
            continue;
        }
        if map.get(field.name).is_none_or(Value::is_null) {
            out.push(missing(field, &child(path, field.name)));
        }
    }
}

fn path_or_dash(path: &str) -> &str {
    if path.is_empty() { "-" } else { path }
}

pub fn missing(field: &Field, path: &str) -> Finding {
    let (vi, en) = (field.label.vi, field.label.en);
    Finding::error(
        path,
        text!(
            "thiếu trường bắt buộc ({vi})",
            "required field is missing ({en})"
        ),
    )
    .code("missing")
}

fn unknown_field(fields: &[Field], name: &str, path: &str) -> Finding {
    let nearest = fields
        .iter()
        .map(|f| (strsim::jaro_winkler(f.name, name), f.name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n);
    let known = join(fields.iter().map(|f| f.name));
    let message = match nearest {
        Some(n) => text!(
            "trường không có trong mẫu; có phải là «{n}»?",
            "unknown field; did you mean '{n}'?"
        ),
        None => text!(
            "trường không có trong mẫu (các trường: {known})",
            "unknown field (known fields: {known})"
        ),
    };
    Finding::error(path, message).code("unknown-field")
}

/// How a YAML value looks, for messages.
fn describe(v: &Value) -> Text {
    match v {
        Value::Null => text!("giá trị rỗng", "an empty value"),
        Value::Bool(_) => text!("giá trị đúng/sai", "true/false"),
        Value::Number(n) => text!("số {n}", "the number {n}"),
        Value::String(s) => {
            let s: String = s.chars().take(60).collect();
            text!("văn bản «{s}»", "the text '{s}'")
        }
        Value::Sequence(_) => text!("một danh sách", "a list"),
        Value::Mapping(_) => text!("một nhóm trường", "a group of fields"),
        Value::Tagged(t) => {
            let tag = t.tag.to_string();
            text!("giá trị có thẻ {tag}", "a value tagged {tag}")
        }
    }
}

fn wrong_type(path: &str, found: &Value, expected: Text) -> Finding {
    let found = describe(found);
    let hint = if expected.en == "text" {
        Text::new(
            " (đặt giá trị trong dấu nháy \"…\")",
            " (put the value in quotes \"…\")",
        )
    } else {
        Text::new("", "")
    };
    Finding::error(
        path_or_dash(path),
        Text::new(
            format!("cần {}, nhưng gặp {}{}", expected.vi, found.vi, hint.vi),
            format!("expected {}, found {}{}", expected.en, found.en, hint.en),
        ),
    )
}

fn one(field: &Field, v: &Value, path: &str, cx: &Context, out: &mut Vec<Finding>) {
    if v.is_null() {
        // An empty optional field is the same as an absent one; a required one is reported
        // as missing by the enclosing object.
        return;
    }
    if let Value::Tagged(_) = v {
        out.push(
            Finding::error(
                path,
                text!(
                    "không được dùng thẻ YAML (!…) trong hồ sơ",
                    "YAML tags (!…) are not allowed in a record"
                ),
            )
            .code("yaml-tag"),
        );
        return;
    }
    match field.ty {
        Type::Text | Type::LongText => {
            let Some(s) = v.as_str() else {
                return out.push(wrong_type(path, v, text!("văn bản", "text")));
            };
            text_value(
                s,
                matches!(field.ty, Type::LongText),
                field.required,
                path,
                out,
            );
        }
        Type::Date => {
            let Some(s) = v.as_str() else {
                return out.push(wrong_type(path, v, text!("ngày", "a date")));
            };
            if parse_stored_date(s).is_some() {
                return;
            }
            let message = match parse_date(s) {
                Ok(d) => {
                    let iso = d.format("%Y-%m-%d");
                    text!(
                        "ngày trong tệp viết theo dạng năm-tháng-ngày: {iso}",
                        "dates in a file are written year-month-day: {iso}"
                    )
                }
                Err(e) => e,
            };
            out.push(Finding::error(path, message));
        }
        Type::Time => {
            let ok = v
                .as_str()
                .is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok());
            if !ok {
                out.push(wrong_type(
                    path,
                    v,
                    text!(
                        "thời điểm dạng 2026-03-14T09:30:00+07:00",
                        "a time like 2026-03-14T09:30:00+07:00"
                    ),
                ));
            }
        }
        Type::Money | Type::Count => number(field, v, path, out),
        Type::Bool => {
            if v.as_bool().is_none() {
                out.push(wrong_type(
                    path,
                    v,
                    text!("true hoặc false", "true or false"),
                ));
            }
        }
        Type::Choice(vocab) => choice(vocab, v, path, out),
        Type::Choices(vocab) => {
            let Some(items) = v.as_sequence() else {
                return out.push(wrong_type(path, v, text!("một danh sách", "a list")));
            };
            if items.is_empty() && field.required {
                out.push(missing(field, path));
            }
            for (i, item) in items.iter().enumerate() {
                choice(vocab, item, &format!("{path}[{i}]"), out);
            }
        }
        Type::Unit => {
            let Some(code) = v.as_str() else {
                return out.push(wrong_type(path, v, text!("mã đơn vị", "a unit code")));
            };
            if let Some(units) = cx.units
                && !units.iter().any(|u| u == code)
            {
                out.push(unknown_unit(code, units, path));
            }
        }
        Type::Id => match v.as_str() {
            Some(s) => {
                if let Err(e) = s.parse::<RecordId>() {
                    out.push(Finding::error(path, e));
                }
            }
            None => out.push(wrong_type(path, v, text!("mã hồ sơ", "a record ID"))),
        },
        Type::Object(fields) => object(fields, v, path, cx, out),
        Type::Objects(fields) => {
            let Some(items) = v.as_sequence() else {
                return out.push(wrong_type(path, v, text!("một danh sách", "a list")));
            };
            for (i, item) in items.iter().enumerate() {
                object(fields, item, &format!("{path}[{i}]"), cx, out);
            }
        }
    }
}

pub fn unknown_unit(code: &str, units: &[String], path: &str) -> Finding {
    let known = if units.is_empty() {
        text!(
            "coi.yaml chưa khai báo đơn vị nào",
            "coi.yaml lists no units"
        )
    } else {
        let list = join(units);
        text!("các mã đơn vị: {list}", "known unit codes: {list}")
    };
    let (kvi, ken) = (known.vi, known.en);
    Finding::error(
        path,
        text!(
            "mã đơn vị «{code}» không có trong coi.yaml ({kvi})",
            "unit code '{code}' is not in coi.yaml ({ken})"
        ),
    )
    .code("unknown-unit")
}

fn text_value(s: &str, multi_line: bool, required: bool, path: &str, out: &mut Vec<Finding>) {
    if required && s.trim().is_empty() {
        out.push(Finding::error(
            path,
            text!("không được để trống", "must not be empty"),
        ));
    }
    if let Err(e) = check_text(s, multi_line) {
        out.push(Finding::error(path, e));
    }
    if !is_nfc(s) {
        out.push(Finding::warning(
            path,
            text!(
                "văn bản chưa ở dạng Unicode dựng sẵn (NFC); lưu lại bằng coi sẽ sửa",
                "text is not in Unicode NFC form; saving it through coi fixes it"
            ),
        ));
    }
}

fn number(field: &Field, v: &Value, path: &str, out: &mut Vec<Finding>) {
    let money = matches!(field.ty, Type::Money);
    let expected = if money {
        text!("số tiền (đồng, số nguyên)", "an amount (whole đồng)")
    } else {
        text!("số nguyên không âm", "a whole number")
    };
    let Value::Number(n) = v else {
        return out.push(wrong_type(path, v, expected));
    };
    let message = if n
        .as_u64()
        .is_some_and(|x| money || x <= u64::from(u32::MAX))
    {
        return;
    } else if n.as_i64().is_some() {
        text!("không được là số âm", "must not be negative")
    } else if n.is_f64() {
        if money {
            text!(
                "số tiền phải là số đồng nguyên, không có phần lẻ",
                "an amount is in whole đồng, without a fraction"
            )
        } else {
            text!("phải là số nguyên", "must be a whole number")
        }
    } else {
        text!("số quá lớn", "the number is too large")
    };
    out.push(Finding::error(path, message));
}

fn choice(vocab: &Vocabulary, v: &Value, path: &str, out: &mut Vec<Finding>) {
    let allowed = join(vocab.yaml_names());
    let Some(s) = v.as_str() else {
        return out.push(wrong_type(
            path,
            v,
            text!("một trong: {allowed}", "one of: {allowed}"),
        ));
    };
    if vocab.term(s).is_some() {
        return;
    }
    let message = match vocab.lookup(s) {
        Some(t) => {
            let y = t.yaml;
            text!(
                "«{s}» cần viết là «{y}» trong tệp",
                "'{s}' is written '{y}' in a file"
            )
        }
        None => text!(
            "«{s}» không phải giá trị hợp lệ (một trong: {allowed})",
            "'{s}' is not a valid value (one of: {allowed})"
        ),
    };
    out.push(Finding::error(path, message));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case;

    fn run(yaml: &str) -> Vec<Finding> {
        let doc: Value = serde_yaml::from_str(yaml).unwrap();
        let units = vec!["VP".to_string(), "QLDN".to_string()];
        let mut out = Vec::new();
        validate(
            case::FIELDS,
            &doc,
            &Context {
                units: Some(&units),
                input: false,
            },
            &mut out,
        );
        out
    }

    fn fields(found: &[Finding]) -> Vec<&str> {
        found.iter().map(|f| f.field.as_str()).collect()
    }

    #[test]
    fn reports_every_problem_at_once() {
        let found = run(
            "id: XDLI-2026-001\nunit: XX\nperson: {name: A, postion: B}\nsituation_type: art29_10\n\
             situation: 42\nsource: self-report\nknown_on: 14/03/2026\nmeasures:\n- kind: supervision\n",
        );
        assert_eq!(
            fields(&found),
            vec![
                "unit",
                "person.postion",
                "situation_type",
                "situation",
                "source",
                "known_on",
                "measures[0].decided_on",
            ]
        );
        assert!(found[1].message.en.contains("did you mean 'position'"));
        assert!(found[0].message.en.contains("known unit codes: VP, QLDN"));
        assert!(found[4].message.en.contains("written 'self_report'"));
        assert!(found[5].message.en.contains("2026-03-14"));
    }

    #[test]
    fn input_from_a_person_does_not_need_the_id_or_history() {
        let doc: Value = serde_yaml::from_str("unit: VP").unwrap();
        let mut out = Vec::new();
        validate(
            case::FIELDS,
            &doc,
            &Context {
                units: Some(&["VP".into()]),
                input: true,
            },
            &mut out,
        );
        assert!(!fields(&out).contains(&"id"));
        assert!(fields(&out).contains(&"person"));
    }

    #[test]
    fn money_must_be_whole_and_not_negative() {
        use crate::model::gift;
        let units = vec!["VP".to_string()];
        for (value, words) in [
            ("-5", "negative"),
            ("2.5", "whole đồng"),
            ("\"2.000.000\"", "expected an amount"),
        ] {
            let doc: Value = serde_yaml::from_str(&format!("value_vnd: {value}")).unwrap();
            let mut out = Vec::new();
            validate(
                gift::FIELDS,
                &doc,
                &Context {
                    units: Some(&units),
                    input: true,
                },
                &mut out,
            );
            let f = out.iter().find(|f| f.field == "value_vnd").unwrap();
            assert!(f.message.en.contains(words), "{value}: {}", f.message.en);
        }
    }

    #[test]
    fn tags_are_refused() {
        let found = run("situation: !foo echo\n");
        assert!(
            found
                .iter()
                .any(|f| f.field == "situation" && f.code == "yaml-tag")
        );
    }
}
