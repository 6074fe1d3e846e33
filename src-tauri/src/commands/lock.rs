//! The app lock: its state, setting and removing the PIN, unlocking (with the PIN, or with a
//! fingerprint or the face on a phone), and the app going to the background and coming back.
//! The core keeps the rules (`zairyu_core::lock`); the PIN's hash is slow on purpose, so the
//! commands that hash are `async` (off the main thread).

use tauri::{AppHandle, Runtime, State};
use zairyu_core::lock::{LockError, LockStatus};
use zairyu_core::{AppError, Clock, Core, UiError};

use crate::device_unlock::{self, Outcome};
use crate::state::AppState;

fn status<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<LockStatus, UiError> {
    let device = device_unlock::available(app);
    state.run_even_locked(|core, clock| Ok(core.lock_status(device, clock)))
}

/// Runs a change to the lock's settings (refused while locked), then answers with the lock as
/// the screens show it.
fn change_then_status<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    op: impl FnOnce(&Core, &Clock) -> Result<(), AppError>,
) -> Result<LockStatus, UiError> {
    state.run(op)?;
    status(app, state)
}

/// The lock as the screens show it (open while locked: nothing personal in it).
#[tauri::command]
pub async fn lock_status<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<LockStatus, UiError> {
    status(&app, &state)
}

/// Sets the PIN (`pin` twice) and the seconds in the background after which it is asked again.
#[tauri::command]
pub async fn set_lock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pin: String,
    repeat: String,
    after: u32,
) -> Result<LockStatus, UiError> {
    change_then_status(&app, &state, |core, _| core.set_lock(&pin, &repeat, after))
}

/// Changes the seconds in the background after which the PIN is asked again.
#[tauri::command]
pub async fn set_lock_after<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    after: u32,
) -> Result<LockStatus, UiError> {
    change_then_status(&app, &state, |core, _| core.set_lock_after(after))
}

/// Turns the lock off; takes the PIN.
#[tauri::command]
pub async fn remove_lock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pin: String,
) -> Result<LockStatus, UiError> {
    change_then_status(&app, &state, |core, clock| core.remove_lock(&pin, clock))
}

/// "Not now" to the offer of a lock.
#[tauri::command]
pub async fn dismiss_lock_offer<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<LockStatus, UiError> {
    change_then_status(&app, &state, |core, _| core.dismiss_lock_offer())
}

/// Unlocks with the PIN, or, without one (`pin` null), with the device's fingerprint or face
/// check (Android, iOS); elsewhere the device cannot, and the PIN stays the way in. "Use PIN" or
/// "Cancel" on the system's prompt is no error: the answer is the lock still locked, and the lock
/// screen goes to the PIN field.
#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pin: Option<String>,
) -> Result<LockStatus, UiError> {
    match pin {
        Some(pin) => state.run_even_locked(|core, clock| core.unlock(&pin, clock))?,
        None => match device_check(&app, &state).await {
            Outcome::Unlocked => state.run_even_locked(|core, _| core.unlock_by_device())?,
            Outcome::UsePin => {}
            Outcome::Refused(e) => return Err(state.core.explain(e.into())),
        },
    }
    status(&app, &state)
}

/// The device's fingerprint or face check. It waits for the user, so it runs on the blocking
/// pool: an async worker is not held for the whole prompt.
#[cfg(mobile)]
async fn device_check<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Outcome {
    let prompt = device_unlock::Prompt::in_language(&state.core);
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || device_unlock::confirm(&app, prompt))
        .await
        .unwrap_or(Outcome::Refused(LockError::DeviceUnlockFailed))
}

/// No such check on the desktop (and no prompt to wait for).
#[cfg(not(mobile))]
async fn device_check<R: Runtime>(_app: &AppHandle<R>, _state: &AppState) -> Outcome {
    Outcome::Refused(LockError::DeviceUnlockUnavailable)
}

/// The app went to the background (`visible` false: its page was hidden) or is in front again
/// (true): then it may have locked meanwhile.
#[tauri::command]
pub async fn app_visibility<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    visible: bool,
) -> Result<LockStatus, UiError> {
    state.run_even_locked(|core, clock| {
        if visible {
            core.app_shown(clock);
        } else {
            core.app_hidden(clock);
        }
        Ok(())
    })?;
    status(&app, &state)
}
