//! The user's data as a whole: a copy to export, an import (with a preview, merging or
//! replacing), and deleting everything. Data leaves the app's data folder only through the
//! platform's save, when the user asks.

use serde::Serialize;
use zairyu_domain::text::Text;
use zairyu_store::{
    apply_import, preview_import, ImportMode, ImportPreview, StoreError, DEFAULT_MAX_BYTES,
};

use crate::clock::Clock;
use crate::error::AppError;
use crate::records::Records;
use crate::saved::FileToSave;
use crate::state::Core;

/// What an import would change.
#[derive(Debug, Serialize)]
pub struct ImportPreviewView {
    /// The counts.
    pub preview: ImportPreview,
    /// The counts in words.
    pub message: String,
}

impl Core {
    /// A versioned JSON copy of all records, named with today's Japan date, for the platform to
    /// save.
    pub fn export_data(&self, clock: &Clock) -> Result<FileToSave, AppError> {
        let bytes = self.read(|r| self.store().encode_export(r))?;
        Ok(FileToSave {
            key: "data".into(),
            name: format!("zairyu-export-{}.json", clock.today.format("%Y%m%d")),
            bytes,
            message: "ui-export-done",
        })
    }

    fn decode(&self, content: &str) -> Result<Records, AppError> {
        if content.len() as u64 > DEFAULT_MAX_BYTES {
            return Err(AppError::Store(StoreError::TooLarge {
                file: "import".into(),
                size: content.len() as u64,
                limit: DEFAULT_MAX_BYTES,
            }));
        }
        Ok(self.store().decode_import(content.as_bytes())?)
    }

    /// Reads an export (the file's text) and says what importing it would change. Nothing is
    /// changed.
    pub fn import_preview(&self, content: &str) -> Result<ImportPreviewView, AppError> {
        let imported = self.decode(content)?;
        let preview = self.read(|r| preview_import(r, &imported));
        Ok(ImportPreviewView {
            message: self.tr(&Text::new("ui-import-preview")
                .int("added", preview.added as i64)
                .int("changed", preview.changed as i64)
                .int("unchanged", preview.unchanged as i64)
                .int("removed", preview.removed_if_replace as i64)),
            preview,
        })
    }

    /// Imports an export, merging it with the records or replacing them; says so in words.
    pub fn import_apply(&self, content: &str, mode: ImportMode) -> Result<String, AppError> {
        let imported = self.decode(content)?;
        self.update(|r| {
            *r = apply_import(r, &imported, mode);
            Ok(())
        })?;
        Ok(self.tr_id("ui-import-done"))
    }

    /// Deletes every record (the file and its kept previous version; damaged files set aside
    /// too). The UI asks the user to confirm first; `confirm` must be true.
    pub fn delete_all_data(&self, confirm: bool) -> Result<String, AppError> {
        if !confirm {
            return Err(AppError::invalid("err-app-bad-input", "confirm"));
        }
        self.replace(Records::default())?;
        self.store().delete_all(true)?;
        Ok(self.tr_id("ui-delete-all-done"))
    }
}
