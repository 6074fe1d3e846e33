//! Unlocking with the device's own check of its owner: a fingerprint or the face, through the
//! official biometric plugin (tauri-plugin-biometric 2.x, Android `BiometricPrompt` and iOS
//! `LocalAuthentication`, registered on those platforms only). The desktop has no such check
//! here: the PIN is the way in. Nothing personal reaches the plugin; the prompt says only
//! "Unlock Zairyu Card Helper" in the user's language.

use tauri::{AppHandle, Runtime};
use zairyu_core::lock::LockError;

/// Whether this device can unlock with a fingerprint or the face now (enrolled and allowed).
#[cfg(mobile)]
pub fn available<R: Runtime>(app: &AppHandle<R>) -> bool {
    use tauri_plugin_biometric::BiometricExt;
    app.biometric().status().is_ok_and(|s| s.is_available)
}

/// Whether this device can unlock with a fingerprint or the face: not on the desktop.
#[cfg(not(mobile))]
pub fn available<R: Runtime>(_app: &AppHandle<R>) -> bool {
    false
}

/// Asks the system for the owner's fingerprint or face, with `reason` on its prompt. The
/// device's own passcode is not offered instead: the app's PIN is the fallback.
#[cfg(mobile)]
pub fn confirm<R: Runtime>(app: &AppHandle<R>, reason: String) -> Result<(), LockError> {
    use tauri_plugin_biometric::{AuthOptions, BiometricExt};
    if !available(app) {
        return Err(LockError::DeviceUnlockUnavailable);
    }
    let options = AuthOptions {
        allow_device_credential: false,
        ..AuthOptions::default()
    };
    app.biometric()
        .authenticate(reason, options)
        .map_err(|_| LockError::DeviceUnlockFailed)
}

/// Asks the system for the owner's fingerprint or face: not on the desktop.
#[cfg(not(mobile))]
pub fn confirm<R: Runtime>(_app: &AppHandle<R>, _reason: String) -> Result<(), LockError> {
    Err(LockError::DeviceUnlockUnavailable)
}
