//! The case commands through `tauri::test`: triage, opening, the dashboard, what is kept, and
//! that bad input gets a typed, translated error and changes nothing.

mod common;

use common::TestApp;
use serde_json::json;

fn answers(learned_on: &str) -> serde_json::Value {
    json!({
        "incident": "lost", "card": "residence_card", "learned_on": learned_on,
        "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes", "applicant": "holder"
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
    assert_eq!(first["progress"], "Question 1 of 3");
    assert_eq!(first["question"]["choices"].as_array().unwrap().len(), 9);

    let done = app
        .invoke("triage_next", json!({"answers": answers(&yesterday())}))
        .unwrap();
    assert!(done["question"].is_null());

    let view = app
        .invoke("open_case", json!({"answers": answers(&yesterday())}))
        .unwrap();
    assert_eq!(view["deadline"]["status"], "on_time");
    assert_eq!(view["steps"][0]["kind"], "report_loss_to_police");
    assert!(view["documents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["document"] == "photo"));

    // Kept across a restart.
    let id = view["id"].as_str().unwrap().to_owned();
    let again = app.restart();
    let info = again
        .invoke("app_info", json!({"deviceLanguages": []}))
        .unwrap();
    assert_eq!(info["language"], "en");
    let overview = again.invoke("today_overview", json!({})).unwrap();
    assert_eq!(overview["cases"][0]["id"], id.as_str());
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
    let overview = app.invoke("today_overview", json!({})).unwrap();
    assert_eq!(overview["cases"].as_array().unwrap().len(), 0);
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
    assert_eq!(bad["field"], "acceptance-number");
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
            json!({"id": id, "tick": {"document": "photo"}, "ticked": true}),
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
    // The meanwhile checklist is ticked the same way.
    let ticked = app
        .invoke(
            "set_tick",
            json!({"id": id, "tick": {"protect": "bank_cards"}, "ticked": true}),
        )
        .unwrap();
    assert_eq!(ticked["protect"][0]["item"], "bank_cards");
    assert_eq!(ticked["protect"][0]["ticked"], true);
    // The office finder: the prefecture chosen names the office the law gives it.
    let office = app
        .invoke(
            "set_prefecture",
            json!({"id": id, "prefecture": "kanagawa"}),
        )
        .unwrap();
    assert_eq!(
        office["office"]["covering"]["name_ja"],
        "東京出入国在留管理局横浜支局"
    );
    let myths = app.invoke("myths", json!({})).unwrap();
    assert_eq!(myths.as_array().unwrap().len(), 6);
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
            json!({"id": "nope", "tick": {"document": "photo"}, "ticked": true}),
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

fn days_ago(n: u64) -> String {
    (zairyu_domain::jst::today() - chrono::Days::new(n)).to_string()
}

#[test]
fn someone_still_abroad_gets_no_deadline_until_the_day_of_return_is_entered() {
    let app = TestApp::new();
    let mut abroad = answers(&days_ago(5));
    abroad["whereabouts"] = json!("abroad_now");
    let view = app.invoke("open_case", json!({"answers": abroad})).unwrap();
    let id = view["id"].as_str().unwrap().to_owned();
    assert!(view["deadline"].is_null(), "{view}");
    assert_eq!(view["asks_reentry"], true);
    assert!(view["no_deadline"]
        .as_str()
        .unwrap()
        .contains("come back to Japan"));
    assert_eq!(view["steps"][0]["kind"], "report_to_police_abroad");
    assert_eq!(view["police_card"], false);

    // A return day after today is refused, and nothing changes.
    let tomorrow = (zairyu_domain::jst::today() + chrono::Days::new(1)).to_string();
    let err = app
        .invoke("set_reentry", json!({"id": id, "on": tomorrow}))
        .unwrap_err();
    assert_eq!(err["code"], "invalid_case");
    let same = app.invoke("case_view", json!({"id": id})).unwrap();
    assert!(same["deadline"].is_null() && same["asks_reentry"] == true);

    // Back two days ago: the 14 days count from that day.
    let back = days_ago(2);
    let view = app
        .invoke("set_reentry", json!({"id": id, "on": back}))
        .unwrap();
    assert_eq!(view["asks_reentry"], false);
    let expected = zairyu_domain::deadline::last_day(
        chrono::NaiveDate::parse_from_str(&back, "%Y-%m-%d").unwrap(),
    );
    assert_eq!(
        view["deadline"]["legal_last_day"]["iso"],
        expected.to_string()
    );
}

#[test]
fn a_card_found_again_needs_nothing_more_and_can_be_taken_back() {
    let app = TestApp::new();
    let view = app
        .invoke("open_case", json!({"answers": answers(&days_ago(3))}))
        .unwrap();
    let id = view["id"].as_str().unwrap().to_owned();
    assert_eq!(view["can_mark_found"], true);
    let found = app
        .invoke("set_found", json!({"id": id, "found": true, "on": null}))
        .unwrap();
    assert!(found["deadline"].is_null());
    assert_eq!(found["steps"][0]["kind"], "tell_police_found");
    assert_eq!(found["papers"], false);
    assert_eq!(found["can_mark_applied"], false);
    assert_eq!(found["can_undo_found"], true);
    assert!(found["documents"].as_array().unwrap().is_empty());
    // A day before the loss was noticed cannot be true.
    let err = app
        .invoke(
            "set_found",
            json!({"id": id, "found": true, "on": days_ago(10)}),
        )
        .unwrap_err();
    assert_eq!(err["code"], "invalid_case");
    let undone = app
        .invoke("set_found", json!({"id": id, "found": false, "on": null}))
        .unwrap();
    assert_eq!(undone["deadline"]["status"], "on_time");
    assert_eq!(undone["papers"], true);
}

#[test]
fn a_report_the_police_did_not_accept_and_a_number_as_printed_are_kept() {
    let app = TestApp::new();
    let mut at_home = answers(&yesterday());
    at_home["incident"] = json!("lost_at_home");
    let view = app
        .invoke("open_case", json!({"answers": at_home}))
        .unwrap();
    let id = view["id"].as_str().unwrap().to_owned();
    assert_eq!(view["case"]["lost_at_home"], true);
    assert_eq!(view["report_form"]["kinds"][0]["can_be_refused"], true);
    assert_eq!(view["report_form"]["can_go_unreported"], true);
    let refused = app
        .invoke(
            "set_police_report",
            json!({"id": id, "report": {"kind": "loss_report", "station": "西口交番",
                   "reported_on": yesterday(), "acceptance_number": "ignored",
                   "not_accepted": true}}),
        )
        .unwrap();
    assert_eq!(refused["police_report"]["not_accepted"], true);
    assert_eq!(refused["police_report"]["acceptance_number"], "");
    assert_eq!(refused["steps"][0]["done"], true);
    let printed = app
        .invoke(
            "set_police_report",
            json!({"id": id, "report": {"kind": "loss_report", "station": "新宿警察署",
                   "reported_on": yesterday(), "acceptance_number": "令和８年 第１２３号"}}),
        )
        .unwrap();
    assert_eq!(
        printed["police_report"]["acceptance_number"],
        "令和8年 第123号"
    );
    // A station name over the limit is refused with the limit in the message.
    let long = "署".repeat(zairyu_domain::limits::STATION + 1);
    let err = app
        .invoke(
            "set_police_report",
            json!({"id": id, "report": {"kind": "loss_report", "station": long,
                   "reported_on": yesterday(), "acceptance_number": "1"}}),
        )
        .unwrap_err();
    assert_eq!(err["field"], "station");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains(&zairyu_domain::limits::STATION.to_string()));
}

#[test]
fn leaving_japan_soon_puts_the_warning_first() {
    let app = TestApp::new();
    let mut leaving = answers(&yesterday());
    leaving["whereabouts"] = json!("leaving_soon");
    let view = app
        .invoke("open_case", json!({"answers": leaving}))
        .unwrap();
    let warnings = view["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0]["text"]
        .as_str()
        .unwrap()
        .contains("status of residence"));
    assert_eq!(warnings[0]["source"]["reference"], "第26条の2 第1項");
}

#[test]
fn someone_who_answered_in_japan_can_still_enter_a_day_of_return() {
    let app = TestApp::new();
    let view = app
        .invoke("open_case", json!({"answers": answers(&days_ago(10))}))
        .unwrap();
    let id = view["id"].as_str().unwrap().to_owned();
    assert_eq!(view["offers_reentry"], true);
    assert_eq!(view["asks_reentry"], false);
    let back = app
        .invoke("set_reentry", json!({"id": id, "on": days_ago(1)}))
        .unwrap();
    assert_eq!(back["offers_reentry"], false);
    assert_eq!(back["case"]["reentered_on"], days_ago(1));
    assert_ne!(
        back["deadline"]["legal_last_day"]["iso"],
        view["deadline"]["legal_last_day"]["iso"]
    );
}
