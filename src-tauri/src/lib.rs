//! The Tauri app: a thin shell around the domain crate. It holds the commands the UI calls, the
//! storage wiring and the notifications; every rule lives in `zairyu-domain`.

pub mod clock;
pub mod commands;
pub mod error;
#[cfg(debug_assertions)]
mod test_seams;

use tauri::{Builder, Runtime};

/// Registers the plugins and the commands on a builder. The real app and the command tests
/// (`tauri::test`) build from the same wiring.
pub fn wire<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(tauri::generate_handler![commands::overview::today_overview])
}

/// The app's context: its configuration, the UI's files and the capabilities (what the webview may
/// call). The command tests use the same one, so they check the permissions too.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the app (the desktop `main` and the mobile entry point).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    wire(Builder::default())
        .setup(|app| {
            #[cfg(debug_assertions)]
            test_seams::apply(app);
            let _ = app;
            Ok(())
        })
        .run(context())
        .expect("the app failed to start");
}
