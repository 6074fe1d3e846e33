//! Preferences: the language and the reminder settings. They are not records the user would
//! grieve for, so they live in tauri-plugin-store (`prefs.json` in the app's data folder).

use std::path::Path;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

/// The preferences file's name inside the app's data folder.
pub const PREFS_FILE: &str = "prefs.json";
const KEY: &str = "prefs";

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
        }
    }
}

/// Reads the preferences (defaults when missing or unreadable: they are only settings).
pub fn load<R: Runtime>(app: &AppHandle<R>, data_dir: &Path) -> Prefs {
    app.store(data_dir.join(PREFS_FILE))
        .ok()
        .and_then(|s| s.get(KEY))
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

/// Writes the preferences.
pub fn save<R: Runtime>(app: &AppHandle<R>, data_dir: &Path, prefs: &Prefs) {
    if let Ok(store) = app.store(data_dir.join(PREFS_FILE)) {
        store.set(KEY, serde_json::to_value(prefs).unwrap_or_default());
        let _ = store.save();
    }
}
