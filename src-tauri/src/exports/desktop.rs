//! Linux, macOS, Windows: files go to Downloads (else the app's `exports` folder), open in the
//! system viewer (the opener plugin), and on macOS go to the share picker (sharekit). sharekit has
//! no Linux side, and its Windows side does not compile against tauri 2.12.

use tauri::{AppHandle, Manager, Runtime, WebviewWindow};
use tauri_plugin_opener::OpenerExt;

use super::{device, write_into, Actions, Handle, Kind, Saved, Shared};
use crate::state::AppState;
use zairyu_core::AppError;
use zairyu_domain::text::Text;

/// What this platform can do with a saved file.
pub const ACTIONS: Actions = Actions {
    open: true,
    share: cfg!(target_os = "macos"),
};

/// Saves `bytes` as `name` in Downloads, or in the app's `exports` folder when there is none, it
/// cannot be written, or the state keeps exports in its data folder (the command tests).
pub async fn save<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    kind: Kind,
    name: &str,
    bytes: Vec<u8>,
) -> Result<Saved, AppError> {
    let downloads = app
        .path()
        .download_dir()
        .ok()
        .filter(|d| d.is_dir() && !state.exports_in_data_dir());
    let own = state.data_dir().join("exports");
    let path = write_into(downloads.into_iter().chain([own]), name, &bytes)?;
    Ok(Saved {
        kind,
        place: Text::new("ui-place-path").str("path", path.display().to_string()),
        handle: Handle::Path(path),
    })
}

/// Opens a saved file in the system's viewer for its type.
pub async fn open<R: Runtime>(app: &AppHandle<R>, saved: &Saved) -> Result<(), AppError> {
    let Handle::Path(path) = &saved.handle;
    #[cfg(debug_assertions)]
    if crate::test_seams::record_open(path) {
        return Ok(());
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|_| device("open"))
}

/// Hands a saved file to the share picker (macOS). sharekit wants a plain path there
/// (`NSURL::fileURLWithPath`), not a `file://` URL, and returns once the picker is shown: what
/// followed is not known.
pub async fn share<R: Runtime>(
    window: WebviewWindow<R>,
    saved: &Saved,
) -> Result<Shared, AppError> {
    #[cfg(target_os = "macos")]
    {
        use tauri_plugin_sharekit::{ShareExt, ShareFileOptions};
        let Handle::Path(path) = &saved.handle;
        let app = window.app_handle().clone();
        let options = ShareFileOptions {
            mime_type: Some(saved.kind.mime().to_owned()),
            title: None,
            position: None,
        };
        app.share()
            .share_file(window, path.to_string_lossy().into_owned(), options)
            .map_err(|_| device("share"))?;
        Ok(Shared::Shown)
    }
    #[cfg(not(target_os = "macos"))]
    {
        let _ = (window, saved);
        Err(device("share"))
    }
}
