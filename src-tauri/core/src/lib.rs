//! The application core: everything between the domain and the webview that does not need Tauri.
//!
//! [`Core`] owns the records (through `zairyu-store`) and the preferences as values; each screen's
//! operation is a method on it that takes what the user sent and a [`Clock`], checks the input,
//! changes the records durably (or changes nothing), and returns the screen's view in the user's
//! language. The Tauri crate's commands are adapters of a few lines around these methods, so
//! everything here is tested by calling it, without a webview.

pub mod case;
pub mod clock;
pub mod data;
pub mod error;
pub mod frame;
pub mod lock;
pub mod new_card;
pub mod papers;
pub mod people;
pub mod prefs;
pub mod records;
pub mod reminders;
pub mod saved;
pub mod state;
pub mod view;
pub mod where_to_go;
pub mod window_view;

pub use clock::Clock;
pub use error::{AppError, UiError};
pub use state::Core;
