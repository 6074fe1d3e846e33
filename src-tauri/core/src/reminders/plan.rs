//! The truth about reminders, as pure functions of the records, the preferences and "now": which
//! reminders exist, which are still to come (to schedule), and which are due and not yet shown
//! (to show). No plugin, no clock: the tests pass any instant.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use zairyu_domain::jst;
use zairyu_domain::reminders::{self, Reminder};
use zairyu_domain::validity;

use crate::prefs::Prefs;
use crate::records::{CaseRecord, Person, Records};

/// A reminder of a case, or of a person's card (its renewal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// The case or the person it belongs to (ids are distinct across both).
    pub owner: String,
    /// The reminder (id, instant, texts).
    pub reminder: Reminder,
}

/// What to show now for one case or person: the most recent reminder that is due and was not
/// shown yet, and every due, unshown id of theirs, all to be marked as shown (so the user is not
/// flooded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// The case or the person it belongs to.
    pub owner: String,
    /// The one reminder to show.
    pub show: Reminder,
    /// The ids to record as shown (`show` among them).
    pub mark: Vec<i32>,
}

/// The whole reminder plan of one case, from its opening on, at the user's hour: the domain's
/// plan as of the Japan date it was opened (so reminders already past are in it too, for the
/// catch-up). Empty once the case is done or has no deadline.
pub fn case_plan(record: &CaseRecord, hour: u8) -> Vec<Reminder> {
    reminders::plan_for(
        &record.case,
        &record.id,
        record.opened_at,
        jst::date_at(record.opened_at),
        hour,
    )
}

/// The renewal reminders of a person's card, from the day its dates were entered (so reminders
/// already past then are not caught up); empty without dates.
pub fn person_plan(person: &Person, hour: u8) -> Vec<Reminder> {
    let (Some(dates), Some(recorded_at)) = (person.profile.card_dates, person.card_recorded_at)
    else {
        return Vec::new();
    };
    let windows = validity::windows(&dates, Some(person.profile.birth_date));
    reminders::renewal_plan(
        &person.id,
        &windows,
        recorded_at,
        jst::date_at(recorded_at),
        hour,
    )
}

/// Every reminder of every case, in case order, then every person's renewal reminders; none
/// when the user turned reminders off.
pub fn planned(records: &Records, prefs: &Prefs) -> Vec<Planned> {
    if !prefs.reminders_enabled {
        return Vec::new();
    }
    let cases = records.cases.iter().flat_map(|record| {
        case_plan(record, prefs.reminder_hour)
            .into_iter()
            .map(|reminder| Planned {
                owner: record.id.clone(),
                reminder,
            })
    });
    let people = records.people.iter().flat_map(|person| {
        person_plan(person, prefs.reminder_hour)
            .into_iter()
            .map(|reminder| Planned {
                owner: person.id.clone(),
                reminder,
            })
    });
    cases.chain(people).collect()
}

/// The reminders still to come after `now`, soonest first: what the OS should have scheduled.
pub fn pending(records: &Records, prefs: &Prefs, now: DateTime<Utc>) -> Vec<Planned> {
    let mut out: Vec<Planned> = planned(records, prefs)
        .into_iter()
        .filter(|p| p.reminder.fire_at > now)
        .collect();
    out.sort_by_key(|p| (p.reminder.fire_at, p.reminder.id));
    out
}

/// The reminders due at `now` (firing at or before it) and not shown yet, one [`Due`] per case.
/// With `since`, only those firing at or after it count (mobile: the OS delivered older ones).
pub fn due(
    records: &Records,
    prefs: &Prefs,
    now: DateTime<Utc>,
    since: Option<DateTime<Utc>>,
) -> Vec<Due> {
    let mut by_case: BTreeMap<&str, Vec<Reminder>> = BTreeMap::new();
    let shown = |owner: &str, id: i32| {
        records
            .case(owner)
            .map(|c| &c.shown_reminders)
            .or_else(|| records.person(owner).map(|p| &p.shown_reminders))
            .is_some_and(|shown| shown.contains(&id))
    };
    let all = planned(records, prefs);
    for p in &all {
        let r = &p.reminder;
        if r.fire_at <= now && since.is_none_or(|s| r.fire_at >= s) && !shown(&p.owner, r.id) {
            by_case.entry(&p.owner).or_default().push(r.clone());
        }
    }
    by_case
        .into_iter()
        .filter_map(|(owner, mut list)| {
            list.sort_by_key(|r| (r.fire_at, r.id));
            let mark = list.iter().map(|r| r.id).collect();
            Some(Due {
                owner: owner.to_owned(),
                show: list.pop()?,
                mark,
            })
        })
        .collect()
}

/// Records the ids of `due` as shown in their cases.
pub fn mark_shown(records: &mut Records, due: &[Due]) {
    for d in due {
        mark(records, &d.owner, d.mark.iter().copied());
    }
}

