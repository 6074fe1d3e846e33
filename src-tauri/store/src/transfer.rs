//! Export to and import from a versioned file (`"format": "zairyu-export"`, same envelope and
//! schema versions as the records file).
//!
//! The byte-level functions ([`DurableFile::encode_export`], [`DurableFile::decode_import`])
//! serve platforms where the user picks a document through the system (Android content URIs);
//! the path-level ones write and read plain files.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::atomic;
use crate::damage::DamageReason;
use crate::durable::{label, read_limited, DurableFile};
use crate::envelope::{self, EXPORT_FORMAT};
use crate::error::StoreError;

impl<T> DurableFile<T>
where
    T: Serialize + DeserializeOwned + Default,
{
    /// The bytes of an export file holding `data`.
    pub fn encode_export(&self, data: &T) -> Result<Vec<u8>, StoreError> {
        let bytes =
            envelope::encode(EXPORT_FORMAT, &self.migrations, data).ok_or(StoreError::Encode)?;
        self.check_size("export", bytes.len() as u64)?;
        Ok(bytes)
    }

    /// Writes an export file holding `data` at `path`, atomically (an existing file there is
    /// replaced only once the new one is complete).
    pub fn export_to(&self, path: &Path, data: &T) -> Result<(), StoreError> {
        let bytes = self.encode_export(data)?;
        atomic::write_atomic(path, &bytes)
    }

    /// Reads an export file's data, upgraded to the current schema.
    pub fn decode_import(&self, bytes: &[u8]) -> Result<T, StoreError> {
        self.check_size("import", bytes.len() as u64)?;
        decode_export(&self.migrations, bytes)
    }

    /// Reads the export file at `path` (refusing it unread if larger than the size limit).
    pub fn read_import(&self, path: &Path) -> Result<T, StoreError> {
        match read_limited(path, self.max_bytes)? {
            None => Err(StoreError::io(
                crate::error::IoOp::Read,
                path,
                &std::io::Error::from(std::io::ErrorKind::NotFound),
            )),
            Some(Err(DamageReason::TooLarge { size, limit })) => Err(StoreError::TooLarge {
                file: label(path),
                size,
                limit,
            }),
            Some(Err(reason)) => Err(StoreError::ImportDamaged { reason }),
            Some(Ok(bytes)) => decode_export(&self.migrations, &bytes),
        }
    }
}

fn decode_export<T: DeserializeOwned>(
    migrations: &crate::Migrations,
    bytes: &[u8],
) -> Result<T, StoreError> {
    match envelope::decode(EXPORT_FORMAT, migrations, bytes) {
        Ok(decoded) => Ok(decoded.data),
        Err(
            DamageReason::NotAnObject
            | DamageReason::WrongFormat
            | DamageReason::MissingField { field: "format" }
            | DamageReason::BadField { field: "format" },
        ) => Err(StoreError::NotAnExport),
        Err(DamageReason::NewerSchema { found, known }) => {
            Err(StoreError::ExportFromNewerVersion { found, known })
        }
        Err(reason) => Err(StoreError::ImportDamaged { reason }),
    }
}
