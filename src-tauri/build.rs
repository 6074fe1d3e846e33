//! Builds the Tauri context and declares the app's own commands, so that each one is denied to the
//! webview unless a capability file (`capabilities/*.json`) grants it.

/// Every command the app exposes. A command missing here cannot be granted; one granted in no
/// capability cannot be called.
const COMMANDS: &[&str] = &[
    "today_overview",
    "app_info",
    "set_language",
    "date_view",
    "triage_next",
    "open_case",
    "case_view",
    "set_police_report",
    "set_tick",
    "mark_applied",
    "set_reentry",
    "set_found",
    "delete_case",
    "police_card",
    "export_data",
    "import_preview",
    "import_apply",
    "delete_all_data",
    "people_list",
    "person_get",
    "save_person",
    "link_person",
    "delete_person",
    "papers_view",
    "set_paper_answers",
    "make_papers",
    "open_export",
    "share_export",
    "reminder_settings",
    "set_reminder_settings",
    "pending_reminders",
    "test_notification",
    "export_calendar",
    "reminder_permission",
    "request_reminder_permission",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
