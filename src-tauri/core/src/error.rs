//! The app's error, as a value. Commands return [`UiError`]: a stable `code`, the message already
//! in the user's language, and the field it is about, if any. Nothing here carries what the user
//! typed beyond what the message needs to point at the problem (a date, a character).

use serde::Serialize;
use zairyu_domain::profile::ProfileError;
use zairyu_domain::text::Text;
use zairyu_domain::validate::CaseError;
use zairyu_papers::PaperError;
use zairyu_store::StoreError;

use crate::lock::LockError;

/// Everything that can go wrong in a command.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The case's facts cannot be true (one message per problem).
    #[error("the case is not valid ({} problems)", .0.len())]
    Case(Vec<CaseError>),
    /// A profile field is wrong.
    #[error("the profile is not valid")]
    Profile(ProfileError),
    /// The papers cannot be made from these answers.
    #[error("the papers cannot be made")]
    Paper(PaperError),
    /// Saving or reading records failed.
    #[error("storage: {}", .0.message_id())]
    Store(StoreError),
    /// An input that does not fit: a message and the field it is about.
    #[error("invalid input: {}", .text.id)]
    Invalid {
        /// What to tell the user.
        text: Text,
        /// The field, for the UI to highlight.
        field: Option<&'static str>,
    },
    /// A record the UI asked for does not exist (deleted meanwhile).
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// Something on the device failed (a folder, a file).
    #[error("device: {0}")]
    Device(String),
    /// The app lock refused: locked, a wrong PIN, a wait.
    #[error("lock: {0}")]
    Lock(LockError),
}

impl AppError {
    /// A stable code the UI and tests can match on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Case(_) => "invalid_case",
            AppError::Profile(_) => "invalid_profile",
            AppError::Paper(_) => "papers",
            AppError::Store(_) => "storage",
            AppError::Invalid { .. } => "invalid_input",
            AppError::NotFound(_) => "not_found",
            AppError::Device(_) => "device",
            AppError::Lock(e) => e.code(),
        }
    }

    /// The messages to show, as catalog texts.
    pub fn texts(&self) -> Vec<Text> {
        match self {
            AppError::Case(errors) => errors.iter().map(CaseError::text).collect(),
            AppError::Profile(e) => vec![e.text()],
            AppError::Paper(e) => vec![e.text()],
            AppError::Store(e) => vec![store_text(e)],
            AppError::Invalid { text, .. } => vec![text.clone()],
            AppError::NotFound(what) => vec![Text::new("err-app-not-found").str("what", *what)],
            AppError::Device(_) => vec![Text::new("err-app-device")],
            AppError::Lock(e) => e.texts(),
        }
    }

    /// The field the error is about, if the UI can point at one.
    pub fn field(&self) -> Option<String> {
        match self {
            AppError::Profile(e) => Some(e.field().id().to_owned()),
            AppError::Paper(e) => paper_field(e).map(str::to_owned),
            AppError::Invalid { field, .. } => field.map(str::to_owned),
            AppError::Lock(e) => e.field().map(str::to_owned),
            _ => None,
        }
    }

    /// A bad input on `field` with the message `id`.
    pub fn invalid(id: &str, field: &'static str) -> Self {
        AppError::Invalid {
            text: Text::new(id),
            field: Some(field),
        }
    }
}

/// The field a papers error is about, named as the papers screen names its inputs.
fn paper_field(e: &PaperError) -> Option<&str> {
    match e {
        PaperError::Profile(p) => Some(p.field().id()),
        PaperError::MissingGlyph { field, .. }
        | PaperError::Empty { field }
        | PaperError::DoesNotFit { field }
        | PaperError::TooLong { field, .. }
        | PaperError::ControlCharacter { field }
        | PaperError::Inconsistent { field }
        | PaperError::AnswerDoesNotFit { field }
        | PaperError::ImpossibleDate { field } => Some(field),
        PaperError::MissingRelative => Some("person"),
        PaperError::LossAfterLearned => Some("loss-date"),
        PaperError::MissingLossStatement => Some("statement"),
        PaperError::MissingPoliceReport => Some("police-report"),
        PaperError::MissingLateReasons => Some("late"),
        PaperError::MissingPassportReasons => Some("passport"),
        _ => None,
    }
}

/// The catalog text for a storage error (its arguments are file names and sizes only).
pub fn store_text(e: &StoreError) -> Text {
    let t = Text::new(e.message_id());
    match e {
        StoreError::Io { file, .. } => t.str("file", file.clone()),
        StoreError::TooLarge { file, size, limit } => t
            .str("file", file.clone())
            .int("size", *size as i64)
            .int("limit", *limit as i64),
        StoreError::InvalidFileName { name } => t.str("name", name.clone()),
        _ => t,
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Store(e)
    }
}

impl From<PaperError> for AppError {
    fn from(e: PaperError) -> Self {
        AppError::Paper(e)
    }
}

impl From<ProfileError> for AppError {
    fn from(e: ProfileError) -> Self {
        AppError::Profile(e)
    }
}

/// What the UI receives when a command fails.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct UiError {
    /// Stable code (see [`AppError::code`]).
    pub code: String,
    /// The message, in the user's language (several problems are joined by new lines).
    pub message: String,
    /// The field it is about, if any.
    pub field: Option<String>,
}

impl std::fmt::Display for UiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}