/// Mobile: records the reminders just handed to the OS as shown, because the OS shows each when
/// it falls due. Without this the app, running at that moment, would show it a second time (its
/// window for a case's first reminder covers the last two minutes).
pub fn mark_handed_to_os(records: &mut Records, scheduled: &[Planned]) {
    for p in scheduled {
        mark(records, &p.owner, [p.reminder.id]);
    }
}

fn mark(records: &mut Records, owner: &str, ids: impl IntoIterator<Item = i32>) {
    if let Some(case) = records.case_mut(owner) {
        case.shown_reminders.extend(ids);
    } else if let Some(person) = records.people.iter_mut().find(|p| p.id == owner) {
        person.shown_reminders.extend(ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use zairyu_domain::case::{CardKind, Case, Incident};
    use zairyu_domain::reminders::ReminderKind;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn records(opened_at: &str) -> Records {
        let case = Case::new(
            CardKind::ResidenceCard,
            Incident::Lost,
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        );
        Records {
            people: vec![],
            cases: vec![CaseRecord::new("case-1".into(), at(opened_at), case)],
        }
    }

    #[test]
    fn pending_is_what_comes_after_now() {
        let r = records("2026-10-01T03:15:30Z");
        let p = pending(&r, &Prefs::default(), at("2026-10-10T00:00:00Z"));
        let kinds: Vec<_> = p.iter().map(|p| p.reminder.kind).collect();
        assert_eq!(
            kinds,
            [
                ReminderKind::ThreeDaysBefore,
                ReminderKind::OneDayBefore,
                ReminderKind::LastDay
            ]
        );
        assert_eq!(p[0].reminder.fire_at, at("2026-10-12T00:00:00Z"));
    }

    #[test]
    fn the_hour_moves_the_countdown() {
        let r = records("2026-10-01T03:15:30Z");
        let prefs = Prefs {
            reminder_hour: 18,
            ..Prefs::default()
        };
        let p = pending(&r, &prefs, at("2026-10-14T10:00:00Z"));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].reminder.fire_at, at("2026-10-15T09:00:00Z"));
    }

    #[test]
    fn off_means_nothing_pending_and_nothing_due() {
        let r = records("2026-10-01T03:15:30Z");
        let off = Prefs {
            reminders_enabled: false,
            ..Prefs::default()
        };
        assert!(pending(&r, &off, at("2026-10-01T04:00:00Z")).is_empty());
        assert!(due(&r, &off, at("2026-10-20T00:00:00Z"), None).is_empty());
    }

    #[test]
    fn catch_up_shows_the_latest_once_and_marks_all() {
        let mut r = records("2026-10-01T03:15:30Z");
        let prefs = Prefs::default();
        // Launched on Oct 13: opened, 7 days and 3 days before were all missed.
        let now = at("2026-10-13T05:00:00Z");
        let d = due(&r, &prefs, now, None);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].show.kind, ReminderKind::ThreeDaysBefore);
        assert_eq!(d[0].mark.len(), 3);
        mark_shown(&mut r, &d);
        assert!(due(&r, &prefs, now, None).is_empty());
        // The next one comes on its own day.
        let d = due(&r, &prefs, at("2026-10-14T00:00:00Z"), None);
        assert_eq!(d[0].show.kind, ReminderKind::OneDayBefore);
        assert_eq!(d[0].mark, vec![d[0].show.id]);
    }

    #[test]
    fn since_leaves_older_ones_to_the_os() {
        let r = records("2026-10-01T03:15:30Z");
        let now = at("2026-10-08T00:00:30Z");
        let d = due(&r, &Prefs::default(), now, Some(at("2026-10-07T23:58:30Z")));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].show.kind, ReminderKind::SevenDaysBefore);
        assert_eq!(d[0].mark.len(), 1);
    }

    #[test]
    fn what_the_os_was_given_is_not_shown_again_by_the_app() {
        let mut r = records("2026-10-01T03:15:30Z");
        let prefs = Prefs::default();
        let scheduled = pending(&r, &prefs, at("2026-10-01T03:16:00Z"));
        assert_eq!(scheduled.len(), 4, "{scheduled:?}");
        mark_handed_to_os(&mut r, &scheduled);
        // The OS shows the 7-days reminder at its time; the app runs 30 s later: nothing to show.
        let fired = scheduled[0].reminder.fire_at;
        let now = fired + chrono::Duration::seconds(30);
        assert!(due(&r, &prefs, now, Some(now - chrono::Duration::minutes(2))).is_empty());
        // Still planned, so it is scheduled again at the next start (Android forgets on reboot).
        assert_eq!(pending(&r, &prefs, at("2026-10-02T00:00:00Z")), scheduled);
    }

    #[test]
    fn a_done_case_has_nothing() {
        let mut r = records("2026-10-01T03:15:30Z");
        r.cases[0].case.applied_on = NaiveDate::from_ymd_opt(2026, 10, 2);
        assert!(planned(&r, &Prefs::default()).is_empty());
    }
}
