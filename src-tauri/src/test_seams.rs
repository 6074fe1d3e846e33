//! Hooks for the end-to-end tests, compiled into debug builds only: a pinned window size (WebDriver
//! cannot resize a window under Xvfb, which has no window manager) and a record of files the app
//! opens. The pinned date is in `clock.rs`. Release builds have none of this.

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

/// With `ZAIRYU_OPEN_LOG=<file>`, a file the app is asked to open is written on a line of that
/// file instead of being handed to the system viewer (which an Xvfb test machine does not have).
/// Returns whether it was. (The desktop's viewer only: a phone's is an activity.)
#[cfg(desktop)]
pub(crate) fn record_open(path: &std::path::Path) -> bool {
    use std::io::Write;
    let Some(log) = std::env::var_os("ZAIRYU_OPEN_LOG") else {
        return false;
    };
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .and_then(|mut f| writeln!(f, "{}", path.display()))
        .is_ok()
}
