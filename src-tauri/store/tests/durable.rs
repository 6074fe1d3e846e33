//! Load and save behaviour of `DurableFile`: backup rotation, recovery, migrations, newer
//! schemas, size limits, delete-all and typed I/O errors.

mod common;

use std::fs;

use common::*;
use zairyu_store::{DamageReason, DurableFile, IoKind, LoadReport, Migrations, StoreError};

#[test]
fn fresh_start_then_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let (data, report) = s.load().unwrap();
    assert_eq!(data, Records::default());
    assert_eq!(report, LoadReport::FreshStart);
    assert!(!report.needs_attention());
    s.save(&sample()).unwrap();
    let (data, report) = s.load().unwrap();
    assert_eq!(data, sample());
    assert_eq!(
        report,
        LoadReport::Loaded {
            migrated_from: None
        }
    );
    assert_eq!(files_in(dir.path()), ["records.json"]);
    let text = fs::read_to_string(s.path()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "zairyu-records");
    assert_eq!(v["schema"], 2);
    assert!(chrono::DateTime::parse_from_rfc3339(v["saved_at"].as_str().unwrap()).is_ok());
}

#[test]
fn backup_is_the_previous_good_version() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let mut r = sample();
    s.save(&r).unwrap();
    let first = fs::read(s.path()).unwrap();
    r.people.push(person("p2", "Second"));
    s.save(&r).unwrap();
    assert_eq!(fs::read(s.backup_path()).unwrap(), first);
    assert_eq!(files_in(dir.path()), ["records.json", "records.json.bak"]);
    // The records file disappears: the backup is used, and said so.
    fs::remove_file(s.path()).unwrap();
    let (data, report) = s.load().unwrap();
    assert_eq!(data, sample());
    assert_eq!(report.message_id(), "store-load-recovered-missing");
    assert!(report.needs_attention());
}

#[test]
fn damaged_file_is_set_aside_and_backup_used() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    s.save(&sample()).unwrap();
    s.save(&Records::default()).unwrap();
    fs::write(s.path(), b"{\"format\": \"zairyu-rec").unwrap();
    let (data, report) = s.load().unwrap();
    assert_eq!(data, sample());
    let LoadReport::RecoveredFromBackup {
        set_aside,
        migrated_from: None,
    } = &report
    else {
        panic!("{report:?}")
    };
    assert_eq!(set_aside.len(), 1);
    assert_eq!(set_aside[0].file, "records.json");
    assert_eq!(set_aside[0].reason, DamageReason::Truncated);
    assert_eq!(set_aside[0].message_id(), "store-set-aside-truncated");
    let kept = s.quarantine_dir().join(&set_aside[0].kept_as);
    assert_eq!(fs::read(kept).unwrap(), b"{\"format\": \"zairyu-rec");
    assert_eq!(s.quarantined().unwrap(), vec![set_aside[0].kept_as.clone()]);
    // The next save writes a new records file and keeps the good backup as it is.
    let bak = fs::read(s.backup_path()).unwrap();
    s.save(&data).unwrap();
    assert_eq!(fs::read(s.backup_path()).unwrap(), bak);
    assert_eq!(
        s.load().unwrap().1,
        LoadReport::Loaded {
            migrated_from: None
        }
    );
}

#[test]
fn v1_file_is_migrated_then_rewritten_as_v2() {
    let dir = tempfile::tempdir().unwrap();
    let old = RecordsV1 {
        people: vec![PersonV1 {
            id: "p1".into(),
            name: "Tran Van Old".into(),
        }],
        cases: vec![],
    };
    store_v1(dir.path()).save(&old).unwrap();
    let s = store(dir.path());
    let (data, report) = s.load().unwrap();
    assert_eq!(
        report,
        LoadReport::Loaded {
            migrated_from: Some(1)
        }
    );
    assert_eq!(report.message_id(), "store-load-migrated");
    assert_eq!(
        data.people,
        vec![Person {
            id: "p1".into(),
            full_name: "Tran Van Old".into(),
            languages: vec![],
        }]
    );
    s.save(&data).unwrap();
    let (again, report) = s.load().unwrap();
    assert_eq!(again, data);
    assert_eq!(
        report,
        LoadReport::Loaded {
            migrated_from: None
        }
    );
    // The backup is still the v1 file, readable through the migration.
    fs::remove_file(s.path()).unwrap();
    let (from_bak, report) = s.load().unwrap();
    assert_eq!(from_bak, data);
    assert!(matches!(
        report,
        LoadReport::RecoveredFromBackup {
            migrated_from: Some(1),
            ..
        }
    ));
}

