//! Errors of the store, as values.
//!
//! Nothing here ever carries record contents: only file names, sizes, schema numbers and fixed
//! codes. That holds for `Display`, `Debug` and the serialized form alike, so an error can be
//! logged or sent to the webview without leaking a person's data.

use serde::Serialize;

use crate::damage::DamageReason;

/// What the store was doing when the operating system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IoOp {
    /// Creating a directory.
    CreateDir,
    /// Reading a file or its metadata.
    Read,
    /// Writing or flushing a file.
    Write,
    /// Renaming or linking a file into place.
    Rename,
    /// Removing a file or directory.
    Remove,
    /// Listing a directory.
    List,
}

impl IoOp {
    /// A stable lowercase name, used in `Display`.
    pub fn as_str(self) -> &'static str {
        match self {
            IoOp::CreateDir => "create directory",
            IoOp::Read => "read",
            IoOp::Write => "write",
            IoOp::Rename => "rename",
            IoOp::Remove => "remove",
            IoOp::List => "list",
        }
    }
}

/// The kind of an operating-system error, reduced to what the app can explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IoKind {
    /// The app may not read or write there.
    PermissionDenied,
    /// The disk (or the app's quota) is full.
    StorageFull,
    /// The file system is read-only.
    ReadOnly,
    /// A file that should be there is not.
    NotFound,
    /// Anything else.
    Other,
}

impl IoKind {
    /// Classifies a `std::io::Error` without keeping its (platform-worded) message.
    pub fn of(err: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        match err.kind() {
            K::PermissionDenied => IoKind::PermissionDenied,
            K::NotFound => IoKind::NotFound,
            K::StorageFull | K::QuotaExceeded => IoKind::StorageFull,
            K::ReadOnlyFilesystem => IoKind::ReadOnly,
            _ => IoKind::Other,
        }
    }

    /// A stable lowercase name, used in `Display`.
    pub fn as_str(self) -> &'static str {
        match self {
            IoKind::PermissionDenied => "permission denied",
            IoKind::StorageFull => "storage full",
            IoKind::ReadOnly => "read-only file system",
            IoKind::NotFound => "not found",
            IoKind::Other => "input/output error",
        }
    }
}

/// Every error the store returns.
///
/// Serialized with a `code` tag (`{"code": "io", "op": "write", ...}`) so the UI can match on
/// it; [`StoreError::message_id`] gives the Fluent id of the sentence to show.
///
/// Problems with the *content* of the records file are never errors: [`crate::DurableFile::load`]
/// sets such a file aside and reports it in a [`crate::LoadReport`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum StoreError {
    /// The operating system refused an operation.
    #[error("could not {} {file}: {}", op.as_str(), kind.as_str())]
    Io {
        /// What the store was doing.
        op: IoOp,
        /// The file or directory name (no parent path).
        file: String,
        /// Why it failed.
        kind: IoKind,
        /// The raw OS error number, if any.
        os_code: Option<i32>,
    },
    /// A file is larger than the store accepts (load, import) or would write (save, export).
    #[error("{file} is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The file name.
        file: String,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The store was given a file name that is not a plain name (it has a separator, is empty,
    /// or starts with a dot).
    #[error("not a plain file name: {name}")]
    InvalidFileName {
        /// The rejected name.
        name: String,
    },
    /// The records could not be encoded as JSON, or the encoded form would not read back
    /// (for example a float that is NaN). Nothing was written.
    #[error("the records could not be encoded in a form that reads back")]
    Encode,
    /// An imported file is not an export of this app (another JSON file, a records file...).
    #[error("the file is not an export of this app")]
    NotAnExport,
    /// An imported file was exported by a newer version of the app.
    #[error("the export was made by a newer version of the app (format {found}, this app knows up to {known})")]
    ExportFromNewerVersion {
        /// The schema version found in the file.
        found: u64,
        /// The newest schema version this app knows.
        known: u32,
    },
    /// Another process of the app holds the records (a second window on the desktop): this one
    /// may read them but not change them, so that neither silently overwrites the other.
    #[error("{file} is held by another process of the app")]
    HeldElsewhere {
        /// The records file's name.
        file: String,
    },
    /// An imported file looks like an export but is damaged.
    #[error("the export file is damaged ({})", reason.code())]
    ImportDamaged {
        /// What is wrong with it.
        reason: DamageReason,
    },
}

impl StoreError {
    /// The stable Fluent message id for this error (see `i18n/locales/en/store.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::Io { kind, .. } => match kind {
                IoKind::PermissionDenied => "err-store-io-permission",
                IoKind::StorageFull => "err-store-io-full",
                IoKind::ReadOnly => "err-store-io-read-only",
                IoKind::NotFound => "err-store-io-not-found",
                IoKind::Other => "err-store-io",
            },
            StoreError::TooLarge { .. } => "err-store-too-large",
            StoreError::InvalidFileName { .. } => "err-store-invalid-file-name",
            StoreError::Encode => "err-store-encode",
            StoreError::NotAnExport => "err-store-not-an-export",
            StoreError::ExportFromNewerVersion { .. } => "err-store-export-newer",
            StoreError::ImportDamaged { .. } => "err-store-import-damaged",
            StoreError::HeldElsewhere { .. } => "err-store-held-elsewhere",
        }
    }

    /// Builds an [`StoreError::Io`] from an OS error, keeping only the file name of `path`.
    pub(crate) fn io(op: IoOp, path: &std::path::Path, err: &std::io::Error) -> Self {
        StoreError::Io {
            op,
            file: file_label(path),
            kind: IoKind::of(err),
            os_code: err.raw_os_error(),
        }
    }
}

/// The last component of a path, for messages (never the full path: it may hold a user name).
pub(crate) fn file_label(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
