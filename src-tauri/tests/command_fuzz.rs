//! Property test: random and malformed payloads sent to every command the webview may call never
//! panic, and every refusal is a typed error (`code` + a translated `message`).

mod common;

use common::TestApp;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Every command granted to the webview on every platform, read from the capability file
/// (`allow-open-case` → `open_case`), so a new command is fuzzed as soon as it is granted.
fn commands() -> Vec<String> {
    let caps: Value = serde_json::from_str(include_str!("../capabilities/app.json"))
        .expect("the capability file is JSON");
    let list: Vec<String> = caps["permissions"]
        .as_array()
        .expect("a permission list")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|c| c.replace('-', "_"))
        .collect();
    assert!(
        list.len() >= 15,
        "fewer commands than the app has: {list:?}"
    );
    list
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,40}".prop_map(Value::from),
        prop_oneof![
            Just("2026-11-09"),
            Just("2099-12-31"),
            Just("0000-01-01"),
            Just("lost"),
            Just("residence_card"),
            Just("photo"),
            Just("merge"),
            Just("replace"),
            Just("loss_report"),
        ]
        .prop_map(Value::from),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("id".to_owned()),
                    Just("answers".to_owned()),
                    Just("report".to_owned()),
                    Just("content".to_owned()),
                    Just("mode".to_owned()),
                    Just("code".to_owned()),
                    Just("confirm".to_owned()),
                    Just("document".to_owned()),
                    Just("ticked".to_owned()),
                    Just("on".to_owned()),
                    Just("incident".to_owned()),
                    Just("learned_on".to_owned()),
                    Just("deviceLanguages".to_owned()),
                    Just("enabled".to_owned()),
                    Just("hour".to_owned()),
                    "[a-z_]{1,12}",
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_payload_makes_a_command_panic_and_errors_are_typed(
        which in 0..64usize,
        body in value(),
    ) {
        thread_local! {
            static APP: TestApp = TestApp::new();
            static COMMANDS: Vec<String> = commands();
        }
        let command = COMMANDS.with(|c| c[which % c.len()].clone());
        let body = match body {
            Value::Object(_) => body,
            other => json!({ "answers": other.clone(), "id": other.clone(), "content": other }),
        };
        APP.with(|app| {
            if let Err(e) = app.invoke(&command, body.clone()) {
                // Tauri's own argument errors are strings; ours are objects with a code.
                if let Some(obj) = e.as_object() {
                    prop_assert!(obj.get("code").and_then(Value::as_str).is_some(), "{e}");
                    let msg = obj.get("message").and_then(Value::as_str).unwrap_or("");
                    prop_assert!(!msg.is_empty() && !msg.starts_with("err-"), "{e}");
                } else {
                    prop_assert!(e.is_string(), "{e}");
                }
            }
            Ok(())
        })?;
    }
}
