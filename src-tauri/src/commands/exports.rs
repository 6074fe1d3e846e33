//! What the user does with a file they saved (the papers, a copy of their data, the reminders):
//! open it in a viewer to print it, or hand it to the share sheet, where the platform has them
//! ([`exports::ACTIONS`]). Each answer says what happened, in the user's language.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::text::Text;

use crate::error::{AppError, UiError};
use crate::exports::{self, Actions, Saved};
use crate::state::AppState;

/// A file just saved, as the screen that saved it shows it.
#[derive(Debug, Serialize)]
pub struct SavedView {
    /// The key to open or share it with (`papers:<case id>`, `data`, `calendar`).
    pub key: String,
    /// "Saved: …", in words.
    pub message: String,
    /// Where it is: a path on the desktop and iOS, the Downloads place on Android.
    pub path: String,
    /// What this platform can do with it next.
    pub actions: Actions,
    /// Its size in bytes.
    pub bytes: usize,
}

/// Remembers `saved` under `key` and says where it went with `message` (a text whose `$path` is
/// the place, and `$size` the size in KB).
pub(crate) fn remember(
    state: &AppState,
    key: &str,
    saved: Saved,
    message: &str,
    bytes: usize,
) -> SavedView {
    let place = state.tr(&saved.place);
    let view = SavedView {
        key: key.to_owned(),
        message: state.tr(&Text::new(message)
            .str("path", place.clone())
            .int("size", bytes.div_ceil(1024) as i64)),
        path: saved
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or(place),
        actions: saved.kind.actions(),
        bytes,
    };
    state.set_saved(key, saved);
    view
}

fn last(state: &AppState, key: &str) -> Result<Saved, UiError> {
    state
        .saved(key)
        .ok_or_else(|| state.explain(AppError::NotFound("file")))
}

/// Opens the file last saved under `key` in the device's viewer, to print it. Only a file this
/// app saved in this run can be opened this way.
#[tauri::command]
pub async fn open_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    key: String,
) -> Result<String, UiError> {
    let saved = last(&state, &key)?;
    if !saved.kind.actions().open {
        return Err(state.explain(AppError::Device("open".into())));
    }
    exports::open(&app, &saved)
        .await
        .map_err(|e| state.explain(e))?;
    Ok(state.tr_id("ui-open-done"))
}

/// Hands the file last saved under `key` to the share sheet (save elsewhere, print, mail) and
/// says what happened: shared, cancelled, or (where the platform does not tell) that the sheet
/// was shown. Registered only where there is a share sheet (Android, iOS, macOS).
#[cfg_attr(not(any(mobile, target_os = "macos")), allow(dead_code))]
#[tauri::command]
pub async fn share_export<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    state: State<'_, AppState>,
    key: String,
) -> Result<String, UiError> {
    let saved = last(&state, &key)?;
    let shared = exports::share(window, &saved)
        .await
        .map_err(|e| state.explain(e))?;
    Ok(state.tr_id(shared.message_id()))
}
