//! The first screen's facts: today in Japan, and the deadline if the card were lost today.

use chrono::NaiveDate;
use serde::Serialize;
use zairyu_domain::deadline;

use crate::clock;

/// What the first screen shows.
#[derive(Debug, Serialize)]
pub struct TodayOverview {
    /// Today's date in Japan (JST), whatever the device's time zone.
    pub today: NaiveDate,
    /// The last day to apply if the loss were learned of today.
    pub deadline_if_lost_today: NaiveDate,
}

/// Today in Japan and the deadline that a loss learned of today would have.
#[tauri::command]
pub fn today_overview() -> TodayOverview {
    let today = clock::today();
    TodayOverview {
        today,
        deadline_if_lost_today: deadline::legal_deadline(today),
    }
}
