//! The holder's age, for the rules that differ under 16 (who applies, whether a photo is needed).

use chrono::{Datelike, NaiveDate};

use crate::case::Case;

/// Age in whole years on `day` for someone born on `birth`. By 年齢計算ニ関スル法律 and 民法 第143条
/// a year of age is completed at the end of the day before the birthday, so the person has the
/// new age for the whole of the birthday; someone born on Feb 29 has it on Mar 1 in a common
/// year. 0 when `day` is before `birth`.
pub fn on(birth: NaiveDate, day: NaiveDate) -> u32 {
    if day < birth {
        return 0;
    }
    let years = day.year() - birth.year();
    let had_birthday = (day.month(), day.day()) >= birthday_in(birth, day.year());
    let age = if had_birthday { years } else { years - 1 };
    u32::try_from(age).unwrap_or(0)
}

/// The (month, day) on which the age goes up in `year`: the birthday, or Mar 1 for a Feb 29
/// birthday in a common year.
fn birthday_in(birth: NaiveDate, year: i32) -> (u32, u32) {
    if (birth.month(), birth.day()) == (2, 29) && NaiveDate::from_ymd_opt(year, 2, 29).is_none() {
        (3, 1)
    } else {
        (birth.month(), birth.day())
    }
}

/// The day whose age decides the under-16 rules: the day of application when the case records it,
/// else `today`. The rules are about the application — who stands at the counter, whether a
/// photo goes with the form (docs/rules.md §4, §5) — and it is made from today on, so today's age is
/// the best estimate; the age on the day of learning would be wrong for a child who has turned 16
/// since. A child turning 16 before the deadline gets a note (`plan-note-turns-16`).
pub fn deciding_day(case: &Case, today: NaiveDate) -> NaiveDate {
    case.applied_on.unwrap_or(today)
}

/// The day the holder born on `birth` turns 16.
pub fn sixteenth_birthday(birth: NaiveDate) -> NaiveDate {
    let year = birth.year() + crate::rules::PROXY_AGE as i32;
    let (month, day) = birthday_in(birth, year);
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(birth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ages() {
        assert_eq!(on(d(2010, 10, 5), d(2026, 10, 4)), 15);
        assert_eq!(on(d(2010, 10, 5), d(2026, 10, 5)), 16);
        assert_eq!(on(d(2012, 2, 29), d(2028, 2, 28)), 15);
        assert_eq!(on(d(2012, 2, 29), d(2028, 2, 29)), 16);
        assert_eq!(on(d(2011, 2, 28), d(2027, 2, 28)), 16);
        assert_eq!(on(d(2008, 2, 29), d(2024, 2, 29)), 16);
        assert_eq!(on(d(2009, 2, 28), d(2025, 2, 27)), 15);
        assert_eq!(on(d(2026, 1, 1), d(2025, 1, 1)), 0);
    }

    #[test]
    fn leap_day_birthdays_turn_16_on_march_1_in_common_years() {
        assert_eq!(sixteenth_birthday(d(2011, 2, 28)), d(2027, 2, 28));
        assert_eq!(sixteenth_birthday(d(2012, 2, 29)), d(2028, 2, 29));
        assert_eq!(sixteenth_birthday(d(2016, 2, 29)), d(2032, 2, 29));
        assert_eq!(sixteenth_birthday(d(2004, 2, 29)), d(2020, 2, 29));
        // 16 years after a leap year is a leap year (until 2100), so the Mar 1 rule shows at
        // other ages: born 2016-02-29, still 16 on 2033-02-28, 17 on Mar 1.
        assert_eq!(on(d(2016, 2, 29), d(2033, 2, 28)), 16);
        assert_eq!(on(d(2016, 2, 29), d(2033, 3, 1)), 17);
    }
}
