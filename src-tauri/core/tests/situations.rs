//! The situations of docs/rules.md §3.4 and §8b through the core's operations: someone abroad
//! who knows when their re-entry permission ends, comes back and records a report made to the
//! police there without a number, and gets papers that say so; a card lost at home and never
//! reported; someone back from abroad who leaves again soon. Each refused input changes nothing.

use chrono::NaiveDate;
use serde_json::json;
use zairyu_core::case::{ReportInput, TravelInput};
use zairyu_core::papers::StatementInput;
use zairyu_core::people::ProfileInput;
use zairyu_core::prefs::{InMemory, Prefs};
use zairyu_core::{Clock, Core};
use zairyu_domain::plan::StepKind;
use zairyu_domain::reminders::ReminderKind;
use zairyu_domain::triage::Answers;

fn core() -> Core {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("zairyu-situations-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let prefs = Prefs {
        language: Some("en".into()),
        ..Prefs::default()
    };
    Core::open(&dir, prefs, Box::new(InMemory)).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn answers(value: serde_json::Value) -> Answers {
    serde_json::from_value(value).unwrap()
}

fn person() -> ProfileInput {
    serde_json::from_value(json!({
        "nationality": "VIET NAM", "birth_date": "1990-05-01", "family_name": "NGUYEN",
        "given_name": "VAN AN", "kanji_name": "", "sex": "male",
        "address": "東京都新宿区西新宿2-8-1", "card_number": "AB12345678CD",
        "activity_permit": false, "phone": "090-1234-5678",
        "representative": null, "agent": null
    }))
    .unwrap()
}

fn steps(core: &Core, id: &str, clock: &Clock) -> Vec<(StepKind, bool)> {
    core.case_view(id, clock)
        .unwrap()
        .steps
        .iter()
        .map(|s| (s.kind, s.done))
        .collect()
}

#[test]
fn abroad_then_back_with_a_report_made_abroad_without_a_number() {
    let core = core();
    let clock = Clock::on(day("2026-11-20"));
    let id = core
        .open_case(
            &answers(json!({
                "incident": "stolen", "card": "residence_card", "learned_on": "2026-11-15",
                "whereabouts": "abroad_now", "birth_date": "1990-05-01", "passport": "yes",
                "applicant": "holder"
            })),
            &clock,
        )
        .unwrap()
        .id;

    // Still abroad: the warning to be back in time, and the day of the permission's end asked.
    let view = core.case_view(&id, &clock).unwrap();
    assert!(view.travel.asks_return_by);
    assert!(view.warnings[0].text.contains("re-entry permission"));
    let travel: TravelInput = serde_json::from_value(json!({"return_by": "2027-03-31"})).unwrap();
    let view = core.set_travel(&id, travel, &clock).unwrap();
    assert!(
        view.warnings[0].text.contains("2027"),
        "{}",
        view.warnings[0].text
    );
    let kinds: Vec<ReminderKind> = core
        .pending(clock.now)
        .iter()
        .map(|p| p.reminder.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            ReminderKind::ReturnByMonthBefore,
            ReminderKind::ReturnByWeekBefore,
            ReminderKind::ReturnByDayBefore
        ]
    );

    // Back: the 14 days count from the return; the report is the one made abroad.
    let clock = Clock::on(day("2026-11-26"));
    core.set_reentry(&id, day("2026-11-25"), &clock).unwrap();
    let view = core.case_view(&id, &clock).unwrap();
    let form = view.report_form.as_ref().unwrap();
    let kinds: Vec<_> = form
        .kinds
        .iter()
        .map(|k| serde_json::to_value(k.kind).unwrap())
        .collect();
    assert_eq!(kinds, [json!("police_abroad"), json!("theft_report")]);
    assert!(form.kinds[0].number_optional && form.kinds[0].asks_country);
    assert!(!steps(&core, &id, &clock).iter().any(|(k, _)| matches!(
        k,
        StepKind::ReportLossToPolice | StepKind::ReportTheftToPolice
    )));

    // Without the country: refused, nothing kept.
    let before = core.records();
    let no_country: ReportInput = serde_json::from_value(json!({
        "kind": "police_abroad", "station": "Bangkok Tourist Police",
        "reported_on": "2026-11-16", "acceptance_number": ""
    }))
    .unwrap();
    let e = core.set_police_report(&id, no_country, &clock).unwrap_err();
    assert_eq!(core.explain(e).field.as_deref(), Some("country"));
    assert_eq!(core.records(), before);

    let abroad: ReportInput = serde_json::from_value(json!({
        "kind": "police_abroad", "country": "Thailand", "station": "Bangkok Tourist Police",
        "reported_on": "2026-11-16", "acceptance_number": ""
    }))
    .unwrap();
    let view = core.set_police_report(&id, abroad, &clock).unwrap();
    assert_eq!(view.steps[0].kind, StepKind::ReportToPoliceAbroad);
    assert!(view.steps[0].done);
    let docs: Vec<_> = view
        .documents
        .iter()
        .map(|d| serde_json::to_value(d.document).unwrap())
        .collect();
    assert!(docs.contains(&json!("police_report_abroad")));
    assert!(docs.contains(&json!("police_report_translation")));
    assert!(!docs.contains(&json!("police_certificate")));

    // The papers can be made.
    core.save_person(None, person(), Some(&id), &clock).unwrap();
    let statement: StatementInput = serde_json::from_value(json!({
        "date": "2026-11-15", "time_of_day": "evening", "place_kind": "street",
        "place_name": "Khao San Road", "how": "wallet_stolen"
    }))
    .unwrap();
    let papers = core
        .set_paper_answers(&id, Some(statement), None, None, &clock)
        .unwrap();
    assert!(papers.problem.is_none(), "{:?}", papers.problem);
    let pdf = core.make_papers(&id, &clock).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF"));
}

