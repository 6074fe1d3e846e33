//! National holidays computed from the rules of the 国民の祝日に関する法律, for the years after the
//! Cabinet Office table. Hand-written: no maintained crate computes Japan's holidays from the
//! current law *and* can be checked against the official table here.
//!
//! Valid from 2007 (when the current 振替休日 rule, 昭和の日 and the fixed みどりの日 took effect)
//! to 2099 (the limit of the equinox formula), except the one-off years 2019–2021 (enthronement,
//! Olympic moves), which only the table gets right. The app uses these rules only after the table.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("holiday rules build valid dates")
}

/// The `n`-th Monday of a month (ハッピーマンデー).
fn nth_monday(year: i32, month: u32, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, n)
        .expect("every month has a 3rd Monday")
}

/// The day of March of the vernal equinox day (春分の日), by the standard approximation
/// `floor(20.8431 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4))`, valid 1980–2099. Computed in
/// millionths of a day with integers, so no floating-point rounding can move a day.
pub fn vernal_equinox_day(year: i32) -> u32 {
    equinox_day(20_843_100, year)
}

/// The day of September of the autumnal equinox day (秋分の日), by
/// `floor(23.2488 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4))`, valid 1980–2099.
pub fn autumnal_equinox_day(year: i32) -> u32 {
    equinox_day(23_248_800, year)
}

fn equinox_day(base_micro: i64, year: i32) -> u32 {
    let y = i64::from(year - 1980);
    let micro = base_micro + 242_194 * y - 1_000_000 * y.div_euclid(4);
    u32::try_from(micro.div_euclid(1_000_000)).expect("an equinox day is a day of the month")
}

/// The 国民の祝日 of `year` named in 第2条, with their names (before substitute and citizens'
/// holidays).
fn named_holidays(year: i32) -> BTreeMap<NaiveDate, &'static str> {
    let sports_day = if year >= 2020 {
        "スポーツの日"
    } else {
        "体育の日"
    };
    let mut days = BTreeMap::from([
        (date(year, 1, 1), "元日"),
        (nth_monday(year, 1, 2), "成人の日"),
        (date(year, 2, 11), "建国記念の日"),
        (date(year, 3, vernal_equinox_day(year)), "春分の日"),
        (date(year, 4, 29), "昭和の日"),
        (date(year, 5, 3), "憲法記念日"),
        (date(year, 5, 4), "みどりの日"),
        (date(year, 5, 5), "こどもの日"),
        (nth_monday(year, 7, 3), "海の日"),
        (nth_monday(year, 9, 3), "敬老の日"),
        (date(year, 9, autumnal_equinox_day(year)), "秋分の日"),
        (nth_monday(year, 10, 2), sports_day),
        (date(year, 11, 3), "文化の日"),
        (date(year, 11, 23), "勤労感謝の日"),
    ]);
    // 天皇誕生日: Dec 23 until 2018, none in 2019, Feb 23 from 2020.
    if year <= 2018 {
        days.insert(date(year, 12, 23), "天皇誕生日");
    } else if year >= 2020 {
        days.insert(date(year, 2, 23), "天皇誕生日");
    }
    // 山の日 from 2016.
    if year >= 2016 {
        days.insert(date(year, 8, 11), "山の日");
    }
    days
}

/// What the Cabinet Office table calls a 振替休日 or a 国民の休日: 「休日」.
const OTHER_HOLIDAY: &str = "休日";

/// All national holidays of `year` with their names, in order: the named ones, the citizens'
/// holidays (第3条 第3項: a day that is not a named holiday between two named holidays) and the
/// substitute holidays (第3条 第2項: a named holiday on a Sunday makes the nearest following day
/// that is not a holiday a holiday), the last two named 「休日」 as in the table.
pub fn named(year: i32) -> BTreeMap<NaiveDate, &'static str> {
    let named = named_holidays(year);
    let mut all = named.clone();
    for &day in named.keys() {
        let Some(next) = day.checked_add_days(Days::new(1)) else {
            continue;
        };
        let Some(after) = day.checked_add_days(Days::new(2)) else {
            continue;
        };
        if !named.contains_key(&next) && named.contains_key(&after) {
            all.insert(next, OTHER_HOLIDAY); // 国民の休日
        }
    }
    for &day in named.keys() {
        if day.weekday() == Weekday::Sun {
            let mut substitute = day + Days::new(1);
            while all.contains_key(&substitute) {
                substitute = substitute + Days::new(1);
            }
            all.insert(substitute, OTHER_HOLIDAY); // 振替休日
        }
    }
    all.retain(|d, _| d.year() == year);
    all
}

/// All national holidays of `year`, in order (see [`named`]).
pub fn holidays(year: i32) -> Vec<NaiveDate> {
    named(year).into_keys().collect()
}

/// Whether `date` is a national holiday under the computed rules.
pub fn is_holiday(date: NaiveDate) -> bool {
    holidays(date.year()).contains(&date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equinoxes_match_the_published_dates() {
        // 2028–2035 as computed by the National Astronomical Observatory's method.
        let vernal = [20, 20, 20, 21, 20, 20, 20, 21];
        let autumnal = [22, 23, 23, 23, 22, 23, 23, 23];
        for (i, year) in (2028..=2035).enumerate() {
            assert_eq!(vernal_equinox_day(year), vernal[i], "vernal {year}");
            assert_eq!(autumnal_equinox_day(year), autumnal[i], "autumnal {year}");
        }
    }

    #[test]
    fn citizens_holiday_in_2032() {
        // 敬老の日 Mon Sep 20, 秋分の日 Wed Sep 22 → Tue Sep 21 is a 国民の休日.
        assert!(is_holiday(date(2032, 9, 21)));
        assert!(!is_holiday(date(2032, 9, 23)));
    }

    #[test]
    fn substitute_after_golden_week_sunday() {
        // 2032: May 3 Mon, 4 Tue, 5 Wed — none on Sunday; 2037: May 3 Sun → May 6 Wed.
        assert!(is_holiday(date(2037, 5, 6)));
        assert!(!is_holiday(date(2032, 5, 6)));
    }
}
