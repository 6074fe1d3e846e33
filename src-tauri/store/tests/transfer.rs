//! Export, import with preview, and apply, end to end through files.

mod common;

use std::fs;

use common::*;
use zairyu_store::{apply_import, preview_import, ImportMode, StoreError};

#[test]
fn old_export_is_migrated_previewed_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("backup-2026-05-03.json");
    let old = RecordsV1 {
        people: vec![
            PersonV1 {
                id: "p1".into(),
                name: "Nguyen Thi Secretname".into(),
            },
            PersonV1 {
                id: "p7".into(),
                name: "New Person".into(),
            },
        ],
        cases: vec![],
    };
    store_v1(dir.path()).export_to(&export, &old).unwrap();
    let text = fs::read_to_string(&export).unwrap();
    assert!(text.contains("\"format\": \"zairyu-export\""));
    assert!(text.contains("\"schema\": 1"));

    let s = store(dir.path());
    let imported = s.read_import(&export).unwrap();
    assert_eq!(imported.people[0].full_name, "Nguyen Thi Secretname");
    assert_eq!(imported.people[0].languages, Vec::<String>::new());

    let current = sample();
    let p = preview_import(&current, &imported);
    // p1 differs (languages), p7 is new, the case c1 is absent from the import.
    assert_eq!(
        (p.added, p.changed, p.unchanged, p.removed_if_replace),
        (1, 1, 0, 1)
    );
    assert_eq!(p.collections[1].name, "cases");
    assert_eq!(p.collections[1].removed_if_replace, 1);
    let merged = apply_import(&current, &imported, ImportMode::Merge);
    assert_eq!(merged.people.len(), 2);
    assert_eq!(merged.cases, current.cases);
    let replaced = apply_import(&current, &imported, ImportMode::Replace);
    assert!(replaced.cases.is_empty());
    s.save(&merged).unwrap();
    assert_eq!(s.load().unwrap().0, merged);
}

#[test]
fn records_file_and_newer_export_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    s.save(&sample()).unwrap();
    assert_eq!(s.read_import(&s.path()), Err(StoreError::NotAnExport));
    let newer = dir.path().join("newer.json");
    store(dir.path()).export_to(&newer, &sample()).unwrap();
    let err = store_v1(dir.path()).read_import(&newer).unwrap_err();
    assert_eq!(
        err,
        StoreError::ExportFromNewerVersion { found: 2, known: 1 }
    );
    assert_eq!(err.message_id(), "err-store-export-newer");
    assert_eq!(
        serde_json::to_value(&err).unwrap()["code"],
        "export-from-newer-version"
    );
    let missing = s.read_import(&dir.path().join("nope.json")).unwrap_err();
    assert!(matches!(missing, StoreError::Io { .. }), "{missing:?}");
}

#[test]
fn export_replaces_an_existing_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let export = dir.path().join("export.json");
    fs::write(&export, b"old").unwrap();
    s.export_to(&export, &sample()).unwrap();
    assert_eq!(s.read_import(&export).unwrap(), sample());
    assert_eq!(files_in(dir.path()), ["export.json"]);
}
