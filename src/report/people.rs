//! Who is one person, for the figures that count people rather than records (QT01, QT06,
//! XD04): one official who handed over three gifts is one person.
//!
//! Records carrying the same staff `code` name the same person, whatever their unit or the
//! spelling of the name. Without a code, the same unit and the same name (NFC, letter case and
//! spacing folded) are the same person; two people of one name in two units are two people. A
//! record without a code whose unit and name match a record with a code is that person, whatever
//! the periods of the two records (the [`Codes`] are read from the whole register): the clerk
//! who starts giving codes half-way through the year does not count anyone twice, in any period.

use std::collections::{BTreeMap, BTreeSet};

use unicode_normalization::UnicodeNormalization;

use crate::model::Person;

/// A person as one record names them.
#[derive(Debug, Clone, Copy)]
pub struct Someone<'a> {
    pub unit: &'a str,
    pub name: &'a str,
    pub code: Option<&'a str>,
}

impl<'a> Someone<'a> {
    pub fn of(unit: &'a str, person: &'a Person) -> Someone<'a> {
        Someone {
            unit,
            name: &person.name,
            code: person.code.as_deref(),
        }
    }
}

/// The staff codes the register gives each unit and name, from every record of every period.
#[derive(Debug, Default)]
pub struct Codes<'a> {
    /// (unit, folded name) → the codes records with that unit and name carry.
    by_name: BTreeMap<(&'a str, String), BTreeSet<&'a str>>,
}

impl<'a> Codes<'a> {
    pub fn learn(&mut self, s: Someone<'a>) {
        if let Some(code) = code(&s) {
            let name = (s.unit, fold(s.name));
            self.by_name.entry(name).or_default().insert(code);
        }
    }

    /// The one code the register knows for a unit and name; none when it knows none, or two
    /// (two people of one name in one unit, told apart only by their codes).
    fn of(&self, unit: &'a str, name: &str) -> Option<&'a str> {
        let codes = self.by_name.get(&(unit, fold(name)))?;
        (codes.len() == 1).then(|| *codes.iter().next().expect("one code"))
    }
}

fn code<'a>(s: &Someone<'a>) -> Option<&'a str> {
    s.code.map(str::trim).filter(|c| !c.is_empty())
}

/// How many different people `named` holds (repeats and all), a record without a code taking
/// the code that `known` gives its unit and name.
pub fn count(named: &[Someone], known: &Codes) -> u64 {
    let mut codes = BTreeSet::new();
    let mut coded_names = BTreeSet::new();
    let mut uncoded = BTreeSet::new();
    for s in named {
        let name = (s.unit, fold(s.name));
        match code(s).or_else(|| known.of(s.unit, s.name)) {
            Some(code) => {
                codes.insert(code);
                coded_names.insert(name);
            }
            None => {
                uncoded.insert(name);
            }
        }
    }
    let by_name_only = uncoded.difference(&coded_names).count();
    (codes.len() + by_name_only) as u64
}

/// A name as it identifies someone: NFC, lower case, single spaces.
fn fold(name: &str) -> String {
    let spaced = name.split_whitespace().collect::<Vec<_>>().join(" ");
    spaced.nfc().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn someone<'a>(unit: &'a str, name: &'a str, code: Option<&'a str>) -> Someone<'a> {
        Someone { unit, name, code }
    }

    /// Counted with the codes of these records only.
    fn count(named: &[Someone]) -> u64 {
        let mut known = Codes::default();
        for s in named {
            known.learn(*s);
        }
        super::count(named, &known)
    }

    #[test]
    fn a_coded_record_of_another_period_names_the_uncoded_one_of_this_period() {
        // CB-017 handed over a gift in Q1 as VP; in Q2 two records without a code: one of VP,
        // one of QLDN where the person moved, with a coded record there too.
        let mut known = Codes::default();
        known.learn(someone("VP", "Nguyễn Văn An", Some("CB-017")));
        known.learn(someone("QLDN", "Nguyễn Văn An", Some("CB-017")));
        let q2 = [
            someone("VP", "Nguyễn Văn An", None),
            someone("QLDN", "nguyễn văn an", None),
        ];
        assert_eq!(super::count(&q2, &known), 1);
        // Without what the register knows, the two would be two people.
        assert_eq!(super::count(&q2, &Codes::default()), 2);
        // Two codes for one unit and name tell nobody apart: the name alone counts.
        known.learn(someone("VP", "Nguyễn Văn An", Some("CB-099")));
        assert_eq!(super::count(&q2[..1], &known), 1);
    }

    #[test]
    fn the_same_unit_and_name_is_one_person_however_it_is_typed() {
        let decomposed = "Nguye\u{302}\u{303}n Va\u{306}n An";
        assert_eq!(
            count(&[
                someone("VP", "Nguyễn Văn An", None),
                someone("VP", "nguyễn  văn AN ", None),
                someone("VP", decomposed, None),
            ]),
            1
        );
    }

    #[test]
    fn one_name_in_two_units_is_two_people() {
        assert_eq!(
            count(&[
                someone("VP", "Nguyễn Văn An", None),
                someone("QLDN", "Nguyễn Văn An", None),
            ]),
            2
        );
    }

    #[test]
    fn a_staff_code_decides_over_unit_and_name() {
        // One person moved from VP to QLDN and is written two ways.
        assert_eq!(
            count(&[
                someone("VP", "Nguyễn Văn An", Some("CB-017")),
                someone("QLDN", "Nguyễn V. An", Some("CB-017")),
            ]),
            1
        );
        // Two people of one name in one unit, told apart by their codes.
        assert_eq!(
            count(&[
                someone("VP", "Trần Thị Bình", Some("CB-001")),
                someone("VP", "Trần Thị Bình", Some("CB-002")),
            ]),
            2
        );
    }

    #[test]
    fn a_record_without_a_code_joins_the_coded_person_of_its_unit_and_name() {
        assert_eq!(
            count(&[
                someone("VP", "Lê Văn Cường", Some("CB-003")),
                someone("VP", "Lê Văn Cường", None),
                someone("QLDN", "Lê Văn Cường", None),
            ]),
            2
        );
    }

    #[test]
    fn a_blank_code_is_no_code() {
        assert_eq!(
            count(&[
                someone("VP", "Phạm Thu", Some(" ")),
                someone("VP", "Phạm Thu", None),
            ]),
            1
        );
    }
}
