//! Reminder settings, the permission to notify, a test notification, the reminders still to come,
//! and the calendar export. The decisions are in `crate::reminders::plan` (pure); these commands
//! only check input, store preferences and report.
//!
//! Commands that ask the notification plugin are `async`: on mobile the native plugin must not be
//! waited for on the main thread.

use chrono::{DateTime, Timelike, Utc};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::jst;
use zairyu_domain::reminders::{ReminderKind, HOURS};

use crate::clock;
use crate::commands::exports::{remember, SavedView};
use crate::error::{AppError, UiError};
use crate::exports::{self, Kind};
use crate::prefs;
use crate::reminders::plan::{self, Planned};
use crate::reminders::sink::{self, Permission};
use crate::reminders::{calendar, sync};
use crate::state::AppState;
use crate::view::Viewer;

/// The id of the test notification (outside the range of reminder ids, which are positive).
const TEST_NOTIFICATION_ID: i32 = -1;

/// A reminder still to come, as the settings screen lists it.
#[derive(Debug, Clone, Serialize)]
pub struct PendingView {
    /// The notification id.
    pub id: i32,
    /// The case it belongs to.
    pub case_id: String,
    /// Which reminder.
    pub kind: ReminderKind,
    /// When it fires (UTC, whole seconds).
    pub fire_at: DateTime<Utc>,
    /// When, in words: the Japan date in the user's locale and the Japan time.
    pub when: String,
    /// Its title, in the user's language.
    pub title: String,
    /// Its body, in the user's language.
    pub body: String,
}

/// An hour the user may choose.
#[derive(Debug, Clone, Serialize)]
pub struct HourChoice {
    /// The hour, 6–21.
    pub value: u8,
    /// "09:00".
    pub label: String,
}

/// The settings screen.
#[derive(Debug, Clone, Serialize)]
pub struct ReminderSettings {
    /// Whether reminders are on.
    pub enabled: bool,
    /// The hour (Japan time) of the countdown reminders.
    pub hour: u8,
    /// The hours to choose from.
    pub hours: Vec<HourChoice>,
    /// The notification permission as it stands.
    pub permission: Permission,
    /// A calm line when notifications are refused, so reminders cannot appear.
    pub permission_notice: Option<String>,
    /// The reminders still to come, soonest first.
    pub pending: Vec<PendingView>,
}

/// Whether to ask for the notification permission, and the one line to show before the OS prompt.
#[derive(Debug, Clone, Serialize)]
pub struct PermissionView {
    /// The permission as it stands.
    pub permission: Permission,
    /// True when it was never asked, is undecided, and reminders are waiting to be scheduled.
    pub should_ask: bool,
    /// Why the app asks, in the user's language.
    pub reason: String,
}

fn pending_views(state: &AppState, now: DateTime<Utc>) -> Vec<PendingView> {
    let lang = state.lang();
    let viewer = Viewer::new(&lang);
    plan::pending(&state.records(), &state.prefs(), now)
        .into_iter()
        .map(|Planned { case_id, reminder }| {
            let local = reminder.fire_at.with_timezone(&jst::offset());
            PendingView {
                id: reminder.id,
                case_id,
                kind: reminder.kind,
                fire_at: reminder.fire_at,
                when: format!(
                    "{} {:02}:{:02}",
                    viewer.date(jst::date_at(reminder.fire_at)).local,
                    local.hour(),
                    local.minute()
                ),
                title: viewer.tr(&reminder.title),
                body: viewer.tr(&reminder.body),
            }
        })
        .collect()
}

/// A calm notice when notifications are refused while reminders are on and waiting.
pub fn denied_notice(state: &AppState, permission: Permission) -> Option<String> {
    let p = state.prefs();
    let waiting = !plan::pending(&state.records(), &p, Utc::now()).is_empty();
    (permission == Permission::Denied && p.reminders_enabled && waiting)
        .then(|| state.tr_id("ui-permission-denied"))
}

fn settings<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> ReminderSettings {
    let p = state.prefs();
    let permission = sink::permission(app);
    ReminderSettings {
        enabled: p.reminders_enabled,
        hour: p.reminder_hour,
        hours: HOURS
            .map(|h| HourChoice {
                value: h,
                label: format!("{h:02}:00"),
            })
            .collect(),
        permission,
        permission_notice: denied_notice(state, permission),
        pending: pending_views(state, Utc::now()),
    }
}

/// The reminder settings, the permission and the reminders still to come.
#[tauri::command]
pub async fn reminder_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<ReminderSettings, UiError> {
    Ok(settings(&app, &state))
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
    let hour = u8::try_from(hour)
        .ok()
        .filter(|h| HOURS.contains(h))
        .ok_or_else(|| state.explain(AppError::invalid("err-app-reminder-hour", "hour")))?;
    let mut p = state.prefs();
    p.reminders_enabled = enabled;
    p.reminder_hour = hour;
    prefs::save(&app, state.data_dir(), &p);
    state.set_prefs(p);
    sync::after_change(&app, Vec::new());
    Ok(settings(&app, &state))
}

/// Shows a test notification now; returns a line saying it was sent.
#[tauri::command]
pub async fn test_notification<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, UiError> {
    sink::show(
        &app,
        TEST_NOTIFICATION_ID,
        &state.tr_id("test-notification-title"),
        &state.tr_id("test-notification-body"),
    );
    Ok(state.tr_id("ui-test-notification-sent"))
}

/// Saves the open cases' deadlines and reminders as a calendar file (`.ics`) where this platform
/// saves files for the user ([`exports::save`]), named with today's Japan date; it can then be
/// opened (a calendar app adds it) or shared.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SavedView, UiError> {
    let name = format!("zairyu-reminders-{}.ics", clock::today().format("%Y%m%d"));
    let lang = state.lang();
    let text = calendar::ics(
        &state.records(),
        &state.prefs(),
        &Viewer::new(&lang),
        Utc::now(),
    );
    let size = text.len();
    let saved = exports::save(&app, &state, Kind::Calendar, &name, text.into_bytes())
        .await
        .map_err(|e| state.explain(e))?;
    Ok(remember(
        &state,
        "calendar",
        saved,
        "ui-calendar-done",
        size,
    ))
}

fn permission_view<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> PermissionView {
    let permission = sink::permission(app);
    let p = state.prefs();
    let waiting = !plan::pending(&state.records(), &p, Utc::now()).is_empty();
    PermissionView {
        permission,
        should_ask: permission == Permission::Prompt
            && !p.permission_asked
            && p.reminders_enabled
            && waiting,
        reason: state.tr_id("ui-permission-reason"),
    }
}

/// Whether the app should ask for the notification permission now (the first time reminders
/// need scheduling), and the reason to show before the OS prompt.
#[tauri::command]
pub async fn reminder_permission<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<PermissionView, UiError> {
    Ok(permission_view(&app, &state))
}

/// Asks for the notification permission (the OS prompt), records that it was asked, and
/// schedules the reminders if it was granted.
#[tauri::command]
pub async fn request_reminder_permission<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<PermissionView, UiError> {
    let mut p = state.prefs();
    p.permission_asked = true;
    prefs::save(&app, state.data_dir(), &p);
    state.set_prefs(p);
    if sink::request(&app) == Permission::Granted {
        sync::after_change(&app, Vec::new());
    }
    Ok(permission_view(&app, &state))
}
