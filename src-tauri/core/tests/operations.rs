//! The core's operations called directly, without a webview: a case from its answers to its
//! papers, and that every refused input is a typed, translated error that changes nothing.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::json;
use zairyu_core::case::ReportInput;
use zairyu_core::papers::StatementInput;
use zairyu_core::prefs::{InMemory, Prefs, PrefsStore};
use zairyu_core::{AppError, Clock, Core};
use zairyu_domain::limits;
use zairyu_domain::triage::Answers;
use zairyu_store::ImportMode;

fn fresh_dir() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("zairyu-core-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn english(store: Box<dyn PrefsStore>) -> Core {
    let prefs = Prefs {
        language: Some("en".into()),
        ..Prefs::default()
    };
    Core::open(&fresh_dir(), prefs, store).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The journeys' case: a card lost, learned of on 2026-11-09, in Japan, passport at hand.
fn lost_on_9_november() -> Answers {
    serde_json::from_value(json!({
        "incident": "lost", "card": "residence_card", "learned_on": "2026-11-09",
        "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes",
        "applicant": "holder"
    }))
    .unwrap()
}

fn report(station: &str, number: &str) -> ReportInput {
    serde_json::from_value(json!({
        "kind": "loss_report", "station": station, "reported_on": "2026-11-10",
        "acceptance_number": number
    }))
    .unwrap()
}

#[test]
fn a_case_opens_with_its_deadline_in_the_domains_own_words() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    let view = core.open_case(&lost_on_9_november(), &clock).unwrap();
    let deadline = serde_json::to_value(view.deadline.as_ref().unwrap()).unwrap();
    assert_eq!(deadline["status"], "on_time");
    assert_eq!(deadline["days_left"], 12);
    assert_eq!(deadline["legal_last_day"]["iso"], "2026-11-24");
    assert_eq!(deadline["days_text"], "12 days left");
    assert_eq!(core.case_ids(), vec![view.id.clone()]);
    assert_eq!(core.case_view(&view.id, &clock).unwrap().id, view.id);
}

#[test]
fn a_station_one_character_too_long_is_refused_with_the_limit_and_changes_nothing() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    let id = core.open_case(&lost_on_9_november(), &clock).unwrap().id;
    let before = core.records();
    let long = "署".repeat(limits::STATION + 1);
    let e = core
        .set_police_report(&id, report(&long, "R08-123"), &clock)
        .unwrap_err();
    let ui = core.explain(e);
    assert_eq!(ui.field.as_deref(), Some("station"));
    assert!(
        ui.message.contains(&limits::STATION.to_string()),
        "{}",
        ui.message
    );
    assert_eq!(core.records(), before);

    let at_limit = "署".repeat(limits::STATION);
    let view = core
        .set_police_report(&id, report(&at_limit, "R08-123"), &clock)
        .unwrap();
    assert_eq!(view.police_report.unwrap().station, at_limit);
}

#[test]
fn the_ui_gets_one_limits_table_in_the_frame_and_on_the_papers_screen() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    let frame = core.app_info(&[], &clock).unwrap();
    assert_eq!(frame.limits.len(), limits::BY_FIELD.len());
    assert_eq!(frame.limits["station"], limits::STATION);
    assert_eq!(frame.limits["family-name"], limits::ROMAN_NAME);
    let id = core.open_case(&lost_on_9_november(), &clock).unwrap().id;
    let papers = core.papers_view(&id, &clock).unwrap();
    assert_eq!(papers.limits, frame.limits);
}

fn statement(date: &str, place: &str) -> StatementInput {
    serde_json::from_value(json!({
        "date": date, "time_of_day": "evening", "place_kind": "train_or_station",
        "place_name": place, "how": "dropped_or_missing"
    }))
    .unwrap()
}

#[test]
fn the_papers_answers_are_checked_by_the_papers_own_rules_and_a_refusal_saves_nothing() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    let id = core.open_case(&lost_on_9_november(), &clock).unwrap().id;
    let before = core.records();

    let after_learned = core
        .set_paper_answers(&id, Some(statement("2026-11-10", "")), None, None, &clock)
        .unwrap_err();
    assert!(matches!(
        after_learned,
        AppError::Paper(zairyu_papers::PaperError::LossAfterLearned)
    ));
    assert_eq!(
        core.explain(after_learned).field.as_deref(),
        Some("loss-date")
    );

    let long = "駅".repeat(limits::PLACE_NAME + 1);
    let too_long = core
        .set_paper_answers(
            &id,
            Some(statement("2026-11-08", &long)),
            None,
            None,
            &clock,
        )
        .unwrap_err();
    let ui = core.explain(too_long);
    assert_eq!(ui.field.as_deref(), Some("loss-place-name"));
    assert!(
        ui.message.contains(&limits::PLACE_NAME.to_string()),
        "{}",
        ui.message
    );
    assert_eq!(core.records(), before, "a refused answer saves nothing");

    let saved = core
        .set_paper_answers(
            &id,
            Some(statement("2026-11-08", "山手線")),
            None,
            None,
            &clock,
        )
        .unwrap();
    assert_eq!(saved.statement.unwrap().place_name, "山手線");
}

