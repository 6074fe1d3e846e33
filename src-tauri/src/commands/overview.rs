//! The first screen's facts: today in Japan, the deadline if the card were lost today, and a calm
//! notice when notifications are refused while reminders wait.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::deadline;

use crate::clock;
use crate::commands::reminders::denied_notice;
use crate::error::UiError;
use crate::reminders::sink;
use crate::state::AppState;
use crate::view::{DateView, Viewer};

/// What the first screen shows.
#[derive(Debug, Serialize)]
pub struct TodayOverview {
    /// Today's date in Japan (JST), whatever the device's time zone.
    pub today: DateView,
    /// The last day to apply if the loss were learned of today.
    pub deadline_if_lost_today: DateView,
    /// When notifications are refused while reminders are on and waiting: a calm line saying so
    /// (the app works without them).
    pub reminders_notice: Option<String>,
}

/// Today in Japan and the deadline that a loss learned of today would have. `async` because it
/// asks the notification plugin (on mobile, not to be waited for on the main thread).
#[tauri::command]
pub async fn today_overview<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<TodayOverview, UiError> {
    let today = clock::today();
    let lang = state.lang();
    let viewer = Viewer::new(&lang);
    Ok(TodayOverview {
        today: viewer.date(today),
        deadline_if_lost_today: viewer.date(deadline::legal_deadline(today)),
        reminders_notice: denied_notice(&state, sink::permission(&app)),
    })
}