#[test]
fn failing_migration_sets_the_file_aside() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let v1_without_names = r#"{"format":"zairyu-records","schema":1,"saved_at":"2026-01-01T00:00:00Z","data":{"people":[{"id":"p1"}],"cases":[]}}"#;
    fs::write(s.path(), v1_without_names).unwrap();
    let (data, report) = s.load().unwrap();
    assert_eq!(data, Records::default());
    assert_eq!(
        report.set_aside()[0].reason,
        DamageReason::MigrationFailed { from: 1 }
    );
}

#[test]
fn newer_schema_is_kept_aside_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let newer = store(dir.path());
    newer.save(&sample()).unwrap();
    newer.save(&sample()).unwrap();
    let main_bytes = fs::read(newer.path()).unwrap();
    let bak_bytes = fs::read(newer.backup_path()).unwrap();
    drop(newer); // the newer app ends (and lets go of the records' lock)

    let older = store_v1(dir.path());
    let (data, report) = older.load().unwrap();
    assert_eq!(data, RecordsV1::default());
    assert_eq!(report.message_id(), "store-load-started-empty-newer");
    let aside = report.set_aside();
    assert_eq!(aside.len(), 2);
    for (entry, (file, bytes)) in aside.iter().zip([
        ("records.json", &main_bytes),
        ("records.json.bak", &bak_bytes),
    ]) {
        assert_eq!(entry.file, file);
        assert_eq!(
            entry.reason,
            DamageReason::NewerSchema { found: 2, known: 1 }
        );
        assert_eq!(entry.message_id(), "store-set-aside-newer");
        assert_eq!(
            &fs::read(older.quarantine_dir().join(&entry.kept_as)).unwrap(),
            bytes
        );
    }
    // The older app goes on saving; the newer files stay intact in quarantine.
    older.save(&RecordsV1::default()).unwrap();
    older.save(&RecordsV1::default()).unwrap();
    assert_eq!(older.quarantined().unwrap().len(), 2);
    for entry in aside {
        assert!(older.quarantine_dir().join(&entry.kept_as).exists());
    }
}

#[test]
fn newer_main_with_good_backup_reports_recovered_newer() {
    let dir = tempfile::tempdir().unwrap();
    store_v1(dir.path()).save(&RecordsV1::default()).unwrap();
    // A newer app saved once: the records file is newer, its backup is the old one.
    store(dir.path()).save(&sample()).unwrap();
    let (data, report) = store_v1(dir.path()).load().unwrap();
    assert_eq!(report.message_id(), "store-load-recovered-newer");
    assert_eq!(data, RecordsV1::default());
}

#[test]
fn save_sets_aside_a_file_damaged_behind_its_back() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    s.save(&sample()).unwrap();
    let good = fs::read(s.path()).unwrap();
    s.save(&sample()).unwrap();
    fs::write(s.path(), b"garbage").unwrap();
    s.save(&Records::default()).unwrap();
    // The garbage was neither overwritten nor made the backup.
    let aside = s.quarantined().unwrap();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read(s.quarantine_dir().join(&aside[0])).unwrap(),
        b"garbage"
    );
    let bak: serde_json::Value =
        serde_json::from_slice(&fs::read(s.backup_path()).unwrap()).unwrap();
    let good: serde_json::Value = serde_json::from_slice(&good).unwrap();
    assert_eq!(bak["data"], good["data"]);
}

#[test]
fn size_limit_on_save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path()).with_max_bytes(300);
    s.save(&Records::default()).unwrap();
    let before = fs::read(s.path()).unwrap();
    let mut big = sample();
    big.people = (0..20).map(|i| person(&format!("p{i}"), "X")).collect();
    let err = s.save(&big).unwrap_err();
    assert!(
        matches!(err, StoreError::TooLarge { limit: 300, .. }),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "err-store-too-large");
    assert_eq!(fs::read(s.path()).unwrap(), before);
    drop(s);
    // A larger file (written by a store with a higher limit) is set aside unread.
    store(dir.path()).save(&big).unwrap();
    let (_, report) = store(dir.path()).with_max_bytes(300).load().unwrap();
    assert!(matches!(
        report.set_aside()[0].reason,
        DamageReason::TooLarge { limit: 300, .. }
    ));
}

#[test]
fn save_refuses_data_that_would_not_read_back() {
    #[derive(Default, serde::Serialize, serde::Deserialize)]
    struct Floats(Vec<f64>);
    let dir = tempfile::tempdir().unwrap();
    let s = DurableFile::<Floats>::new(dir.path(), "f.json", Migrations::none()).unwrap();
    assert_eq!(s.save(&Floats(vec![f64::NAN])), Err(StoreError::Encode));
    assert!(!s.path().exists());
    s.save(&Floats(vec![1.5])).unwrap();
}

