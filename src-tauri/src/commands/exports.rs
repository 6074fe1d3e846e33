//! What the user does with a file they saved (the papers, a copy of their data, the reminders):
//! open it in a viewer to print it, or hand it to the share sheet, where the platform has them
//! ([`crate::exports::ACTIONS`]). Each answer says what happened, in the user's language.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::{AppError, UiError};

use crate::exports;
use crate::state::AppState;

/// Opens the file last saved under `key` in the device's viewer, to print it. Only a file this
/// app saved in this run can be opened this way.
#[tauri::command]
pub async fn open_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    key: String,
) -> Result<String, UiError> {
    let saved = state.saved(&key)?;
    if !saved.kind.actions().open {
        return Err(state.core.explain(AppError::Device("open".into())));
    }
    let opened = exports::open(&app, &saved).await;
    state.run(|core, _| opened.map(|()| core.tr_id("ui-open-done")))
}

/// Hands the file last saved under `key` to the share sheet (save elsewhere, print, mail) and
/// says what happened: shared, cancelled, or (where the platform does not tell) that the sheet
/// was shown. One share at a time: another is refused while this one's call has not returned.
/// Registered only where there is a share sheet (Android, iOS, macOS).
#[cfg_attr(not(any(mobile, target_os = "macos")), allow(dead_code))]
#[tauri::command]
pub async fn share_export<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    state: State<'_, AppState>,
    key: String,
) -> Result<String, UiError> {
    let saved = state.saved(&key)?;
    let _turn = state.share_turn()?;
    let shared = exports::share(window, &saved).await;
    state.run(|core, _| shared.map(|s| core.tr_id(s.message_id())))
}
