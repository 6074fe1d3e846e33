//! The app's frame (language, the UI's strings, the limits), the first screen, and dates echoed
//! as the app writes them.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::frame::{AppInfo, TodayOverview};
use zairyu_core::view::DateView;
use zairyu_core::UiError;

use crate::reminders::sink;
use crate::state::AppState;

/// The frame of the app. At first start the language follows the device (`device_languages`,
/// the webview's `navigator.languages`).
#[tauri::command]
pub fn app_info(
    state: State<'_, AppState>,
    device_languages: Vec<String>,
) -> Result<AppInfo, UiError> {
    state.run(|core, clock| core.app_info(&device_languages, clock))
}

/// Switches the language at any moment; returns the frame in the new language. Scheduled
/// notifications carry their words, so they are rescheduled in the new language.
#[tauri::command]
pub fn set_language<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    code: String,
) -> Result<AppInfo, UiError> {
    state.change(&app, |core, clock| core.set_language(&code, clock))
}

/// A date the user picked, in their language and in Japanese (`iso` is `YYYY-MM-DD`).
#[tauri::command]
pub fn date_view(state: State<'_, AppState>, iso: String) -> Result<DateView, UiError> {
    state.run(|core, _| core.date_view(&iso))
}

/// Today in Japan and the deadline that a loss learned of today would have. `async` because it
/// asks the notification plugin (on mobile, not to be waited for on the main thread).
#[tauri::command]
pub async fn today_overview<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<TodayOverview, UiError> {
    state.run(|core, clock| Ok(core.today_overview(sink::permission(&app), clock)))
}
