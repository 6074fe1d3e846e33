//! Hello world with the app's plugins: the size, start-time and memory yardstick.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Says the page is painted, as the app's `first_paint` does (scripts/start-bench.sh): with
/// `ZAIRYU_READY_FILE` set, the wall-clock time in nanoseconds since 1970 goes to that file.
#[tauri::command]
fn first_paint() {
    let Some(file) = std::env::var_os("ZAIRYU_READY_FILE") else {
        return;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let _ = std::fs::write(file, nanos.to_string());
}

fn main() {
    tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|_, _, _| {}))
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(tauri::generate_handler![first_paint])
        .run(tauri::generate_context!())
        .expect("error while running the hello world");
}
