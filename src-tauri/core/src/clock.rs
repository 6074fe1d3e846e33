//! "Now" as the core sees it: the Japan date and the instant, passed into every operation, so the
//! tests pass any day they need.
//!
//! Debug builds accept `ZAIRYU_FAKE_TODAY=YYYY-MM-DD` so the end-to-end journeys can pin the date
//! and keep meaning the same thing as time passes. Release builds ignore it.

use chrono::{DateTime, NaiveDate, Utc};
use zairyu_domain::jst;

/// The Japan date and the instant an operation runs at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Today's date in Japan (JST), whatever the device's time zone.
    pub today: NaiveDate,
    /// The instant (reminders fire at instants).
    pub now: DateTime<Utc>,
}

impl Clock {
    /// The system clock (with the debug builds' pinned date, if set).
    pub fn system() -> Self {
        let now = Utc::now();
        Self {
            today: pinned_today().unwrap_or_else(|| jst::date_at(now)),
            now,
        }
    }

    /// A fixed moment, for tests: `today` with the instant of 09:00 JST that day.
    pub fn on(today: NaiveDate) -> Self {
        let now = today
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or_default();
        Self { today, now }
    }
}

#[cfg(debug_assertions)]
fn pinned_today() -> Option<NaiveDate> {
    std::env::var("ZAIRYU_FAKE_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

#[cfg(not(debug_assertions))]
fn pinned_today() -> Option<NaiveDate> {
    None
}
