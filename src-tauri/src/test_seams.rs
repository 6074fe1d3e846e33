//! Hooks for the end-to-end tests, compiled into debug builds only: a pinned window size (WebDriver
//! cannot resize a window under Xvfb, which has no window manager). The pinned date is in
//! `clock.rs`. Release builds have none of this.

use tauri::{LogicalSize, Manager, Runtime};

/// Applies `ZAIRYU_WINDOW_SIZE=WxH` to the main window, if set.
pub fn apply<R: Runtime>(app: &tauri::App<R>) {
    let Some((w, h)) = std::env::var("ZAIRYU_WINDOW_SIZE").ok().and_then(|s| {
        let (w, h) = s.split_once('x')?;
        Some((w.parse::<f64>().ok()?, h.parse::<f64>().ok()?))
    }) else {
        return;
    };
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_size(LogicalSize::new(w, h));
    }
}
