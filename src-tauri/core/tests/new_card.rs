//! After the new card, through the core's operations: the case done, the new card's number and
//! dates recorded on the person (the old number kept with the case), the renewal reminders planned
//! from them and kept across a restart, the home's next date once no case is open, and the `.ics`
//! export carrying the renewals, read back by a calendar parser (docs/rules.md §15).

use std::str::FromStr;

use chrono::NaiveDate;
use serde_json::json;
use zairyu_core::new_card::NewCardInput;
use zairyu_core::people::ProfileInput;
use zairyu_core::prefs::{InMemory, Prefs};
use zairyu_core::reminders::Permission;
use zairyu_core::{Clock, Core};
use zairyu_domain::reminders::ReminderKind;
use zairyu_domain::triage::Answers;
use zairyu_domain::validity::Renewal;

fn dir() -> std::path::PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("zairyu-new-card-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn open(dir: &std::path::Path) -> Core {
    let prefs = Prefs {
        language: Some("en".into()),
        ..Prefs::default()
    };
    Core::open(dir, prefs, Box::new(InMemory)).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn person(birth: &str) -> ProfileInput {
    serde_json::from_value(json!({
        "nationality": "VIET NAM", "birth_date": birth, "family_name": "NGUYEN",
        "given_name": "VAN AN", "kanji_name": "", "sex": "male",
        "address": "東京都新宿区西新宿2-8-1", "card_number": "AB12345678CD",
        "activity_permit": false, "phone": "090-1234-5678",
        "representative": null, "agent": null
    }))
    .unwrap()
}

/// A lost card, applied for: returns the case id.
fn done_case(core: &Core, birth: &str, clock: &Clock) -> String {
    let answers: Answers = serde_json::from_value(json!({
        "incident": "lost", "card": "residence_card", "learned_on": "2026-12-01",
        "whereabouts": "in_japan", "birth_date": birth, "passport": "yes",
        "applicant": if birth < "2010-12-07" { "holder" } else { "relative_for_child" }
    }))
    .unwrap();
    let id = core.open_case(&answers, clock).unwrap().id;
    core.save_person(None, person(birth), Some(&id), clock)
        .unwrap();
    core.mark_applied(&id, None, clock).unwrap();
    id
}

#[test]
fn the_new_card_goes_on_the_person_and_its_renewals_are_reminded() {
    let dir = dir();
    let core = open(&dir);
    let clock = Clock::on(day("2026-12-06"));
    let id = done_case(&core, "1990-05-01", &clock);
    // Before any date: the form is offered, and the home invites to add the dates.
    let view = core.case_view(&id, &clock).unwrap();
    let form = view.new_card.expect("the new-card form once applied");
    assert!(form.has_person && form.renewals.is_empty());
    let home = core.today_overview(Permission::Granted, &clock);
    assert!(home.next_dates[0].invite.is_some());

    // A wrong number is refused on its field and changes nothing.
    let before = core.records();
    let bad: NewCardInput = serde_json::from_value(json!({"number": "AB1234"})).unwrap();
    let e = core.record_new_card(&id, bad, &clock).unwrap_err();
    assert_eq!(core.explain(e).field.as_deref(), Some("new-card-number"));
    assert_eq!(core.records(), before);

    let card: NewCardInput = serde_json::from_value(json!({
        "number": "ZX98765432QW",
        "card": {"holding": "residence_card", "card_expires_on": "2027-08-31",
                 "stay_ends_on": "2027-08-31"}
    }))
    .unwrap();
    let view = core.record_new_card(&id, card, &clock).unwrap();
    let form = view.new_card.unwrap();
    assert_eq!(form.number, "ZX98765432QW");
    assert_eq!(form.replaced_number.as_deref(), Some("AB12345678CD"));
    assert_eq!(form.renewals[0].renewal, Renewal::PeriodOfStay);
    assert_eq!(form.renewals[0].opens_on.iso, day("2027-05-31"));
    let kinds: Vec<ReminderKind> = core
        .pending(clock.now)
        .iter()
        .map(|p| p.reminder.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            ReminderKind::RenewalOpens,
            ReminderKind::RenewalMonthBefore,
            ReminderKind::RenewalWeekBefore
        ]
    );
    // The next papers use the new number.
    assert_eq!(core.records().people[0].profile.card_number, "ZX98765432QW");

    // Across a restart: the home shows the next date (no case is open), the reminders stay.
    drop(core);
    let core = open(&dir);
    let home = core.today_overview(Permission::Granted, &clock);
    let next = home.next_dates[0].next.as_ref().expect("a next date");
    assert_eq!(next.date.iso, day("2027-05-31"));
    assert_eq!(next.days_left, 176);
    assert!(home.next_dates[0].past.is_none());
    assert_eq!(core.pending(clock.now).len(), 3);

    // The calendar export holds the renewal's last day and its reminders, and parses.
    let file = core.export_calendar(&clock);
    let text = String::from_utf8(file.bytes).unwrap();
    let parsed = icalendar::Calendar::from_str(&text).expect("the export parses");
    let events: Vec<_> = parsed.events().collect();
    assert_eq!(events.len(), 4, "{text}");
    use icalendar::Component;
    assert!(events.iter().any(|e| e
        .get_summary()
        .is_some_and(|s| s.contains("period of stay"))));

    // Once the last day has passed, and only then, the home says what the law provides.
    let later = Clock::on(day("2027-09-02"));
    let home = core.today_overview(Permission::Granted, &later);
    assert!(home.next_dates[0].next.is_none());
    assert!(home.next_dates[0].past.is_some());
}

#[test]
fn a_fifteen_year_olds_card_is_renewed_before_the_16th_birthday() {
    let core = open(&dir());
    let clock = Clock::on(day("2026-12-06"));
    let id = done_case(&core, "2011-07-20", &clock);
    let card: NewCardInput = serde_json::from_value(json!({
        "card": {"holding": "residence_card", "card_expires_on": "2027-07-19",
                 "stay_ends_on": "2029-03-31"}
    }))
    .unwrap();
    let view = core.record_new_card(&id, card, &clock).unwrap();
    let renewals: Vec<Renewal> = view
        .new_card
        .unwrap()
        .renewals
        .iter()
        .map(|r| r.renewal)
        .collect();
    assert_eq!(renewals, [Renewal::CardValidityAt16, Renewal::PeriodOfStay]);
}
