//! Where the preferences live: tauri-plugin-store (`prefs.json` in the app's data folder). They
//! are not records the user would grieve for, so unreadable preferences are the defaults.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;
use zairyu_core::prefs::{Prefs, PrefsStore};

/// The preferences file's name inside the app's data folder.
pub const PREFS_FILE: &str = "prefs.json";
const KEY: &str = "prefs";

/// Reads the preferences (defaults when missing or unreadable: they are only settings).
pub fn load<R: Runtime>(app: &AppHandle<R>, data_dir: &Path) -> Prefs {
    app.store(data_dir.join(PREFS_FILE))
        .ok()
        .and_then(|s| s.get(KEY))
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

/// The preferences in the plugin's store file.
pub struct PluginPrefs<R: Runtime> {
    app: AppHandle<R>,
    file: PathBuf,
}

impl<R: Runtime> PluginPrefs<R> {
    /// The store file in `data_dir`.
    pub fn new(app: &AppHandle<R>, data_dir: &Path) -> Self {
        Self {
            app: app.clone(),
            file: data_dir.join(PREFS_FILE),
        }
    }
}

impl<R: Runtime> PrefsStore for PluginPrefs<R> {
    fn save(&self, prefs: &Prefs) -> Result<(), String> {
        let store = self.app.store(&self.file).map_err(|e| e.to_string())?;
        store.set(KEY, serde_json::to_value(prefs).map_err(|e| e.to_string())?);
        store.save().map_err(|e| e.to_string())
    }
}
