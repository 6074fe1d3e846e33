//! The 14 days as a picture: the months a deadline's window spans, each day with what it is —
//! the day the count starts from (not counted), day 1 to 14, why offices are closed, today, the
//! recommended day and the legal last day. The app draws these as a month table on the dashboard
//! and on the papers' summary page; what a day means is decided here, once.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::calendar::{self, Closed};
use crate::deadline::{Deadline, DAYS_TO_APPLY};

/// One day of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WindowDay {
    /// The date.
    pub date: NaiveDate,
    /// Why offices are closed, if they are.
    pub closed: Option<Closed>,
    /// Its number in the 14 days (1 to 14), if it is one of them.
    pub count: Option<u32>,
    /// The day the count starts from: the day the loss was learned of (or of re-entry).
    pub counted_from: bool,
    /// Today.
    pub today: bool,
    /// The day the app recommends going by (when it is not the legal last day).
    pub recommended: bool,
    /// The legal last day.
    pub legal_last_day: bool,
}

/// A month of the picture, as weeks from Sunday to Saturday (as Japanese calendars are drawn);
/// `None` pads the days of the first and last week outside the month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Month {
    /// The first day of the month.
    pub first: NaiveDate,
    /// The weeks, Sunday first.
    pub weeks: Vec<[Option<WindowDay>; 7]>,
}

/// How far past the legal last day today may be for the picture to reach it: later, the picture
/// shows the window alone (a month of overdue days says nothing more).
const TODAY_SHOWN_WITHIN: Days = Days::new(7);

/// The months from the one of the day the count starts from to the one of the legal last day
/// (or of today, when today is shortly after it).
pub fn months(deadline: &Deadline, today: NaiveDate) -> Vec<Month> {
    let start = deadline.counted_from;
    let mut end = deadline.legal_last_day;
    if today > end && today <= end + TODAY_SHOWN_WITHIN {
        end = today;
    }
    let mut out = Vec::new();
    let mut first = start.with_day(1).unwrap_or(start);
    while first <= end {
        out.push(month(deadline, today, first));
        first = first
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(end + Days::new(1));
    }
    out
}

fn month(deadline: &Deadline, today: NaiveDate, first: NaiveDate) -> Month {
    let mut weeks = Vec::new();
    let mut week: [Option<WindowDay>; 7] = [None; 7];
    for date in first.iter_days().take_while(|d| d.month() == first.month()) {
        let column = date.weekday().num_days_from_sunday() as usize;
        week[column] = Some(day(deadline, today, date));
        if column == 6 {
            weeks.push(week);
            week = [None; 7];
        }
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    Month { first, weeks }
}

fn day(deadline: &Deadline, today: NaiveDate, date: NaiveDate) -> WindowDay {
    let offset = (date - deadline.counted_from).num_days();
    let count = u32::try_from(offset)
        .ok()
        .filter(|n| (1..=DAYS_TO_APPLY as u32).contains(n));
    WindowDay {
        date,
        closed: calendar::closed_because(date),
        count,
        counted_from: date == deadline.counted_from,
        today: date == today,
        recommended: date == deadline.recommended_day
            && deadline.recommended_day != deadline.legal_last_day,
        legal_last_day: date == deadline.legal_last_day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{CardKind, Case, Incident};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn lost(learned_on: NaiveDate) -> Case {
        Case::new(CardKind::ResidenceCard, Incident::Lost, learned_on)
    }

    fn all_days(months: &[Month]) -> Vec<WindowDay> {
        months
            .iter()
            .flat_map(|m| m.weeks.iter().flatten().flatten().copied())
            .collect()
    }

    #[test]
    fn the_journeys_case_shows_its_holiday_and_its_last_day() {
        let today = d(2026, 11, 12);
        let deadline = crate::deadline::for_case(&lost(d(2026, 11, 9)), today).unwrap();
        let months = months(&deadline, today);
        assert_eq!(months.len(), 1, "9 to 24 Nov: one month");
        let days = all_days(&months);
        assert_eq!(days.len(), 30);
        let on = |date| days.iter().find(|x| x.date == date).copied().unwrap();
        assert!(on(d(2026, 11, 9)).counted_from);
        assert_eq!(
            on(d(2026, 11, 9)).count,
            None,
            "the first day is not counted"
        );
        assert_eq!(on(d(2026, 11, 10)).count, Some(1));
        assert_eq!(on(d(2026, 11, 23)).count, Some(14));
        assert_eq!(
            on(d(2026, 11, 23)).closed,
            Some(Closed::Holiday("勤労感謝の日"))
        );
        assert!(on(d(2026, 11, 24)).legal_last_day);
        assert_eq!(on(d(2026, 11, 24)).count, None, "moved past day 14");
        assert!(
            on(d(2026, 11, 20)).recommended,
            "the last open day up to day 14"
        );
        assert!(on(d(2026, 11, 12)).today);
        // 1 Nov 2026 is a Sunday: the first week starts full.
        assert_eq!(months[0].weeks[0][0].unwrap().date, d(2026, 11, 1));
    }

    #[test]
    fn a_window_across_the_new_year_is_two_months_with_the_closure() {
        let today = d(2026, 12, 30);
        let deadline = crate::deadline::for_case(&lost(d(2026, 12, 17)), today).unwrap();
        assert_eq!(deadline.days_left, 5);
        assert_eq!(deadline.open_days_left, 1);
        let months = months(&deadline, today);
        assert_eq!(
            months.iter().map(|m| m.first).collect::<Vec<_>>(),
            [d(2026, 12, 1), d(2027, 1, 1)]
        );
        let days = all_days(&months);
        let closed_year_end = days
            .iter()
            .filter(|x| x.closed == Some(Closed::YearEnd))
            .count();
        assert_eq!(closed_year_end, 6, "29 Dec to 3 Jan");
        assert!(days
            .iter()
            .any(|x| x.legal_last_day && x.date == d(2027, 1, 4)));
    }

    #[test]
    fn long_after_the_deadline_the_picture_is_the_window_alone() {
        let today = d(2027, 3, 1);
        let deadline = crate::deadline::for_case(&lost(d(2026, 11, 9)), today).unwrap();
        assert_eq!(months(&deadline, today).len(), 1);
        assert_eq!(deadline.open_days_left, 0);
    }
}
