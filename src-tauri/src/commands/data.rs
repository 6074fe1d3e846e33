//! The user's data as a whole: export a copy, import one (with a preview, merging or replacing),
//! and delete everything. Data leaves the app's data folder only here, when the user asks.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::text::Text;
use zairyu_store::{apply_import, preview_import, ImportMode, ImportPreview, DEFAULT_MAX_BYTES};

use crate::clock;
use crate::commands::exports::{remember, SavedView};
use crate::error::{AppError, UiError};
use crate::exports::{self, Kind};
use crate::records::Records;
use crate::reminders::sync;
use crate::state::AppState;

/// Saves a versioned JSON copy of all records where this platform saves files for the user
/// ([`exports::save`]), named with today's Japan date; it can then be shared (`share_export`).
#[tauri::command]
pub async fn export_data<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SavedView, UiError> {
    let name = format!("zairyu-export-{}.json", clock::today().format("%Y%m%d"));
    let bytes = state
        .store()
        .encode_export(&state.records())
        .map_err(|e| state.explain(AppError::from(e)))?;
    let size = bytes.len();
    let saved = exports::save(&app, &state, Kind::Data, &name, bytes)
        .await
        .map_err(|e| state.explain(e))?;
    Ok(remember(&state, "data", saved, "ui-export-done", size))
}

/// The ids of the cases kept now (whose reminders must go if they are replaced or deleted).
fn case_ids(state: &AppState) -> Vec<String> {
    state.records().cases.into_iter().map(|c| c.id).collect()
}

fn decode(state: &AppState, content: &str) -> Result<Records, AppError> {
    if content.len() as u64 > DEFAULT_MAX_BYTES {
        return Err(AppError::Store(zairyu_store::StoreError::TooLarge {
            file: "import".into(),
            size: content.len() as u64,
            limit: DEFAULT_MAX_BYTES,
        }));
    }
    Ok(state.store().decode_import(content.as_bytes())?)
}

/// What an import would change.
#[derive(Debug, Serialize)]
pub struct ImportPreviewView {
    /// The counts.
    pub preview: ImportPreview,
    /// The counts in words.
    pub message: String,
}

/// Reads an export (the file's text, read by the webview) and says what importing it would
/// change. Nothing is changed.
#[tauri::command]
pub fn import_preview(
    state: State<'_, AppState>,
    content: String,
) -> Result<ImportPreviewView, UiError> {
    let run = || -> Result<ImportPreviewView, AppError> {
        let imported = decode(&state, &content)?;
        let preview = preview_import(&state.records(), &imported);
        Ok(ImportPreviewView {
            message: state.tr(&Text::new("ui-import-preview")
                .int("added", preview.added as i64)
                .int("changed", preview.changed as i64)
                .int("unchanged", preview.unchanged as i64)
                .int("removed", preview.removed_if_replace as i64)),
            preview,
        })
    };
    run().map_err(|e| state.explain(e))
}

/// Imports an export, merging it with the records or replacing them.
#[tauri::command]
pub fn import_apply<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    content: String,
    mode: ImportMode,
) -> Result<String, UiError> {
    let run = || -> Result<String, AppError> {
        let imported = decode(&state, &content)?;
        let before = case_ids(&state);
        let merged = apply_import(&state.records(), &imported, mode);
        state.replace(merged)?;
        sync::after_change(&app, before);
        Ok(state.tr_id("ui-import-done"))
    };
    run().map_err(|e| state.explain(e))
}

/// Deletes every record (the file and its kept previous version; damaged files set aside too).
/// The UI asks the user to confirm first; `confirm` must be true.
#[tauri::command]
pub fn delete_all_data<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    confirm: bool,
) -> Result<String, UiError> {
    let run = || -> Result<String, AppError> {
        if !confirm {
            return Err(AppError::invalid("err-app-bad-input", "confirm"));
        }
        let before = case_ids(&state);
        state.replace(Records::default())?;
        state.store().delete_all(true)?;
        sync::after_change(&app, before);
        Ok(state.tr_id("ui-delete-all-done"))
    };
    run().map_err(|e| state.explain(e))
}
