//! Durable records on the device. No Tauri in here.
//!
//! - [`DurableFile`]: one JSON document in an envelope (`format`, `schema`, `saved_at`,
//!   `data`), saved atomically with the previous good version kept as a backup, loaded with
//!   damaged or newer-schema files set aside in `quarantine/` and reported in a [`LoadReport`].
//! - [`Migrations`]: the steps that upgrade old `data` from schema `k` to `k + 1`.
//! - Export and import ([`DurableFile::export_to`], [`DurableFile::read_import`]) with a
//!   preview of what an import would change ([`preview_import`], [`apply_import`]).
//! - Errors are values ([`StoreError`]) that never contain record contents.
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use zairyu_store::{DurableFile, Migrations};
//!
//! #[derive(Default, Serialize, Deserialize)]
//! struct Records { notes: Vec<String> }
//!
//! let dir = std::env::temp_dir().join(format!("zairyu-store-doc-{}", std::process::id()));
//! let store = DurableFile::<Records>::new(&dir, "records.json", Migrations::none())?;
//! let (mut records, report) = store.load()?;
//! assert_eq!(report.message_id(), "store-load-fresh-start");
//! records.notes.push("lost card on 3 May".into());
//! store.save(&records)?;
//! assert_eq!(store.load()?.0.notes.len(), 1);
//! store.delete_all(true)?;
//! # std::fs::remove_dir_all(&dir).ok();
//! # Ok::<(), zairyu_store::StoreError>(())
//! ```

#![deny(missing_docs)]

mod atomic;
mod damage;
mod durable;
mod envelope;
mod error;
mod merge;
mod migrate;
mod quarantine;
mod report;
mod strict;
mod transfer;

pub use atomic::write_atomic;
pub use damage::DamageReason;
pub use durable::{DurableFile, DEFAULT_MAX_BYTES};
pub use envelope::{EXPORT_FORMAT, RECORDS_FORMAT};
pub use error::{IoKind, IoOp, StoreError};
pub use merge::{
    apply_import, preview_import, CollectionMerger, CollectionPreview, ImportMode, ImportPreview,
    Keyed, KeyedCollections,
};
pub use migrate::{MigrationError, MigrationStep, Migrations};
pub use quarantine::QUARANTINE_DIR;
pub use report::{LoadReport, SetAside};
pub use strict::MAX_DEPTH;
