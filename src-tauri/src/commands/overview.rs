//! The first screen's facts: today in Japan, and the deadline if the card were lost today.

use serde::Serialize;
use tauri::State;
use zairyu_domain::deadline;

use crate::clock;
use crate::state::AppState;
use crate::view::{DateView, Viewer};

/// What the first screen shows.
#[derive(Debug, Serialize)]
pub struct TodayOverview {
    /// Today's date in Japan (JST), whatever the device's time zone.
    pub today: DateView,
    /// The last day to apply if the loss were learned of today.
    pub deadline_if_lost_today: DateView,
}

/// Today in Japan and the deadline that a loss learned of today would have.
#[tauri::command]
pub fn today_overview(state: State<'_, AppState>) -> TodayOverview {
    let today = clock::today();
    let lang = state.lang();
    let viewer = Viewer::new(&lang);
    TodayOverview {
        today: viewer.date(today),
        deadline_if_lost_today: viewer.date(deadline::legal_deadline(today)),
    }
}
