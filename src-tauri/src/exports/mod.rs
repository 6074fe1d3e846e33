//! Files the user asked for leave the app here, and only here: a copy of their data (JSON), the
//! papers (PDF), the reminders (`.ics`). Each is saved where the user can reach it on this
//! platform, then can be opened in a viewer (to print) or handed to the share sheet where the
//! platform has one. The platform code is split as the official plugins split theirs:
//! `desktop.rs` (Linux, macOS, Windows) and `mobile.rs` (Android, iOS); what does not depend on the
//! platform (the file URL, the share plugin's copies and answers, writing into a folder) is plain
//! functions here, tested on any host.
//!
//! | platform | save | open | share |
//! |---|---|---|---|
//! | Linux, Windows | Downloads (else the app's `exports` folder) | system viewer | — |
//! | macOS | Downloads | system viewer | share picker (sharekit) |
//! | Android | MediaStore `Download/ZairyuCardHelper/` (android-fs) | a viewer app | share sheet |
//! | iOS | the app's Documents, shown in Files › On My iPhone | — (Share offers Print) | share sheet (sharekit) |

use std::path::{Path, PathBuf};

use serde::Serialize;
use zairyu_domain::text::Text;

use zairyu_core::saved::Actions;
use zairyu_core::AppError;

#[cfg(desktop)]
mod desktop;
#[cfg(mobile)]
mod mobile;

#[cfg(desktop)]
use desktop as platform;
#[cfg(mobile)]
use mobile as platform;

pub use platform::{open, save, share, ACTIONS};

/// The folder (Android: under Download) that the app's files go to where it makes one.
pub const FOLDER: &str = "ZairyuCardHelper";

/// What a file is, which decides its type and what can be done with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The papers (PDF): to open and print, or to share.
    Papers,
    /// A copy of the user's data (JSON): to keep somewhere safe; nothing opens it but this app.
    Data,
    /// The same copy encrypted with a passphrase (an ASCII-armored age file, `.age`).
    EncryptedData,
    /// The reminders (`.ics`): opened by a calendar app.
    Calendar,
}

impl Kind {
    /// Its media type.
    pub fn mime(self) -> &'static str {
        match self {
            Kind::Papers => "application/pdf",
            Kind::Data => "application/json",
            Kind::EncryptedData => "application/octet-stream",
            Kind::Calendar => "text/calendar",
        }
    }

    /// What the user may do with it once saved, on this platform.
    pub fn actions(self) -> Actions {
        Actions {
            open: ACTIONS.open && !matches!(self, Kind::Data | Kind::EncryptedData),
            share: ACTIONS.share,
        }
    }
}

/// A file saved for the user: where, in words, and how to reach it again.
#[derive(Debug, Clone)]
pub struct Saved {
    /// What it is.
    pub kind: Kind,
    /// Where it is, as the user finds it (ids `ui-place-*`: a path; Downloads › ZairyuCardHelper
    /// › x.pdf; Files › On My iPhone › …).
    pub place: Text,
    /// How the platform reaches it again.
    pub(crate) handle: Handle,
}

impl Saved {
    /// Its path, where it has one (desktop, iOS; not Android's MediaStore item).
    pub fn path(&self) -> Option<&Path> {
        match &self.handle {
            Handle::Path(path) => Some(path),
            #[cfg(target_os = "android")]
            Handle::Uri(_) => None,
        }
    }
}

/// How a saved file is reached again.
#[derive(Debug, Clone)]
pub(crate) enum Handle {
    /// A file path (desktop, iOS).
    #[cfg_attr(target_os = "android", allow(dead_code))]
    Path(PathBuf),
    /// A MediaStore item (Android).
    #[cfg(target_os = "android")]
    Uri(tauri_plugin_android_fs::FsUri),
}

/// What the share sheet said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shared {
    /// The file was shared (iOS says so).
    Done,
    /// The sheet was dismissed (iOS says so).
    Cancelled,
    /// The sheet was shown; the platform does not say what followed (Android reports
    /// "cancelled" even after a real share; macOS does not wait for the picker).
    Shown,
}

impl Shared {
    /// The message id for the user.
    pub fn message_id(self) -> &'static str {
        match self {
            Shared::Done => "ui-share-done",
            Shared::Cancelled => "ui-share-cancelled",
            Shared::Shown => "ui-share-shown",
        }
    }
}

/// A platform call that failed, without what the plugin said (it may hold a path): the user is
/// told the device did not do it, and nothing was changed.
fn device(what: &str) -> AppError {
    AppError::Device(what.to_owned())
}

/// Writes `bytes` as `file_name` into the first of `dirs` that can be written (atomically: a
/// half-written file never has the name); returns its path.
pub fn write_into(
    dirs: impl IntoIterator<Item = PathBuf>,
    file_name: &str,
    bytes: &[u8],
) -> Result<PathBuf, AppError> {
    let mut last = None;
    for dir in dirs {
        let path = dir.join(file_name);
        let written = std::fs::create_dir_all(&dir)
            .map_err(|e| AppError::Device(e.kind().to_string()))
            .and_then(|()| zairyu_store::write_atomic(&path, bytes).map_err(AppError::from));
        match written {
            Ok(()) => return Ok(path),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| device("no folder")))
}

