//! The user's data as a whole: a copy to export (plain JSON, or encrypted with a passphrase), an
//! import (with a preview, merging or replacing), and deleting everything. Data leaves the app's
//! data folder only through the platform's save, when the user asks.
//!
//! An encrypted copy is an age file (age-encryption.org/v1) with one scrypt recipient, ASCII-armored
//! so the webview reads it as text; any age tool opens it with the passphrase (`rage -d`). The
//! scrypt work factor is age's own choice for this device (about a second of work).

use serde::Serialize;
use zairyu_domain::text::Text;
use zairyu_store::{
    apply_import, preview_import, ImportMode, ImportPreview, StoreError, DEFAULT_MAX_BYTES,
};

use std::io::Read;

use age::secrecy::SecretString;

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
    /// save; encrypted for `passphrase` when one is given (a `.age` file).
    pub fn export_data(
        &self,
        clock: &Clock,
        passphrase: Option<&str>,
    ) -> Result<FileToSave, AppError> {
        let json = self.read(|r| self.store().encode_export(r))?;
        let day = clock.today.format("%Y%m%d");
        let (name, bytes) = match passphrase.filter(|p| !p.is_empty()) {
            None => (format!("zairyu-export-{day}.json"), json),
            Some(p) => {
                let recipient = age::scrypt::Recipient::new(SecretString::from(p.to_owned()));
                let armored = age::encrypt_and_armor(&recipient, &json)
                    .map_err(|_| AppError::invalid("err-export-encrypt", "passphrase"))?;
                (format!("zairyu-export-{day}.age"), armored.into_bytes())
            }
        };
        Ok(FileToSave {
            key: "data".into(),
            name,
            bytes,
            message: "ui-export-done",
        })
    }

    fn decode(&self, content: &str, passphrase: Option<&str>) -> Result<Records, AppError> {
        if content.len() as u64 > DEFAULT_MAX_BYTES {
            return Err(AppError::Store(StoreError::TooLarge {
                file: "import".into(),
                size: content.len() as u64,
                limit: DEFAULT_MAX_BYTES,
            }));
        }
        if !content.trim_start().starts_with(ARMOR_BEGIN) {
            return Ok(self.store().decode_import(content.as_bytes())?);
        }
        let passphrase = passphrase
            .filter(|p| !p.is_empty())
            .ok_or_else(|| AppError::invalid("err-import-passphrase-needed", "passphrase"))?;
        let json = decrypt(content, passphrase)?;
        Ok(self.store().decode_import(&json)?)
    }

    /// Reads an export (the file's text; `passphrase` for an encrypted one) and says what
    /// importing it would change. Nothing is changed.
    pub fn import_preview(
        &self,
        content: &str,
        passphrase: Option<&str>,
    ) -> Result<ImportPreviewView, AppError> {
        let imported = self.decode(content, passphrase)?;
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
    pub fn import_apply(
        &self,
        content: &str,
        mode: ImportMode,
        passphrase: Option<&str>,
    ) -> Result<String, AppError> {
        let imported = self.decode(content, passphrase)?;
        self.update(|r| {
            *r = apply_import(r, &imported, mode);
            Ok(())
        })?;
        Ok(self.tr_id("ui-import-done"))
    }

    /// Deletes every record (the file and its kept previous version; damaged files set aside
    /// too) and the app lock with them. The UI asks the user to confirm first; `confirm` must be
    /// true.
    pub fn delete_all_data(&self, confirm: bool) -> Result<String, AppError> {
        if !confirm {
            return Err(AppError::invalid("err-app-bad-input", "confirm"));
        }
        self.replace(Records::default())?;
        self.store().delete_all(true)?;
        self.clear_lock()?;
        Ok(self.tr_id("ui-delete-all-done"))
    }
}

/// How an ASCII-armored age file begins.
const ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";

/// Opens an encrypted copy. A passphrase that does not open it and a damaged file (truncated,
/// changed: the header's MAC or a payload chunk no longer checks) are told apart: the first is
/// refused at the key, the second while reading.
fn decrypt(armored: &str, passphrase: &str) -> Result<Vec<u8>, AppError> {
    let damaged = || AppError::invalid("err-import-encrypted-damaged", "content");
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    let decryptor =
        age::Decryptor::new_buffered(age::armor::ArmoredReader::new(armored.as_bytes()))
            .map_err(|_| damaged())?;
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys
            | age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed => {
                AppError::invalid("err-import-passphrase-wrong", "passphrase")
            }
            _ => damaged(),
        })?;
    let mut json = Vec::new();
    reader.read_to_end(&mut json).map_err(|_| damaged())?;
    Ok(json)
}
