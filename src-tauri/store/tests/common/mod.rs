//! Test document types: a v1 and a v2 schema of a small `Records` document, shaped like the
//! app's (collections of elements with a string `id`).

#![allow(dead_code)]

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use zairyu_store::{
    CollectionMerger, DurableFile, Keyed, KeyedCollections, MigrationError, Migrations,
};

/// A person in schema 2: `name` was renamed `full_name`, `languages` was added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub full_name: String,
    pub languages: Vec<String>,
}

/// A case with checklist ticks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRecord {
    pub id: String,
    pub person_id: String,
    pub ticks: Vec<String>,
}

/// The schema-2 document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Records {
    pub people: Vec<Person>,
    pub cases: Vec<CaseRecord>,
}

/// A person in schema 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonV1 {
    pub id: String,
    pub name: String,
}

/// The schema-1 document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsV1 {
    pub people: Vec<PersonV1>,
    pub cases: Vec<CaseRecord>,
}

/// 1 → 2: rename `name` to `full_name`, add `languages: []`.
pub fn v1_to_v2(mut data: Value) -> Result<Value, MigrationError> {
    let people = data
        .get_mut("people")
        .and_then(Value::as_array_mut)
        .ok_or(MigrationError("people is not a list"))?;
    for person in people {
        let person = person
            .as_object_mut()
            .ok_or(MigrationError("a person is not an object"))?;
        let name = person
            .remove("name")
            .ok_or(MigrationError("a person has no name"))?;
        person.insert("full_name".into(), name);
        person.insert("languages".into(), Value::Array(Vec::new()));
    }
    Ok(data)
}

pub fn migrations_v2() -> Migrations {
    Migrations::none().then(v1_to_v2)
}

pub fn store(dir: &Path) -> DurableFile<Records> {
    DurableFile::new(dir, "records.json", migrations_v2()).unwrap()
}

pub fn store_v1(dir: &Path) -> DurableFile<RecordsV1> {
    DurableFile::new(dir, "records.json", Migrations::none()).unwrap()
}

pub fn person(id: &str, name: &str) -> Person {
    Person {
        id: id.into(),
        full_name: name.into(),
        languages: vec!["vi".into()],
    }
}

/// Records with a recognisable personal name, used to check that no output leaks it.
pub fn sample() -> Records {
    Records {
        people: vec![person("p1", "Nguyen Thi Secretname")],
        cases: vec![CaseRecord {
            id: "c1".into(),
            person_id: "p1".into(),
            ticks: vec!["police-report".into()],
        }],
    }
}

impl Keyed for Person {
    fn key(&self) -> &str {
        &self.id
    }
}

impl Keyed for CaseRecord {
    fn key(&self) -> &str {
        &self.id
    }
}

impl KeyedCollections for Records {
    fn merge_collections(current: &mut Self, imported: &Self, m: &mut CollectionMerger) {
        m.collection("people", &mut current.people, &imported.people);
        m.collection("cases", &mut current.cases, &imported.cases);
    }
}

/// The data files directly in `dir` (not in sub-folders), sorted; the lock file a store keeps
/// while it lives (`<name>.lock`, empty) is left out.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".lock"))
        .collect();
    names.sort();
    names
}
