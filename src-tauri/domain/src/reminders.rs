//! The reminder plan for an open case: one when the case is opened, then 7, 3 and 1 days before the
//! legal last day and on the morning of the last day, each at the user's hour in Japan time
//! ([`DEFAULT_HOUR`], 09:00, unless they chose another). Someone still abroad has no 14 days yet
//! but must be back before their re-entry permission ends: when they entered that day, 30, 7 and 1
//! days before it (入管法 第26条の2 第2項; docs/rules.md §8b.9). The app schedules them as local
//! notifications; this module only decides when and what.
//!
//! Rules never read the clock: `opened_at` and `today` are passed in.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::deadline::{self, Deadline, DeadlineKind};
use crate::jst;
use crate::text::Text;

/// Which reminder it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// When the case is opened.
    Opened,
    /// 7 days before the legal last day, at the reminder hour (JST).
    SevenDaysBefore,
    /// 3 days before the legal last day, at the reminder hour (JST).
    ThreeDaysBefore,
    /// 1 day before the legal last day, at the reminder hour (JST).
    OneDayBefore,
    /// The legal last day, at the reminder hour (JST).
    LastDay,
    /// Still abroad: 30 days before the re-entry permission ends, at the reminder hour (JST).
    ReturnByMonthBefore,
    /// Still abroad: 7 days before the re-entry permission ends.
    ReturnByWeekBefore,
    /// Still abroad: 1 day before the re-entry permission ends.
    ReturnByDayBefore,
    /// A renewal's window opens (its first open day), at the reminder hour (JST).
    RenewalOpens,
    /// A month before a renewal's last day.
    RenewalMonthBefore,
    /// A week before a renewal's last day.
    RenewalWeekBefore,
}

impl ReminderKind {
    /// A stable key for the kind, part of the reminder id (never change these).
    pub fn key(self) -> &'static str {
        match self {
            Self::Opened => "opened",
            Self::SevenDaysBefore => "seven_days_before",
            Self::ThreeDaysBefore => "three_days_before",
            Self::OneDayBefore => "one_day_before",
            Self::LastDay => "last_day",
            Self::ReturnByMonthBefore => "return_by_30",
            Self::ReturnByWeekBefore => "return_by_7",
            Self::ReturnByDayBefore => "return_by_1",
            Self::RenewalOpens => "renewal_opens",
            Self::RenewalMonthBefore => "renewal_month",
            Self::RenewalWeekBefore => "renewal_week",
        }
    }

    /// Days before the legal last day, for the countdown kinds.
    fn days_before(self) -> Option<u64> {
        match self {
            Self::Opened => None,
            Self::SevenDaysBefore => Some(7),
            Self::ThreeDaysBefore => Some(3),
            Self::OneDayBefore => Some(1),
            Self::LastDay => Some(0),
            Self::ReturnByMonthBefore => Some(30),
            Self::ReturnByWeekBefore => Some(7),
            Self::ReturnByDayBefore => Some(1),
            Self::RenewalOpens => None,
            Self::RenewalMonthBefore => Some(30),
            Self::RenewalWeekBefore => Some(7),
        }
    }
}

impl ReminderKind {
    /// Every kind a case can have, the opening one first, then the countdown in order, then
    /// the reminders to come back from abroad in time.
    pub const ALL: [ReminderKind; 11] = [
        ReminderKind::Opened,
        ReminderKind::SevenDaysBefore,
        ReminderKind::ThreeDaysBefore,
        ReminderKind::OneDayBefore,
        ReminderKind::LastDay,
        ReminderKind::ReturnByMonthBefore,
        ReminderKind::ReturnByWeekBefore,
        ReminderKind::ReturnByDayBefore,
        ReminderKind::RenewalOpens,
        ReminderKind::RenewalMonthBefore,
        ReminderKind::RenewalWeekBefore,
    ];
}

/// The reminders to be back before the re-entry permission ends, in order.
const RETURN_BY: [ReminderKind; 3] = [
    ReminderKind::ALL[5],
    ReminderKind::ALL[6],
    ReminderKind::ALL[7],
];

/// The countdown kinds, in order: every kind after the opening one.
const COUNTDOWN: [ReminderKind; 4] = [
    ReminderKind::ALL[1],
    ReminderKind::ALL[2],
    ReminderKind::ALL[3],
    ReminderKind::ALL[4],
];

/// One reminder to schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// The notification id: positive, derived from the case id and the kind, the same on every run
    /// (see [`reminder_id`]), so rescheduling replaces rather than duplicates.
    pub id: i32,
    /// When to fire, in whole seconds.
    pub fire_at: DateTime<Utc>,
    /// Which reminder.
    pub kind: ReminderKind,
    /// The notification title (ids `rem-*-title`).
    pub title: Text,
    /// The notification body (ids `rem-*-body`).
    pub body: Text,
}

