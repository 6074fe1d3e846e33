//! THE completeness gate: every language defines exactly what English defines, file by file, with
//! the same placeholders, and every file parses. It fails while a translation is missing — on
//! purpose. `cargo run -p zairyu-i18n --bin i18n-check` lists what is missing per language.

use std::path::{Path, PathBuf};

use zairyu_i18n::Catalog;

#[test]
fn every_file_parses() {
    let c = Catalog::new();
    assert!(c.load_errors().is_empty(), "{:#?}", c.load_errors());
}

#[test]
fn every_language_has_every_english_message_with_the_same_placeholders() {
    let audit = Catalog::new().audit();
    assert!(
        audit.is_clean(),
        "translations differ from English (run `cargo run -p zairyu-i18n --bin i18n-check`):\n{audit}"
    );
}

/// The ids the Rust code emits as `Text::new("…")` in the domain, the papers, the store and the app
/// (test modules included). Ids built at run time (`format!`) are not seen here: list those in
/// `EXTRA_EMITTED_IDS`.
fn emitted_ids() -> Vec<(PathBuf, String)> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["../domain/src", "../papers/src", "../store/src", "../src"] {
        scan(&crate_dir.join(dir), &mut out);
    }
    out
}

/// Ids emitted without a literal `Text::new("…")`. The hook for the domain's other ways of naming
/// messages; keep it in step with the domain.
const EXTRA_EMITTED_IDS: &[&str] = &["date-pattern", "date-month", "date-weekday"];

fn scan(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            for id in text_new_literals(&source) {
                out.push((path.clone(), id));
            }
        }
    }
}

/// The string literals passed straight to `Text::new(`.
fn text_new_literals(source: &str) -> Vec<String> {
    source
        .split("Text::new(")
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start().strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_owned())
        })
        .collect()
}

#[test]
fn every_id_the_code_emits_is_in_english() {
    let c = Catalog::new();
    let mut missing: Vec<String> = emitted_ids()
        .into_iter()
        .filter(|(_, id)| !c.has_message("en", id))
        .map(|(path, id)| format!("{id} (emitted in {})", path.display()))
        .collect();
    missing.extend(
        EXTRA_EMITTED_IDS
            .iter()
            .filter(|id| !c.has_message("en", id))
            .map(|id| id.to_string()),
    );
    assert!(
        missing.is_empty(),
        "ids with no English message:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_emitted_id_scanner_finds_literals() {
    let src = "let a = Text::new(\"plan-step\");\nText::new(\n    \"x-y\",\n).int(\"n\", 1); Text::new(id)";
    assert_eq!(text_new_literals(src), ["plan-step", "x-y"]);
}
