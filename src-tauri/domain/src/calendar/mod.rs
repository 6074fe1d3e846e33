//! National holidays and the days government offices are closed.
//!
//! Holidays come from the Cabinet Office table ([`table`]) for the years it covers and from the
//! rules of the 国民の祝日に関する法律 ([`computed`]) after it. No maintained crate covers both the
//! official table and the government's Dec 29 – Jan 3 closure, so both are written here; the test
//! `rules_reproduce_the_table` checks the computed rules against the table.

pub mod computed;
pub mod table;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Whether `date` is a national holiday (国民の祝日, 振替休日 or 国民の休日).
///
/// Up to the end of [`table::LAST_YEAR`] this is the Cabinet Office table (which holds the one-off
/// holidays of 2019–2021); after it, the computed rules of the current law.
pub fn is_national_holiday(date: NaiveDate) -> bool {
    if date.year() <= table::LAST_YEAR {
        table::contains(date)
    } else {
        computed::is_holiday(date)
    }
}

/// The national holidays of `year`, in order (table or rules, as [`is_national_holiday`]).
pub fn national_holidays(year: i32) -> Vec<NaiveDate> {
    if year <= table::LAST_YEAR {
        table::holidays_in(year)
    } else {
        computed::holidays(year)
    }
}

/// The name of the national holiday on `date` in Japanese, as the Cabinet Office writes it
/// (「勤労感謝の日」; 「休日」 for a substitute or citizens' holiday), or `None` on other days.
pub fn holiday_name(date: NaiveDate) -> Option<&'static str> {
    if date.year() <= table::LAST_YEAR {
        table::name(date)
    } else {
        computed::named(date.year()).get(&date).copied()
    }
}

/// Why government offices are closed on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Closed {
    /// Saturday or Sunday.
    Weekend,
    /// A national holiday, with its Japanese name.
    Holiday(&'static str),
    /// The year-end and new-year closure, Dec 29 – Jan 3.
    YearEnd,
}

/// Why offices are closed on `date` (a holiday before a weekend, the closure before both), or
/// `None` when they are open (行政機関の休日に関する法律 第1条).
pub fn closed_because(date: NaiveDate) -> Option<Closed> {
    if is_year_end_closure(date) {
        return Some(Closed::YearEnd);
    }
    if let Some(name) = holiday_name(date).filter(|_| is_national_holiday(date)) {
        return Some(Closed::Holiday(name));
    }
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun).then_some(Closed::Weekend)
}

/// How many days offices are open from `from` to `to`, both included (0 when `to` is before).
pub fn open_days_between(from: NaiveDate, to: NaiveDate) -> usize {
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| !is_office_closed(*d))
        .count()
}

/// Whether `date` falls in the government's year-end and new-year closure, Dec 29 – Jan 3
/// (行政機関の休日に関する法律 第1条 第1項 第3号).
pub fn is_year_end_closure(date: NaiveDate) -> bool {
    matches!((date.month(), date.day()), (12, 29..=31) | (1, 1..=3))
}

/// Whether government offices are closed on `date`: Saturday, Sunday, a national holiday, or
/// Dec 29 – Jan 3 (行政機関の休日に関する法律 第1条).
pub fn is_office_closed(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        || is_national_holiday(date)
        || is_year_end_closure(date)
}

/// `date` itself when offices are open on it, else the first open day after it. This is how a
/// deadline falling on a closed day moves (行政機関の休日に関する法律 第2条).
pub fn open_day_on_or_after(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    while is_office_closed(day) {
        day = day + Days::new(1);
    }
    day
}

/// `date` itself when offices are open on it, else the last open day before it.
pub fn open_day_on_or_before(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    while is_office_closed(day) {
        day = day - Days::new(1);
    }
    day
}

