//! Import preview and apply: combining the current records with imported ones.
//!
//! The document type lists its keyed collections once ([`KeyedCollections`]); the same code
//! then counts what an import would do ([`preview_import`]) and does it ([`apply_import`]).
//!
//! - [`ImportMode::Merge`]: for each collection, an imported element replaces the current one
//!   with the same id (in place), new ids are appended, current elements absent from the
//!   import are kept. Everything else in the document stays as it is now.
//! - [`ImportMode::Replace`]: the imported document replaces the current one entirely.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// An element of a collection, identified by a stable string id.
pub trait Keyed {
    /// The element's id, unique within its collection.
    fn key(&self) -> &str;
}

/// A document made of named collections of [`Keyed`] elements.
pub trait KeyedCollections: Clone {
    /// Calls [`CollectionMerger::collection`] once per collection, with the current
    /// collection (mutable) and the imported one, e.g.
    /// `m.collection("people", &mut current.people, &imported.people);`
    fn merge_collections(current: &mut Self, imported: &Self, merger: &mut CollectionMerger);
}

/// How imported records are combined with the current ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportMode {
    /// Imported elements win on the same id; other current elements are kept.
    Merge,
    /// The imported records replace the current ones.
    Replace,
}

/// What an import would do to one collection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CollectionPreview {
    /// The collection's name, as given by [`KeyedCollections::merge_collections`].
    pub name: String,
    /// Imported elements whose id is not in the current records (added in both modes).
    pub added: usize,
    /// Imported elements whose id exists with different content (overwritten in both modes).
    pub changed: usize,
    /// Imported elements identical to the current ones.
    pub unchanged: usize,
    /// Current elements absent from the import: kept by `Merge`, removed by `Replace`.
    pub removed_if_replace: usize,
}

/// What an import would do, per collection and in total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportPreview {
    /// Sum of `added` over the collections.
    pub added: usize,
    /// Sum of `changed` over the collections.
    pub changed: usize,
    /// Sum of `unchanged` over the collections.
    pub unchanged: usize,
    /// Sum of `removed_if_replace` over the collections.
    pub removed_if_replace: usize,
    /// One entry per collection, in the order the document lists them.
    pub collections: Vec<CollectionPreview>,
}

/// Merges one collection at a time and counts what it did. Built by this module only.
#[derive(Debug, Default)]
pub struct CollectionMerger {
    previews: Vec<CollectionPreview>,
}

impl CollectionMerger {
    /// Merges `imported` into `current` (see the module doc) and records the counts under
    /// `name`. Counts are per distinct id. Within the import, the last element with a
    /// repeated id wins; within the current records, only the first element with an id is
    /// replaced.
    pub fn collection<R: Keyed + Clone + PartialEq>(
        &mut self,
        name: &str,
        current: &mut Vec<R>,
        imported: &[R],
    ) {
        let imported_ids: HashSet<&str> = imported.iter().map(Keyed::key).collect();
        let mut preview = CollectionPreview {
            name: name.to_owned(),
            removed_if_replace: current
                .iter()
                .filter(|r| !imported_ids.contains(r.key()))
                .count(),
            ..CollectionPreview::default()
        };
        let mut position: HashMap<&str, usize> = HashMap::new();
        for (i, r) in current.iter().enumerate() {
            position.entry(r.key()).or_insert(i);
        }
        // The last imported element per id wins; ids keep their first imported position.
        let mut order: Vec<&str> = Vec::new();
        let mut winner: HashMap<&str, &R> = HashMap::new();
        for item in imported {
            if winner.insert(item.key(), item).is_none() {
                order.push(item.key());
            }
        }
        let mut replaced: Vec<(usize, &R)> = Vec::new();
        let mut appended: Vec<&R> = Vec::new();
        for id in order {
            let item = winner[id];
            match position.get(id) {
                Some(&i) if current[i] == *item => preview.unchanged += 1,
                Some(&i) => {
                    preview.changed += 1;
                    replaced.push((i, item));
                }
                None => {
                    preview.added += 1;
                    appended.push(item);
                }
            }
        }
        for (i, item) in replaced {
            current[i] = item.clone();
        }
        current.extend(appended.into_iter().cloned());
        self.previews.push(preview);
    }
}

/// Counts what importing `imported` would do to `current`, for both modes.
pub fn preview_import<T: KeyedCollections>(current: &T, imported: &T) -> ImportPreview {
    let (_, previews) = merged(current, imported);
    let mut preview = ImportPreview::default();
    for c in &previews {
        preview.added += c.added;
        preview.changed += c.changed;
        preview.unchanged += c.unchanged;
        preview.removed_if_replace += c.removed_if_replace;
    }
    preview.collections = previews;
    preview
}

/// The records after importing `imported` into `current` with `mode`.
pub fn apply_import<T: KeyedCollections>(current: &T, imported: &T, mode: ImportMode) -> T {
    match mode {
        ImportMode::Merge => merged(current, imported).0,
        ImportMode::Replace => imported.clone(),
    }
}

fn merged<T: KeyedCollections>(current: &T, imported: &T) -> (T, Vec<CollectionPreview>) {
    let mut result = current.clone();
    let mut merger = CollectionMerger::default();
    T::merge_collections(&mut result, imported, &mut merger);
    (result, merger.previews)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Item(&'static str, u32);

    impl Keyed for Item {
        fn key(&self) -> &str {
            self.0
        }
    }

    #[derive(Debug, Clone, PartialEq)]
    struct Doc {
        a: Vec<Item>,
        b: Vec<Item>,
        note: &'static str,
    }

    impl KeyedCollections for Doc {
        fn merge_collections(current: &mut Self, imported: &Self, m: &mut CollectionMerger) {
            m.collection("a", &mut current.a, &imported.a);
            m.collection("b", &mut current.b, &imported.b);
        }
    }

    #[test]
    fn preview_and_apply_agree() {
        let current = Doc {
            a: vec![Item("1", 1), Item("2", 2), Item("3", 3)],
            b: vec![Item("x", 0)],
            note: "current",
        };
        let imported = Doc {
            a: vec![Item("2", 2), Item("3", 30), Item("4", 4)],
            b: vec![],
            note: "imported",
        };
        let p = preview_import(&current, &imported);
        assert_eq!(
            (p.added, p.changed, p.unchanged, p.removed_if_replace),
            (1, 1, 1, 2)
        );
        assert_eq!(p.collections[0].name, "a");
        assert_eq!(p.collections[0].removed_if_replace, 1);
        assert_eq!(p.collections[1].removed_if_replace, 1);
        let merged = apply_import(&current, &imported, ImportMode::Merge);
        assert_eq!(
            merged.a,
            vec![Item("1", 1), Item("2", 2), Item("3", 30), Item("4", 4)]
        );
        assert_eq!(merged.b, vec![Item("x", 0)]);
        assert_eq!(merged.note, "current");
        assert_eq!(
            apply_import(&current, &imported, ImportMode::Replace),
            imported
        );
    }

    #[test]
    fn repeated_imported_ids_count_once_and_last_wins() {
        let current = Doc {
            a: vec![],
            b: vec![],
            note: "",
        };
        let imported = Doc {
            a: vec![Item("1", 1), Item("1", 2)],
            b: vec![],
            note: "",
        };
        let p = preview_import(&current, &imported);
        assert_eq!((p.added, p.changed, p.unchanged), (1, 0, 0));
        assert_eq!(
            apply_import(&current, &imported, ImportMode::Merge).a,
            vec![Item("1", 2)]
        );
    }
}
