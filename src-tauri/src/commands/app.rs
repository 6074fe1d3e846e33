//! The app's frame (language, the UI's strings, the limits), the first screen, and dates echoed
//! as the app writes them.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::frame::{AppInfo, TodayOverview};
use zairyu_core::view::DateView;
use zairyu_core::UiError;

use crate::reminders::sink;
use crate::state::AppState;

/// The frame of the app. At first start the language follows the device (`device_languages`,
/// the webview's `navigator.languages`). Open while locked: the frame holds nothing personal.
#[tauri::command]
pub fn app_info(
    state: State<'_, AppState>,
    device_languages: Vec<String>,
) -> Result<AppInfo, UiError> {
    state.run_even_locked(|core, clock| core.app_info(&device_languages, clock))
}

/// Switches the language at any moment; returns the frame in the new language. Scheduled
/// notifications carry their words, so they are rescheduled in the new language. Open while
/// locked, so the lock screen can be read.
#[tauri::command]
pub fn set_language<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    code: String,
) -> Result<AppInfo, UiError> {
    state.change_even_locked(&app, |core, clock| core.set_language(&code, clock))
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

/// Says the first screen is painted (the UI calls it once, after the home screen's first frame).
/// With `ZAIRYU_READY_FILE` set (`scripts/start-bench.sh`) the wall-clock time goes to that file,
/// in nanoseconds since 1970; otherwise nothing happens. No personal data.
#[tauri::command]
pub fn first_paint() {
    let Some(file) = std::env::var_os("ZAIRYU_READY_FILE") else {
        return;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let _ = std::fs::write(file, nanos.to_string());
}
