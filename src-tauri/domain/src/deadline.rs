//! The deadline to apply for a new card: a first, simple version (14 days, first day not counted).
//! The exact rule (closed days, re-entry) replaces it in the case-and-deadline work.

use chrono::{Days, NaiveDate};

/// Days the law gives (入管法 第19条の12 第1項).
pub const DAYS_TO_APPLY: u64 = 14;

/// The last day to apply when the loss was learned of on `learned_on` in Japan: the first day is
/// not counted (民法 第140条), so it is day 14 after it.
pub fn legal_deadline(learned_on: NaiveDate) -> NaiveDate {
    learned_on + Days::new(DAYS_TO_APPLY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learned_on_the_first_gives_the_fifteenth() {
        let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert_eq!(legal_deadline(d(10, 1)), d(10, 15));
    }
}
