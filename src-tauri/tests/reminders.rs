//! Reminders through `tauri::test`: opening a case plans them (the same ids and instants as the
//! domain's plan), marking it applied, deleting it or turning reminders off clears them, a bad hour
//! is refused and changes nothing, the desktop catch-up shows a missed reminder once (also after a
//! restart), and the calendar export parses back.

mod common;

use std::str::FromStr;

use chrono::{DateTime, Duration, Utc};
use common::TestApp;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};
use serde_json::{json, Value};
use tauri::Manager;
use zairyu_app_lib::reminders::sync;
use zairyu_app_lib::state::AppState;
use zairyu_core::reminders::plan;
use zairyu_domain::ics;
use zairyu_domain::jst;
use zairyu_domain::reminders::{self, ReminderKind};

fn answers(learned_on: &str) -> Value {
    json!({
        "incident": "lost", "card": "residence_card", "learned_on": learned_on,
        "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes", "applicant": "holder"
    })
}

/// An app in English with one case learned of today; returns it and the case id.
fn app_with_case() -> (TestApp, String) {
    let app = TestApp::new();
    app.invoke("app_info", json!({"deviceLanguages": ["en-US"]}))
        .unwrap();
    let today = jst::today().to_string();
    let view = app
        .invoke("open_case", json!({"answers": answers(&today)}))
        .unwrap();
    let id = view["id"].as_str().unwrap().to_owned();
    (app, id)
}

fn state(app: &TestApp) -> tauri::State<'_, AppState> {
    app.window.app_handle().state::<AppState>()
}

/// The reminders still to come, as the reminders screen lists them.
fn pending(app: &TestApp) -> Vec<Value> {
    app.invoke("reminder_settings", json!({})).unwrap()["pending"]
        .as_array()
        .unwrap()
        .clone()
}

fn pending_ids(app: &TestApp) -> Vec<i64> {
    pending(app)
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn opening_a_case_plans_the_domain_reminders() {
    let (app, id) = app_with_case();
    let record = state(&app).core.records().case(&id).unwrap().clone();
    let plan = reminders::plan_for(
        &record.case,
        &id,
        record.opened_at,
        jst::date_at(record.opened_at),
        9,
    );
    let now = Utc::now();
    let expected: Vec<(i64, DateTime<Utc>)> = plan
        .iter()
        .filter(|r| r.fire_at > now)
        .map(|r| (i64::from(r.id), r.fire_at))
        .collect();
    let got: Vec<(i64, DateTime<Utc>)> = pending(&app)
        .iter()
        .map(|p| {
            let at = DateTime::parse_from_rfc3339(p["fire_at"].as_str().unwrap())
                .unwrap()
                .with_timezone(&Utc);
            (p["id"].as_i64().unwrap(), at)
        })
        .collect();
    // Learned of today: 7, 3 and 1 days before and the last day are all still to come.
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got, expected);
    for (_, at) in &got {
        let local = at.with_timezone(&jst::offset());
        assert_eq!(local.format("%H:%M:%S").to_string(), "09:00:00");
    }
    let first = &pending(&app)[0];
    assert_eq!(first["kind"], "seven_days_before");
    assert_eq!(first["title"], "7 days left to apply");
    assert!(first["when"].as_str().unwrap().ends_with("09:00"));
    // The opening reminder was shown at once and recorded, so it is not shown again.
    let opened = reminders::reminder_id(&id, ReminderKind::Opened);
    assert!(record.shown_reminders.contains(&opened));
}

#[test]
fn marking_applied_clears_the_reminders() {
    let (app, id) = app_with_case();
    assert!(!pending_ids(&app).is_empty());
    app.invoke("mark_applied", json!({"id": id})).unwrap();
    assert!(pending_ids(&app).is_empty());
}

#[test]
fn deleting_the_case_clears_the_reminders() {
    let (app, id) = app_with_case();
    assert!(!pending_ids(&app).is_empty());
    app.invoke("delete_case", json!({"id": id})).unwrap();
    assert!(pending_ids(&app).is_empty());
}

