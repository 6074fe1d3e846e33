//! What Tauri holds for the commands: the application core, and what only the platform side
//! knows (the data folder, whether exports stay in it, the files saved in this run). Commands go
//! through [`AppState::run`] (read or change, errors translated) or [`AppState::change`] (the
//! same, then the device's reminders brought in step).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use tauri::{AppHandle, Runtime};
use zairyu_core::saved::{FileToSave, SavedView};
use zairyu_core::{AppError, Clock, Core, UiError};
use zairyu_domain::text::Text;

use crate::exports::{self, Kind, Saved};
use crate::reminders::sync;

/// The state shared by all commands.
pub struct AppState {
    /// The application core.
    pub core: Core,
    data_dir: PathBuf,
    exports_in_data_dir: bool,
    saved: Mutex<HashMap<String, Saved>>,
    sharing: AtomicBool,
}

/// The one share sheet that may be open; the next share may start once this is dropped.
pub struct ShareTurn<'a>(&'a AtomicBool);

impl Drop for ShareTurn<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

impl AppState {
    /// Wraps `core`, whose records live in `data_dir`. `exports_in_data_dir` keeps exports
    /// inside `data_dir` (the command tests use it, so they never write into Downloads).
    pub fn new(core: Core, data_dir: &Path, exports_in_data_dir: bool) -> Self {
        Self {
            core,
            data_dir: data_dir.to_path_buf(),
            exports_in_data_dir,
            saved: Mutex::new(HashMap::new()),
            sharing: AtomicBool::new(false),
        }
    }

    /// The app's data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Whether exports stay in the data folder (see [`AppState::new`]).
    pub fn exports_in_data_dir(&self) -> bool {
        self.exports_in_data_dir
    }

    /// Runs `op` on the core at this moment, unless the app is locked; an error reaches the UI
    /// in the user's language (a locked app answers `locked`, and the UI shows the lock screen).
    pub fn run<T>(
        &self,
        op: impl FnOnce(&Core, &Clock) -> Result<T, AppError>,
    ) -> Result<T, UiError> {
        self.run_even_locked(|core, clock| {
            core.guard()?;
            op(core, clock)
        })
    }

    /// Runs `op` even while the app is locked: only for what the lock screen needs (the frame,
    /// the lock itself, deleting all data), never for what shows or changes the records.
    pub fn run_even_locked<T>(
        &self,
        op: impl FnOnce(&Core, &Clock) -> Result<T, AppError>,
    ) -> Result<T, UiError> {
        op(&self.core, &Clock::system()).map_err(|e| self.core.explain(e))
    }

    /// Like [`AppState::run`] for an operation that may change cases or preferences: once it
    /// succeeded, the device's reminders follow (the reminders of deleted cases go).
    pub fn change<R: Runtime, T>(
        &self,
        app: &AppHandle<R>,
        op: impl FnOnce(&Core, &Clock) -> Result<T, AppError>,
    ) -> Result<T, UiError> {
        self.change_even_locked(app, |core, clock| {
            core.guard()?;
            op(core, clock)
        })
    }

    /// [`AppState::change`] even while the app is locked (the language, deleting all data).
    pub fn change_even_locked<R: Runtime, T>(
        &self,
        app: &AppHandle<R>,
        op: impl FnOnce(&Core, &Clock) -> Result<T, AppError>,
    ) -> Result<T, UiError> {
        let out = self.run_even_locked(op)?;
        sync::after_change(app);
        Ok(out)
    }

    /// Saves a file the core made (through [`AppState::run`], so never while locked) where this
    /// platform saves files for the user, remembers it for "open" and "share" in this run, and
    /// says where it went.
    pub async fn save<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        kind: Kind,
        file: Result<FileToSave, UiError>,
    ) -> Result<SavedView, UiError> {
        let file = file?;
        let size = file.bytes.len();
        let saved = exports::save(app, self, kind, &file.name, file.bytes)
            .await
            .map_err(|e| self.core.explain(e))?;
        let view = self.core.saved_view(
            &file.key,
            file.message,
            &saved.place,
            saved.path().map(|p| p.display().to_string()),
            saved.kind.actions(),
            size,
        );
        self.saved
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(file.key, saved);
        Ok(view)
    }

    /// The turn to open the share sheet, or a refusal while one is open: on iOS a second sheet
    /// never appears (its call would wait forever) and its copy would replace the file the open
    /// sheet is sharing. Held until the share call returns.
    pub fn share_turn(&self) -> Result<ShareTurn<'_>, UiError> {
        if self.sharing.swap(true, Ordering::SeqCst) {
            return Err(self.core.explain(AppError::Invalid {
                text: Text::new("err-share-busy"),
                field: None,
            }));
        }
        Ok(ShareTurn(&self.sharing))
    }

    /// The file last saved under `key` in this run (only those can be opened or shared), unless
    /// the app is locked.
    pub fn saved(&self, key: &str) -> Result<Saved, UiError> {
        self.core.guard().map_err(|e| self.core.explain(e))?;
        self.saved
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .cloned()
            .ok_or_else(|| self.core.explain(AppError::NotFound("file")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zairyu_core::prefs::{InMemory, Prefs};

    #[test]
    fn one_share_at_a_time_and_the_next_once_it_returns() {
        let dir = std::env::temp_dir().join(format!("zairyu-share-turn-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let core = Core::open(&dir, Prefs::default(), Box::new(InMemory)).unwrap();
        let state = AppState::new(core, &dir, true);
        let turn = state.share_turn().unwrap();
        let busy = state.share_turn().err().unwrap();
        assert_eq!(
            busy.message,
            "The share sheet is already open. Close it first, then try again."
        );
        drop(turn);
        assert!(state.share_turn().is_ok());
        drop(state);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
