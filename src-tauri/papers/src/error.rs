//! Why a packet cannot be printed. Every variant names what the user can fix; [`PaperError::text`]
//! gives the message (catalog ids `err-paper-…`, English in `i18n/locales/en/papers.ftl`).

use thiserror::Error;

use zairyu_domain::case::Incident;
use zairyu_domain::profile::ProfileError;
use zairyu_domain::text::Text;

/// A packet that cannot be printed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PaperError {
    /// The profile does not validate.
    #[error("profile: {0}")]
    Profile(#[from] ProfileError),
    /// A character the font cannot draw (an emoji, a rare character): it would print as a box.
    #[error("{field} contains {character:?} (U+{:04X}), which the papers' font cannot draw", *.character as u32)]
    MissingGlyph {
        /// The field, e.g. `family-name`, `loss-place-name`.
        field: String,
        /// The character.
        character: char,
    },
    /// A required answer is empty (the police station, the acceptance number).
    #[error("{field} is empty")]
    Empty {
        /// The field.
        field: String,
    },
    /// A value too long for its box even at the smallest size allowed.
    #[error("{field} is too long to fit on the paper")]
    DoesNotFit {
        /// The field.
        field: String,
    },
    /// A free-text answer longer than its limit.
    #[error("{field} is {len} characters long; at most {max} fit")]
    TooLong {
        /// The field.
        field: String,
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A free-text answer with a control character (a line break, a tab…).
    #[error("{field} contains a control character")]
    ControlCharacter {
        /// The field.
        field: String,
    },
    /// This procedure's papers are not these: damage, exchange and a found old card use other forms.
    #[error("the papers are for a lost, stolen or destroyed card, not for {incident:?}")]
    NotThisProcedure {
        /// What happened to the card.
        incident: Incident,
    },
    /// The card turned up again before a new one was issued: no papers are needed.
    #[error("the card turned up again: nothing is applied for")]
    CardFoundAgain,
    /// An answer that does not fit the case (a "how" that is not how this incident happens).
    #[error("{field} does not fit what happened to the card")]
    AnswerDoesNotFit {
        /// The field.
        field: String,
    },
    /// A relative applies at the holder's request: the letter of authority needs their name,
    /// relationship, address and phone (the form's 取次者 block).
    #[error("the relative who applies is not entered")]
    MissingRelative,
    /// A lost or stolen card needs the loss statement's answers.
    #[error("the loss statement's answers (when, where, how) are missing")]
    MissingLossStatement,
    /// A lost or stolen card needs the police report (station, date, acceptance number).
    #[error("the police report (station, date, acceptance number) is missing")]
    MissingPoliceReport,
    /// The application is late and no reason for the delay was given.
    #[error("the application is past its deadline and no reason for the delay was given")]
    MissingLateReasons,
    /// The passport cannot be shown and no reason was given.
    #[error("the passport cannot be shown and no reason was given")]
    MissingPassportReasons,
    /// Two answers that must agree do not (e.g. the birth date in the profile and the case).
    #[error("{field} differs between the profile and the case")]
    Inconsistent {
        /// The field.
        field: String,
    },
    /// A date that cannot be true (a loss after the day it was learned of, a report in the future).
    #[error("{field} cannot be true")]
    ImpossibleDate {
        /// The field.
        field: String,
    },
    /// The day of the loss on the statement is after the day the card was found missing.
    #[error("the loss is after the day it was learned of")]
    LossAfterLearned,
    /// printpdf failed (the built-in font did not parse). A bug, not the user's doing.
    #[error("PDF: {0}")]
    Pdf(String),
}

impl PaperError {
    /// The message for the user: catalog id `err-paper-…` (or `err-profile-…` for a profile
    /// error), with the field as argument `field` where there is one.
    pub fn text(&self) -> Text {
        match self {
            PaperError::Profile(e) => e.text(),
            PaperError::MissingGlyph { field, character } => Text::new("err-paper-missing-glyph")
                .str("field", field.clone())
                .str("character", character.to_string())
                .str("codepoint", format!("U+{:04X}", *character as u32)),
            PaperError::Empty { field } => Text::new("err-paper-empty").str("field", field.clone()),
            PaperError::DoesNotFit { field } => {
                Text::new("err-paper-does-not-fit").str("field", field.clone())
            }
            PaperError::TooLong { field, len, max } => Text::new("err-paper-too-long")
                .str("field", field.clone())
                .int("len", *len as i64)
                .int("max", *max as i64),
            PaperError::ControlCharacter { field } => {
                Text::new("err-paper-control-character").str("field", field.clone())
            }
            PaperError::NotThisProcedure { incident } => Text::new("err-paper-not-this-procedure")
                .str(
                    "incident",
                    serde_json::to_value(incident)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                ),
            PaperError::CardFoundAgain => Text::new("err-paper-card-found-again"),
            PaperError::AnswerDoesNotFit { field } => {
                Text::new("err-paper-does-not-fit-case").str("field", field.clone())
            }
            PaperError::MissingRelative => Text::new("err-paper-missing-relative"),
            PaperError::MissingLossStatement => Text::new("err-paper-missing-loss-statement"),
            PaperError::MissingPoliceReport => Text::new("err-paper-missing-police-report"),
            PaperError::MissingLateReasons => Text::new("err-paper-missing-late-reasons"),
            PaperError::MissingPassportReasons => Text::new("err-paper-missing-passport-reasons"),
            PaperError::Inconsistent { field } => {
                Text::new("err-paper-inconsistent").str("field", field.clone())
            }
            PaperError::LossAfterLearned => Text::new("err-paper-loss-after-learned"),
            PaperError::ImpossibleDate { field } => {
                Text::new("err-paper-impossible-date").str("field", field.clone())
            }
            PaperError::Pdf(detail) => Text::new("err-paper-pdf").str("detail", detail.clone()),
        }
    }
}
