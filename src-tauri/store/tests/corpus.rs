//! The damaged-file corpus (`tests/corpus/`, made by `make_corpus.py`) plus a file over the
//! size limit generated here. For every file, as the records file:
//! - without a backup: load succeeds with empty records, the file is in quarantine with its
//!   bytes unchanged, and the report names it with the expected reason;
//! - with a good backup: the backup's data is used and the report says so;
//! - as a damaged backup next to a good records file: the records file is used, the backup is
//!   left alone; with both damaged, both are set aside.
//!
//! And as an import (after retagging it as an export): a typed error, never a panic.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use zairyu_store::{DamageReason, LoadReport, StoreError, DEFAULT_MAX_BYTES};

/// Each committed file and the reason code the store must give for it.
const EXPECTED: &[(&str, &str)] = &[
    ("01-empty.json", "empty"),
    ("02-whitespace-only.json", "empty"),
    ("03-truncated-after-1-byte.json", "truncated"),
    ("04-truncated-in-format.json", "truncated"),
    ("05-truncated-in-data.json", "truncated"),
    ("06-truncated-before-last-brace.json", "truncated"),
    ("07-binary-garbage.bin", "not-json"),
    ("08-nul-filled.json", "not-json"),
    ("09-invalid-utf8-in-string.json", "not-json"),
    ("10-plain-text.json", "not-json"),
    ("11-json-array.json", "not-an-object"),
    ("12-json-null.json", "not-an-object"),
    ("13-json-string.json", "not-an-object"),
    ("14-json-number.json", "not-an-object"),
    ("15-wrong-format-tag.json", "wrong-format"),
    ("16-export-instead-of-records.json", "wrong-format"),
    ("17-format-not-a-string.json", "bad-field"),
    ("18-missing-format.json", "missing-field"),
    ("19-missing-schema.json", "missing-field"),
    ("20-missing-saved-at.json", "missing-field"),
    ("21-missing-data.json", "missing-field"),
    ("22-schema-as-string.json", "bad-field"),
    ("23-schema-negative.json", "bad-field"),
    ("24-schema-zero.json", "bad-field"),
    ("25-schema-fraction.json", "bad-field"),
    ("26-schema-beyond-u64.json", "bad-field"),
    ("27-schema-future.json", "newer-schema"),
    ("28-schema-far-future.json", "newer-schema"),
    ("29-saved-at-not-a-date.json", "bad-field"),
    ("30-data-wrong-types.json", "invalid-data"),
    ("31-person-missing-id.json", "invalid-data"),
    ("32-data-null.json", "invalid-data"),
    ("33-deeply-nested-arrays.json", "too-deep"),
    ("34-deeply-nested-objects.json", "too-deep"),
    ("35-bom-prefixed.json", "not-json"),
    ("36-duplicate-envelope-key.json", "duplicate-key"),
    ("37-duplicate-key-in-data.json", "duplicate-key"),
    ("38-trailing-garbage.json", "not-json"),
    ("39-two-documents.json", "not-json"),
    ("40-utf16le-encoded.json", "not-json"),
    ("41-number-out-of-range.json", "not-json"),
    ("42-nan-literal.json", "not-json"),
    ("43-unknown-field-in-person.json", "invalid-data"),
    ("44-comments.json", "not-json"),
];

const HUGE: &str = "generated-over-size-limit.json";

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// All cases: the committed files plus the generated huge one, with their bytes.
fn cases() -> Vec<(String, &'static str, Vec<u8>)> {
    let mut cases: Vec<_> = EXPECTED
        .iter()
        .map(|(name, code)| {
            let bytes = fs::read(corpus_dir().join(name)).unwrap();
            (name.to_string(), *code, bytes)
        })
        .collect();
    // Valid JSON start, then more than the limit: must be refused without parsing.
    let mut huge = b"{\"format\":\"zairyu-records\",\"pad\":\"".to_vec();
    huge.resize(usize::try_from(DEFAULT_MAX_BYTES).unwrap() + 1024, b'x');
    cases.push((HUGE.into(), "too-large", huge));
    cases
}

#[test]
fn corpus_is_complete_and_large_enough() {
    let mut on_disk: Vec<String> = fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "make_corpus.py")
        .collect();
    on_disk.sort();
    let listed: Vec<String> = EXPECTED.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, listed, "corpus files and EXPECTED differ");
    assert!(cases().len() >= 20);
}

fn good_backup() -> Records {
    let mut r = sample();
    r.people.push(person("p2", "Backup Person"));
    r
}

