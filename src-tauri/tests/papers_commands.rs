//! The people and papers commands through `tauri::test`: a profile is validated field by field and
//! kept, a refused one changes nothing, the papers screen says what is missing until the packet can
//! be printed, and the PDF made holds what the user entered.

mod common;

use common::TestApp;
use serde_json::{json, Value};

fn days_ago(n: u64) -> String {
    (zairyu_domain::jst::today() - chrono::Days::new(n)).to_string()
}

fn open_lost_case(app: &TestApp) -> String {
    app.invoke("app_info", json!({"deviceLanguages": ["en-US"]}))
        .unwrap();
    let view = app
        .invoke(
            "open_case",
            json!({"answers": {
                "incident": "lost", "card": "residence_card", "learned_on": days_ago(1),
                "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes", "applicant": "holder"
            }}),
        )
        .unwrap();
    view["id"].as_str().unwrap().to_owned()
}

fn profile() -> Value {
    json!({
        "nationality": "VIET NAM", "birth_date": "1995-03-14", "family_name": "nguyen",
        "given_name": "THI ANH", "kanji_name": "", "sex": "female",
        "address": "東京都新宿区西新宿2-8-1", "card_number": "ab 1234 5678 cd",
        "activity_permit": true, "phone": "090-1234-5678",
        "representative": null, "agent": null
    })
}