#[test]
fn delete_all_with_and_without_quarantine() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    fs::write(dir.path().join("other.json"), b"not ours").unwrap();
    s.save(&sample()).unwrap();
    s.save(&sample()).unwrap();
    fs::write(s.path(), b"x").unwrap();
    s.load().unwrap();
    fs::write(dir.path().join(".records.json.99-1.tmp"), b"stale").unwrap();
    s.save(&sample()).unwrap();
    assert_eq!(s.quarantined().unwrap().len(), 1);

    s.delete_all(false).unwrap();
    assert_eq!(files_in(dir.path()), ["other.json"]);
    assert_eq!(s.quarantined().unwrap().len(), 1);
    s.delete_all(true).unwrap();
    assert!(!s.quarantine_dir().exists());
    assert_eq!(files_in(dir.path()), ["other.json"]);
    assert_eq!(s.load().unwrap().1, LoadReport::FreshStart);
}

#[test]
fn load_removes_stale_temporary_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    s.save(&sample()).unwrap();
    for name in [".records.json.1-2.tmp", ".records.json.bak.1-3.tmp"] {
        fs::write(dir.path().join(name), b"half a fi").unwrap();
    }
    fs::write(dir.path().join(".records.json.keep"), b"x").unwrap();
    s.load().unwrap();
    assert_eq!(files_in(dir.path()), [".records.json.keep", "records.json"]);
}

#[test]
fn io_problems_are_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_dir = dir.path().join("file");
    fs::write(&not_a_dir, b"").unwrap();
    let s = store(&not_a_dir);
    let err = s.load().unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }), "{err:?}");
    let err = s.save(&sample()).unwrap_err();
    let StoreError::Io { file, kind, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(file, "file");
    assert_eq!(*kind, IoKind::Other);
    let v = serde_json::to_value(&err).unwrap();
    assert_eq!(v["code"], "io");
    assert!(err.message_id().starts_with("err-store-io"));
}

#[test]
fn file_names_must_be_plain() {
    for bad in ["", ".hidden", "a/b", "a\\b", "quarantine", "x\0y"] {
        let err = DurableFile::<Records>::new("/tmp", bad, Migrations::none()).unwrap_err();
        assert_eq!(err.message_id(), "err-store-invalid-file-name", "{bad:?}");
    }
}

#[test]
fn outputs_never_contain_record_contents() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    // Shapes that make serde's own messages quote the data.
    let bad_data = r#"{"format":"zairyu-records","schema":2,"saved_at":"2026-01-01T00:00:00Z","data":{"people":[{"id":"p1","full_name":"Nguyen Thi Secretname","languages":"Secretname"}],"cases":[]}}"#;
    fs::write(s.path(), bad_data).unwrap();
    let (_, report) = s.load().unwrap();
    let export = bad_data.replace("zairyu-records", "zairyu-export");
    let err = s.decode_import(export.as_bytes()).unwrap_err();
    let outputs = [
        format!("{report:?}"),
        serde_json::to_string(&report).unwrap(),
        format!("{err} {err:?}"),
        serde_json::to_string(&err).unwrap(),
        format!("{:?}", s),
    ];
    for out in outputs {
        assert!(!out.contains("Secretname"), "{out}");
    }
    assert_eq!(report.set_aside()[0].reason, DamageReason::InvalidData);
    assert_eq!(
        err,
        StoreError::ImportDamaged {
            reason: DamageReason::InvalidData
        }
    );
}

#[test]
fn a_second_store_on_the_same_records_may_read_but_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let first = store(dir.path());
    first.save(&sample()).unwrap();
    assert!(first.lock_path().exists());
    let second = store(dir.path());
    let (read, _) = second.load().unwrap();
    assert_eq!(read, sample(), "reading needs no lock");
    let before = fs::read(first.path()).unwrap();
    let refused = second.save(&Records::default()).unwrap_err();
    assert_eq!(
        refused,
        StoreError::HeldElsewhere {
            file: "records.json".into()
        }
    );
    assert_eq!(refused.message_id(), "err-store-held-elsewhere");
    assert_eq!(second.delete_all(true).unwrap_err(), refused);
    assert_eq!(fs::read(first.path()).unwrap(), before, "nothing written");
    drop(first);
    // Its copy may be older than what the first wrote last: still refused until it reloads.
    assert_eq!(second.save(&Records::default()).unwrap_err(), refused);
    second.load().unwrap();
    second.save(&Records::default()).unwrap();
}
