//! Unlocking with the device's own check of its owner: a fingerprint or the face, through the
//! official biometric plugin (tauri-plugin-biometric 2.5, Android `BiometricPrompt` and iOS
//! `LocalAuthentication`, registered on those platforms only). The desktop has no such check
//! here: the PIN is the way in. Nothing personal reaches the plugin.
//!
//! What its Kotlin and Swift do unless told otherwise, and what is told here:
//! - Android titles the prompt "Fingerprint Authentication", labels its button "Cancel" (both in
//!   English) and asks for a confirmation tap after a face is recognised: the title and the
//!   button come in the user's language, the button says "Use PIN", no confirmation.
//! - iOS offers "Enter Password" after a failed match, which answers `userFallback`, not the
//!   passcode: the fallback button says "Use PIN", and it and "Cancel" lead to the PIN field.
//! - iOS reads whether Face ID / Touch ID can be used once, when the plugin starts: the app asks
//!   `LAContext` again each time the lock screen is drawn ([`available`]).
//! - The device's own passcode is never offered instead: the app's PIN is the fallback.

use tauri::{AppHandle, Runtime};
use zairyu_core::lock::LockError;
use zairyu_core::Core;

/// The words on the system's prompt, in the user's language.
#[derive(Debug, Clone)]
pub struct Prompt {
    /// "Unlock Zairyu Card Helper": the title on Android, the reason iOS shows.
    pub title: String,
    /// The line under the title (Android).
    pub description: String,
    /// "Use PIN": Android's one button, iOS's fallback button.
    pub use_pin: String,
    /// "Cancel" (iOS).
    pub cancel: String,
}

impl Prompt {
    /// The prompt's words in the user's language.
    pub fn in_language(core: &Core) -> Self {
        Self {
            title: core.tr_id("lock-device-reason"),
            description: core.tr_id("lock-device-description"),
            use_pin: core.tr_id("lock-device-use-pin"),
            cancel: core.tr_id("lock-device-cancel"),
        }
    }
}

/// What the device's check came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The owner was recognised.
    Unlocked,
    /// The user chose the PIN ("Use PIN", "Cancel") or the system closed the prompt (a call, the
    /// screen turned off): the lock screen puts the cursor in the PIN field, with no error.
    UsePin,
    /// Not recognised, or the check cannot be used now (locked out after too many tries, no
    /// enrolled finger or face, Face ID refused for this app): said, then the PIN field.
    Refused(LockError),
}

/// The plugin's rejection code in the app's terms. Android and iOS use the same codes
/// (`BiometricPlugin.kt`'s `biometryErrorCodeMap`, `BiometricPlugin.swift`'s
/// `authenticationErrorCodeMap`); anything else counts as not recognised.
pub fn outcome_of_code(code: Option<&str>) -> Outcome {
    match code {
        Some("userCancel" | "userFallback" | "systemCancel" | "appCancel") => Outcome::UsePin,
        Some(
            "biometryLockout"
            | "biometryNotAvailable"
            | "biometryNotEnrolled"
            | "passcodeNotSet"
            | "notInteractive",
        ) => Outcome::Refused(LockError::DeviceUnlockUnavailable),
        _ => Outcome::Refused(LockError::DeviceUnlockFailed),
    }
}

/// Whether this device can unlock with a fingerprint or the face now (enrolled and allowed),
/// asked afresh at every call: Android's plugin asks `BiometricManager` each time; iOS's answers
/// what it saw at start, so `LAContext` is asked again too.
#[cfg(mobile)]
pub fn available<R: Runtime>(app: &AppHandle<R>) -> bool {
    use tauri_plugin_biometric::BiometricExt;
    let plugin = app.biometric().status().is_ok_and(|s| s.is_available);
    #[cfg(target_os = "ios")]
    let plugin = plugin && ios_can_use_biometrics();
    plugin
}

/// Whether this device can unlock with a fingerprint or the face: not on the desktop.
#[cfg(not(mobile))]
pub fn available<R: Runtime>(_app: &AppHandle<R>) -> bool {
    false
}

/// Asks `LocalAuthentication` now whether Face ID or Touch ID can be used (enrolled, not refused
/// for this app in Settings). The plugin's own answer is from its start, and its `authenticate`
/// refuses by that answer, so both must agree for the button to work.
#[cfg(target_os = "ios")]
fn ios_can_use_biometrics() -> bool {
    use objc2_local_authentication::{LAContext, LAPolicy};
    // SAFETY: a fresh LAContext is made, asked once and dropped on this thread; Apple documents
    // `canEvaluatePolicy:error:` as callable from any thread.
    unsafe {
        LAContext::new()
            .canEvaluatePolicy_error(LAPolicy::DeviceOwnerAuthenticationWithBiometrics)
            .is_ok()
    }
}

/// Asks the system for the owner's fingerprint or face, with `prompt`'s words. It waits for the
/// user: call it off the async workers (`spawn_blocking`).
#[cfg(mobile)]
pub fn confirm<R: Runtime>(app: &AppHandle<R>, prompt: Prompt) -> Outcome {
    use tauri::plugin::mobile::PluginInvokeError;
    use tauri_plugin_biometric::{AuthOptions, BiometricExt, Error};
    if !available(app) {
        return Outcome::Refused(LockError::DeviceUnlockUnavailable);
    }
    // Android shows `title`, then `reason` as the description, and one button, `cancel_title`.
    #[cfg(target_os = "android")]
    let (reason, options) = (
        prompt.description,
        AuthOptions {
            allow_device_credential: false,
            title: Some(prompt.title),
            cancel_title: Some(prompt.use_pin),
            confirmation_required: Some(false),
            ..AuthOptions::default()
        },
    );
    // iOS shows `reason` (Touch ID; Face ID after a failed match), the fallback and cancel buttons.
    #[cfg(target_os = "ios")]
    let (reason, options) = (
        prompt.title,
        AuthOptions {
            allow_device_credential: false,
            fallback_title: Some(prompt.use_pin),
            cancel_title: Some(prompt.cancel),
            ..AuthOptions::default()
        },
    );
    match app.biometric().authenticate(reason, options) {
        Ok(()) => Outcome::Unlocked,
        Err(Error::PluginInvoke(PluginInvokeError::InvokeRejected(r))) => {
            outcome_of_code(r.code.as_deref())
        }
        Err(_) => Outcome::Refused(LockError::DeviceUnlockFailed),
    }
}

/// Asks the system for the owner's fingerprint or face: not on the desktop.
#[cfg(not(mobile))]
pub fn confirm<R: Runtime>(_app: &AppHandle<R>, _prompt: Prompt) -> Outcome {
    Outcome::Refused(LockError::DeviceUnlockUnavailable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_and_the_fallback_lead_to_the_pin_without_an_error() {
        for code in ["userCancel", "userFallback", "systemCancel", "appCancel"] {
            assert_eq!(outcome_of_code(Some(code)), Outcome::UsePin, "{code}");
        }
    }

    #[test]
    fn a_check_that_cannot_be_used_says_so_and_anything_else_is_not_accepted() {
        for code in [
            "biometryLockout",
            "biometryNotEnrolled",
            "biometryNotAvailable",
        ] {
            assert_eq!(
                outcome_of_code(Some(code)),
                Outcome::Refused(LockError::DeviceUnlockUnavailable),
                "{code}"
            );
        }
        for code in [Some("authenticationFailed"), Some("invalidContext"), None] {
            assert_eq!(
                outcome_of_code(code),
                Outcome::Refused(LockError::DeviceUnlockFailed),
                "{code:?}"
            );
        }
    }
}
