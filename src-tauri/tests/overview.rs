//! The first screen's command, run through `tauri::test`.

mod common;

use chrono::NaiveDate;
use common::TestApp;

#[test]
fn today_overview_gives_a_japan_date_and_a_later_deadline() {
    let app = TestApp::new();
    let out = app
        .invoke("today_overview", serde_json::json!({}))
        .expect("the command answers");
    let day =
        |k: &str| NaiveDate::parse_from_str(out[k]["iso"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let today = day("today");
    let deadline = day("deadline_if_lost_today");
    assert_eq!(today, zairyu_domain::jst::today());
    assert!((deadline - today).num_days() >= 14, "{today} → {deadline}");
    assert!(out["deadline_if_lost_today"]["ja"]
        .as_str()
        .unwrap()
        .contains('年'));
}

#[test]
fn a_command_that_does_not_exist_is_refused() {
    let app = TestApp::new();
    assert!(app
        .invoke("no_such_command", serde_json::json!({}))
        .is_err());
}
