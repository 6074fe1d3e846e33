//! Reminders as the core sees them: which exist, which are due or still to come ([`plan`], pure
//! functions of the records, the preferences and "now"), what was handed to a phone's scheduler
//! and how it is kept in step ([`handed`]), the words of the calendar export ([`ics_texts`]), and
//! the settings screen ([`settings`]). Showing and scheduling them is the app
//! crate's (`reminders::sink` and `reminders::sync`), the only part that needs the plugin.

pub mod handed;
pub mod ics_texts;
pub mod plan;
pub mod settings;

use serde::Serialize;

pub use settings::{HourChoice, PendingView, PermissionView, ReminderSettings};

/// Whether the app may post notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// Allowed (always so on the desktop).
    Granted,
    /// Refused by the user (or unknown after an error).
    Denied,
    /// Not decided yet: asking would show the OS prompt.
    Prompt,
}
