//! The thin layer over tauri-plugin-notification 2.8: show now, and on mobile schedule and cancel
//! (`pending()` is not used: it cannot answer on iOS, and the core keeps its own record of what
//! the OS was given). Nothing here decides anything; failures are reported as catalog-free codes
//! and logged by code only (never a title or a body, which may say what happened to the user).
//!
//! Platform facts (see the shared engineering notes): the desktop ignores schedules and shows at
//! once; `cancel`/`pending` exist on mobile only; the native sides parse
//! `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, so instants go out in UTC with whole seconds.

use chrono::{DateTime, NaiveDateTime, SubsecRound, TimeDelta, TimeZone, Utc};
use tauri::plugin::PermissionState;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;
use zairyu_core::reminders::Permission;

/// How long before a reminder's time it is handed to the OS. Android 12 and later deliver an
/// alarm set without the exact-alarm permission up to an hour after the time it was given (the
/// plugin then falls back to `setAndAllowWhileIdle`). The app does not ask for that permission:
/// Android 14 denies it by default, the user would have to find it in Settings, and Google Play
/// keeps it for alarm-clock and calendar apps. So each reminder goes to Android an hour early and
/// arrives during the hour before the chosen time (at its start where alarms are exact, Android 11
/// and older), and the reminders screen says so (`reminders-android-window`).
#[cfg(target_os = "android")]
pub const LEAD: TimeDelta = TimeDelta::hours(1);
/// iOS delivers at the time given; the desktop shows reminders itself, on its own timer.
#[cfg(not(target_os = "android"))]
pub const LEAD: TimeDelta = TimeDelta::zero();

/// The plugin's permission state in the core's words.
fn permission_of(s: PermissionState) -> Permission {
    match s {
        PermissionState::Granted => Permission::Granted,
        PermissionState::Denied => Permission::Denied,
        _ => Permission::Prompt,
    }
}

/// Logs a failure of the notification layer by a fixed code (no user data).
pub fn log_failure(code: &'static str) {
    eprintln!("zairyu: notification failure: {code}");
}

/// Whether the plugin is there (it always is in the app; a test app may lack it).
fn ready<R: Runtime>(app: &AppHandle<R>) -> bool {
    let ok = app
        .try_state::<tauri_plugin_notification::Notification<R>>()
        .is_some();
    if !ok {
        log_failure("no-plugin");
    }
    ok
}

/// The permission as it stands, without prompting.
pub fn permission<R: Runtime>(app: &AppHandle<R>) -> Permission {
    if !ready(app) {
        return Permission::Denied;
    }
    app.notification()
        .permission_state()
        .map(permission_of)
        .unwrap_or_else(|_| {
            log_failure("permission-state");
            Permission::Denied
        })
}

/// Asks for the permission (the OS prompt on Android 13+ and iOS when not decided yet).
pub fn request<R: Runtime>(app: &AppHandle<R>) -> Permission {
    if !ready(app) {
        return Permission::Denied;
    }
    app.notification()
        .request_permission()
        .map(permission_of)
        .unwrap_or_else(|_| {
            log_failure("permission-request");
            Permission::Denied
        })
}

/// Shows a notification now; false when the plugin refused (or is not there).
pub fn show<R: Runtime>(app: &AppHandle<R>, id: i32, title: &str, body: &str) -> bool {
    if !ready(app) {
        return false;
    }
    let shown = app
        .notification()
        .builder()
        .id(id)
        .title(title)
        .body(body)
        .show()
        .is_ok();
    if !shown {
        log_failure("show");
    }
    shown
}

/// The wall-clock time of `at` in the device's time zone `zone`, labelled as UTC. iOS reads the
/// UTC time it is sent as device-local time (tauri-apps/plugins-workspace#3256, open), so to fire
/// at the instant `at` it must be sent the device's local wall-clock time of `at` as if it were
/// UTC. The offset is the zone's *at that instant*, not now's: a reminder set in winter for a day
/// after the clocks change (a phone set to Berlin or New York) must use the summer offset.
pub fn wall_clock_as_utc<Tz: TimeZone>(at: DateTime<Utc>, zone: &Tz) -> DateTime<Utc> {
    let local: NaiveDateTime = at.with_timezone(zone).naive_local();
    local.and_utc()
}

/// The instant to send for `at`: UTC, whole seconds (and on iOS the workaround above).
pub fn schedule_instant(at: DateTime<Utc>) -> DateTime<Utc> {
    let at = at.trunc_subsecs(0);
    // plugins-workspace #3256: iOS takes the UTC time as local time (9 h early in Japan). The
    // zone comes from the OS, not chrono::Local (see `zone`).
    #[cfg(target_os = "ios")]
    let at = wall_clock_as_utc(at, &super::zone::device());
    at
}

