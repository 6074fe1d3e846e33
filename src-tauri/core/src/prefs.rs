//! Preferences: the language, the reminder settings, the app lock's, and the reminders handed to
//! the phone's scheduler. They are not records the user would grieve for, so the app keeps them
//! apart from the records, where a [`PrefsStore`] puts them.

use serde::{Deserialize, Serialize};

use crate::lock::LockPrefs;
use crate::reminders::handed::Handed;

/// The user's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    /// The app language; `None` until chosen or taken from the device at first start.
    #[serde(default)]
    pub language: Option<String>,
    /// Whether reminders are on.
    #[serde(default = "on")]
    pub reminders_enabled: bool,
    /// The hour (Japan time, 6–21) of the countdown reminders.
    #[serde(default = "nine")]
    pub reminder_hour: u8,
    /// Whether the notification permission was asked already.
    #[serde(default)]
    pub permission_asked: bool,
    /// The app lock: the PIN's hash, the time in the background, the wrong tries.
    #[serde(default)]
    pub lock: LockPrefs,
    /// Every reminder handed to the phone's scheduler that may still be there (mobile): the OS
    /// cannot be asked reliably, so this record is what a refresh cancels from.
    #[serde(default)]
    pub handed_to_os: Vec<Handed>,
}

fn on() -> bool {
    true
}

fn nine() -> u8 {
    9
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            language: None,
            reminders_enabled: true,
            reminder_hour: 9,
            permission_asked: false,
            lock: LockPrefs::default(),
            handed_to_os: Vec::new(),
        }
    }
}

/// Where the preferences are kept. The app keeps them with tauri-plugin-store (`prefs.json` in the
/// app's data folder); tests keep them in memory.
pub trait PrefsStore: Send + Sync {
    /// Writes the preferences durably; the error says what failed (no personal data: only
    /// settings are in them).
    fn save(&self, prefs: &Prefs) -> Result<(), String>;
}

/// Preferences kept in memory only (tests, and a platform where saving them is not possible).
pub struct InMemory;

impl PrefsStore for InMemory {
    fn save(&self, _prefs: &Prefs) -> Result<(), String> {
        Ok(())
    }
}