#[test]
fn each_damaged_file_is_set_aside_without_backup() {
    for (name, code, bytes) in cases() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path());
        fs::write(s.path(), &bytes).unwrap();
        let (data, report) = s.load().unwrap();
        assert_eq!(data, Records::default(), "{name}");
        let LoadReport::StartedEmpty { set_aside } = &report else {
            panic!("{name}: {report:?}")
        };
        assert_eq!(set_aside.len(), 1, "{name}");
        assert_eq!(set_aside[0].file, "records.json", "{name}");
        assert_eq!(set_aside[0].reason.code(), code, "{name}");
        assert!(set_aside[0].kept_as.starts_with("records.json."), "{name}");
        let kept = fs::read(s.quarantine_dir().join(&set_aside[0].kept_as)).unwrap();
        assert!(kept == bytes, "{name}: quarantined bytes differ");
        assert!(!s.path().exists(), "{name}");
        let expected_id = if code == "newer-schema" {
            "store-load-started-empty-newer"
        } else {
            "store-load-started-empty"
        };
        assert_eq!(report.message_id(), expected_id, "{name}");
        // The store keeps working: a save and a load after it are clean.
        s.save(&sample()).unwrap();
        assert_eq!(
            s.load().unwrap(),
            (
                sample(),
                LoadReport::Loaded {
                    migrated_from: None
                }
            )
        );
        assert_eq!(s.quarantined().unwrap().len(), 1, "{name}");
    }
}

#[test]
fn each_damaged_file_falls_back_to_a_good_backup() {
    for (name, code, bytes) in cases() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path());
        s.save(&good_backup()).unwrap();
        s.save(&sample()).unwrap();
        fs::write(s.path(), &bytes).unwrap();
        let (data, report) = s.load().unwrap();
        assert_eq!(data, good_backup(), "{name}");
        let LoadReport::RecoveredFromBackup {
            set_aside,
            migrated_from: None,
        } = &report
        else {
            panic!("{name}: {report:?}")
        };
        assert_eq!(set_aside.len(), 1, "{name}");
        assert_eq!(set_aside[0].reason.code(), code, "{name}");
        let kept = fs::read(s.quarantine_dir().join(&set_aside[0].kept_as)).unwrap();
        assert!(kept == bytes, "{name}: quarantined bytes differ");
        assert!(report.needs_attention());
    }
}

#[test]
fn a_damaged_backup_is_ignored_while_the_records_file_is_good_and_set_aside_when_needed() {
    for (name, code, bytes) in cases() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path());
        s.save(&sample()).unwrap();
        fs::write(s.backup_path(), &bytes).unwrap();
        assert_eq!(
            s.load().unwrap(),
            (
                sample(),
                LoadReport::Loaded {
                    migrated_from: None
                }
            ),
            "{name}"
        );
        assert!(fs::read(s.backup_path()).unwrap() == bytes, "{name}");

        // Both damaged: both set aside, empty start.
        fs::write(s.path(), b"{").unwrap();
        let (data, report) = s.load().unwrap();
        assert_eq!(data, Records::default(), "{name}");
        let aside = report.set_aside();
        assert_eq!(aside.len(), 2, "{name}");
        assert_eq!(aside[0].reason, DamageReason::Truncated);
        assert_eq!(
            (aside[1].file.as_str(), aside[1].reason.code()),
            ("records.json.bak", code)
        );
        let kept = fs::read(s.quarantine_dir().join(&aside[1].kept_as)).unwrap();
        assert!(kept == bytes, "{name}: quarantined bytes differ");
        assert!(!s.backup_path().exists());
    }
}

#[test]
fn each_damaged_file_is_refused_as_an_import_with_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    for (name, code, bytes) in cases() {
        // As it is: not an export (except the export put where the records file belongs).
        if name.starts_with("16-") {
            assert!(s.decode_import(&bytes).is_ok());
            continue;
        }
        let err = s.decode_import(&bytes).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::NotAnExport
                    | StoreError::ImportDamaged { .. }
                    | StoreError::TooLarge { .. }
            ),
            "{name}: {err:?}"
        );
        // Retagged as an export: the same diagnosis, as an import error.
        let text = String::from_utf8_lossy(&bytes);
        if !text.contains("zairyu-records") || code == "too-large" || name.starts_with("09") {
            continue;
        }
        let retagged = text.replace("zairyu-records", "zairyu-export");
        let path = dir.path().join(&name);
        fs::write(&path, retagged.as_bytes()).unwrap();
        let err = s.read_import(&path).unwrap_err();
        match code {
            "newer-schema" => assert!(
                matches!(err, StoreError::ExportFromNewerVersion { known: 2, .. }),
                "{name}: {err:?}"
            ),
            "wrong-format" | "bad-field" if name.contains("format") => {
                assert_eq!(err, StoreError::NotAnExport, "{name}")
            }
            "not-an-object" => assert_eq!(err, StoreError::NotAnExport, "{name}"),
            _ => match &err {
                StoreError::ImportDamaged { reason } => assert_eq!(reason.code(), code, "{name}"),
                other => panic!("{name}: {other:?}"),
            },
        }
    }
}

#[test]
fn a_huge_import_file_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path()).with_max_bytes(1000);
    let path = dir.path().join("big-export.json");
    fs::write(&path, vec![b' '; 1001]).unwrap();
    assert_eq!(
        s.read_import(&path),
        Err(StoreError::TooLarge {
            file: "big-export.json".into(),
            size: 1001,
            limit: 1000
        })
    );
}
