// Each test binary uses its own part of these helpers.
#![allow(dead_code)]

//! Runs the app's commands in-process through `tauri::test`, with the real context (so the
//! capabilities are checked too) on the mock runtime, and a temporary data folder.

use std::path::PathBuf;

use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// An app on the mock runtime with its main window.
pub struct TestApp {
    /// Kept alive for the window's sake.
    _app: App<MockRuntime>,
    /// The window the commands are invoked from.
    pub window: WebviewWindow<MockRuntime>,
    /// The data folder of this app.
    pub dir: PathBuf,
}

/// A fresh, empty data folder under the target folder.
pub fn fresh_dir() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("zairyu-cmd-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp folder");
    dir
}

impl TestApp {
    /// Builds the app with the real wiring and context on a fresh data folder.
    pub fn new() -> Self {
        Self::in_dir(fresh_dir())
    }

    /// Builds the app on an existing data folder (to test what is kept).
    pub fn in_dir(dir: PathBuf) -> Self {
        let app = zairyu_app_lib::wire(mock_builder())
            .build(zairyu_app_lib::context())
            .expect("the app builds");
        zairyu_app_lib::init(app.handle(), Some(dir.clone())).expect("the state opens");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window builds");
        Self {
            _app: app,
            window,
            dir,
        }
    }

    /// The app closed and started again on the same data folder. The records' lock, which the end
    /// of a real process releases, is let go by hand first (the test stays one process).
    pub fn restart(self) -> Self {
        use tauri::Manager;
        self.window
            .state::<zairyu_app_lib::state::AppState>()
            .core
            .store()
            .release();
        let dir = self.dir.clone();
        drop(self);
        Self::in_dir(dir)
    }

    /// Invokes `cmd` with a JSON body; Ok is the command's JSON result, Err its JSON error.
    pub fn invoke(
        &self,
        cmd: &str,
        body: serde_json::Value,
    ) -> Result<serde_json::Value, serde_json::Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("a URL"),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<serde_json::Value>().expect("JSON"))
    }
}
