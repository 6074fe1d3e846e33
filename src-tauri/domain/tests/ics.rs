//! The `.ics` export parses back (with icalendar's own parser) to the same events: the deadline as
//! an all-day Japan date, each reminder at its UTC instant, with their summaries and stable UIDs.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};
use zairyu_domain::case::{CardKind, Case, Incident};
use zairyu_domain::deadline;
use zairyu_domain::ics::{self, CalendarReminder, CaseCalendar};
use zairyu_domain::reminders::{self, ReminderKind};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A case's calendar with words made from the catalog ids (the real app formats them).
fn case_calendar(case_id: &str, case: &Case, opened_at: DateTime<Utc>) -> CaseCalendar {
    let today = zairyu_domain::jst::date_at(opened_at);
    let deadline = deadline::for_case(case, today).expect("a deadline");
    CaseCalendar {
        deadline_id: reminders::reminder_id(case_id, ReminderKind::LastDay),
        deadline: deadline.legal_last_day,
        deadline_summary: "Last day: 在留カード".into(),
        deadline_description: "Apply at the immigration office; bring your papers, photo, passport, and the police number.".into(),
        reminders: reminders::plan_for(case, case_id, opened_at, today, 9)
            .into_iter()
            .map(|r| CalendarReminder {
                id: r.id,
                at: r.fire_at,
                summary: format!("{} ({})", r.title.id, r.kind.key()),
                description: r.body.id,
            })
            .collect(),
    }
}

#[test]
fn the_file_parses_back_to_the_same_events() {
    let opened_at = at("2026-10-01T03:15:30Z");
    let lost = Case::new(
        CardKind::ResidenceCard,
        Incident::Lost,
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
    );
    let found = Case::new(
        CardKind::ResidenceCard,
        Incident::OldCardFound,
        NaiveDate::from_ymd_opt(2026, 12, 17).unwrap(),
    );
    let cases = vec![
        case_calendar("case-1", &lost, opened_at),
        case_calendar("case-2", &found, at("2026-12-17T10:00:00Z")),
    ];
    let now = at("2026-10-02T08:00:00Z");
    let text = ics::ics("在留カード reminders", &cases, now);
    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded");
    assert!(text.contains("\r\n"), "CRLF line ends");

    let parsed = Calendar::from_str(&text).expect("the export parses");
    assert_eq!(parsed.get_name(), Some("在留カード reminders"));
    assert_eq!(parsed.property_value("PRODID"), Some(ics::PRODUCT_ID));
    let events: Vec<&icalendar::Event> = parsed.events().collect();
    let expected: usize = cases.iter().map(|c| 1 + c.reminders.len()).sum();
    assert_eq!(events.len(), expected);
    assert_eq!(expected, 2 + 5 + 5);

    let mut events = events.into_iter();
    for case in &cases {
        let deadline = events.next().unwrap();
        assert_eq!(
            deadline.get_uid(),
            Some(ics::deadline_uid(case.deadline_id).as_str())
        );
        assert_eq!(deadline.get_summary(), Some(case.deadline_summary.as_str()));
        assert_eq!(
            deadline.get_description(),
            Some(case.deadline_description.as_str())
        );
        assert_eq!(
            deadline.get_start(),
            Some(DatePerhapsTime::Date(case.deadline))
        );
        assert_eq!(
            deadline.get_end(),
            Some(DatePerhapsTime::Date(case.deadline.succ_opt().unwrap()))
        );
        assert_eq!(deadline.get_timestamp(), Some(now));
        for reminder in &case.reminders {
            let event = events.next().unwrap();
            assert_eq!(
                event.get_uid(),
                Some(ics::reminder_uid(reminder.id).as_str())
            );
            assert_eq!(event.get_summary(), Some(reminder.summary.as_str()));
            assert_eq!(event.get_description(), Some(reminder.description.as_str()));
            assert_eq!(
                event.get_start(),
                Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
                    reminder.at
                )))
            );
        }
    }
    // The deadline of the lost card is 2026-10-15 and its last-day reminder 09:00 JST that day.
    assert_eq!(
        cases[0].deadline,
        NaiveDate::from_ymd_opt(2026, 10, 15).unwrap()
    );
    assert_eq!(cases[0].reminders[4].at, at("2026-10-15T00:00:00Z"));
    assert!(text.contains("DTSTART:20261015T000000Z"));
    assert!(text.contains("DTSTART;VALUE=DATE:20261015"));
}

#[test]
fn the_same_plan_gives_the_same_file() {
    let opened_at = at("2026-10-01T03:15:30Z");
    let lost = Case::new(
        CardKind::ResidenceCard,
        Incident::Lost,
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
    );
    let cases = vec![case_calendar("case-1", &lost, opened_at)];
    let now = at("2026-10-02T08:00:00Z");
    assert_eq!(ics::ics("x", &cases, now), ics::ics("x", &cases, now));
}
