//! The words of the calendar export: each open case's legal last day (or, still abroad, the last
//! day of the re-entry permission) and its reminders still to come, in the user's language,
//! handed to the domain's `.ics` writer.

use chrono::{DateTime, Utc};
use zairyu_domain::deadline::{self, DeadlineKind};
use zairyu_domain::ics::{self, CalendarReminder, CaseCalendar};
use zairyu_domain::jst;
use zairyu_domain::reminders::{reminder_id, renewal_owner, ReminderKind};
use zairyu_domain::text::Text;
use zairyu_domain::validity;

use super::plan;
use crate::prefs::Prefs;
use crate::records::Records;
use crate::view::Viewer;

/// The cases with a deadline and not done, with their reminders after `now` (at the user's hour,
/// even when reminders are off on the device: the calendar is the user's own).
pub fn cases(
    records: &Records,
    prefs: &Prefs,
    viewer: &Viewer,
    now: DateTime<Utc>,
) -> Vec<CaseCalendar> {
    let today = jst::date_at(now);
    records
        .cases
        .iter()
        .filter(|r| r.case.applied_on.is_none())
        .filter_map(|r| {
            // The day to act by: the legal last day; for someone still abroad, the last day of
            // the re-entry permission they entered (docs/rules.md §8b.9).
            let (id, day, title, body) = match deadline::for_case(&r.case, today) {
                Some(d) => (
                    ReminderKind::LastDay,
                    d.legal_last_day,
                    match d.kind {
                        DeadlineKind::ReturnOldCard => "cal-return-deadline-title",
                        _ => "cal-apply-deadline-title",
                    },
                    "cal-deadline-body",
                ),
                None if r.case.still_abroad => (
                    ReminderKind::ReturnByDayBefore,
                    r.case.return_by?,
                    "cal-return-by-title",
                    "cal-return-by-body",
                ),
                None => return None,
            };
            Some(CaseCalendar {
                deadline_id: reminder_id(&r.id, id),
                deadline: day,
                deadline_summary: viewer.tr(&Text::new(title)),
                deadline_description: viewer.tr(&Text::new(body)),
                reminders: plan::case_plan(r, prefs.reminder_hour)
                    .into_iter()
                    .filter(|rem| rem.fire_at > now)
                    .map(|rem| CalendarReminder {
                        id: rem.id,
                        at: rem.fire_at,
                        summary: viewer.tr(&rem.title),
                        description: viewer.tr(&rem.body),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// Every person's renewal windows still ahead: the last day as the event, with its reminders
/// after `now` (docs/rules.md §15).
pub fn renewals(
    records: &Records,
    prefs: &Prefs,
    viewer: &Viewer,
    now: DateTime<Utc>,
) -> Vec<CaseCalendar> {
    let today = jst::date_at(now);
    records
        .people
        .iter()
        .flat_map(|p| {
            let reminders = plan::person_plan(p, prefs.reminder_hour);
            let windows = p
                .profile
                .card_dates
                .map(|d| validity::windows(&d, Some(p.profile.birth_date)))
                .unwrap_or_default();
            windows
                .into_iter()
                .filter(|w| w.last_open_day >= today)
                .map(|w| {
                    let owner = renewal_owner(&p.id, w.renewal);
                    let ids = [
                        ReminderKind::RenewalOpens,
                        ReminderKind::RenewalMonthBefore,
                        ReminderKind::RenewalWeekBefore,
                    ]
                    .map(|k| reminder_id(&owner, k));
                    let family = w.renewal.family();
                    CaseCalendar {
                        deadline_id: reminder_id(&owner, ReminderKind::LastDay),
                        deadline: w.last_open_day,
                        deadline_summary: viewer
                            .tr(&Text::new("cal-renewal-last-day-title").str("renewal", family)),
                        deadline_description: viewer.tr(&Text::new("rem-renew-body")
                            .str("renewal", family)
                            .date("last", w.last_open_day)),
                        reminders: reminders
                            .iter()
                            .filter(|r| ids.contains(&r.id) && r.fire_at > now)
                            .map(|r| CalendarReminder {
                                id: r.id,
                                at: r.fire_at,
                                summary: viewer.tr(&r.title),
                                description: viewer.tr(&r.body),
                            })
                            .collect(),
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The `.ics` text of every open case and every renewal ahead, stamped `now`.
pub fn ics(records: &Records, prefs: &Prefs, viewer: &Viewer, now: DateTime<Utc>) -> String {
    let mut all = cases(records, prefs, viewer, now);
    all.extend(renewals(records, prefs, viewer, now));
    ics::ics(&viewer.tr(&Text::new("cal-name")), &all, now)
}
