//! The domain of the app: the rules for reissuing a lost residence card (在留カード), the Japanese
//! calendar they count on, the user's case, and the plan it leads to. The papers it fills in are
//! the `zairyu-papers` crate, so that only it compiles the PDF engine.
//!
//! This crate knows nothing of Tauri or of a webview: it builds and tests on its own. Everything a
//! user reads comes out of it as a [`text::Text`] (a catalog id and its arguments) and is translated
//! at the edge by the `zairyu-i18n` crate, so this crate holds no language.

pub mod at_the_office;
pub mod calendar;
pub mod case;
pub mod deadline;
pub mod ics;
pub mod jst;
pub mod limits;
pub mod meanwhile;
pub mod myths;
pub mod offices;
pub mod plan;
pub mod police_phrases;
pub mod profile;
pub mod reminders;
pub mod rules;
pub mod text;
pub mod triage;
pub mod validate;
pub mod validity;
pub mod window;
