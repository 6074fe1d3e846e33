//! The reminder settings screen, the reason shown before the OS asks for the permission, and the
//! `.ics` export. Showing and scheduling are the app crate's; the words and decisions are here.

use chrono::{DateTime, NaiveTime, TimeDelta, Timelike, Utc};
use serde::Serialize;
use zairyu_domain::jst;
use zairyu_domain::reminders::{ReminderKind, HOURS};
use zairyu_domain::text::Text;

use super::plan::{self, Planned};
use super::{ics_texts, Permission};
use crate::clock::Clock;
use crate::error::AppError;
use crate::saved::FileToSave;
use crate::state::Core;

/// A reminder still to come, as the settings screen lists it.
#[derive(Debug, Clone, Serialize)]
pub struct PendingView {
    /// The notification id.
    pub id: i32,
    /// The case or the person it belongs to.
    pub owner: String,
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
    /// How exactly this device delivers them, when it is not at the minute (Android: during the
    /// hour before).
    pub timing_note: Option<String>,
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

impl Core {
    /// The reminders still to come after `now`, soonest first (none when reminders are off).
    pub fn pending(&self, now: DateTime<Utc>) -> Vec<Planned> {
        let prefs = self.prefs();
        self.read(|r| plan::pending(r, &prefs, now))
    }

    fn pending_views(&self, now: DateTime<Utc>) -> Vec<PendingView> {
        self.view(|v| {
            self.pending(now)
                .into_iter()
                .map(|Planned { owner, reminder }| {
                    let local = reminder.fire_at.with_timezone(&jst::offset());
                    PendingView {
                        id: reminder.id,
                        owner,
                        kind: reminder.kind,
                        fire_at: reminder.fire_at,
                        when: format!(
                            "{} {:02}:{:02}",
                            v.date(jst::date_at(reminder.fire_at)).local,
                            local.hour(),
                            local.minute()
                        ),
                        title: v.tr(&reminder.title),
                        body: v.tr(&reminder.body),
                    }
                })
                .collect()
        })
    }

    /// A calm notice when notifications are refused while reminders are on and waiting.
    pub fn denied_notice(&self, permission: Permission, clock: &Clock) -> Option<String> {
        let waiting = !self.pending(clock.now).is_empty();
        (permission == Permission::Denied && self.prefs().reminders_enabled && waiting)
            .then(|| self.tr_id("ui-permission-denied"))
    }

    /// The settings screen, with the permission as the platform reports it and `lead`, how long
    /// before its time the platform hands a reminder to the OS (Android: an hour, since it may
    /// deliver up to an hour late; elsewhere none).
    pub fn reminder_settings(
        &self,
        permission: Permission,
        lead: TimeDelta,
        clock: &Clock,
    ) -> ReminderSettings {
        let p = self.prefs();
        let timing_note = (lead > TimeDelta::zero()).then(|| {
            let to = NaiveTime::from_hms_opt(u32::from(p.reminder_hour), 0, 0).unwrap_or_default();
            let from = to - lead;
            self.tr(&Text::new("reminders-android-window")
                .str("from", from.format("%H:%M").to_string())
                .str("to", to.format("%H:%M").to_string()))
        });
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
            permission_notice: self.denied_notice(permission, clock),
            pending: self.pending_views(clock.now),
            timing_note,
        }
    }

    /// Turns reminders on or off and sets their hour (Japan time, 6–21). A bad hour is refused
    /// and changes nothing.
    pub fn set_reminder_settings(&self, enabled: bool, hour: i64) -> Result<(), AppError> {
        let hour = u8::try_from(hour)
            .ok()
            .filter(|h| HOURS.contains(h))
            .ok_or_else(|| AppError::invalid("err-app-reminder-hour", "hour"))?;
        self.change_prefs(|p| {
            p.reminders_enabled = enabled;
            p.reminder_hour = hour;
        })
    }

    /// Whether to ask for the notification permission now (the first time reminders need
    /// scheduling), and the reason to show before the OS prompt.
    pub fn permission_view(&self, permission: Permission, clock: &Clock) -> PermissionView {
        let p = self.prefs();
        let waiting = !self.pending(clock.now).is_empty();
        PermissionView {
            permission,
            should_ask: permission == Permission::Prompt
                && !p.permission_asked
                && p.reminders_enabled
                && waiting,
            reason: self.tr_id("ui-permission-reason"),
        }
    }

    /// Records that the permission was asked (it is asked once).
    pub fn permission_asked(&self) -> Result<(), AppError> {
        self.change_prefs(|p| p.permission_asked = true)
    }

    /// The open cases' deadlines and reminders as a calendar file (`.ics`), named with today's
    /// Japan date, for the platform to save.
    pub fn export_calendar(&self, clock: &Clock) -> FileToSave {
        let prefs = self.prefs();
        let text = self.read(|r| self.view(|v| ics_texts::ics(r, &prefs, v, clock.now)));
        FileToSave {
            key: "calendar".into(),
            name: format!("zairyu-reminders-{}.ics", clock.today.format("%Y%m%d")),
            bytes: text.into_bytes(),
            message: "ui-calendar-done",
        }
    }
}