/// The first day strictly after `date` on which offices are open.
pub fn next_open_day(date: NaiveDate) -> NaiveDate {
    open_day_on_or_after(date + Days::new(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn rules_reproduce_the_table() {
        // The computed rules claim 2007 (current substitute-holiday rule, 昭和の日) onward. The
        // one-off years 2019 (enthronement, no Emperor's birthday) and 2020–2021 (Olympic moves)
        // are the table's alone. Checked: 2007–2018 and 2022–LAST_YEAR, every date.
        let mut checked = 0;
        for year in (2007..=2018).chain(2022..=table::LAST_YEAR) {
            assert_eq!(
                computed::holidays(year),
                table::holidays_in(year),
                "year {year}"
            );
            checked += 1;
        }
        assert_eq!(checked, 12 + (table::LAST_YEAR - 2022 + 1));
    }

    #[test]
    fn the_rules_name_each_holiday_as_the_table_does() {
        for year in (2007..=2018).chain(2022..=table::LAST_YEAR) {
            let computed = computed::named(year);
            for day in table::holidays_in(year) {
                assert_eq!(computed.get(&day).copied(), table::name(day), "{day}");
            }
        }
        assert_eq!(holiday_name(d(2026, 11, 23)), Some("勤労感謝の日"));
        assert_eq!(holiday_name(d(2029, 2, 12)), Some("休日")); // 振替休日, computed
        assert_eq!(holiday_name(d(2026, 11, 24)), None);
    }

    #[test]
    fn why_a_day_is_closed() {
        assert_eq!(
            closed_because(d(2026, 11, 23)),
            Some(Closed::Holiday("勤労感謝の日"))
        );
        assert_eq!(closed_because(d(2026, 11, 21)), Some(Closed::Weekend));
        assert_eq!(closed_because(d(2027, 1, 1)), Some(Closed::YearEnd)); // 元日 too
        assert_eq!(closed_because(d(2027, 1, 2)), Some(Closed::YearEnd)); // a Saturday too
        assert_eq!(closed_because(d(2026, 11, 24)), None);
    }

    #[test]
    fn open_days_count_only_what_offices_are_open() {
        // A card stolen on 17 Dec 2026: on 30 Dec, five calendar days are left to 4 Jan, and the
        // office is open on one of them.
        assert_eq!(open_days_between(d(2026, 12, 30), d(2027, 1, 4)), 1);
        assert_eq!(open_days_between(d(2026, 11, 16), d(2026, 11, 24)), 6);
        assert_eq!(open_days_between(d(2026, 11, 25), d(2026, 11, 24)), 0);
    }

    #[test]
    fn the_one_off_years_differ_from_the_rules() {
        // Proves the test above would notice a difference: 2019–2021 are not reproduced.
        for year in 2019..=2021 {
            assert_ne!(computed::holidays(year), table::holidays_in(year), "{year}");
        }
    }

    #[test]
    fn closed_days() {
        assert!(is_office_closed(d(2026, 11, 23))); // 勤労感謝の日, Monday
        assert!(is_office_closed(d(2026, 10, 17))); // Saturday
        assert!(is_office_closed(d(2026, 10, 18))); // Sunday
        assert!(is_office_closed(d(2026, 12, 29))); // year-end closure, Tuesday
        assert!(is_office_closed(d(2027, 1, 3))); // new-year closure
        assert!(!is_office_closed(d(2027, 1, 4))); // Monday, open
        assert!(!is_office_closed(d(2026, 12, 28))); // Monday, open
        assert!(is_office_closed(d(2032, 9, 21))); // 国民の休日 (computed)
        assert!(is_office_closed(d(2029, 2, 12))); // 振替休日 for Sunday Feb 11 (computed)
        assert!(!is_office_closed(d(2029, 2, 13)));
    }

    #[test]
    fn rolling_to_an_open_day() {
        assert_eq!(open_day_on_or_after(d(2026, 10, 15)), d(2026, 10, 15));
        assert_eq!(next_open_day(d(2026, 10, 15)), d(2026, 10, 16));
        assert_eq!(open_day_on_or_after(d(2026, 12, 31)), d(2027, 1, 4));
        assert_eq!(open_day_on_or_after(d(2026, 5, 2)), d(2026, 5, 7)); // Golden Week + 振替休日
        assert_eq!(next_open_day(d(2026, 4, 28)), d(2026, 4, 30)); // over 昭和の日
    }

    #[test]
    fn year_end_closure_bounds() {
        assert!(!is_year_end_closure(d(2026, 12, 28)));
        assert!(is_year_end_closure(d(2026, 12, 29)));
        assert!(is_year_end_closure(d(2027, 1, 3)));
        assert!(!is_year_end_closure(d(2027, 1, 4)));
    }
}