/// Mobile-only operations: schedule and cancel, as the core's
/// [`OsSchedule`](zairyu_core::reminders::handed::OsSchedule).
#[cfg(mobile)]
pub mod mobile {
    use chrono::{DateTime, Utc};
    use tauri::{AppHandle, Runtime};
    use tauri_plugin_notification::{NotificationExt, Schedule};
    use zairyu_core::reminders::handed::OsSchedule;

    /// The phone's scheduler through the notification plugin (on Android, our patched copy:
    /// a scheduled notification is kept for the plugin's boot receiver, see
    /// `src-tauri/patches/tauri-plugin-notification/NOTE.md`).
    pub struct PluginOs<'a, R: Runtime>(pub &'a AppHandle<R>);

    impl<R: Runtime> OsSchedule for PluginOs<'_, R> {
        fn schedule(&self, id: i32, at: DateTime<Utc>, title: &str, body: &str) -> bool {
            schedule(self.0, id, at, title, body)
        }

        fn cancel(&self, ids: &[i32]) -> bool {
            cancel(self.0, ids.to_vec())
        }
    }

    /// Schedules a notification under `id` at the instant `at` (replacing one with the same id).
    pub fn schedule<R: Runtime>(
        app: &AppHandle<R>,
        id: i32,
        at: DateTime<Utc>,
        title: &str,
        body: &str,
    ) -> bool {
        if !super::ready(app) {
            return false;
        }
        let sent = super::schedule_instant(at);
        let Ok(date) = time::OffsetDateTime::from_unix_timestamp(sent.timestamp()) else {
            super::log_failure("schedule-date");
            return false;
        };
        let ok = app
            .notification()
            .builder()
            .id(id)
            .title(title)
            .body(body)
            .schedule(Schedule::At {
                date,
                repeating: false,
                allow_while_idle: true,
            })
            .show()
            .is_ok();
        if !ok {
            super::log_failure("schedule");
        }
        ok
    }

    /// Cancels the scheduled notifications with these ids; false when the plugin failed.
    pub fn cancel<R: Runtime>(app: &AppHandle<R>, ids: Vec<i32>) -> bool {
        if ids.is_empty() {
            return true;
        }
        if !super::ready(app) {
            return false;
        }
        let ok = app.notification().cancel(ids).is_ok();
        if !ok {
            super::log_failure("cancel");
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn ios_workaround_sends_japan_wall_clock_as_utc() {
        use chrono::FixedOffset;
        // 09:00 JST is 00:00 UTC; an iPhone set to Japan must be sent "09:00Z".
        let jst = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(
            wall_clock_as_utc(at("2026-10-08T00:00:00Z"), &jst),
            at("2026-10-08T09:00:00Z")
        );
        let utc = FixedOffset::east_opt(0).unwrap();
        assert_eq!(
            wall_clock_as_utc(at("2026-10-08T00:00:00Z"), &utc),
            at("2026-10-08T00:00:00Z")
        );
    }

    #[test]
    fn ios_workaround_uses_the_offset_at_the_reminders_instant_across_a_clock_change() {
        // A phone set to Berlin: summer time ends on 2026-10-25 (UTC+2 -> UTC+1). 09:00 JST on
        // 2026-10-28 is 00:00 UTC, 01:00 in Berlin (winter time) even when scheduled in summer.
        let berlin = chrono_tz::Europe::Berlin;
        assert_eq!(
            wall_clock_as_utc(at("2026-10-28T00:00:00Z"), &berlin),
            at("2026-10-28T01:00:00Z")
        );
        // Before the change the same 09:00 JST is 02:00 in Berlin (summer time).
        assert_eq!(
            wall_clock_as_utc(at("2026-10-21T00:00:00Z"), &berlin),
            at("2026-10-21T02:00:00Z")
        );
        // New York: summer time starts on 2027-03-14 (UTC-5 -> UTC-4).
        let new_york = chrono_tz::America::New_York;
        assert_eq!(
            wall_clock_as_utc(at("2027-03-15T00:00:00Z"), &new_york),
            at("2027-03-14T20:00:00Z")
        );
        assert_eq!(
            wall_clock_as_utc(at("2027-03-12T00:00:00Z"), &new_york),
            at("2027-03-11T19:00:00Z")
        );
    }

    #[test]
    fn instants_go_out_in_whole_seconds() {
        let sent = schedule_instant(at("2026-10-08T00:00:00.750Z"));
        assert_eq!(sent.timestamp_subsec_nanos(), 0);
        #[cfg(not(target_os = "ios"))]
        assert_eq!(sent, at("2026-10-08T00:00:00Z"));
    }
}
