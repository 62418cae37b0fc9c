//! What is wrong with a record, said with the field it concerns. `check` adds the file and line.

pub mod calendar;
pub mod deadlines;
pub mod file;
pub mod form01;
pub mod links;
pub mod merge;
pub mod past;
pub mod plan;
pub mod records;
pub mod report_deadlines;
pub mod settings;
pub mod text;
pub mod validate;

use crate::model::{Case, Gift, Inspection, Kind, PlanAction, Record, Training};
use crate::problem::Finding;
use calendar::Calendar;
use deadlines::Deadline;

/// What the law asks of a kind of record: the rules it must meet, and the time limits of its
/// steps. Everything that checks or counts records asks through this trait.
pub trait Rules: Record {
    /// Whether the law sets time limits on this kind's steps; `due` reads no other kind.
    const TIME_LIMITS: bool = false;
    /// The rules of the law and of common sense that this record must meet, beyond its fields'
    /// own (which `validate` checks from the field table).
    fn findings(&self, _out: &mut Vec<Finding>) {}
    /// The rules that need the working-day calendar (terms in calendar days that end on a day
    /// off end on the next working day).
    fn findings_on(&self, _cal: &Calendar, _out: &mut Vec<Finding>) {}
    /// The legal time limits of the record's steps, done or not.
    fn deadlines(&self, _cal: &Calendar) -> Vec<Deadline> {
        Vec::new()
    }
    /// The steps still owed: deadlines not yet met of a record that is still open, and of a
    /// closed one those that its closing did not make moot (a notice never sent).
    fn pending_deadlines(&self, cal: &Calendar) -> Vec<Deadline> {
        if self.void().is_some() {
            return Vec::new();
        }
        let open = self.is_open();
        let mut all = self.deadlines(cal);
        all.retain(|d| d.done.is_none() && (open || self.owed_after_closing(d)));
        all
    }
    /// Whether a step not done is still owed once the record is closed: as its limit says,
    /// unless the kind knows better.
    fn owed_after_closing(&self, d: &Deadline) -> bool {
        d.limit.owed_after_closing
    }
}

/// Work to do for one kind of record, whichever it is (loading it, counting it, describing its
/// flags): written once as a generic `run`, and done for a [`Kind`] by [`for_kind`].
pub trait ForKind {
    type Out;
    fn run<R: Rules>(self) -> Self::Out;
}

macro_rules! dispatch {
    ($(
        $kind:ident: $module:ident::$ty:ident, $prefix:literal, $folder:literal, $noun:literal,
        $word:literal, $label:ident, $about:ident $(, verbs: $verbs:ident)? $(, rules: $own:ident)?;
    )*) => {
        /// `work` done with the type of `kind`, as the table of kinds ([`crate::kinds!`]) names it.
        pub fn for_kind<W: ForKind>(kind: Kind, work: W) -> W::Out {
            match kind {
                $(Kind::$kind => work.run::<crate::model::$ty>(),)*
            }
        }

        $(law_of!($ty $(, $own)?);)*
    };
}

/// A kind whose line in the table says `rules: own` has its `impl Rules` below; any other has
/// the trait's defaults: its fields checked, no rule of the law, no time limit.
macro_rules! law_of {
    ($ty:ident, own) => {};
    ($ty:ident) => {
        impl Rules for crate::model::$ty {}
    };
}

crate::kinds!(dispatch);

impl Rules for Case {
    const TIME_LIMITS: bool = true;

    fn findings(&self, out: &mut Vec<Finding>) {
        records::case(self, out)
    }
    fn findings_on(&self, cal: &Calendar, out: &mut Vec<Finding>) {
        records::case_terms(self, cal, out)
    }
    fn deadlines(&self, cal: &Calendar) -> Vec<Deadline> {
        deadlines::case(self, cal)
    }
    /// A case closed as anything but "no conflict" with no decision still owes the decision: a
    /// breach does not close silently.
    fn owed_after_closing(&self, d: &Deadline) -> bool {
        d.limit.owed_after_closing
            || (d.limit == &deadlines::CASE_DECISION && deadlines::closed_undecided(self))
    }
}

impl Rules for Gift {
    const TIME_LIMITS: bool = true;

    fn findings(&self, out: &mut Vec<Finding>) {
        records::gift(self, out)
    }
    fn deadlines(&self, cal: &Calendar) -> Vec<Deadline> {
        deadlines::gift(self, cal)
    }
}

/// The law sets no time limit on a training.
impl Rules for Training {
    fn findings(&self, out: &mut Vec<Finding>) {
        records::training(self, out)
    }
}

/// Decree 59 sets no time limit on an inspection of public duty.
impl Rules for Inspection {
    fn findings(&self, out: &mut Vec<Finding>) {
        records::inspection(self, out)
    }
}

/// A step of the plan has the plan's dates, not the law's.
impl Rules for PlanAction {
    fn findings(&self, out: &mut Vec<Finding>) {
        records::action(self, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct KindOf;

    impl ForKind for KindOf {
        type Out = (Kind, &'static str);
        fn run<R: Rules>(self) -> Self::Out {
            (R::KIND, R::KEY_DATE)
        }
    }

    /// Each kind is dispatched to its own type, and no two kinds share a prefix, a folder or a
    /// noun, so that IDs, paths and commands tell them apart.
    #[test]
    fn every_kind_is_its_own_type_with_its_own_names() {
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            let (dispatched, key_date) = for_kind(kind, KindOf);
            assert_eq!(dispatched, kind);
            assert!(!key_date.is_empty());
            for other in &Kind::ALL[i + 1..] {
                let (a, b) = (kind.spec(), other.spec());
                assert_ne!(a.prefix, b.prefix);
                assert_ne!(a.folder, b.folder);
                assert_ne!(a.noun, b.noun);
            }
        }
    }
}
