//! The fields of each kind of record, as data. `check` validates a file against it, `add` turns
//! it into command-line flags, and `show` labels values with it. The typed structs in `case.rs`,
//! `gift.rs` and `training.rs` follow the same order; a test keeps the two in step.

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
    /// A record ID.
    Id,
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
}

impl Field {
    pub const fn new(name: &'static str, ty: Type, label: Label) -> Field {
        Field {
            name,
            ty,
            required: false,
            label,
            source: Source::Person,
        }
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
    Field::new("on", Type::Date, l!("Ngày hủy", "Voided on")).required(),
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
pub const VOID_FIELD: Field =
    Field::new("void", Type::Object(VOID), l!("Hủy hồ sơ", "Voided")).by_register();
pub const HISTORY_FIELD: Field =
    Field::new("history", Type::Objects(EVENT), l!("Lịch sử", "History")).by_register();
