// Included by `build.rs` as well as compiled into the app: plain constants only.

/// Every command the webview may call on every platform, in one place. `build.rs` declares them
/// to Tauri (a command not declared cannot be granted), `capabilities/app.json` grants exactly
/// these (a test compares them), and `lib.rs` registers them (a test invokes each one).
pub const COMMANDS: &[&str] = &[
    "today_overview",
    "app_info",
    "first_paint",
    "set_language",
    "date_view",
    "triage_next",
    "open_case",
    "case_view",
    "set_police_report",
    "set_tick",
    "set_prefecture",
    "myths",
    "mark_applied",
    "record_new_card",
    "set_reentry",
    "set_travel",
    "set_found",
    "delete_case",
    "police_card",
    "export_data",
    "import_preview",
    "import_apply",
    "delete_all_data",
    "person_get",
    "save_person",
    "link_person",
    "delete_person",
    "papers_view",
    "set_paper_answers",
    "make_papers",
    "open_export",
    "reminder_settings",
    "set_reminder_settings",
    "test_notification",
    "export_calendar",
    "reminder_permission",
    "request_reminder_permission",
    "lock_status",
    "set_lock",
    "set_lock_after",
    "remove_lock",
    "dismiss_lock_offer",
    "unlock",
    "app_visibility",
];

/// The commands that exist only where the platform has a share sheet (Android, iOS, macOS):
/// granted by `capabilities/share.json` on those platforms alone.
pub const SHARE_COMMANDS: &[&str] = &["share_export"];
