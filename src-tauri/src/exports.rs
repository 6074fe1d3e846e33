//! Where files the user asked for go (a copy of their data, the papers' PDF): the Downloads folder
//! where the device has one they can reach, else the app's own `exports` folder. This is the only
//! place data leaves the app's data folder, and only on the user's request.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};

use crate::error::AppError;
use crate::state::AppState;

/// Writes `bytes` as `file_name` (atomically: a half-written file never has the name) to the
/// Downloads folder, or to the app's `exports` folder when there is none, it cannot be written,
/// or the state keeps exports in its data folder (the command tests). Returns the file's path.
pub fn write<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    file_name: &str,
    bytes: &[u8],
) -> Result<PathBuf, AppError> {
    let downloads = app
        .path()
        .download_dir()
        .ok()
        .filter(|d| d.is_dir() && !state.exports_in_data_dir());
    let own = state.data_dir().join("exports");
    let mut last = None;
    for dir in downloads.into_iter().chain([own]) {
        let path = dir.join(file_name);
        let written = std::fs::create_dir_all(&dir)
            .map_err(|e| AppError::Device(e.kind().to_string()))
            .and_then(|()| zairyu_store::write_atomic(&path, bytes).map_err(AppError::from));
        match written {
            Ok(()) => return Ok(path),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| AppError::Device("no folder".into())))
}
