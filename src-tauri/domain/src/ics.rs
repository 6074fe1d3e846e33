//! The reminders as a calendar file (`.ics`, RFC 5545), for people who keep their own calendar:
//! each case's legal last day as an all-day event (a Japan date), and each reminder as a short
//! event at its instant (UTC) with a display alarm at its start.
//!
//! The words come in already formatted in the user's language ([`CaseCalendar`]), so this module
//! stays free of the translation catalog. UIDs are derived from the reminder ids
//! ([`crate::reminders::reminder_id`]), so importing a newer export updates the events instead of
//! duplicating them. Nothing here reads the clock: the export's instant (`DTSTAMP`) is passed in.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};

/// How long a reminder event lasts in the calendar.
const REMINDER_MINUTES: i64 = 15;

/// The product identifier written in the file.
pub const PRODUCT_ID: &str = "-//Zairyu Card Helper//Reminders//EN";

/// One reminder, with its words already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarReminder {
    /// The reminder's id (the notification id); the event's UID is made from it.
    pub id: i32,
    /// When it fires (whole seconds, UTC).
    pub at: DateTime<Utc>,
    /// The notification title.
    pub summary: String,
    /// The notification body.
    pub description: String,
}

/// One case's deadline and reminders, with their words already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseCalendar {
    /// A stable id for the deadline event (the case's last-day reminder id).
    pub deadline_id: i32,
    /// The legal last day (a Japan date): an all-day event.
    pub deadline: NaiveDate,
    /// The deadline event's title.
    pub deadline_summary: String,
    /// The deadline event's description.
    pub deadline_description: String,
    /// The reminders, each a short timed event.
    pub reminders: Vec<CalendarReminder>,
}

/// The UID of the deadline event of a case.
pub fn deadline_uid(deadline_id: i32) -> String {
    format!("deadline-{deadline_id}@zairyu-card-helper")
}

/// The UID of the event of a reminder.
pub fn reminder_uid(id: i32) -> String {
    format!("reminder-{id}@zairyu-card-helper")
}

/// The calendar file for `cases`, stamped with `now` (the export's instant). Lines end with CRLF
/// and long lines are folded, as RFC 5545 asks.
pub fn ics(name: &str, cases: &[CaseCalendar], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODUCT_ID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(name);
    for case in cases {
        let next_day = case
            .deadline
            .checked_add_days(Days::new(1))
            .unwrap_or(case.deadline);
        calendar.push(
            icalendar::Event::new()
                .uid(&deadline_uid(case.deadline_id))
                .timestamp(now)
                .summary(&case.deadline_summary)
                .description(&case.deadline_description)
                .starts(case.deadline)
                .ends(next_day)
                .done(),
        );
        for reminder in &case.reminders {
            calendar.push(
                icalendar::Event::new()
                    .uid(&reminder_uid(reminder.id))
                    .timestamp(now)
                    .summary(&reminder.summary)
                    .description(&reminder.description)
                    .starts(reminder.at)
                    .ends(reminder.at + Duration::minutes(REMINDER_MINUTES))
                    .alarm(
                        Alarm::display(&reminder.summary, Trigger::before_start(Duration::zero()))
                            // Set here, or the writer would add a random UID and the clock's time.
                            .uid(&format!("alarm-{}@zairyu-card-helper", reminder.id))
                            .timestamp(now)
                            .done(),
                    )
                    .done(),
            );
        }
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_are_stable_and_distinct() {
        assert_eq!(reminder_uid(42), "reminder-42@zairyu-card-helper");
        assert_ne!(reminder_uid(42), deadline_uid(42));
    }

    #[test]
    fn an_empty_export_is_still_a_calendar() {
        let now = DateTime::parse_from_rfc3339("2026-10-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let text = ics("Reminders", &[], now);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.contains("PRODID:-//Zairyu Card Helper//Reminders//EN"));
        assert!(text.trim_end().ends_with("END:VCALENDAR"));
    }
}