/// The notification id for `kind` of the case `case_id`: the 32-bit FNV-1a hash of the UTF-8 bytes
/// of `case_id`, a 0x1F separator byte and [`ReminderKind::key`], with the top bit cleared so it is
/// a positive `i32`, and 0 mapped to 1. FNV-1a is fixed by its definition (offset basis
/// 0x811C9DC5, prime 0x01000193), unlike Rust's `Hash`, so ids are stable across runs and versions.
/// Different cases may collide with odds of about 1 in 2^31 per pair.
pub fn reminder_id(case_id: &str, kind: ReminderKind) -> i32 {
    let mut hash: u32 = 0x811C_9DC5;
    let bytes = case_id
        .bytes()
        .chain(std::iter::once(0x1F))
        .chain(kind.key().bytes());
    for byte in bytes {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let id = i32::try_from(hash & 0x7FFF_FFFF).unwrap_or(1);
    id.max(1)
}

/// The hour (Japan time) of the countdown reminders unless the user chose another.
pub const DEFAULT_HOUR: u8 = 9;

/// The hours (Japan time) a user may choose for the countdown reminders: 06:00 to 21:00, so no
/// reminder wakes anyone at night.
pub const HOURS: std::ops::RangeInclusive<u8> = 6..=21;

/// `hour`:00 as a time of day; an hour outside [`HOURS`] falls back to [`DEFAULT_HOUR`] (callers
/// validate the user's choice first; this only keeps the plan total).
fn at_hour(hour: u8) -> NaiveTime {
    let hour = if HOURS.contains(&hour) {
        hour
    } else {
        DEFAULT_HOUR
    };
    NaiveTime::from_hms_opt(u32::from(hour), 0, 0).unwrap_or(NaiveTime::MIN)
}

/// The reminders for `case` (stored under `case_id`) opened at `opened_at`, as of `today` (a
/// Japan date), with the countdown reminders at `hour`:00 Japan time (see [`HOURS`]). None once
/// the case records an application (or, for an old card, its return), and none when it has no
/// deadline (a damaged card without an order, an exchange). Countdown reminders not after
/// `opened_at`, or on a day before `today`, are left out; the opening one is always there, at
/// `opened_at` itself.
pub fn plan_for(
    case: &Case,
    case_id: &str,
    opened_at: DateTime<Utc>,
    today: NaiveDate,
    hour: u8,
) -> Vec<Reminder> {
    if case.applied_on.is_some() {
        return Vec::new();
    }
    if case.still_abroad {
        return return_by(case, case_id, opened_at, today, hour);
    }
    let Some(deadline) = deadline::for_case(case, today) else {
        return Vec::new();
    };
    let returning = deadline.kind == DeadlineKind::ReturnOldCard;
    let opened_at = opened_at.trunc_subsecs(0);
    let mut reminders = vec![opening(case_id, returning, &deadline, opened_at)];
    for kind in COUNTDOWN {
        let days_before = kind.days_before().unwrap_or(0);
        let Some(day) = deadline
            .legal_last_day
            .checked_sub_days(Days::new(days_before))
        else {
            continue;
        };
        let fire_at = jst::instant(day, at_hour(hour));
        if fire_at <= opened_at || day < today {
            continue;
        }
        let (title, body) = countdown_texts(kind, returning, days_before);
        reminders.push(Reminder {
            id: reminder_id(case_id, kind),
            fire_at,
            kind,
            title,
            body: body.date("deadline", deadline.legal_last_day),
        });
    }
    reminders
}

/// Someone still abroad who entered the last day of their re-entry permission: reminders 30, 7
/// and 1 days before it, at `hour`:00 Japan time, none on a day before `today` or not after
/// `opened_at`. Nothing when the day is not known.
fn return_by(
    case: &Case,
    case_id: &str,
    opened_at: DateTime<Utc>,
    today: NaiveDate,
    hour: u8,
) -> Vec<Reminder> {
    let Some(by) = case.return_by else {
        return Vec::new();
    };
    let opened_at = opened_at.trunc_subsecs(0);
    RETURN_BY
        .into_iter()
        .filter_map(|kind| {
            let days_before = kind.days_before().unwrap_or(0);
            let day = by.checked_sub_days(Days::new(days_before))?;
            let fire_at = jst::instant(day, at_hour(hour));
            if fire_at <= opened_at || day < today {
                return None;
            }
            let days = i64::try_from(days_before).unwrap_or(0);
            Some(Reminder {
                id: reminder_id(case_id, kind),
                fire_at,
                kind,
                title: Text::new("rem-return-by-title").date("by", by),
                body: Text::new("rem-return-by-body")
                    .int("days", days)
                    .date("by", by),
            })
        })
        .collect()
}

/// The owner under which a person's reminders for one renewal are stored (part of their ids: never
/// change it).
pub fn renewal_owner(person_id: &str, renewal: crate::validity::Renewal) -> String {
    format!("{person_id}/{}", renewal.key())
}

/// The reminders to renew a person's card (stored under `person_id`) for `windows`
/// ([`crate::validity::windows`]): on each window's first open day, a month before its last open
/// day and a week before, at `hour`:00 Japan time; none at or before `recorded_at` (when the card's
/// dates were entered) nor on a day before `today`. Each says what to do, where, and by when.
pub fn renewal_plan(
    person_id: &str,
    windows: &[crate::validity::Window],
    recorded_at: DateTime<Utc>,
    today: NaiveDate,
    hour: u8,
) -> Vec<Reminder> {
    let recorded_at = recorded_at.trunc_subsecs(0);
    let mut out = Vec::new();
    for w in windows {
        let family = w.renewal.family();
        let owner = renewal_owner(person_id, w.renewal);
        for kind in [
            ReminderKind::RenewalOpens,
            ReminderKind::RenewalMonthBefore,
            ReminderKind::RenewalWeekBefore,
        ] {
            let day = match kind.days_before() {
                None => w.first_open_day,
                Some(n) => match w.last_open_day.checked_sub_days(Days::new(n)) {
                    // A reminder before the window opens would ask for what cannot be filed yet.
                    Some(day) if day > w.first_open_day => day,
                    _ => continue,
                },
            };
            let fire_at = jst::instant(day, at_hour(hour));
            if fire_at <= recorded_at || day < today {
                continue;
            }
            let title = if kind == ReminderKind::RenewalOpens {
                Text::new("rem-renew-opens-title")
            } else {
                Text::new("rem-renew-before-title").int("days", (w.last_open_day - day).num_days())
            };
            out.push(Reminder {
                id: reminder_id(&owner, kind),
                fire_at,
                kind,
                title: title.str("renewal", family),
                body: Text::new("rem-renew-body")
                    .str("renewal", family)
                    .date("last", w.last_open_day),
            });
        }
    }
    out.sort_by_key(|r| (r.fire_at, r.id));
    out
}

/// Title and body of a countdown reminder (`days` only for those before the last day). Ids are
/// literal so the translation gate can find them.
fn countdown_texts(kind: ReminderKind, returning: bool, days_before: u64) -> (Text, Text) {
    let days = i64::try_from(days_before).unwrap_or(0);
    match (kind == ReminderKind::LastDay, returning) {
        (true, false) => (
            Text::new("rem-apply-last-day-title"),
            Text::new("rem-apply-last-day-body"),
        ),
        (true, true) => (
            Text::new("rem-return-last-day-title"),
            Text::new("rem-return-last-day-body"),
        ),
        (false, false) => (
            Text::new("rem-apply-before-title").int("days", days),
            Text::new("rem-apply-before-body").int("days", days),
        ),
        (false, true) => (
            Text::new("rem-return-before-title").int("days", days),
            Text::new("rem-return-before-body").int("days", days),
        ),
    }
}

/// The reminder at the opening instant: days left counted from the Japan date of `opened_at`;
/// a separate body when the deadline had already passed (apply at once, with a 理由書).
fn opening(
    case_id: &str,
    returning: bool,
    deadline: &Deadline,
    opened_at: DateTime<Utc>,
) -> Reminder {
    let days_left = (deadline.legal_last_day - jst::date_at(opened_at)).num_days();
    let (title, body) = match (returning, days_left < 0) {
        (false, false) => (
            Text::new("rem-apply-opened-title"),
            Text::new("rem-apply-opened-body").int("days", days_left),
        ),
        (false, true) => (
            Text::new("rem-apply-opened-title"),
            Text::new("rem-apply-opened-late-body").int("days", -days_left),
        ),
        (true, false) => (
            Text::new("rem-return-opened-title"),
            Text::new("rem-return-opened-body").int("days", days_left),
        ),
        (true, true) => (
            Text::new("rem-return-opened-title"),
            Text::new("rem-return-opened-late-body").int("days", -days_left),
        ),
    };
    Reminder {
        id: reminder_id(case_id, ReminderKind::Opened),
        fire_at: opened_at,
        kind: ReminderKind::Opened,
        title,
        body: body.date("deadline", deadline.legal_last_day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_positive_distinct_and_pinned() {
        // Pinned: a change here would orphan notifications already scheduled on devices.
        assert_eq!(reminder_id("case-1", ReminderKind::Opened), PINNED_OPENED);
        let mut ids: Vec<i32> = ReminderKind::ALL
            .iter()
            .map(|&k| reminder_id("case-1", k))
            .collect();
        assert!(ids.iter().all(|&id| id > 0));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ReminderKind::ALL.len());
        assert_ne!(
            reminder_id("case-1", ReminderKind::Opened),
            reminder_id("case-2", ReminderKind::Opened)
        );
    }

    #[test]
    fn the_hour_is_kept_within_the_day() {
        assert_eq!(at_hour(6), NaiveTime::from_hms_opt(6, 0, 0).unwrap());
        assert_eq!(at_hour(21), NaiveTime::from_hms_opt(21, 0, 0).unwrap());
        // Outside 6–21 (callers refuse it first): the default, never a night-time reminder.
        assert_eq!(at_hour(3), NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        assert_eq!(at_hour(24), NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    }

    /// FNV-1a of "case-1\x1fopened", top bit cleared (computed independently).
    const PINNED_OPENED: i32 = 295_646_665;
}
