//! Android and iOS. Android (tauri-plugin-android-fs): a file is saved to `Download/` through
//! MediaStore (no picker, no permission from Android 10), and the saved `content://` item is opened
//! in a viewer or handed to the share sheet. iOS: a file is saved in the app's Documents folder,
//! which Files shows under On My iPhone (`Info.ios.plist`: `UIFileSharingEnabled`,
//! `LSSupportsOpeningDocumentsInPlace`), and handed to the share sheet (tauri-plugin-sharekit),
//! which offers Save to Files, Print, Mail and AirDrop. The calls that wait for an activity or a
//! sheet block their thread: they run off the main thread (`spawn_blocking`) or are awaited.

use tauri::{AppHandle, Runtime, WebviewWindow};
use zairyu_domain::text::Text;

use super::{device, Actions, Handle, Kind, Saved, Shared};
use crate::state::AppState;
use zairyu_core::AppError;

/// What this platform can do with a saved file.
pub const ACTIONS: Actions = Actions {
    open: cfg!(target_os = "android"),
    share: true,
};

/// Saves `bytes` as `name` in `Download/ZairyuCardHelper/`. Android adds a number to a name
/// already taken; the name it kept is read back for the message.
#[cfg(target_os = "android")]
pub async fn save<R: Runtime>(
    app: &AppHandle<R>,
    _state: &AppState,
    kind: Kind,
    name: &str,
    bytes: Vec<u8>,
) -> Result<Saved, AppError> {
    use tauri_plugin_android_fs::{AndroidFsExt, PublicGeneralPurposeDir};
    let api = app.android_fs_async();
    let storage = api.public_storage();
    // Always granted from Android 11; asks on Android 7-9.
    if !storage
        .request_permission()
        .await
        .map_err(|_| device("permission"))?
    {
        return Err(device("permission"));
    }
    let uri = storage
        .write_new(
            None,
            PublicGeneralPurposeDir::Download,
            format!("{}/{name}", super::FOLDER),
            Some(kind.mime()),
            bytes,
        )
        .await
        .map_err(|_| device("save"))?;
    let kept = api.get_name(&uri).await.unwrap_or_else(|_| name.to_owned());
    Ok(Saved {
        kind,
        place: Text::new("ui-place-android-downloads")
            .str("folder", super::FOLDER)
            .str("name", kept),
        handle: Handle::Uri(uri),
    })
}

/// Saves `bytes` as `name` in the app's Documents folder: Files › On My iPhone › the app.
#[cfg(target_os = "ios")]
pub async fn save<R: Runtime>(
    app: &AppHandle<R>,
    _state: &AppState,
    kind: Kind,
    name: &str,
    bytes: Vec<u8>,
) -> Result<Saved, AppError> {
    use tauri::Manager;
    let dir = app.path().document_dir().map_err(|_| device("documents"))?;
    let path = super::write_into([dir], name, &bytes)?;
    Ok(Saved {
        kind,
        place: Text::new("ui-place-ios-files").str("name", name),
        handle: Handle::Path(path),
    })
}

/// Opens a saved file in a viewer app (Android; on iOS the share sheet's Print does it).
pub async fn open<R: Runtime>(app: &AppHandle<R>, saved: &Saved) -> Result<(), AppError> {
    #[cfg(target_os = "android")]
    {
        use tauri_plugin_android_fs::AndroidFsExt;
        let Handle::Uri(uri) = &saved.handle else {
            return Err(device("open"));
        };
        app.android_fs_async()
            .opener()
            .open_file(uri)
            .await
            .map_err(|_| device("open"))
    }
    #[cfg(target_os = "ios")]
    {
        let _ = (app, saved);
        Err(device("open"))
    }
}

/// Hands a saved file to the share sheet.
pub async fn share<R: Runtime>(
    window: WebviewWindow<R>,
    saved: &Saved,
) -> Result<Shared, AppError> {
    #[cfg(target_os = "android")]
    {
        // The saved MediaStore item itself, through android-fs's own chooser: no copy into the
        // app's cache (where sharekit would truncate a file already there). It returns once the
        // chooser is asked for, so what followed is not known.
        use tauri::Manager;
        use tauri_plugin_android_fs::AndroidFsExt;
        let Handle::Uri(uri) = &saved.handle else {
            return Err(device("share"));
        };
        window
            .app_handle()
            .android_fs_async()
            .opener()
            .share_file(uri)
            .await
            .map_err(|_| device("share"))?;
        Ok(Shared::Shown)
    }
    #[cfg(target_os = "ios")]
    {
        use tauri::plugin::mobile::PluginInvokeError;
        use tauri::Manager;
        use tauri_plugin_sharekit::{Error, ShareExt, ShareFileOptions};
        let Handle::Path(path) = &saved.handle;
        let app = window.app_handle().clone();
        // The app's own fresh copy where sharekit would put its own, removed when this returns
        // (`copy` is dropped at the end of the block, whatever the answer).
        let temp = app.path().temp_dir().map_err(|_| device("share"))?;
        let copy = super::ShareCopy::make(&temp, path)?;
        let url = super::file_url(copy.path());
        let options = ShareFileOptions {
            mime_type: Some(saved.kind.mime().to_owned()),
            title: None,
            position: None,
        };
        // The plugin waits until the sheet is closed; the Swift side runs on the main thread.
        let answer = tauri::async_runtime::spawn_blocking(move || {
            app.share().share_file(window, url, options)
        })
        .await
        .map_err(|_| device("share"))?;
        drop(copy);
        match answer {
            Ok(()) => Ok(Shared::Done),
            Err(Error::PluginInvoke(PluginInvokeError::InvokeRejected(r)))
                if super::is_cancel(r.message.as_deref()) =>
            {
                Ok(Shared::Cancelled)
            }
            Err(_) => Err(device("share")),
        }
    }
}
