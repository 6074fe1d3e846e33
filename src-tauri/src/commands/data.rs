//! The user's data as a whole: export a copy, import one (with a preview, merging or replacing),
//! and delete everything. Data leaves the app's data folder only here, when the user asks.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::data::ImportPreviewView;
use zairyu_core::saved::SavedView;
use zairyu_core::UiError;
use zairyu_store::ImportMode;

use crate::exports::Kind;
use crate::state::AppState;

/// Saves a versioned JSON copy of all records where this platform saves files for the user,
/// encrypted when a `passphrase` is given (a `.age` file); it can then be shared (`share_export`).
#[tauri::command]
pub async fn export_data<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<SavedView, UiError> {
    let file = state.run(|core, clock| core.export_data(clock, passphrase.as_deref()));
    let kind = match &file {
        Ok(f) if f.name.ends_with(".age") => Kind::EncryptedData,
        _ => Kind::Data,
    };
    state.save(&app, kind, file).await
}

/// Reads an export (the file's text, read by the webview; `passphrase` for an encrypted one)
/// and says what importing it would change. Nothing is changed.
#[tauri::command]
pub fn import_preview(
    state: State<'_, AppState>,
    content: String,
    passphrase: Option<String>,
) -> Result<ImportPreviewView, UiError> {
    state.run(|core, _| core.import_preview(&content, passphrase.as_deref()))
}

/// Imports an export, merging it with the records or replacing them.
#[tauri::command]
pub fn import_apply<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    content: String,
    mode: ImportMode,
    passphrase: Option<String>,
) -> Result<String, UiError> {
    state.change(&app, |core, _| {
        core.import_apply(&content, mode, passphrase.as_deref())
    })
}

/// Deletes every record and the app lock; the UI asks the user to confirm first (`confirm` must
/// be true). Open while locked: it is the way out of a forgotten PIN.
#[tauri::command]
pub fn delete_all_data<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    confirm: bool,
) -> Result<String, UiError> {
    state.change_even_locked(&app, |core, _| core.delete_all_data(confirm))
}
