//! Keeps the device in step with the records: shows what is due (the desktop's catch-up and
//! timer, and on every platform the reminder of a case just opened) and, on mobile, makes the OS
//! schedule match the plan. Called at start, after every change, and by the desktop timer.

use chrono::{DateTime, Duration, Utc};
use tauri::{AppHandle, Manager, Runtime};

use super::sink;
use crate::state::AppState;
use zairyu_core::reminders::plan;

/// How often the desktop timer looks for due reminders while the app runs.
pub const TICK: std::time::Duration = std::time::Duration::from_secs(60);

/// On mobile the OS delivers scheduled reminders itself; the app shows only what fell due within
/// this window (the reminder of a case just opened), never older ones, which the OS showed.
const MOBILE_WINDOW_MINUTES: i64 = 2;

/// Shows the reminders due at `now` that were not shown yet (the most recent one per case) and
/// records them all as shown, durably, before showing: a failed save shows nothing, so nothing is
/// ever shown twice. Returns the ids shown.
pub fn show_due<R: Runtime>(app: &AppHandle<R>, now: DateTime<Utc>) -> Vec<i32> {
    let Some(state) = app.try_state::<AppState>() else {
        return Vec::new();
    };
    let prefs = state.core.prefs();
    let since = cfg!(mobile).then(|| now - Duration::minutes(MOBILE_WINDOW_MINUTES));
    let due = state.core.update(|records| {
        let due = plan::due(records, &prefs, now, since);
        plan::mark_shown(records, &due);
        Ok(due)
    });
    let Ok(due) = due else {
        sink::log_failure("mark-shown");
        return Vec::new();
    };
    due.iter()
        .map(|d| {
            sink::show(
                app,
                d.show.id,
                &state.core.tr(&d.show.title),
                &state.core.tr(&d.show.body),
            );
            d.show.id
        })
        .collect()
}

/// Mobile: makes the OS schedule match the plan (`Core::sync_os_schedule`: cancels what was
/// handed over and is no longer wanted, schedules every reminder still to come under its stable
/// id, records both; one refresh at a time). Idempotent, so it runs at every start too.
#[cfg(mobile)]
pub fn schedule_pending<R: Runtime>(app: &AppHandle<R>, now: DateTime<Utc>) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let synced = state
        .core
        .sync_os_schedule(&sink::mobile::PluginOs(app), now, sink::LEAD);
    for code in synced.failures {
        sink::log_failure(code);
    }
}

/// Brings the device in step with the records now: shows what is due and, on mobile, reschedules
/// (the reminders of a case deleted meanwhile go, since they are in the record of what the OS
/// was given).
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let now = Utc::now();
    show_due(app, now);
    #[cfg(mobile)]
    schedule_pending(app, now);
}

/// After a change from a command: on the desktop at once (it only shows what is due); on mobile in
/// the background, since the native plugin must not be waited for on the main thread. Refreshes
/// started close together take turns in the core.
pub fn after_change<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(not(mobile))]
    refresh(app);
    #[cfg(mobile)]
    {
        let app = app.clone();
        tauri::async_runtime::spawn_blocking(move || refresh(&app));
    }
}

/// At start: the desktop catches up and then checks every [`TICK`] while the app runs; mobile
/// re-schedules once (Android forgets schedules across reboots).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || {
        #[cfg(not(mobile))]
        loop {
            refresh(&app);
            std::thread::sleep(TICK);
        }
        #[cfg(mobile)]
        refresh(&app);
    });
}
