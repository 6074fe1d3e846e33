//! The Tauri app: a thin shell around the application core (`zairyu-core`). It holds the
//! commands the UI calls (adapters of a few lines), the storage and plugin wiring, the
//! notifications and the platform's files; every rule lives in `zairyu-domain`, every view and
//! check in `zairyu-core`.

pub mod commands;
pub mod device_unlock;
pub mod exports;
pub mod prefs;
pub mod reminders;
pub mod state;
#[cfg(debug_assertions)]
mod test_seams;

use std::path::PathBuf;

use tauri::{AppHandle, Builder, Manager, Runtime};

use zairyu_core::Core;

use crate::state::AppState;

/// Opens the records and preferences in `data_dir` (the app's data folder when `None`) and puts
/// the state under Tauri's management. The app calls it at setup; command tests call it directly,
/// since the mock runtime never runs setup. With an explicit folder, exports stay inside it.
pub fn init<R: Runtime>(
    app: &AppHandle<R>,
    data_dir: Option<PathBuf>,
) -> Result<(), Box<dyn std::error::Error>> {
    let explicit = data_dir.is_some();
    let dir = match data_dir {
        Some(d) => d,
        None => app.path().app_data_dir()?,
    };
    std::fs::create_dir_all(&dir)?;
    let prefs = prefs::load(app, &dir);
    let store = Box::new(prefs::PluginPrefs::new(app, &dir));
    let core = Core::open(&dir, prefs, store).map_err(|e| e.code())?;
    app.manage(AppState::new(core, &dir, explicit));
    Ok(())
}

/// Registers the plugins and the commands on a builder. The real app and the command tests
/// (`tauri::test`) build from the same wiring.
pub fn wire<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    // Getting files out (exports/): MediaStore Downloads, a viewer and the share sheet on Android;
    // the share sheet on iOS and macOS. Only Rust calls them: no capability grants their commands.
    #[cfg(target_os = "android")]
    let builder = builder.plugin(tauri_plugin_android_fs::init());
    #[cfg(any(target_os = "ios", target_os = "macos"))]
    let builder = builder.plugin(tauri_plugin_sharekit::init());
    // The app lock's fingerprint or face unlock (device_unlock.rs); Rust calls it, the webview
    // cannot.
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_biometric::init());
    #[cfg(desktop)]
    let builder = builder.plugin(tauri_plugin_opener::init());
    builder
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(tauri::generate_handler![
            commands::app::today_overview,
            commands::app::app_info,
            commands::app::first_paint,
            commands::app::set_language,
            commands::app::date_view,
            commands::case::triage_next,
            commands::case::open_case,
            commands::case::case_view,
            commands::case::set_police_report,
            commands::case::set_tick,
            commands::case::set_prefecture,
            commands::case::myths,
            commands::case::mark_applied,
            commands::case::record_new_card,
            commands::case::set_reentry,
            commands::case::set_travel,
            commands::case::set_found,
            commands::case::delete_case,
            commands::case::police_card,
            commands::data::export_data,
            commands::data::import_preview,
            commands::data::import_apply,
            commands::data::delete_all_data,
            commands::people::person_get,
            commands::people::save_person,
            commands::people::link_person,
            commands::people::delete_person,
            commands::papers::papers_view,
            commands::papers::set_paper_answers,
            commands::papers::make_papers,
            commands::exports::open_export,
            // Only where there is a share sheet: the Linux binary carries no command it cannot use.
            #[cfg(any(mobile, target_os = "macos"))]
            commands::exports::share_export,
            commands::reminders::reminder_settings,
            commands::reminders::set_reminder_settings,
            commands::reminders::test_notification,
            commands::reminders::export_calendar,
            commands::reminders::reminder_permission,
            commands::reminders::request_reminder_permission,
            commands::lock::lock_status,
            commands::lock::set_lock,
            commands::lock::set_lock_after,
            commands::lock::remove_lock,
            commands::lock::dismiss_lock_offer,
            commands::lock::unlock,
            commands::lock::app_visibility,
        ])
}

/// The app's context: its configuration, the UI's files and the capabilities (what the webview may
/// call). The command tests use the same one, so they check the permissions too.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the app (the desktop `main` and the mobile entry point).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let builder = Builder::default();
    // One app at a time on the desktop: a second launch brings the first window forward and
    // ends, so two processes never hold two copies of the records (the store's lock is the second
    // guard, on every platform). Registered first, as the plugin asks; not in `wire`, so the
    // command tests, which build many apps in one process, do not meet it.
    #[cfg(desktop)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    }));
    wire(builder)
        .setup(|app| {
            init(app.handle(), None)?;
            reminders::sync::start(app.handle());
            #[cfg(debug_assertions)]
            test_seams::apply(app);
            Ok(())
        })
        .run(context())
        .expect("the app failed to start");
}