#[test]
fn lost_at_home_and_never_reported_is_allowed_and_elsewhere_it_is_not() {
    let core = core();
    let clock = Clock::on(day("2026-11-10"));
    let base = json!({
        "card": "residence_card", "learned_on": "2026-11-09", "whereabouts": "in_japan",
        "birth_date": "1990-05-01", "passport": "yes", "applicant": "holder"
    });
    let with = |incident: &str| {
        let mut a = base.clone();
        a["incident"] = json!(incident);
        answers(a)
    };
    let none: ReportInput =
        serde_json::from_value(json!({"kind": "loss_report", "not_reported": true})).unwrap();

    let home = core.open_case(&with("lost_at_home"), &clock).unwrap().id;
    let view = core.set_police_report(&home, none, &clock).unwrap();
    assert!(view.report_form.unwrap().not_reported);
    assert!(view.steps[0].done, "the report step is settled");
    let docs: Vec<_> = view.documents.iter().map(|d| d.text.clone()).collect();
    assert!(
        docs.iter().any(|t| t.contains("did not report it")),
        "{docs:?}"
    );

    let outside = core.open_case(&with("lost"), &clock).unwrap().id;
    let before = core.records();
    let none: ReportInput =
        serde_json::from_value(json!({"kind": "loss_report", "not_reported": true})).unwrap();
    let e = core.set_police_report(&outside, none, &clock).unwrap_err();
    assert!(core.explain(e).message.contains("police first"));
    assert_eq!(core.records(), before);
}

#[test]
fn back_from_abroad_and_leaving_again_soon_shows_the_leaving_warning() {
    let core = core();
    let clock = Clock::on(day("2026-11-20"));
    let id = core
        .open_case(
            &answers(json!({
                "incident": "lost", "card": "residence_card", "learned_on": "2026-10-20",
                "whereabouts": "back_in_japan", "reentered_on": "2026-11-18",
                "birth_date": "1990-05-01", "passport": "yes", "applicant": "holder"
            })),
            &clock,
        )
        .unwrap()
        .id;
    let view = core.case_view(&id, &clock).unwrap();
    assert!(view.warnings.is_empty());
    assert!(view.travel.offers_leaving && !view.travel.leaving_soon);
    let travel: TravelInput = serde_json::from_value(json!({"leaving_soon": true})).unwrap();
    let view = core.set_travel(&id, travel, &clock).unwrap();
    assert!(view.travel.leaving_soon);
    assert!(
        view.warnings[0].text.starts_with("Do not leave Japan"),
        "{}",
        view.warnings[0].text
    );
}
