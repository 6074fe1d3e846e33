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

/// Mobile: cancels every scheduled reminder that is no longer planned (including those of the
/// cases `forget`, deleted just now) and schedules every reminder still to come under its stable
/// id, which replaces an earlier schedule: idempotent, so it runs at every start. What is handed
/// to the OS is recorded as shown first, so [`show_due`] never shows it a second time.
#[cfg(mobile)]
pub fn schedule_pending<R: Runtime>(app: &AppHandle<R>, now: DateTime<Utc>, forget: &[String]) {
    use std::collections::BTreeSet;
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let records = state.core.records();
    let pending = plan::pending(&records, &state.core.prefs(), now);
    let wanted: BTreeSet<i32> = pending.iter().map(|p| p.reminder.id).collect();
    let mut cancel: BTreeSet<i32> = sink::mobile::scheduled_ids(app).into_iter().collect();
    for id in records.cases.iter().map(|c| &c.id).chain(forget) {
        cancel.extend(plan::all_ids(id));
    }
    cancel.retain(|id| !wanted.contains(id));
    sink::mobile::cancel(app, cancel.into_iter().collect());
    if state
        .core
        .update(|records| {
            plan::mark_handed_to_os(records, &pending);
            Ok(())
        })
        .is_err()
    {
        sink::log_failure("mark-scheduled");
    }
    for p in &pending {
        sink::mobile::schedule(
            app,
            p.reminder.id,
            p.reminder.fire_at,
            &state.core.tr(&p.reminder.title),
            &state.core.tr(&p.reminder.body),
        );
    }
}

/// Brings the device in step with the records now: shows what is due and, on mobile, reschedules.
/// `forget` names cases deleted just now, whose scheduled reminders must go.
pub fn refresh<R: Runtime>(app: &AppHandle<R>, forget: &[String]) {
    let now = Utc::now();
    show_due(app, now);
    #[cfg(mobile)]
    schedule_pending(app, now, forget);
    #[cfg(not(mobile))]
    let _ = forget;
}

/// After a change from a command: on the desktop at once (it only shows what is due); on mobile in
/// the background, since the native plugin must not be waited for on the main thread.
pub fn after_change<R: Runtime>(app: &AppHandle<R>, forget: Vec<String>) {
    #[cfg(not(mobile))]
    refresh(app, &forget);
    #[cfg(mobile)]
    {
        let app = app.clone();
        tauri::async_runtime::spawn_blocking(move || refresh(&app, &forget));
    }
}

/// At start: the desktop catches up and then checks every [`TICK`] while the app runs; mobile
/// re-schedules once (Android forgets schedules across reboots).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || {
        #[cfg(not(mobile))]
        loop {
            refresh(&app, &[]);
            std::thread::sleep(TICK);
        }
        #[cfg(mobile)]
        refresh(&app, &[]);
    });
}