/// The people the papers screen of `case` offers (the UI's only list of people).
fn people(app: &TestApp, case: &str) -> Vec<Value> {
    app.invoke("papers_view", json!({"id": case})).unwrap()["people"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn a_bad_field_is_named_and_nothing_is_saved() {
    let app = TestApp::new();
    let case = open_lost_case(&app);
    let mut p = profile();
    p["card_number"] = json!("AB12345678");
    let e = app
        .invoke("save_person", json!({"profile": p, "caseId": case}))
        .unwrap_err();
    assert_eq!(e["code"], "invalid_profile");
    assert_eq!(e["field"], "card-number");
    assert!(e["message"].as_str().unwrap().contains("12 characters"));
    assert!(people(&app, &case).is_empty());

    let mut p = profile();
    p["birth_date"] = json!("1995-02-30");
    let e = app
        .invoke("save_person", json!({"profile": p}))
        .unwrap_err();
    assert_eq!(e["field"], "birth-date");

    let mut p = profile();
    p["family_name"] = json!("NGUYỄN");
    let e = app
        .invoke("save_person", json!({"profile": p}))
        .unwrap_err();
    assert_eq!(e["field"], "family-name");
    assert!(e["message"].as_str().unwrap().contains("Ễ"));
    assert!(people(&app, &case).is_empty());
    let view = app.invoke("case_view", json!({"id": case})).unwrap();
    assert_eq!(view["case"]["holder_birth_date"], "1990-05-01");
}

#[test]
fn the_papers_say_what_is_missing_until_they_can_be_made() {
    let app = TestApp::new();
    let case = open_lost_case(&app);

    let v = app.invoke("papers_view", json!({"id": case})).unwrap();
    assert_eq!(v["problem"]["field"], "person");
    assert!(v["pages"].as_array().unwrap().is_empty());
    let e = app.invoke("make_papers", json!({"id": case})).unwrap_err();
    assert_eq!(e["field"], "person");

    let person = app
        .invoke("save_person", json!({"profile": profile(), "caseId": case}))
        .unwrap();
    assert!(person.as_str().unwrap().starts_with('p'));
    assert_eq!(people(&app, &case)[0]["name"], "NGUYEN THI ANH");
    // The profile's facts now hold for the case: its birth date and activity permit.
    let view = app.invoke("case_view", json!({"id": case})).unwrap();
    assert_eq!(view["case"]["holder_birth_date"], "1995-03-14");
    assert_eq!(view["case"]["has_activity_permit"], true);

    let v = app.invoke("papers_view", json!({"id": case})).unwrap();
    assert_eq!(v["person"]["name"], "NGUYEN THI ANH");
    assert_eq!(v["asks_statement"], true);
    assert_eq!(v["asks_late"], false);
    assert_eq!(v["pages"].as_array().unwrap().len(), 3);
    assert_eq!(v["problem"]["field"], "statement");
    assert_eq!(v["choices"]["time_of_day"][0]["value"], "morning");
    assert_eq!(v["choices"]["time_of_day"][0]["label"], "In the morning");
    // Every option has its words in the catalog (a missing one would show its id).
    for group in ["time_of_day", "place_kind", "how", "late", "passport"] {
        for o in v["choices"][group].as_array().unwrap() {
            let label = o["label"].as_str().unwrap();
            assert!(
                !label.is_empty() && !label.starts_with("ui-"),
                "{group}: {o}"
            );
        }
    }

    // A loss after the day it was noticed cannot be: refused, nothing kept.
    let e = app
        .invoke(
            "set_paper_answers",
            json!({"id": case, "statement": {"date": days_ago(0), "time_of_day": "evening",
                "place_kind": "train_or_station", "place_name": "新宿駅", "how": "dropped_or_missing"}}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "loss-date");
    let v = app.invoke("papers_view", json!({"id": case})).unwrap();
    assert!(v["statement"].is_null());

    let v = app
        .invoke(
            "set_paper_answers",
            json!({"id": case, "statement": {"date": days_ago(2), "time_of_day": "evening",
                "place_kind": "train_or_station", "place_name": " 新宿駅 ", "how": "dropped_or_missing"}}),
        )
        .unwrap();
    assert_eq!(v["statement"]["place_name"], "新宿駅");
    assert_eq!(v["problem"]["field"], "police-report");

    app.invoke(
        "set_police_report",
        json!({"id": case, "report": {"kind": "loss_report", "station": "新宿警察署",
            "reported_on": days_ago(1), "acceptance_number": "第1234-5678号"}}),
    )
    .unwrap();
    let v = app.invoke("papers_view", json!({"id": case})).unwrap();
    assert!(v["problem"].is_null(), "{}", v["problem"]);
    let preview: Vec<String> = v["preview"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["value"].as_str().unwrap().to_owned())
        .collect();
    for expected in [
        "NGUYEN",
        "AB12345678CD",
        "新宿駅",
        "新宿警察署",
        "第1234-5678号",
    ] {
        assert!(
            preview.iter().any(|p| p == expected),
            "{expected} in {preview:?}"
        );
    }

    let made = app.invoke("make_papers", json!({"id": case})).unwrap();
    let path = std::path::PathBuf::from(made["path"].as_str().unwrap());
    assert!(
        path.starts_with(&app.dir),
        "tests keep files in their folder"
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(made["bytes"].as_u64().unwrap() as usize, bytes.len());
    // On this desktop: open in a viewer, no share sheet (Linux has none).
    assert_eq!(made["key"], format!("papers:{case}"));
    assert_eq!(made["actions"], json!({"open": true, "share": false}));
    let text = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in [
        "NGUYEN",
        "AB12345678CD",
        "新宿駅",
        "新宿警察署",
        "第1234-5678号",
    ] {
        assert!(text.contains(expected), "{expected} in the PDF");
    }

    // Kept across a restart: the person, the link and the answers.
    let again = app.restart();
    let v = again.invoke("papers_view", json!({"id": case})).unwrap();
    assert_eq!(v["person"]["name"], "NGUYEN THI ANH");
    assert_eq!(v["statement"]["how"], "dropped_or_missing");
    // Only a PDF made in this run can be opened from the UI.
    let e = again
        .invoke("open_export", json!({"key": format!("papers:{case}")}))
        .unwrap_err();
    assert_eq!(e["code"], "not_found");
}

#[test]
fn a_late_case_asks_why_and_a_person_can_be_deleted() {
    let app = TestApp::new();
    app.invoke("app_info", json!({"deviceLanguages": ["en-US"]}))
        .unwrap();
    let view = app
        .invoke(
            "open_case",
            json!({"answers": {
                "incident": "stolen", "card": "residence_card", "learned_on": days_ago(40),
                "whereabouts": "in_japan", "birth_date": "1995-03-14", "passport": "no", "applicant": "holder"
            }}),
        )
        .unwrap();
    let case = view["id"].as_str().unwrap().to_owned();
    let person = app
        .invoke("save_person", json!({"profile": profile(), "caseId": case}))
        .unwrap();
    let v = app.invoke("papers_view", json!({"id": case})).unwrap();
    assert_eq!(v["asks_late"], true);
    assert_eq!(v["asks_passport"], true);
    assert_eq!(v["pages"].as_array().unwrap().len(), 4);

    let too_long = "あ".repeat(201);
    let e = app
        .invoke(
            "set_paper_answers",
            json!({"id": case, "late": {"reasons": ["illness"], "detail": too_long}}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "late-detail");
    // An illness without its dates is refused on the field to fill, and changes nothing.
    let e = app
        .invoke(
            "set_paper_answers",
            json!({"id": case, "late": {"reasons": ["illness"], "detail": null}}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "late-illness-from");
    let e = app
        .invoke(
            "set_paper_answers",
            json!({"id": case, "late": {"reasons": ["other"], "detail": " "}}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "late-detail");
    let v = app
        .invoke(
            "set_paper_answers",
            json!({"id": case, "late": {"reasons": ["illness", "did_not_know_rule"], "detail": null,
                   "illness": {"place": "新宿病院", "from": "2026-11-01", "until": ""}},
                "passport": {"reasons": ["stolen_too"], "detail": null}}),
        )
        .unwrap();
    assert_eq!(v["late"]["illness"]["place"], "新宿病院");
    assert!(v["late"]["illness"]["until"].is_null());
    assert_eq!(v["late"]["reasons"][1], "did_not_know_rule");
    assert_eq!(v["passport"]["reasons"][0], "stolen_too");

    app.invoke("delete_person", json!({"id": person})).unwrap();
    assert!(people(&app, &case).is_empty());
    let v = app.invoke("papers_view", json!({"id": case})).unwrap();
    assert!(v["person"].is_null());
    assert_eq!(v["problem"]["field"], "person");
}