#[test]
fn turning_reminders_off_clears_them_and_the_hour_moves_them() {
    let (app, _) = app_with_case();
    let before = pending_ids(&app);
    let off = app
        .invoke(
            "set_reminder_settings",
            json!({"enabled": false, "hour": 9}),
        )
        .unwrap();
    assert_eq!(off["enabled"], false);
    assert!(off["pending"].as_array().unwrap().is_empty());
    assert!(pending_ids(&app).is_empty());

    let on = app
        .invoke(
            "set_reminder_settings",
            json!({"enabled": true, "hour": 18}),
        )
        .unwrap();
    assert_eq!(on["hour"], 18);
    assert_eq!(pending_ids(&app), before, "same ids at another hour");
    for p in pending(&app) {
        assert!(p["when"].as_str().unwrap().ends_with("18:00"), "{p}");
    }
    // Kept across a restart.
    let again = app.restart();
    let s = again.invoke("reminder_settings", json!({})).unwrap();
    assert_eq!(s["hour"], 18);
    assert_eq!(s["enabled"], true);
}

#[test]
fn a_bad_hour_is_a_typed_error_and_changes_nothing() {
    let (app, _) = app_with_case();
    let before = app.invoke("reminder_settings", json!({})).unwrap();
    for hour in [5, 22, 25, -1, 1000] {
        let e = app
            .invoke(
                "set_reminder_settings",
                json!({"enabled": false, "hour": hour}),
            )
            .unwrap_err();
        assert_eq!(e["code"], "invalid_input", "{hour}");
        assert_eq!(e["field"], "hour");
        assert_eq!(
            e["message"],
            "Choose a time between 6:00 and 21:00. Nothing was changed."
        );
    }
    let after = app.invoke("reminder_settings", json!({})).unwrap();
    assert_eq!(after["enabled"], before["enabled"]);
    assert_eq!(after["hour"], 9);
    assert_eq!(after["pending"], before["pending"]);
    assert_eq!(after["hours"].as_array().unwrap().len(), 16);
}

#[test]
fn catch_up_shows_a_missed_reminder_once_even_after_a_restart() {
    let (app, id) = app_with_case();
    let record = state(&app).core.records().case(&id).unwrap().clone();
    let plan = plan::case_plan(&record, 9);
    let seven = plan
        .iter()
        .find(|r| r.kind == ReminderKind::SevenDaysBefore)
        .unwrap();
    let three = plan
        .iter()
        .find(|r| r.kind == ReminderKind::ThreeDaysBefore)
        .unwrap();
    // The app was closed until an hour after the "3 days before" reminder: two were missed.
    let later = three.fire_at + Duration::hours(1);
    let handle = app.window.app_handle().clone();
    assert_eq!(sync::show_due(&handle, later), vec![three.id]);
    let shown = state(&app)
        .core
        .records()
        .case(&id)
        .unwrap()
        .shown_reminders
        .clone();
    assert!(shown.contains(&seven.id) && shown.contains(&three.id));
    assert_eq!(sync::show_due(&handle, later), Vec::<i32>::new());

    drop(handle);
    let again = app.restart();
    let handle = again.window.app_handle().clone();
    assert_eq!(sync::show_due(&handle, later), Vec::<i32>::new());
    // The next one shows on its own time, once.
    let one = plan
        .iter()
        .find(|r| r.kind == ReminderKind::OneDayBefore)
        .unwrap();
    assert_eq!(sync::show_due(&handle, one.fire_at), vec![one.id]);
    assert_eq!(sync::show_due(&handle, one.fire_at), Vec::<i32>::new());
}