/// Preferences that cannot be saved (a full disk, a read-only folder).
struct Broken;

impl PrefsStore for Broken {
    fn save(&self, _prefs: &Prefs) -> Result<(), String> {
        Err("read-only".into())
    }
}

#[test]
fn a_language_that_cannot_be_kept_is_an_error_and_the_language_stays() {
    let core = english(Box::new(Broken));
    let clock = Clock::on(day("2026-11-12"));
    let e = core.set_language("vi", &clock).unwrap_err();
    assert_eq!(e.code(), "device");
    assert_eq!(core.lang(), "en");
    let unknown = core.set_language("xx", &clock).unwrap_err();
    assert_eq!(core.explain(unknown).field.as_deref(), Some("code"));
}

#[test]
fn deleting_a_case_leaves_no_reminder_pending() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    let id = core.open_case(&lost_on_9_november(), &clock).unwrap().id;
    assert!(!core.pending(clock.now).is_empty());
    core.delete_case(&id).unwrap();
    assert!(core.pending(clock.now).is_empty());
    assert!(matches!(
        core.delete_case(&id),
        Err(AppError::NotFound("case"))
    ));
}

#[test]
fn an_encrypted_copy_comes_back_with_its_passphrase_and_bad_ones_change_nothing() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    core.open_case(&lost_on_9_november(), &clock).unwrap();
    let file = core.export_data(&clock, Some("correct horse")).unwrap();
    assert!(file.name.ends_with(".age"), "{}", file.name);
    let armored = String::from_utf8(file.bytes).unwrap();
    assert!(armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!armored.contains("lost"), "nothing readable in the copy");

    let elsewhere = english(Box::new(InMemory));
    let field = |e: AppError| elsewhere.explain(e).field;
    let message = |e: AppError| elsewhere.explain(e).message;
    // No passphrase, a wrong one, a truncated file, a changed file: each refused, nothing kept.
    let none = elsewhere.import_preview(&armored, None).unwrap_err();
    assert_eq!(field(none), Some("passphrase".into()));
    let wrong = elsewhere.import_apply(&armored, ImportMode::Replace, Some("wrong horse"));
    assert!(message(wrong.unwrap_err()).contains("does not open"));
    let half = armored.lines().take(3).collect::<Vec<_>>().join("\n");
    let truncated = elsewhere.import_apply(&half, ImportMode::Replace, Some("correct horse"));
    assert!(message(truncated.unwrap_err()).contains("damaged"));
    let mut lines: Vec<String> = armored.lines().map(str::to_owned).collect();
    let middle = lines.len() / 2;
    // One base64 character of the ciphertext changed (to another base64 character).
    let flipped: String = lines[middle]
        .char_indices()
        .map(|(i, c)| match (i, c) {
            (0, 'A') => 'B',
            (0, _) => 'A',
            _ => c,
        })
        .collect();
    assert_ne!(flipped, lines[middle]);
    lines[middle] = flipped;
    let tampered = lines.join("\n");
    let changed = elsewhere.import_apply(&tampered, ImportMode::Replace, Some("correct horse"));
    assert!(message(changed.unwrap_err()).contains("damaged"));
    assert!(elsewhere.records().cases.is_empty(), "nothing was imported");

    // The right passphrase brings the case back.
    let preview = elsewhere
        .import_preview(&armored, Some("correct horse"))
        .unwrap();
    assert_eq!(preview.preview.added, 1);
    elsewhere
        .import_apply(&armored, ImportMode::Replace, Some("correct horse"))
        .unwrap();
    assert_eq!(elsewhere.records().cases, core.records().cases);
}

#[test]
fn a_plain_copy_is_json_and_needs_no_passphrase() {
    let core = english(Box::new(InMemory));
    let clock = Clock::on(day("2026-11-12"));
    core.open_case(&lost_on_9_november(), &clock).unwrap();
    for empty in [None, Some("")] {
        let file = core.export_data(&clock, empty).unwrap();
        assert!(file.name.ends_with(".json"));
        let text = String::from_utf8(file.bytes).unwrap();
        assert_eq!(
            core.import_preview(&text, None).unwrap().preview.unchanged,
            1
        );
    }
}
