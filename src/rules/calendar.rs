//! The working-day calendar: Saturdays and Sundays off, the official days off and the weekends
//! worked in exchange from the shipped list (`vn-days-off.yaml`, with its sources), and the
//! register's own additions from `coi.yaml`. Days off are data, never code.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Deserialize;

use crate::model::settings::HolidayYear;

/// The shipped list of days off for 2025–2027 (Labour Code 2019 Art. 112 and the yearly
/// notices of the Ministry of Home Affairs); each year names its source.
pub const SHIPPED: &str = include_str!("vn-days-off.yaml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Shipped {
    weekly_rest: Vec<String>,
    holidays: BTreeMap<i32, ShippedYear>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShippedYear {
    #[serde(rename = "off")]
    days_off: Vec<NaiveDate>,
    working_weekends: Vec<NaiveDate>,
    #[allow(dead_code)]
    source: String,
}

#[derive(Debug, Clone)]
pub struct Calendar {
    weekly_rest: Vec<Weekday>,
    /// For each year whose days off are known, whether each of its days is worked, by the
    /// day's number in the year. Other years have only the weekly rest.
    years: BTreeMap<i32, Vec<bool>>,
}

fn weekday(name: &str) -> Weekday {
    name.parse()
        .unwrap_or_else(|_| panic!("vn-days-off.yaml: unknown weekday {name}"))
}

impl Calendar {
    /// The calendar as shipped.
    pub fn shipped() -> &'static Calendar {
        static SHIPPED_CALENDAR: OnceLock<Calendar> = OnceLock::new();
        SHIPPED_CALENDAR.get_or_init(|| {
            let data: Shipped =
                serde_yaml::from_str(SHIPPED).expect("the shipped calendar is valid");
            let mut cal = Calendar {
                weekly_rest: data.weekly_rest.iter().map(|d| weekday(d)).collect(),
                years: BTreeMap::new(),
            };
            for (year, days) in data.holidays {
                cal.set(year, &days.days_off, false);
                cal.set(year, &days.working_weekends, true);
            }
            cal
        })
    }

    /// The shipped calendar with a register's own days: a day it lists as a working weekend
    /// is worked even if the shipped list had it off, and the other way round.
    pub fn with(additions: &BTreeMap<i32, HolidayYear>) -> Calendar {
        let mut cal = Calendar::shipped().clone();
        for (year, days) in additions {
            cal.set(*year, &days.days_off, false);
            cal.set(*year, &days.working_weekends, true);
        }
        cal
    }

    /// Marks days of a year as worked or not; the year becomes known. A day outside the year
    /// is left out: `coi.yaml` refuses such a day before it comes here.
    fn set(&mut self, year: i32, days: &[NaiveDate], worked: bool) {
        // A year beyond the dates the calendar can hold has no days to set.
        let Some(first) = NaiveDate::from_yo_opt(year, 1) else {
            return;
        };
        let weekly_rest = &self.weekly_rest;
        let table = self.years.entry(year).or_insert_with(|| {
            first
                .iter_days()
                .take_while(|d| d.year() == year)
                .map(|d| !weekly_rest.contains(&d.weekday()))
                .collect()
        });
        for day in days.iter().filter(|d| d.year() == year) {
            table[day.ordinal0() as usize] = worked;
        }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        match self.years.get(&day.year()) {
            Some(table) => table[day.ordinal0() as usize],
            None => !self.weekly_rest.contains(&day.weekday()),
        }
    }

    /// The day `n` working days after `start` (`start` itself not counted): the last day of a
    /// legal time limit "within n working days".
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut day = start;
        let mut left = n;
        while left > 0 {
            day = day + Days::new(1);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The last day of a term of `n` calendar days from `start` (`start` itself not counted): the
    /// `n`th day after, or, when that is a weekend or a day off, the next working day (Civil
    /// Code 2015, Art. 148: a term that ends on a day off ends on the next working day).
    pub fn add_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut day = start + Days::new(u64::from(n));
        while !self.is_working_day(day) {
            day = day + Days::new(1);
        }
        day
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        from.iter_days()
            .skip(1)
            .take_while(|d| *d <= to)
            .filter(|d| self.is_working_day(*d))
            .count() as u32
    }

    /// Whether the days off of a year are known (else only weekends are skipped).
    pub fn knows(&self, year: i32) -> bool {
        self.years.contains_key(&year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn tet_2026_pushes_a_hand_over_to_the_24th() {
        let cal = Calendar::shipped();
        // A gift received on Tuesday 10/02/2026: Tết keeps 16–20/02 off.
        assert_eq!(cal.add_working_days(d("2026-02-10"), 5), d("2026-02-24"));
        // Received on the Friday before Tết.
        assert_eq!(cal.add_working_days(d("2026-02-13"), 5), d("2026-02-27"));
        for day in [
            "2026-02-16",
            "2026-02-17",
            "2026-02-18",
            "2026-02-19",
            "2026-02-20",
        ] {
            assert!(!cal.is_working_day(d(day)), "{day}");
        }
    }

    #[test]
    fn reunification_day_and_labour_day_2026() {
        let cal = Calendar::shipped();
        // 27/04 (Hùng Kings, observed), 30/04 and 01/05 are off.
        assert!(!cal.is_working_day(d("2026-04-27")));
        assert!(!cal.is_working_day(d("2026-04-30")));
        assert!(!cal.is_working_day(d("2026-05-01")));
        // From Wednesday 29/04: 04/05, 05/05, 06/05, 07/05, 08/05.
        assert_eq!(cal.add_working_days(d("2026-04-29"), 5), d("2026-05-08"));
        // From Friday 24/04: 27/04 off, 28, 29, then 04, 05, 06/05.
        assert_eq!(cal.add_working_days(d("2026-04-24"), 5), d("2026-05-06"));
    }

    #[test]
    fn national_day_2026_and_the_saturday_worked_for_it() {
        let cal = Calendar::shipped();
        // Saturday 22/08/2026 is worked in exchange for Monday 31/08.
        assert!(cal.is_working_day(d("2026-08-22")));
        assert!(!cal.is_working_day(d("2026-08-31")));
        assert!(!cal.is_working_day(d("2026-09-01")));
        assert!(!cal.is_working_day(d("2026-09-02")));
        // From Friday 21/08: 22/08 (Sat, worked), 24, 25, 26, 27.
        assert_eq!(cal.add_working_days(d("2026-08-21"), 5), d("2026-08-27"));
        // From Friday 28/08: 31/08–02/09 off, then 03, 04, 07, 08, 09.
        assert_eq!(cal.add_working_days(d("2026-08-28"), 5), d("2026-09-09"));
    }

    #[test]
    fn a_register_adds_its_own_days() {
        let mut extra = BTreeMap::new();
        extra.insert(
            2026,
            HolidayYear {
                days_off: vec![d("2026-03-16")],
                working_weekends: vec![d("2026-03-21")],
            },
        );
        let cal = Calendar::with(&extra);
        assert!(!cal.is_working_day(d("2026-03-16")));
        assert!(cal.is_working_day(d("2026-03-21")));
        // From Friday 13/03: 16 off, 17, 18, 19, 20, 21 (worked).
        assert_eq!(cal.add_working_days(d("2026-03-13"), 5), d("2026-03-21"));
        assert!(Calendar::shipped().is_working_day(d("2026-03-16")));
    }

    /// Whether a day is worked, straight from the lists (shipped, then the register's).
    fn listed_working_day(
        shipped: &Shipped,
        additions: &BTreeMap<i32, HolidayYear>,
        day: NaiveDate,
    ) -> bool {
        let mut worked = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let shipped_days = shipped
            .holidays
            .values()
            .map(|y| (&y.days_off, &y.working_weekends));
        let added_days = additions
            .values()
            .map(|y| (&y.days_off, &y.working_weekends));
        for (off, working) in shipped_days.chain(added_days) {
            if off.contains(&day) {
                worked = false;
            }
            if working.contains(&day) {
                worked = true;
            }
        }
        worked
    }

    #[test]
    fn looking_up_a_day_agrees_with_the_lists() {
        let mut extra = BTreeMap::new();
        extra.insert(
            2031,
            HolidayYear {
                days_off: vec![d("2031-01-02")],
                working_weekends: vec![d("2031-01-04")],
            },
        );
        extra.insert(
            2026,
            HolidayYear {
                // A shipped day off worked instead, and a day of its own off.
                days_off: vec![d("2026-03-16")],
                working_weekends: vec![d("2026-01-02")],
            },
        );
        let added = Calendar::with(&extra);
        assert!(!added.is_working_day(d("2031-01-02")));
        assert!(added.is_working_day(d("2031-01-04")));
        assert!(added.knows(2031) && !added.knows(2030));
        let shipped: Shipped = serde_yaml::from_str(SHIPPED).unwrap();
        for (cal, lists) in [(Calendar::shipped(), &BTreeMap::new()), (&added, &extra)] {
            for day in d("2023-01-01")
                .iter_days()
                .take_while(|x| *x <= d("2032-12-31"))
            {
                assert_eq!(
                    cal.is_working_day(day),
                    listed_working_day(&shipped, lists, day),
                    "{day}"
                );
            }
        }
    }

    #[test]
    fn a_year_beyond_the_calendar_is_ignored() {
        let mut extra = BTreeMap::new();
        extra.insert(999_999, HolidayYear::default());
        let cal = Calendar::with(&extra);
        assert!(!cal.knows(999_999));
        assert!(cal.is_working_day(d("2026-03-16")));
    }

    #[test]
    fn the_shipped_days_are_in_the_year_they_are_listed_under() {
        let shipped: Shipped = serde_yaml::from_str(SHIPPED).unwrap();
        for (year, days) in shipped.holidays {
            for day in days.days_off.iter().chain(&days.working_weekends) {
                assert_eq!(day.year(), year, "{day}");
            }
        }
    }

    #[test]
    fn a_term_in_calendar_days_ending_on_a_day_off_ends_on_the_next_working_day() {
        let cal = Calendar::shipped();
        // 30 days from 17/01/2026 is 16/02/2026, in Tết (16–20/02): the term ends on 23/02.
        assert_eq!(cal.add_days(d("2026-01-17"), 30), d("2026-02-23"));
        // The day before and after: 15/02 is a Sunday (ends 23/02 too); 21/02 is a Saturday.
        assert_eq!(cal.add_days(d("2026-01-16"), 30), d("2026-02-23"));
        assert_eq!(cal.add_days(d("2026-01-23"), 30), d("2026-02-23"));
        assert_eq!(cal.add_days(d("2026-01-24"), 30), d("2026-02-23"));
        // A working day is the day itself.
        assert_eq!(cal.add_days(d("2026-01-25"), 30), d("2026-02-24"));
        // 30/4 and 1/5/2026 (Thursday, Friday), then the weekend: the 4th of May.
        assert_eq!(cal.add_days(d("2026-04-24"), 5), d("2026-04-29"));
        assert_eq!(cal.add_days(d("2026-04-25"), 5), d("2026-05-04"));
        assert_eq!(cal.add_days(d("2026-04-26"), 5), d("2026-05-04"));
    }

    #[test]
    fn counts_working_days_between_two_dates() {
        let cal = Calendar::shipped();
        assert_eq!(
            cal.working_days_between(d("2026-02-10"), d("2026-02-24")),
            5
        );
        assert_eq!(
            cal.working_days_between(d("2026-02-24"), d("2026-02-26")),
            2
        );
        assert_eq!(
            cal.working_days_between(d("2026-02-24"), d("2026-02-20")),
            0
        );
    }

    #[test]
    fn the_shipped_years_are_known() {
        let cal = Calendar::shipped();
        assert!(cal.knows(2025) && cal.knows(2026) && cal.knows(2027));
        assert!(!cal.knows(2028));
    }
}
