//! The app lock: its state, setting and removing the PIN, unlocking (with the PIN, or with a
//! fingerprint or the face on a phone), and the app going to the background and coming back.
//! The core keeps the rules (`zairyu_core::lock`); the PIN's hash is slow on purpose, so the
//! commands that hash are `async` (off the main thread).

use tauri::{AppHandle, Manager, Runtime, State};
use zairyu_core::lock::LockStatus;
use zairyu_core::{AppError, UiError};

use crate::device_unlock::{self, Outcome};
use crate::state::AppState;

fn status<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<LockStatus, UiError> {
    let device = device_unlock::available(app);
    state.run_even_locked(|core, clock| Ok(core.lock_status(device, clock)))
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
    state.run(|core, _| core.set_lock(&pin, &repeat, after))?;
    status(&app, &state)
}

/// Changes the seconds in the background after which the PIN is asked again.
#[tauri::command]
pub async fn set_lock_after<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    after: u32,
) -> Result<LockStatus, UiError> {
    state.run(|core, _| core.set_lock_after(after))?;
    status(&app, &state)
}

/// Turns the lock off; takes the PIN.
#[tauri::command]
pub async fn remove_lock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pin: String,
) -> Result<LockStatus, UiError> {
    state.run(|core, clock| core.remove_lock(&pin, clock))?;
    status(&app, &state)
}

/// "Not now" to the offer of a lock.
#[tauri::command]
pub async fn dismiss_lock_offer<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<LockStatus, UiError> {
    state.run(|core, _| core.dismiss_lock_offer())?;
    status(&app, &state)
}

/// Unlocks with the PIN, or, without one (`pin` null), with the device's fingerprint or face
/// check (Android, iOS); elsewhere the device cannot, and the PIN stays the way in. Both wait
/// (the PIN's hash on purpose, the system's prompt for the user), so both run on the blocking
/// pool, not on an async worker. "Use PIN" or "Cancel" on the system's prompt is no error: the
/// answer is the lock still locked, and the lock screen goes to the PIN field.
#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pin: Option<String>,
) -> Result<LockStatus, UiError> {
    let handle = app.clone();
    let unlocked = tauri::async_runtime::spawn_blocking(move || {
        let state = handle.state::<AppState>();
        let Some(pin) = pin else {
            let prompt = device_unlock::Prompt::in_language(&state.core);
            return match device_unlock::confirm(&handle, prompt) {
                Outcome::Unlocked => state.run_even_locked(|core, _| core.unlock_by_device()),
                Outcome::UsePin => Ok(()),
                Outcome::Refused(e) => Err(state.core.explain(e.into())),
            };
        };
        state.run_even_locked(|core, clock| core.unlock(&pin, clock))
    })
    .await
    .map_err(|_| state.core.explain(AppError::Device("unlock".into())))?;
    unlocked?;
    status(&app, &state)
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
