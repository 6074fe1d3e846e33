//! A file the user asked for, once the platform saved it: what the screen that saved it shows.
//! Where it went and what can be done with it next are the platform's (the app crate's
//! `exports`); the words are here.

use serde::Serialize;
use zairyu_domain::text::Text;

use crate::state::Core;

/// What the user can do with a saved file on this platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Actions {
    /// Open it in a viewer (to print).
    pub open: bool,
    /// Hand it to the share sheet (save elsewhere, print, mail…).
    pub share: bool,
}

/// A file just saved, as the screen that saved it shows it.
#[derive(Debug, Serialize)]
pub struct SavedView {
    /// The key to open or share it with (`papers:<case id>`, `data`, `calendar`).
    pub key: String,
    /// "Saved: …", in words.
    pub message: String,
    /// Where it is: a path on the desktop and iOS, the Downloads place on Android.
    pub path: String,
    /// What this platform can do with it next.
    pub actions: Actions,
    /// Its size in bytes.
    pub bytes: usize,
}

/// A file the core made, for the platform to save: its name and content, and the message the
/// screen shows once it is saved (a text whose `$path` is the place and `$size` the size in KB).
#[derive(Debug)]
pub struct FileToSave {
    /// The key it is remembered under.
    pub key: String,
    /// The file name.
    pub name: String,
    /// The content.
    pub bytes: Vec<u8>,
    /// The message id once saved.
    pub message: &'static str,
}

impl Core {
    /// What the screen shows of `file` saved at `place` (in words; `path` where there is one).
    pub fn saved_view(
        &self,
        key: &str,
        message: &str,
        place: &Text,
        path: Option<String>,
        actions: Actions,
        bytes: usize,
    ) -> SavedView {
        let place = self.tr(place);
        SavedView {
            key: key.to_owned(),
            message: self.tr(&Text::new(message)
                .str("path", place.clone())
                .int("size", bytes.div_ceil(1024) as i64)),
            path: path.unwrap_or(place),
            actions,
            bytes,
        }
    }
}
