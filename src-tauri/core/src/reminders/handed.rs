//! What was handed to a phone's scheduler, and keeping it in step with the plan (Android, iOS).
//!
//! The OS cannot be asked what it holds: tauri-plugin-notification 2.8's `pending()` fails on iOS
//! (its answer lacks the `schedule` the Rust model requires) and Android stored nothing. So every
//! reminder handed over is recorded in the preferences ([`crate::prefs::Prefs::handed_to_os`])
//! *before* it is handed over, and each refresh cancels what is recorded and no longer wanted,
//! then records what it scheduled. A case deleted while the app was killed before its refresh
//! ran is still in the record, so the next refresh cancels its reminders. Refreshes take turns
//! (the core holds one lock for the whole of each): otherwise an older refresh's `schedule` could
//! land after a newer one's `cancel` and bring a deleted case's reminders back.

use std::collections::BTreeSet;

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::plan;
use crate::state::Core;

/// A reminder handed to the phone's scheduler: its id and the instant the OS was asked for. Kept
/// as `[id, unix seconds]`: the preferences are read on every start, and a plain pair is the
/// least code to read (the app's release size is a target).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(i32, i64)", into = "(i32, i64)")]
pub struct Handed {
    /// The notification id (stable for a case and a kind of reminder).
    pub id: i32,
    /// The instant handed to the OS (before any platform's own rewriting of it).
    pub at: DateTime<Utc>,
}

impl From<(i32, i64)> for Handed {
    fn from((id, seconds): (i32, i64)) -> Self {
        Self {
            id,
            at: DateTime::from_timestamp(seconds, 0).unwrap_or_default(),
        }
    }
}

impl From<Handed> for (i32, i64) {
    fn from(h: Handed) -> Self {
        (h.id, h.at.timestamp())
    }
}

/// The phone's scheduler as the core sees it: the notification plugin in the app, a fake in
/// tests.
pub trait OsSchedule {
    /// Asks the OS to show `title` and `body` at `at` under `id`, replacing one with that id.
    /// False when the OS refused.
    fn schedule(&self, id: i32, at: DateTime<Utc>, title: &str, body: &str) -> bool;
    /// Cancels the notifications with these ids (pending ones; on Android a shown one too).
    /// False when it failed.
    fn cancel(&self, ids: &[i32]) -> bool;
}

/// The least time ahead an instant is handed over: iOS refuses a time already past and Android
/// drops it without a word, and the call itself takes a moment.
pub const MARGIN: TimeDelta = TimeDelta::seconds(60);

/// The instant to hand the OS for a reminder due at `fire_at`, when the OS may deliver it up to
/// `lead` after the instant it is given (Android 12 and later without the exact-alarm permission:
/// within the hour): `lead` earlier, so it still arrives by `fire_at`; never less than
/// [`MARGIN`] from `now` (unless `fire_at` itself is nearer), never after `fire_at`; in whole
/// seconds, as the plugin takes them.
pub fn send_at(fire_at: DateTime<Utc>, now: DateTime<Utc>, lead: TimeDelta) -> DateTime<Utc> {
    (fire_at - lead)
        .max(now + MARGIN)
        .min(fire_at)
        .trunc_subsecs(0)
}

/// Which recorded reminders to cancel at `now`: those no longer `wanted` that the OS may still
/// hold (recorded for a later instant), and those that belong to no plan any more (`planned`: a
/// case deleted or done, reminders turned off), whose shown reminder may go too. A reminder
/// already due whose case still plans it is left alone: on Android, cancelling would take a
/// reminder the user has not read yet off the screen.
pub fn to_cancel(
    recorded: &[Handed],
    wanted: &BTreeSet<i32>,
    planned: &BTreeSet<i32>,
    now: DateTime<Utc>,
) -> BTreeSet<i32> {
    recorded
        .iter()
        .filter(|h| !wanted.contains(&h.id) && (h.at > now || !planned.contains(&h.id)))
        .map(|h| h.id)
        .collect()
}

/// What one refresh did, by id and by fixed failure codes (nothing personal: for the log).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synced {
    /// The ids handed to the OS.
    pub scheduled: Vec<i32>,
    /// The ids cancelled.
    pub cancelled: Vec<i32>,
    /// What failed: `record`, `mark-scheduled`, `cancel`, `schedule`.
    pub failures: Vec<&'static str>,
}

