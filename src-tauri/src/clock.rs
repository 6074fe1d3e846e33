//! The app's "today": the Japan date, read from the system clock.
//!
//! Debug builds accept `ZAIRYU_FAKE_TODAY=YYYY-MM-DD` so the end-to-end journeys can pin the date
//! and keep meaning the same thing as time passes. Release builds ignore it.

use chrono::NaiveDate;
use zairyu_domain::jst;

/// Today's date in Japan (JST), whatever the device's time zone.
pub fn today() -> NaiveDate {
    #[cfg(debug_assertions)]
    if let Some(day) = std::env::var("ZAIRYU_FAKE_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
    {
        return day;
    }
    jst::today()
}
