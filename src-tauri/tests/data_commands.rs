//! Export, import (preview, merge, replace) and delete-all through `tauri::test`.

mod common;

use common::TestApp;
use serde_json::json;

fn open_case(app: &TestApp, learned: &str) -> String {
    let v = app
        .invoke(
            "open_case",
            json!({"answers": {"incident": "lost", "card": "residence_card", "learned_on": learned,
                   "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes", "applicant": "holder"}}),
        )
        .unwrap();
    v["id"].as_str().unwrap().to_owned()
}

fn days_ago(n: u64) -> String {
    (zairyu_domain::jst::today() - chrono::Days::new(n)).to_string()
}

#[test]
fn an_export_comes_back_after_delete_all_and_previews_first() {
    let app = TestApp::new();
    let id = open_case(&app, &days_ago(1));
    let done = app.invoke("export_data", json!({})).unwrap();
    let path = done["path"].as_str().unwrap();
    assert!(path.starts_with(app.dir.to_str().unwrap()), "{path}");
    let content = std::fs::read_to_string(path).unwrap();
    // A copy of the data is for keeping (or sharing where there is a share sheet), not viewing.
    assert_eq!(done["key"], "data");
    assert_eq!(done["actions"]["open"], false);
    let refused = app
        .invoke("open_export", json!({"key": "data"}))
        .unwrap_err();
    assert_eq!(refused["code"], "device");
    let unknown = app
        .invoke("open_export", json!({"key": "papers:nope"}))
        .unwrap_err();
    assert_eq!(unknown["code"], "not_found");

    app.invoke("delete_all_data", json!({"confirm": true}))
        .unwrap();
    let info = app.invoke("today_overview", json!({})).unwrap();
    assert_eq!(info["cases"].as_array().unwrap().len(), 0);

    let preview = app
        .invoke("import_preview", json!({"content": content}))
        .unwrap();
    assert_eq!(preview["preview"]["added"], 1);
    // A preview changes nothing.
    let info = app.invoke("today_overview", json!({})).unwrap();
    assert_eq!(info["cases"].as_array().unwrap().len(), 0);

    app.invoke("import_apply", json!({"content": content, "mode": "merge"}))
        .unwrap();
    let info = app.invoke("today_overview", json!({})).unwrap();
    assert_eq!(info["cases"][0]["id"], id.as_str());
}

#[test]
fn replace_removes_what_the_copy_lacks_and_merge_keeps_it() {
    let app = TestApp::new();
    open_case(&app, &days_ago(2));
    let content = std::fs::read_to_string(
        app.invoke("export_data", json!({})).unwrap()["path"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    open_case(&app, &days_ago(1));
    let preview = app
        .invoke("import_preview", json!({"content": content}))
        .unwrap();
    assert_eq!(preview["preview"]["removed_if_replace"], 1);
    app.invoke("import_apply", json!({"content": content, "mode": "merge"}))
        .unwrap();
    let n = |app: &TestApp| {
        app.invoke("today_overview", json!({})).unwrap()["cases"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(n(&app), 2);
    app.invoke(
        "import_apply",
        json!({"content": content, "mode": "replace"}),
    )
    .unwrap();
    assert_eq!(n(&app), 1);
}

#[test]
fn a_file_that_is_not_an_export_is_refused_and_changes_nothing() {
    let app = TestApp::new();
    open_case(&app, &days_ago(1));
    for content in [
        "",
        "{}",
        "not json",
        "[1,2,3]",
        "{\"format\":\"zairyu-export\",\"schema\":999}",
    ] {
        let err = app
            .invoke(
                "import_apply",
                json!({"content": content, "mode": "replace"}),
            )
            .unwrap_err();
        assert_eq!(err["code"], "storage", "{content}: {err}");
    }
    let err = app
        .invoke("delete_all_data", json!({"confirm": false}))
        .unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    let info = app.invoke("today_overview", json!({})).unwrap();
    assert_eq!(info["cases"].as_array().unwrap().len(), 1);
}