impl Core {
    /// Makes the phone's scheduler match the plan at `now`: cancels what was recorded and is no
    /// longer wanted ([`to_cancel`]), schedules every reminder still to come under its stable id
    /// ([`send_at`] with the platform's `lead`), and records what the OS may hold. One refresh at
    /// a time; each reads the records and preferences only once it has its turn, so the last
    /// one to run always sees the last change.
    pub fn sync_os_schedule(
        &self,
        os: &dyn OsSchedule,
        now: DateTime<Utc>,
        lead: TimeDelta,
    ) -> Synced {
        let _turn = self.os_schedule_turn();
        let mut out = Synced::default();
        let prefs = self.prefs();
        let (wanted, planned) = self.read(|r| {
            let planned: BTreeSet<i32> = plan::planned(r, &prefs)
                .iter()
                .map(|p| p.reminder.id)
                .collect();
            (plan::pending(r, &prefs, now), planned)
        });
        let sends: Vec<Handed> = wanted
            .iter()
            .map(|p| Handed {
                id: p.reminder.id,
                at: send_at(p.reminder.fire_at, now, lead),
            })
            .collect();
        let wanted_ids: BTreeSet<i32> = sends.iter().map(|h| h.id).collect();
        let recorded = prefs.handed_to_os;
        let cancel = to_cancel(&recorded, &wanted_ids, &planned, now);

        // Recorded before the OS is asked: whatever happens next (the app killed half-way), the
        // record holds everything the OS may hold.
        let mut during: Vec<Handed> = recorded
            .iter()
            .filter(|h| !wanted_ids.contains(&h.id))
            .copied()
            .collect();
        during.extend(&sends);
        self.record_handed(during, &mut out);
        // The OS shows these itself: the app must not show them a second time.
        if self
            .update(|r| {
                plan::mark_handed_to_os(r, &wanted);
                Ok(())
            })
            .is_err()
        {
            out.failures.push("mark-scheduled");
        }

        let cancel: Vec<i32> = cancel.into_iter().collect();
        let cancelled = cancel.is_empty() || os.cancel(&cancel);
        if cancelled {
            out.cancelled = cancel.clone();
        } else {
            out.failures.push("cancel");
        }
        for (p, h) in wanted.iter().zip(&sends) {
            let title = self.tr(&p.reminder.title);
            let body = self.tr(&p.reminder.body);
            if os.schedule(h.id, h.at, &title, &body) {
                out.scheduled.push(h.id);
            } else {
                out.failures.push("schedule");
            }
        }

        // What the OS may hold now: what was just handed over (a refused one too: cancelling an
        // id the OS lacks is harmless), and what could not be cancelled, to try again next time.
        let mut after = sends;
        if !cancelled {
            after.extend(recorded.iter().filter(|h| cancel.contains(&h.id)));
        }
        self.record_handed(after, &mut out);
        out
    }

    fn record_handed(&self, handed: Vec<Handed>, out: &mut Synced) {
        if self.change_prefs(|p| p.handed_to_os = handed).is_err() {
            out.failures.push("record");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_record_is_kept_as_id_and_whole_seconds() {
        let h = Handed {
            id: -7,
            at: at("2026-11-17T00:00:00Z"),
        };
        let json = serde_json::to_string(&[h]).unwrap();
        assert_eq!(json, "[[-7,1794873600]]");
        assert_eq!(serde_json::from_str::<Vec<Handed>>(&json).unwrap(), [h]);
    }

    #[test]
    fn a_lead_sends_earlier_but_never_into_the_past_nor_after_the_time() {
        let nine_jst = at("2026-11-17T00:00:00Z");
        let hour = TimeDelta::hours(1);
        // Days ahead: an hour early, so Android's window of up to an hour ends by 09:00.
        assert_eq!(
            send_at(nine_jst, at("2026-11-12T00:00:00Z"), hour),
            at("2026-11-16T23:00:00Z")
        );
        // Inside the hour: as soon as the OS takes it.
        assert_eq!(
            send_at(nine_jst, at("2026-11-16T23:30:00Z"), hour),
            at("2026-11-16T23:31:00Z")
        );
        // Less than the margin left: the time itself.
        assert_eq!(
            send_at(nine_jst, at("2026-11-16T23:59:30Z"), hour),
            nine_jst
        );
        // Exact platforms (iOS): the time itself.
        assert_eq!(
            send_at(nine_jst, at("2026-11-12T00:00:00Z"), TimeDelta::zero()),
            nine_jst
        );
    }

    #[test]
    fn what_is_cancelled_is_recorded_and_unwanted_except_a_shown_one_still_planned() {
        let now = at("2026-11-18T00:00:00Z");
        let recorded = [
            // Still wanted: rescheduled, not cancelled.
            Handed {
                id: 1,
                at: at("2026-11-21T00:00:00Z"),
            },
            // Not wanted, still to come in the OS (the hour changed, reminders off): cancelled.
            Handed {
                id: 2,
                at: at("2026-11-23T00:00:00Z"),
            },
            // Shown yesterday, its case still plans it: left on the screen.
            Handed {
                id: 3,
                at: at("2026-11-17T00:00:00Z"),
            },
            // Shown yesterday, its case deleted: cancelled (and taken off the screen).
            Handed {
                id: 4,
                at: at("2026-11-17T00:00:00Z"),
            },
        ];
        let wanted = BTreeSet::from([1]);
        let planned = BTreeSet::from([1, 2, 3]);
        assert_eq!(
            to_cancel(&recorded, &wanted, &planned, now),
            BTreeSet::from([2, 4])
        );
    }
}
