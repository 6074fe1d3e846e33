//! Every message id the store can produce is defined in the English catalog
//! (`src-tauri/i18n/locales/en/store.ftl`), the catalog parses, and it defines no other ids.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use zairyu_store::{DamageReason, IoKind, IoOp, LoadReport, SetAside, StoreError};

fn all_ids() -> BTreeSet<&'static str> {
    let reasons = [
        DamageReason::Empty,
        DamageReason::TooLarge { size: 1, limit: 0 },
        DamageReason::Truncated,
        DamageReason::NotJson,
        DamageReason::TooDeep,
        DamageReason::DuplicateKey,
        DamageReason::NotAnObject,
        DamageReason::WrongFormat,
        DamageReason::MissingField { field: "data" },
        DamageReason::BadField { field: "schema" },
        DamageReason::NewerSchema { found: 3, known: 2 },
        DamageReason::MigrationFailed { from: 1 },
        DamageReason::InvalidData,
    ];
    let aside = |reason: DamageReason| SetAside {
        file: "records.json".into(),
        kept_as: "records.json.x".into(),
        reason,
    };
    let mut ids = BTreeSet::new();
    for r in &reasons {
        ids.insert(aside(r.clone()).message_id());
        ids.insert(
            LoadReport::RecoveredFromBackup {
                set_aside: vec![aside(r.clone())],
                migrated_from: None,
            }
            .message_id(),
        );
        ids.insert(
            LoadReport::StartedEmpty {
                set_aside: vec![aside(r.clone())],
            }
            .message_id(),
        );
        ids.insert(StoreError::ImportDamaged { reason: r.clone() }.message_id());
    }
    for report in [
        LoadReport::FreshStart,
        LoadReport::Loaded {
            migrated_from: None,
        },
        LoadReport::Loaded {
            migrated_from: Some(1),
        },
        LoadReport::RecoveredFromBackup {
            set_aside: vec![],
            migrated_from: None,
        },
    ] {
        ids.insert(report.message_id());
    }
    for kind in [
        IoKind::PermissionDenied,
        IoKind::StorageFull,
        IoKind::ReadOnly,
        IoKind::NotFound,
        IoKind::Other,
    ] {
        let e = StoreError::Io {
            op: IoOp::Write,
            file: "f".into(),
            kind,
            os_code: None,
        };
        ids.insert(e.message_id());
    }
    for e in [
        StoreError::TooLarge {
            file: "f".into(),
            size: 2,
            limit: 1,
        },
        StoreError::InvalidFileName { name: "".into() },
        StoreError::Encode,
        StoreError::NotAnExport,
        StoreError::ExportFromNewerVersion { found: 3, known: 2 },
        StoreError::HeldElsewhere {
            file: "records.json".into(),
        },
    ] {
        ids.insert(e.message_id());
    }
    ids
}

#[test]
fn english_catalog_defines_exactly_the_store_ids() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../i18n/locales/en/store.ftl");
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("store.ftl parses");
    let defined: BTreeSet<&str> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect();
    let used = all_ids();
    assert!(used.len() >= 20, "{used:?}");
    assert_eq!(defined, used);
    assert!(used
        .iter()
        .all(|id| id.starts_with("store-") || id.starts_with("err-store-")));
}
