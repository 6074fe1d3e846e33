//! Each command is declared once (`src/commands/list.rs`): the capability files grant exactly the
//! listed commands, `lib.rs` registers every one of them, and the UI calls every one and no other.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::TestApp;
use serde_json::{json, Value};
use zairyu_app_lib::commands::list::{COMMANDS, SHARE_COMMANDS};

/// The commands a capability file grants (`allow-open-case` → `open_case`).
fn granted(file: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let caps: Value = serde_json::from_str(&text).unwrap();
    caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let p = p.as_str().unwrap();
            p.strip_prefix("allow-")
                .unwrap_or_else(|| panic!("{file} grants {p}, not one of the app's commands"))
                .replace('-', "_")
        })
        .collect()
}

fn set(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_capability_files_grant_exactly_the_listed_commands() {
    assert_eq!(granted("capabilities/app.json"), set(COMMANDS));
    assert_eq!(granted("capabilities/share.json"), set(SHARE_COMMANDS));
    let files: Vec<_> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
    assert_eq!(
        files.len(),
        2,
        "a capability file besides app.json and share.json: {files:?}"
    );
}

#[test]
fn every_listed_command_is_registered() {
    let app = TestApp::new();
    for command in COMMANDS {
        if let Err(Value::String(e)) = app.invoke(command, json!({})) {
            assert!(!e.contains("not found"), "{command}: {e}");
        }
    }
    // A command that is not registered answers this way (so the check above can fail).
    let e = app.invoke("no_such_command", json!({})).unwrap_err();
    assert!(e.as_str().is_some(), "{e}");
}

/// The commands the UI calls: `call("name"` in `ui/js`.
fn called_by_the_ui() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "js") {
                let text = std::fs::read_to_string(&path).unwrap();
                for rest in text.split("call(\"").skip(1) {
                    if let Some(end) = rest.find('"') {
                        out.insert(rest[..end].to_owned());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/js"),
        &mut out,
    );
    out
}

#[test]
fn the_ui_calls_every_listed_command_and_no_other() {
    let ui = called_by_the_ui();
    let listed: BTreeSet<String> = set(COMMANDS).union(&set(SHARE_COMMANDS)).cloned().collect();
    assert_eq!(
        ui.difference(&listed).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "called but not listed"
    );
    assert_eq!(
        listed.difference(&ui).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "listed (granted) but never called"
    );
}
