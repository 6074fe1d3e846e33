//! The case commands through `tauri::test`: triage, opening, the dashboard, what is kept, and
//! that bad input gets a typed, translated error and changes nothing.

mod common;

use common::TestApp;
use serde_json::json;

fn answers(learned_on: &str) -> serde_json::Value {
    json!({
        "incident": "lost", "card": "residence_card", "learned_on": learned_on,
        "abroad": false, "birth_date": "1990-05-01", "passport": true
    })
}

fn yesterday() -> String {
    (zairyu_domain::jst::today() - chrono::Days::new(1)).to_string()
}

#[test]
fn the_triage_asks_one_question_at_a_time_then_opens_the_case() {
    let app = TestApp::new();
    app.invoke("app_info", json!({"deviceLanguages": ["en-US"]}))
        .unwrap();
    let first = app.invoke("triage_next", json!({"answers": {}})).unwrap();
    assert_eq!(first["question"]["id"], "incident");
    assert_eq!(first["progress"], "Question 1 of 6");
    assert_eq!(first["question"]["choices"].as_array().unwrap().len(), 6);

    let done = app
        .invoke("triage_next", json!({"answers": answers(&yesterday())}))
        .unwrap();
    assert!(done["question"].is_null());

    let view = app
        .invoke("open_case", json!({"answers": answers(&yesterday())}))
        .unwrap();
    assert_eq!(view["deadline"]["status"], "on_time");
    assert_eq!(view["steps"][0]["kind"], "ReportLossToPolice");
    assert!(view["documents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["document"] == "photo"));

    // Kept across a restart.
    let id = view["id"].as_str().unwrap().to_owned();
    let dir = app.dir.clone();
    drop(app);
    let again = TestApp::in_dir(dir);
    let info = again
        .invoke("app_info", json!({"deviceLanguages": []}))
        .unwrap();
    assert_eq!(info["cases"][0]["id"], id.as_str());
    assert_eq!(info["language"], "en");
}

#[test]
fn a_future_date_is_a_typed_translated_error_and_nothing_is_saved() {
    let app = TestApp::new();
    app.invoke("app_info", json!({"deviceLanguages": ["vi-VN"]}))
        .unwrap();
    let future = (zairyu_domain::jst::today() + chrono::Days::new(3)).to_string();
    let err = app
        .invoke("open_case", json!({"answers": answers(&future)}))
        .unwrap_err();
    assert_eq!(err["code"], "invalid_case");
    let msg = err["message"].as_str().unwrap();
    assert!(!msg.is_empty() && !msg.starts_with("err-"), "{msg}");
    let info = app
        .invoke("app_info", json!({"deviceLanguages": []}))
        .unwrap();
    assert_eq!(info["language"], "vi");
    assert_eq!(info["cases"].as_array().unwrap().len(), 0);
}

#[test]
fn the_police_report_is_checked_and_kept_and_ticks_stay() {
    let app = TestApp::new();
    let view = app
        .invoke("open_case", json!({"answers": answers(&yesterday())}))
        .unwrap();
    let id = view["id"].as_str().unwrap();
    let bad = app
        .invoke(
            "set_police_report",
            json!({"id": id, "report": {"kind": "loss_report", "station": "新宿警察署",
                   "reported_on": yesterday(), "acceptance_number": ""}}),
        )
        .unwrap_err();
    assert_eq!(bad["field"], "acceptance_number");
    let good = app
        .invoke(
            "set_police_report",
            json!({"id": id, "report": {"kind": "loss_report", "station": "新宿警察署",
                   "reported_on": yesterday(), "acceptance_number": "R08-123456"}}),
        )
        .unwrap();
    assert_eq!(good["police_report"]["acceptance_number"], "R08-123456");
    assert_eq!(good["steps"][0]["done"], true);
    let ticked = app
        .invoke(
            "set_tick",
            json!({"id": id, "document": "photo", "ticked": true}),
        )
        .unwrap();
    let photo = ticked["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"] == "photo")
        .unwrap()
        .clone();
    assert_eq!(photo["ticked"], true);
    let card = app.invoke("police_card", json!({"id": id})).unwrap();
    assert!(card[0]["japanese"].as_str().unwrap().contains("遺失届"));
}

#[test]
fn malformed_payloads_get_an_error_not_a_panic() {
    let app = TestApp::new();
    for (cmd, body) in [
        ("triage_next", json!({"answers": {"incident": "eaten"}})),
        (
            "triage_next",
            json!({"answers": {"learned_on": "2026-13-45"}}),
        ),
        ("open_case", json!({})),
        ("case_view", json!({"id": "nope"})),
        (
            "set_tick",
            json!({"id": "nope", "document": "photo", "ticked": true}),
        ),
        ("set_language", json!({"code": "xx"})),
        ("police_card", json!({"id": 5})),
    ] {
        assert!(app.invoke(cmd, body.clone()).is_err(), "{cmd} {body}");
    }
}

#[test]
fn a_picked_date_is_echoed_in_the_users_language_and_in_japanese() {
    let app = TestApp::new();
    app.invoke("app_info", json!({"deviceLanguages": ["vi-VN"]}))
        .unwrap();
    let v = app
        .invoke("date_view", json!({"iso": "2026-11-09"}))
        .unwrap();
    assert_eq!(v["iso"], "2026-11-09");
    assert_eq!(v["ja"], "2026年11月9日(月)");
    let local = v["local"].as_str().unwrap();
    assert!(
        local.contains("09/11/2026") || local.contains("9/11/2026"),
        "{local}"
    );
    app.invoke("set_language", json!({"code": "en"})).unwrap();
    let v = app
        .invoke("date_view", json!({"iso": "2026-11-09"}))
        .unwrap();
    assert!(v["local"].as_str().unwrap().contains("Nov"), "{v}");
    for bad in ["2026-02-30", "09/11/2026", "2026-11-9", "", "+2026-11-09"] {
        let err = app.invoke("date_view", json!({ "iso": bad })).unwrap_err();
        assert_eq!(err["field"], "date", "{bad}: {err}");
        let msg = err["message"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.starts_with("err-"), "{bad}: {msg}");
    }
}