/// A `file://` URL for an absolute path, every byte outside RFC 3986's unreserved set and `/`
/// percent-encoded: sharekit's Swift side parses it with `URL(string:)`, which refuses a space.
pub fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut url = String::with_capacity(text.len() + 7);
    url.push_str("file://");
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                url.push(char::from(b))
            }
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

/// Where sharekit on iOS copies a file before presenting it: `NSTemporaryDirectory()/<name>`. It
/// copies with `try?`, so an older copy there makes the copy fail silently and the *old* file is
/// shared.
pub fn share_copy(temp_dir: &Path, source: &Path) -> Option<PathBuf> {
    source.file_name().map(|name| temp_dir.join(name))
}

/// The copy of a saved file that the iOS share sheet sends, made by the app at the very place
/// sharekit would copy it to ([`share_copy`]; sharekit's own copy then fails harmlessly and it
/// shares this one), so it is always the file just saved, and removed when dropped: it holds
/// personal data and must not stay in the temp folder once the share call returns. Its name is
/// the saved file's, which the user sees in Mail or Files; one share at a time
/// (`AppState::share_turn`) keeps two shares from meeting on it.
#[derive(Debug)]
pub struct ShareCopy(PathBuf);

impl ShareCopy {
    /// Copies `source` into `temp_dir` under its own name, replacing an older copy there.
    pub fn make(temp_dir: &Path, source: &Path) -> Result<Self, AppError> {
        let path = share_copy(temp_dir, source).ok_or_else(|| device("share"))?;
        let bytes = std::fs::read(source).map_err(|_| device("share"))?;
        zairyu_store::write_atomic(&path, &bytes).map_err(|_| device("share"))?;
        Ok(Self(path))
    }

    /// Where the copy is.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ShareCopy {
    fn drop(&mut self) {
        if let Err(e) = std::fs::remove_file(&self.0) {
            if e.kind() != std::io::ErrorKind::NotFound {
                // The kind only: the path holds the user's family name.
                eprintln!("zairyu: share copy not removed: {:?}", e.kind());
            }
        }
    }
}

/// The message sharekit's Swift and Kotlin sides reject with when the sheet is dismissed.
pub const SHARE_CANCELLED: &str = "Share cancelled";

/// Whether the share plugin's rejection means a dismissed sheet (not a failure).
pub fn is_cancel(message: Option<&str>) -> bool {
    message == Some(SHARE_CANCELLED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_are_percent_encoded() {
        assert_eq!(
            file_url(Path::new("/var/mobile/Documents/zairyu papers é.pdf")),
            "file:///var/mobile/Documents/zairyu%20papers%20%C3%A9.pdf"
        );
        assert_eq!(file_url(Path::new("/a/b-c_d.~e")), "file:///a/b-c_d.~e");
        assert_eq!(file_url(Path::new("/x/#?%")), "file:///x/%23%3F%25");
    }

    #[test]
    fn the_share_copy_is_in_the_temp_folder_under_the_same_name() {
        assert_eq!(
            share_copy(Path::new("/tmp"), Path::new("/docs/x.pdf")),
            Some(PathBuf::from("/tmp/x.pdf"))
        );
        assert_eq!(share_copy(Path::new("/tmp"), Path::new("/")), None);
    }

    #[test]
    fn the_share_copy_is_the_file_just_saved_and_goes_when_dropped() {
        let root = std::env::temp_dir().join(format!("zairyu-share-{}", std::process::id()));
        let (docs, temp) = (root.join("docs"), root.join("tmp"));
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::create_dir_all(&temp).unwrap();
        let source = docs.join("zairyu papers.pdf");
        std::fs::write(&source, b"%PDF new").unwrap();
        // A copy left by an earlier share (or sharekit) must not be the one shared.
        std::fs::write(temp.join("zairyu papers.pdf"), b"%PDF old").unwrap();
        let copy = ShareCopy::make(&temp, &source).unwrap();
        assert_eq!(copy.path(), temp.join("zairyu papers.pdf"));
        assert_eq!(std::fs::read(copy.path()).unwrap(), b"%PDF new");
        drop(copy);
        assert!(!temp.join("zairyu papers.pdf").exists());
        assert_eq!(std::fs::read(&source).unwrap(), b"%PDF new");
        assert!(ShareCopy::make(&temp, &docs.join("missing.pdf")).is_err());
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn only_the_plugins_words_mean_cancelled() {
        assert!(is_cancel(Some("Share cancelled")));
        assert!(!is_cancel(Some("Invalid file URL")));
        assert!(!is_cancel(None));
    }

    #[test]
    fn a_file_goes_to_the_first_folder_that_takes_it() {
        let root = std::env::temp_dir().join(format!("zairyu-exports-{}", std::process::id()));
        let blocked = root.join("blocked");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(&blocked, b"a file, not a folder").unwrap();
        let path = write_into([blocked.clone(), root.join("own")], "x.pdf", b"%PDF").unwrap();
        assert_eq!(path, root.join("own/x.pdf"));
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF");
        assert!(write_into([blocked], "x.pdf", b"%PDF").is_err());
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_copy_of_the_data_is_shared_not_opened() {
        assert!(!Kind::Data.actions().open);
        assert_eq!(Kind::Papers.actions(), ACTIONS);
        assert_eq!(Kind::Calendar.mime(), "text/calendar");
    }
}
