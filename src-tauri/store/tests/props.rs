//! Property tests: random bytes and random JSON as the records file and as an import never
//! panic and always give a typed outcome; saved and exported records read back equal; the
//! import preview agrees with what apply does.

mod common;

use std::collections::{HashMap, HashSet};
use std::fs;

use common::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use zairyu_store::{
    apply_import, preview_import, ImportMode, LoadReport, StoreError, EXPORT_FORMAT, RECORDS_FORMAT,
};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{0,10}", inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Envelope-shaped documents with random (often almost right) fields.
fn arb_envelope() -> impl Strategy<Value = Value> {
    let format = prop_oneof![
        Just(json!(RECORDS_FORMAT)),
        Just(json!(EXPORT_FORMAT)),
        arb_json()
    ];
    let schema = prop_oneof![
        (0u64..5).prop_map(|n| json!(n)),
        any::<i64>().prop_map(|n| json!(n)),
        arb_json()
    ];
    let saved_at = prop_oneof![Just(json!("2026-05-03T01:02:03Z")), arb_json()];
    let data = prop_oneof![arb_records_json(), arb_json()];
    (format, schema, saved_at, data, any::<u8>()).prop_map(|(f, s, t, d, drop)| {
        let mut v = json!({"format": f, "schema": s, "saved_at": t, "data": d});
        let fields = ["format", "schema", "saved_at", "data"];
        if let Some(field) = fields.get(usize::from(drop % 16)) {
            v.as_object_mut().unwrap().remove(*field);
        }
        v
    })
}

fn arb_person() -> impl Strategy<Value = Person> {
    (
        "p[0-9]",
        "\\PC{0,20}",
        prop::collection::vec("[a-z]{2}", 0..3),
    )
        .prop_map(|(id, full_name, languages)| Person {
            id,
            full_name,
            languages,
        })
}

fn arb_case() -> impl Strategy<Value = CaseRecord> {
    (
        "c[0-9]",
        "p[0-9]",
        prop::collection::vec("[a-z-]{1,12}", 0..4),
    )
        .prop_map(|(id, person_id, ticks)| CaseRecord {
            id,
            person_id,
            ticks,
        })
}

fn arb_records() -> impl Strategy<Value = Records> {
    (
        prop::collection::vec(arb_person(), 0..8),
        prop::collection::vec(arb_case(), 0..8),
    )
        .prop_map(|(people, cases)| Records { people, cases })
}

fn arb_records_json() -> impl Strategy<Value = Value> {
    arb_records().prop_map(|r| serde_json::to_value(r).unwrap())
}

/// Loads `bytes` as the records file and checks the invariants of any outcome.
fn check_load(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    fs::write(s.path(), bytes).unwrap();
    let (data, report) = s.load().expect("content never makes load fail");
    match &report {
        LoadReport::Loaded { .. } => {
            // Accepted: it must be exactly what a decode of the bytes gives.
            prop_assert_eq!(fs::read(s.path()).unwrap(), bytes);
            let export = String::from_utf8_lossy(bytes).replace(RECORDS_FORMAT, EXPORT_FORMAT);
            if let Ok(imported) = s.decode_import(export.as_bytes()) {
                prop_assert_eq!(imported, data);
            }
        }
        LoadReport::StartedEmpty { set_aside } => {
            prop_assert_eq!(data, Records::default());
            prop_assert_eq!(set_aside.len(), 1);
            prop_assert!(!s.path().exists());
            let kept = fs::read(s.quarantine_dir().join(&set_aside[0].kept_as)).unwrap();
            prop_assert!(kept == bytes);
        }
        other => prop_assert!(false, "unexpected {:?}", other),
    }
    Ok(())
}

/// Imports `bytes` and checks the outcome is a typed import result.
fn check_import(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    match s.decode_import(bytes) {
        Ok(_) => {}
        Err(
            StoreError::NotAnExport
            | StoreError::ExportFromNewerVersion { .. }
            | StoreError::ImportDamaged { .. },
        ) => {}
        Err(other) => prop_assert!(false, "unexpected import error {:?}", other),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_as_records_file(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_load(&bytes)?;
    }

    #[test]
    fn random_bytes_as_import(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_import(&bytes)?;
    }

    #[test]
    fn random_json_as_records_file(v in arb_json()) {
        check_load(&serde_json::to_vec(&v).unwrap())?;
    }

    #[test]
    fn random_envelopes_as_records_file(v in arb_envelope()) {
        check_load(&serde_json::to_vec_pretty(&v).unwrap())?;
    }

    #[test]
    fn random_envelopes_as_import(v in arb_envelope(), json in arb_json()) {
        check_import(&serde_json::to_vec(&v).unwrap())?;
        check_import(&serde_json::to_vec(&json).unwrap())?;
    }

    #[test]
    fn mangled_good_files(records in arb_records(), cut in any::<prop::sample::Index>(),
                          flip in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path());
        let good = s.encode_export(&records).unwrap();
        let good = String::from_utf8(good).unwrap().replace(EXPORT_FORMAT, RECORDS_FORMAT);
        let good = good.as_bytes();
        check_load(&good[..cut.index(good.len())])?;
        let mut flipped = good.to_vec();
        flipped[flip.index(good.len())] = byte;
        check_load(&flipped)?;
        check_import(&flipped)?;
    }

    #[test]
    fn merge_preview_matches_apply(current in arb_records(), imported in arb_records()) {
        let p = preview_import(&current, &imported);
        let merged = apply_import(&current, &imported, ImportMode::Merge);
        prop_assert_eq!(apply_import(&current, &imported, ImportMode::Replace), imported.clone());
        prop_assert_eq!(p.collections.len(), 2);
        let pp = &p.collections[0];
        let imported_ids: HashSet<&str> = imported.people.iter().map(|x| x.id.as_str()).collect();
        let current_ids: HashSet<&str> = current.people.iter().map(|x| x.id.as_str()).collect();
        prop_assert_eq!(pp.added + pp.changed + pp.unchanged, imported_ids.len());
        prop_assert_eq!(pp.added, imported_ids.difference(&current_ids).count());
        prop_assert_eq!(
            pp.removed_if_replace,
            current.people.iter().filter(|x| !imported_ids.contains(x.id.as_str())).count()
        );
        // Merge keeps every current element not imported, and the last imported one per id.
        let last: HashMap<&str, &Person> = imported.people.iter().map(|x| (x.id.as_str(), x)).collect();
        prop_assert_eq!(merged.people.len(), current.people.len() + pp.added);
        for (i, x) in merged.people.iter().enumerate() {
            match last.get(x.id.as_str()) {
                Some(winner) if i < current.people.len() => {
                    let first = current.people.iter().position(|c| c.id == x.id).unwrap();
                    if first == i { prop_assert_eq!(x, *winner); } else { prop_assert_eq!(x, &current.people[i]); }
                }
                Some(winner) => prop_assert_eq!(x, *winner),
                None => prop_assert_eq!(x, &current.people[i]),
            }
        }
        prop_assert_eq!(p.added, p.collections.iter().map(|c| c.added).sum::<usize>());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn save_load_and_export_import_round_trip(a in arb_records(), b in arb_records()) {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path());
        s.save(&a).unwrap();
        s.save(&b).unwrap();
        prop_assert_eq!(s.load().unwrap(), (b.clone(), LoadReport::Loaded { migrated_from: None }));
        fs::remove_file(s.path()).unwrap();
        prop_assert_eq!(s.load().unwrap().0, a.clone());
        let export = dir.path().join("export.json");
        s.export_to(&export, &b).unwrap();
        prop_assert_eq!(s.read_import(&export).unwrap(), b);
    }
}
