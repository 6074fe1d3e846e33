//! The app lock through the commands, as the webview calls them: once a PIN is set, a restarted
//! app refuses every command that shows or changes the records (code `locked`) while the frame,
//! the lock's own commands and "delete all data" stay open; the right PIN opens it unchanged.

mod common;

use common::TestApp;
use serde_json::json;

fn open_case(app: &TestApp) -> String {
    let learned_on = (zairyu_domain::jst::today() - chrono::Days::new(1)).to_string();
    let view = app
        .invoke(
            "open_case",
            json!({"answers": {
                "incident": "lost", "card": "residence_card", "learned_on": learned_on,
                "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes",
                "applicant": "holder"
            }}),
        )
        .unwrap();
    view["id"].as_str().unwrap().to_owned()
}

#[test]
fn a_locked_app_shows_nothing_until_the_right_pin() {
    let app = TestApp::new();
    app.invoke("app_info", json!({"deviceLanguages": ["en"]}))
        .unwrap();
    let id = open_case(&app);
    let refused = app
        .invoke(
            "set_lock",
            json!({"pin": "12ab", "repeat": "12ab", "after": 60}),
        )
        .unwrap_err();
    assert_eq!(refused["code"], "lock");
    assert_eq!(refused["field"], "pin");
    assert_eq!(refused["message"], "A PIN is 4 to 8 digits (0–9).");
    let on = app
        .invoke(
            "set_lock",
            json!({"pin": "2580", "repeat": "2580", "after": 60}),
        )
        .unwrap();
    assert_eq!(on["enabled"], true);
    assert_eq!(on["locked"], false);
    assert_eq!(on["device_unlock"], false, "no fingerprint on the desktop");
    let before = app.invoke("case_view", json!({"id": id})).unwrap();

    let app = app.restart();
    let status = app.invoke("lock_status", json!({})).unwrap();
    assert_eq!(status["locked"], true);
    let info = app
        .invoke("app_info", json!({"deviceLanguages": []}))
        .unwrap();
    assert!(info.get("cases").is_none(), "the frame holds no records");
    for (cmd, body) in [
        ("today_overview", json!({})),
        ("case_view", json!({"id": id})),
        ("export_data", json!({})),
        ("papers_view", json!({"id": id})),
        ("reminder_settings", json!({})),
        ("delete_case", json!({"id": id})),
    ] {
        let e = app.invoke(cmd, body).unwrap_err();
        assert_eq!(e["code"], "locked", "{cmd}");
        assert_eq!(
            e["message"],
            "This app is locked. Enter your PIN to open it."
        );
    }
    let device = app.invoke("unlock", json!({"pin": null})).unwrap_err();
    assert_eq!(device["code"], "lock");
    let wrong = app.invoke("unlock", json!({"pin": "0000"})).unwrap_err();
    assert_eq!(wrong["message"], "That PIN is not right.");
    assert_eq!(
        app.invoke("lock_status", json!({})).unwrap()["locked"],
        true
    );
    let open = app.invoke("unlock", json!({"pin": "2580"})).unwrap();
    assert_eq!(open["locked"], false);
    assert_eq!(app.invoke("case_view", json!({"id": id})).unwrap(), before);
    assert_eq!(
        app.invoke("today_overview", json!({})).unwrap()["cases"][0]["id"],
        id.as_str()
    );
}

#[test]
fn a_forgotten_pin_has_one_way_out_delete_all_data() {
    let app = TestApp::new();
    open_case(&app);
    app.invoke(
        "set_lock",
        json!({"pin": "13572468", "repeat": "13572468", "after": 0}),
    )
    .unwrap();
    let app = app.restart();
    app.invoke("delete_all_data", json!({"confirm": true}))
        .unwrap();
    let status = app.invoke("lock_status", json!({})).unwrap();
    assert_eq!(status["enabled"], false);
    assert_eq!(status["locked"], false);
    let overview = app.invoke("today_overview", json!({})).unwrap();
    assert_eq!(overview["cases"].as_array().unwrap().len(), 0);
}

#[test]
fn the_background_locks_the_app_when_the_time_is_up() {
    let app = TestApp::new();
    app.invoke(
        "set_lock",
        json!({"pin": "2580", "repeat": "2580", "after": 0}),
    )
    .unwrap();
    let away = app
        .invoke("app_visibility", json!({"visible": false}))
        .unwrap();
    assert_eq!(away["locked"], false);
    let back = app
        .invoke("app_visibility", json!({"visible": true}))
        .unwrap();
    assert_eq!(back["locked"], true);
    let e = app.invoke("today_overview", json!({})).unwrap_err();
    assert_eq!(e["code"], "locked");
}
