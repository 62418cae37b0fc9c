//! The fields of each kind of record, as data. `check` validates a file against it, `add` turns
//! it into command-line flags, and `show` labels values with it. A kind's own table is made by
//! `record!` from the same list as its struct; the groups inside a record (a measure, a giver…)
//! are still declared twice, so a test asks serde for each struct's fields and requires them to
//! be the schema's, group by group.

use crate::i18n::Label;
use crate::model::vocab::Vocabulary;

#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// One line of text.
    Text,
    /// Text that may span lines.
    LongText,
    /// `YYYY-MM-DD`.
    Date,
    /// RFC 3339 time, written by `coi` in history events.
    Time,
    /// Whole đồng.
    Money,
    /// A whole number of people, sessions or copies.
    Count,
    Bool,
    Choice(&'static Vocabulary),
    /// One or more values of a list.
    Choices(&'static Vocabulary),
    /// A unit code from `coi.yaml`.
    Unit,
    /// One or more unit codes.
    Units,
    /// A task code of the plan of the record's year (`II.1`): `plans/<year>.yaml`, else the
    /// seed plan's.
    Task,
    /// A record ID.
    Id,
    /// Record IDs.
    Ids,
    Object(&'static [Field]),
    /// A list of objects, such as the measures of a case.
    Objects(&'static [Field]),
}

/// Who fills a field in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The person, through flags, prompts or the editor.
    Person,
    /// `coi` itself (the ID, the history, voiding).
    Register,
}

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    pub label: Label,
    pub source: Source,
    /// Asked by guided entry when a record is added, although not required: a field the clerk
    /// should fill from the start (a position, the dates of a written report, the number of
    /// copies issued). Steps taken later (measures, handling, closure) are not asked then.
    pub asked: bool,
    /// A date of something that has happened (known, received, decided, handed over, closed…):
    /// never after today. A date that may be planned ahead (a measure's `from` and `until`, the
    /// days of a training or an inspection) is not marked.
    pub past: bool,
}

impl Field {
    pub const fn new(name: &'static str, ty: Type, label: Label) -> Field {
        Field {
            name,
            ty,
            required: false,
            label,
            source: Source::Person,
            asked: false,
            past: false,
        }
    }

    /// A field of a kind declared with `record!`, which names it after the struct's field.
    pub const fn of(ty: Type, label: Label) -> Field {
        Field::new("", ty, label)
    }

    pub const fn named(mut self, name: &'static str) -> Field {
        self.name = name;
        self
    }

    /// Marks a date of something that has happened: see [`Field::past`].
    pub const fn past(mut self) -> Field {
        self.past = true;
        self
    }

    pub const fn asked(mut self) -> Field {
        self.asked = true;
        self
    }

    pub const fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub const fn by_register(mut self) -> Field {
        self.source = Source::Register;
        self
    }
}

/// The shape of a value of a settings file (`coi.yaml`, a plan file), as its field table gives
/// it. The file's value tree is checked against the table before it is read into its types, as
/// a record is against its fields, so that the reader has nothing left to refuse.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// One text; a number or `true` is read as its text, as a person means it.
    Text,
    /// A whole number, not negative, that fits in 32 bits.
    Whole,
    Bool,
    /// Exactly one character.
    Char,
    /// A date as a person types it: `2026-03-14` or `14/03/2026`.
    Date,
    /// One of these values.
    Choice(&'static [&'static str]),
    List(&'static Shape),
    Group(&'static [Setting]),
    /// A group whose keys are the file's own (a year, a period, a code), each with a value.
    ByKey(Key, &'static Shape),
}

/// What the keys of a [`Shape::ByKey`] are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Text,
    /// A year, quoted or not (`2026:`, `"2026":`).
    Year,
}

/// A field of a settings file.
#[derive(Debug)]
pub struct Setting {
    pub name: &'static str,
    pub shape: Shape,
    pub required: bool,
}

impl Setting {
    pub const fn new(name: &'static str, shape: Shape) -> Setting {
        Setting {
            name,
            shape,
            required: false,
        }
    }

    pub const fn required(mut self) -> Setting {
        self.required = true;
        self
    }
}

/// The field at a path such as `handling.decided_on` or `measures[2].until`.
pub fn field_at(fields: &'static [Field], path: &str) -> Option<&'static Field> {
    let mut fields = fields;
    let mut found = None;
    for part in path.split('.') {
        let name = part.split('[').next().unwrap_or(part);
        let f = fields.iter().find(|f| f.name == name)?;
        found = Some(f);
        if let Type::Object(inner) | Type::Objects(inner) = f.ty {
            fields = inner;
        }
    }
    found
}

/// `l!("vi", "en")`: a label.
macro_rules! l {
    ($vi:literal, $en:literal) => {
        $crate::i18n::Label::new($vi, $en)
    };
}
pub(crate) use l;

/// The fields every kind shares at its end.
pub const VOID: &[Field] = &[
    Field::new("on", Type::Date, l!("Ngày hủy", "Voided on"))
        .required()
        .past(),
    Field::new("reason", Type::LongText, l!("Lý do hủy", "Reason")).required(),
];

pub const EVENT: &[Field] = &[
    Field::new("at", Type::Time, l!("Thời điểm", "At")).required(),
    Field::new("by", Type::Text, l!("Người thực hiện", "By")).required(),
    Field::new(
        "action",
        Type::Choice(&super::vocab::Action::VOCABULARY),
        l!("Thao tác", "Action"),
    )
    .required(),
    Field::new("note", Type::LongText, l!("Ghi chú", "Note")),
];

pub const NOTE: Field = Field::new("note", Type::LongText, l!("Ghi chú", "Note"));
/// The task of the year's plan that a record carries out, which any kind may name.
pub const PLAN_TASK: Field = Field::new(
    "plan_task",
    Type::Task,
    l!("Nhiệm vụ của kế hoạch", "Task of the plan"),
);
pub const VOID_FIELD: Field =
    Field::new("void", Type::Object(VOID), l!("Hủy hồ sơ", "Voided")).by_register();
pub const CONFLICT: &[Field] = &[
    Field::new("field", Type::Text, l!("Trường", "Field")).required(),
    Field::new("ours", Type::LongText, l!("Giá trị giữ lại", "Value kept")),
    Field::new(
        "theirs",
        Type::LongText,
        l!("Giá trị bản kia", "Other value"),
    ),
];
/// The record's ID, which every kind has first.
pub const ID_FIELD: Field = Field::new("id", Type::Id, l!("Mã hồ sơ", "ID"))
    .required()
    .by_register();
/// Written by `coi sync` when it publishes a record: the provisional IDs that still name it.
pub const ALIASES_FIELD: Field = Field::new(
    "aliases",
    Type::Ids,
    l!("Mã tạm trước khi đánh số", "Provisional IDs"),
)
.by_register();
/// Written only by the merge of two clones; `edit` clears it.
pub const CONFLICTS_FIELD: Field = Field::new(
    "conflicts",
    Type::Objects(CONFLICT),
    l!("Xung đột khi hợp nhất", "Merge conflicts"),
)
.by_register();
pub const HISTORY_FIELD: Field =
    Field::new("history", Type::Objects(EVENT), l!("Lịch sử", "History")).by_register();

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use serde::de::{self, Deserialize, Visitor};

    use super::*;
    use crate::model::{Case, Gift, Kind, Record, case, common, gift};

    /// A reader that asks a derived `Deserialize` which fields its struct has, and reads nothing.
    struct FieldNames<'a>(&'a Cell<&'static [&'static str]>);

    impl<'de> de::Deserializer<'de> for FieldNames<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.set(fields);
            Err(de::Error::custom("asked"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }

    /// The fields serde reads and writes for `T`, in its declared order.
    fn serde_fields<T: for<'de> Deserialize<'de>>() -> Vec<&'static str> {
        let names = Cell::new(&[][..]);
        let _ = T::deserialize(FieldNames(&names));
        names.get().to_vec()
    }

    /// The fields of the schema at `path` (the top level when empty).
    fn schema_fields(top: &'static [Field], path: &str) -> Vec<&'static str> {
        let fields = match path {
            "" => top,
            _ => match field_at(top, path).map(|f| f.ty) {
                Some(Type::Object(inner) | Type::Objects(inner)) => inner,
                other => panic!("{path} is not a group of fields: {other:?}"),
            },
        };
        fields.iter().map(|f| f.name).collect()
    }

    macro_rules! every_kind {
        ($(
            $kind:ident: $module:ident::$ty:ident, $prefix:literal, $folder:literal,
            $noun:literal, $word:literal, $label:ident, $about:ident
            $(, verbs: $verbs:ident)? $(, rules: $own:ident)?;
        )*) => {
            /// Every kind, its field table and the fields serde gives its struct, from the
            /// table of kinds.
            fn every_kind() -> Vec<(Kind, &'static [Field], Vec<&'static str>)> {
                vec![$((
                    Kind::$kind,
                    <crate::model::$ty as Record>::FIELDS,
                    serde_fields::<crate::model::$ty>(),
                ),)*]
            }
        };
    }

    crate::kinds!(every_kind);

    /// Each struct of a record and its field schema name the same fields in the same order, so
    /// that what `check` validates, `add` asks and `show` labels is what the file holds.
    #[test]
    fn every_struct_and_its_schema_name_the_same_fields_in_the_same_order() {
        let kinds = every_kind();
        assert_eq!(kinds.len(), Kind::ALL.len());
        for (kind, top, serde) in kinds {
            assert_eq!(schema_fields(top, ""), serde, "{kind:?}");
            for (path, serde) in [
                ("void", serde_fields::<common::Void>()),
                ("conflicts", serde_fields::<common::Conflict>()),
                ("history", serde_fields::<common::Event>()),
            ] {
                assert_eq!(schema_fields(top, path), serde, "{kind:?} {path}");
            }
        }
        let groups = [
            (Case::FIELDS, "person", serde_fields::<common::Person>()),
            (Case::FIELDS, "reporter", serde_fields::<case::Reporter>()),
            (Case::FIELDS, "measures", serde_fields::<case::Measure>()),
            (Case::FIELDS, "closed", serde_fields::<case::Closure>()),
            (Gift::FIELDS, "recipient", serde_fields::<common::Person>()),
            (Gift::FIELDS, "giver", serde_fields::<gift::Giver>()),
            (Gift::FIELDS, "handling", serde_fields::<gift::Handling>()),
            (Gift::FIELDS, "violation", serde_fields::<gift::Violation>()),
        ];
        for (top, path, serde) in groups {
            assert!(!serde.is_empty(), "{path}: serde named no field");
            assert_eq!(schema_fields(top, path), serde, "{path}");
        }
    }

    /// Every group of fields in a schema has its struct in the list above: the groups every kind
    /// has, and those of its own. A kind missing here fails as soon as it has a group.
    #[test]
    fn every_group_of_fields_is_tied_to_its_struct() {
        let own = |kind| match kind {
            Kind::Case => "person reporter measures closed",
            Kind::Gift => "recipient giver handling violation",
            _ => "",
        };
        for kind in Kind::ALL {
            let found: Vec<&str> = (kind.fields().iter())
                .filter(|f| matches!(f.ty, Type::Object(_) | Type::Objects(_)))
                .map(|f| f.name)
                .collect();
            let expected = format!("{} void conflicts history", own(kind));
            assert_eq!(found.join(" "), expected.trim_start(), "{kind:?}");
        }
    }

    /// The settings tables name the fields of their structs, in order, and serde requires what
    /// they require; so a field added to a struct and not to its table is found here.
    #[test]
    fn every_settings_table_names_the_fields_of_its_struct() {
        use crate::model::plan::{self, Plan, Task};
        use crate::model::settings::{
            self as s, Clerk, Config, CsvConfig, HolidayYear, Signer, Unit,
        };
        let names = |t: &[Setting]| t.iter().map(|f| f.name).collect::<Vec<_>>();
        for (name, table, serde) in [
            ("Config", s::CONFIG, serde_fields::<Config>()),
            ("Unit", s::UNIT, serde_fields::<Unit>()),
            (
                "HolidayYear",
                s::HOLIDAY_YEAR,
                serde_fields::<HolidayYear>(),
            ),
            ("CsvConfig", s::CSV, serde_fields::<CsvConfig>()),
            ("Signer", s::SIGNER, serde_fields::<Signer>()),
            ("Clerk", s::CLERK, serde_fields::<Clerk>()),
            ("Plan", plan::PLAN, serde_fields::<Plan>()),
            ("Task", plan::TASK, serde_fields::<Task>()),
        ] {
            assert!(!serde.is_empty(), "{name}: serde named no field");
            assert_eq!(names(table), serde, "{name}");
        }
        // What serde cannot read without is required by the table: the smallest file.
        for (table, text) in [
            (s::CONFIG, "schema: 1\nagency: A\n"),
            (s::UNIT, "code: VP\nname: V\n"),
            (plan::TASK, "code: II.1\ntitle: A\n"),
        ] {
            let required: Vec<&str> = table
                .iter()
                .filter(|f| f.required)
                .map(|f| f.name)
                .collect();
            assert_eq!(text.lines().count(), required.len(), "{required:?}");
        }
        serde_yaml::from_str::<Config>("schema: 1\nagency: A\n").unwrap();
        serde_yaml::from_str::<Unit>("code: VP\nname: V\n").unwrap();
        serde_yaml::from_str::<Task>("code: II.1\ntitle: A\n").unwrap();
    }
}
