//! Reminder settings, the permission to notify, a test notification, and the calendar export.
//! The decisions and words are the core's; these ask the notification plugin and report.
//!
//! Commands that ask the notification plugin are `async`: on mobile the native plugin must not be
//! waited for on the main thread.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::reminders::{PermissionView, ReminderSettings};
use zairyu_core::saved::SavedView;
use zairyu_core::{AppError, UiError};
use zairyu_domain::text::Text;

use crate::exports::Kind;
use crate::reminders::sink;
use crate::reminders::sync;
use crate::state::AppState;
use zairyu_core::reminders::Permission;

/// The id of the test notification (outside the range of reminder ids, which are positive).
const TEST_NOTIFICATION_ID: i32 = -1;

/// The reminder settings, the permission and the reminders still to come.
#[tauri::command]
pub async fn reminder_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<ReminderSettings, UiError> {
    state.run(|core, clock| Ok(core.reminder_settings(sink::permission(&app), sink::LEAD, clock)))
}

/// Turns reminders on or off and sets their hour (Japan time, 6–21). A bad hour is refused and
/// changes nothing. The device's schedule follows at once.
#[tauri::command]
pub async fn set_reminder_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    enabled: bool,
    hour: i64,
) -> Result<ReminderSettings, UiError> {
    state.change(&app, |core, _| core.set_reminder_settings(enabled, hour))?;
    state.run(|core, clock| Ok(core.reminder_settings(sink::permission(&app), sink::LEAD, clock)))
}

/// Shows a test notification now; returns a line saying it was sent, or an error saying it could
/// not be shown: notifications are refused for the app (Android then posts nothing and says
/// nothing) or the plugin refused it.
#[tauri::command]
pub async fn test_notification<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, UiError> {
    let core = &state.core;
    let title = core.tr_id("test-notification-title");
    let shown = sink::permission(&app) != Permission::Denied
        && sink::show(
            &app,
            TEST_NOTIFICATION_ID,
            &title,
            &core.tr_id("test-notification-body"),
        );
    if !shown {
        return Err(core.explain(AppError::Invalid {
            text: Text::new("reminders-test-failed"),
            field: None,
        }));
    }
    Ok(core.tr_id("ui-test-notification-sent"))
}

/// Saves the open cases' deadlines and reminders as a calendar file (`.ics`) where this platform
/// saves files for the user; it can then be opened (a calendar app adds it) or shared.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SavedView, UiError> {
    let file = state.run(|core, clock| Ok(core.export_calendar(clock)));
    state.save(&app, Kind::Calendar, file).await
}

/// Whether the app should ask for the notification permission now, and the reason to show
/// before the OS prompt.
#[tauri::command]
pub async fn reminder_permission<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<PermissionView, UiError> {
    state.run(|core, clock| Ok(core.permission_view(sink::permission(&app), clock)))
}

/// Asks for the notification permission (the OS prompt), records that it was asked, and
/// schedules the reminders if it was granted.
#[tauri::command]
pub async fn request_reminder_permission<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<PermissionView, UiError> {
    state.run(|core, _| core.permission_asked())?;
    let permission = sink::request(&app);
    if permission == Permission::Granted {
        sync::after_change(&app);
    }
    state.run(|core, clock| Ok(core.permission_view(permission, clock)))
}
