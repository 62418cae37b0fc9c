//! The table of record kinds: the one place that lists them. Each line gives a kind's variant,
//! its type, its ID prefix, its register folder, its command-line noun (in English, and in
//! Vietnamese without diacritics) and its name for people. The table is a macro that hands its
//! lines to another macro, so that [`Kind`], [`Kind::ALL`] and [`Kind::spec`] are made here and
//! `rules::for_kind` (which needs the rules of each type) is made from the same lines where the
//! rules are. This file names no kind's module: the kind files depend on it, never the other
//! way round.

/// Calls `$then! { $(Variant: module::Type, "PREFIX", "folder", "noun", "tu-viet", NAME, ABOUT
/// [, verbs: Verbs] [, rules: own];)* }` with every kind, in the order they are listed, checked
/// and reported:
/// - `module::Type` is the kind's file in `model/` (declared with `record!`) and its type;
/// - `NAME` and `ABOUT` are its words in `i18n::msg`: what one record is called, and what its
///   command is for;
/// - `verbs` names the steps of its lifecycle beyond the verbs every kind has (`commands`);
/// - `rules: own` says that what the law asks of it is written in `rules` (`impl Rules`); a
///   kind without it is checked for its fields only and has no time limits.
///
/// A new kind is its file, its words and one line here; `model`, `rules` and `commands` make
/// their parts from this line, and the tests that go through every kind name what else it
/// needs (its demo records).
#[macro_export]
macro_rules! kinds {
    ($then:path) => {
        $then! {
            // `XDLI` for xung đột lợi ích.
            Case: case::Case, "XDLI", "cases", "case", "vu-viec", KIND_CASE, ABOUT_CASE,
                verbs: CaseVerbs, rules: own;
            // `QT` for quà tặng.
            Gift: gift::Gift, "QT", "gifts", "gift", "qua-tang", KIND_GIFT, ABOUT_GIFT,
                verbs: GiftVerbs, rules: own;
            // `TH` for tuyên truyền, tập huấn.
            Training: training::Training, "TH", "trainings", "training", "tuyen-truyen",
                KIND_TRAINING, ABOUT_TRAINING, rules: own;
            // `KT` for kiểm tra.
            Inspection: inspection::Inspection, "KT", "inspections", "inspection", "kiem-tra",
                KIND_INSPECTION, ABOUT_INSPECTION, verbs: InspectionVerbs, rules: own;
            // `HD` for hoạt động.
            Action: action::PlanAction, "HD", "actions", "action", "hoat-dong", KIND_ACTION,
                ABOUT_ACTION, rules: own;
        }
    };
}

/// How a kind of record is named: in its IDs, on disk, on the command line and to people.
#[derive(Debug)]
pub struct KindSpec {
    /// The ID prefix (`XDLI`: xung đột lợi ích).
    pub prefix: &'static str,
    /// The register folder.
    pub folder: &'static str,
    /// The command-line noun and the word in commit messages.
    pub noun: &'static str,
    /// The noun in Vietnamese without diacritics, which the command line also takes.
    pub word: &'static str,
    pub label: crate::i18n::Label,
    /// What the kind's command is for, in its help.
    pub about: crate::i18n::Label,
}

macro_rules! declare_kinds {
    ($(
        $kind:ident: $module:ident::$ty:ident, $prefix:literal, $folder:literal, $noun:literal,
        $word:literal, $label:ident, $about:ident $(, verbs: $verbs:ident)? $(, rules: $own:ident)?;
    )*) => {
        /// The kinds of record, as listed by [`kinds!`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind {
            $($kind,)*
        }

        impl Kind {
            pub const ALL: [Kind; [$(Kind::$kind),*].len()] = [$(Kind::$kind),*];

            pub fn spec(self) -> &'static KindSpec {
                match self {
                    $(Kind::$kind => &KindSpec {
                        prefix: $prefix,
                        folder: $folder,
                        noun: $noun,
                        word: $word,
                        label: crate::i18n::msg::$label,
                        about: crate::i18n::msg::$about,
                    },)*
                }
            }
        }
    };
}

kinds!(declare_kinds);

impl Kind {
    pub fn prefix(self) -> &'static str {
        self.spec().prefix
    }

    pub fn folder(self) -> &'static str {
        self.spec().folder
    }

    pub fn noun(self) -> &'static str {
        self.spec().noun
    }

    pub fn label(self) -> crate::i18n::Label {
        self.spec().label
    }

    pub fn from_prefix(p: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.prefix() == p)
    }

    pub fn from_folder(f: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == f)
    }
}
