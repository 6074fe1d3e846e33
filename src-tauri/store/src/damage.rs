//! Why a file could not be used.

use serde::Serialize;

/// What is wrong with a records or export file. Carries no content of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum DamageReason {
    /// The file is empty or holds only white space.
    Empty,
    /// The file is larger than the limit; it was not read.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file ends in the middle of the document (typically an interrupted write).
    Truncated,
    /// The file is not JSON text (garbage, binary, invalid UTF-8, a byte-order mark, trailing
    /// bytes after the document...).
    NotJson,
    /// The JSON nests deeper than the store accepts.
    TooDeep,
    /// A JSON object has the same key twice, so it is ambiguous which value is meant.
    DuplicateKey,
    /// The JSON is not an object with the envelope fields.
    NotAnObject,
    /// The `format` tag names another kind of file.
    WrongFormat,
    /// An envelope field is missing.
    MissingField {
        /// The field name: `format`, `schema`, `saved_at` or `data`.
        field: &'static str,
    },
    /// An envelope field has the wrong type or an impossible value.
    BadField {
        /// The field name: `format`, `schema`, `saved_at` or `data`.
        field: &'static str,
    },
    /// The file was written by a newer version of the app, with a schema this app does not know.
    NewerSchema {
        /// The schema version in the file.
        found: u64,
        /// The newest schema version this app knows.
        known: u32,
    },
    /// Upgrading the data from an older schema failed.
    MigrationFailed {
        /// The schema version the failing step started from.
        from: u32,
    },
    /// The data does not have the shape the app expects.
    InvalidData,
}

impl DamageReason {
    /// A stable kebab-case code (the serialized `reason` tag).
    pub fn code(&self) -> &'static str {
        match self {
            DamageReason::Empty => "empty",
            DamageReason::TooLarge { .. } => "too-large",
            DamageReason::Truncated => "truncated",
            DamageReason::NotJson => "not-json",
            DamageReason::TooDeep => "too-deep",
            DamageReason::DuplicateKey => "duplicate-key",
            DamageReason::NotAnObject => "not-an-object",
            DamageReason::WrongFormat => "wrong-format",
            DamageReason::MissingField { .. } => "missing-field",
            DamageReason::BadField { .. } => "bad-field",
            DamageReason::NewerSchema { .. } => "newer-schema",
            DamageReason::MigrationFailed { .. } => "migration-failed",
            DamageReason::InvalidData => "invalid-data",
        }
    }

    /// The Fluent id of a plain-words sentence for a file set aside for this reason.
    ///
    /// Arguments available to the message: `file` (original name) and `kept_as` (name in the
    /// quarantine folder).
    pub fn message_id(&self) -> &'static str {
        match self {
            DamageReason::NewerSchema { .. } => "store-set-aside-newer",
            DamageReason::Empty => "store-set-aside-empty",
            DamageReason::Truncated => "store-set-aside-truncated",
            DamageReason::TooLarge { .. } => "store-set-aside-too-large",
            _ => "store-set-aside-damaged",
        }
    }

    /// True when the file is not damaged but was made by a newer version of the app.
    pub fn is_newer_version(&self) -> bool {
        matches!(self, DamageReason::NewerSchema { .. })
    }
}