#[test]
fn the_calendar_export_parses_back_to_the_plan() {
    let (app, id) = app_with_case();
    let done = app.invoke("export_calendar", json!({})).unwrap();
    let path = std::path::PathBuf::from(done["path"].as_str().unwrap());
    assert!(path.starts_with(app.dir.join("exports")), "{path:?}");
    assert!(path.extension().is_some_and(|e| e == "ics"));
    assert!(done["message"]
        .as_str()
        .unwrap()
        .starts_with("Saved the calendar file to: "));
    let text = std::fs::read_to_string(&path).unwrap();
    let parsed = Calendar::from_str(&text).expect("the export parses");
    assert_eq!(parsed.get_name(), Some("Residence card deadlines"));
    let events: Vec<&icalendar::Event> = parsed.events().collect();

    let record = state(&app).core.records().case(&id).unwrap().clone();
    let deadline = zairyu_domain::deadline::for_case(&record.case, jst::today())
        .unwrap()
        .legal_last_day;
    let last_day_id = reminders::reminder_id(&id, ReminderKind::LastDay);
    assert_eq!(
        events[0].get_uid(),
        Some(ics::deadline_uid(last_day_id).as_str())
    );
    assert_eq!(events[0].get_start(), Some(DatePerhapsTime::Date(deadline)));
    assert_eq!(
        events[0].get_summary(),
        Some("Last day to apply for your new residence card (在留カード)")
    );
    let pending = pending(&app);
    assert_eq!(events.len(), 1 + pending.len());
    for (event, p) in events[1..].iter().zip(&pending) {
        let id = i32::try_from(p["id"].as_i64().unwrap()).unwrap();
        assert_eq!(event.get_uid(), Some(ics::reminder_uid(id).as_str()));
        assert_eq!(event.get_summary(), p["title"].as_str());
        let at = DateTime::parse_from_rfc3339(p["fire_at"].as_str().unwrap())
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            event.get_start(),
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(at)))
        );
    }
}

#[test]
fn on_the_desktop_the_permission_is_granted_and_never_asked() {
    let (app, _) = app_with_case();
    let p = app.invoke("reminder_permission", json!({})).unwrap();
    assert_eq!(p["permission"], "granted");
    assert_eq!(p["should_ask"], false);
    assert!(!p["reason"].as_str().unwrap().is_empty());
    let o = app.invoke("today_overview", json!({})).unwrap();
    assert!(o["reminders_notice"].is_null());
    let sent = app.invoke("test_notification", json!({})).unwrap();
    assert!(sent
        .as_str()
        .unwrap()
        .starts_with("A test notification was sent."));
}

#[test]
fn the_new_cards_dates_plan_its_renewal_reminders_and_a_date_alone_is_asked_about() {
    let (app, id) = app_with_case();
    let profile = json!({
        "nationality": "VIET NAM", "birth_date": "1990-05-01", "family_name": "NGUYEN",
        "given_name": "VAN AN", "kanji_name": "", "sex": "male",
        "address": "東京都新宿区西新宿2-8-1", "card_number": "AB12345678CD",
        "activity_permit": false, "phone": "090-1234-5678",
        "representative": null, "agent": null
    });
    app.invoke("save_person", json!({"profile": profile, "caseId": id}))
        .unwrap();
    app.invoke("mark_applied", json!({"id": id})).unwrap();
    assert!(pending_ids(&app).is_empty());

    // A date without what the card is: asked about on that field, nothing recorded.
    let stay_ends = (jst::today() + Duration::days(200)).to_string();
    let e = app
        .invoke(
            "record_new_card",
            json!({"id": id, "card": {"card": {"stay_ends_on": stay_ends}}}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "card-holding");
    assert!(pending_ids(&app).is_empty());

    let view = app
        .invoke(
            "record_new_card",
            json!({"id": id, "card": {"number": "ZX98765432QW", "card": {
                "holding": "residence_card", "stay_ends_on": stay_ends,
                "card_expires_on": stay_ends}}}),
        )
        .unwrap();
    assert_eq!(view["new_card"]["number"], "ZX98765432QW");
    assert_eq!(view["new_card"]["replaced_number"], "AB12345678CD");
    let kinds: Vec<String> = pending(&app)
        .iter()
        .map(|p| p["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        kinds,
        [
            "renewal_opens",
            "renewal_month_before",
            "renewal_week_before"
        ]
    );
    assert_eq!(
        pending(&app)[0]["title"],
        "You can now apply to renew your period of stay"
    );
}
