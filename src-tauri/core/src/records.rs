//! What the app keeps for the user: people (their form profiles) and cases. One document, saved
//! through `zairyu-store` (atomic writes, a kept previous version, quarantine of damaged files).

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use zairyu_domain::case::{Case, Document};
use zairyu_domain::meanwhile::Protect;
use zairyu_domain::profile::Profile;
use zairyu_papers::PaperAnswers;
use zairyu_store::{CollectionMerger, Keyed, KeyedCollections};

/// Everything the user entered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Records {
    /// People of this device (a family may share it).
    #[serde(default)]
    pub people: Vec<Person>,
    /// Cases, newest last.
    #[serde(default)]
    pub cases: Vec<CaseRecord>,
}

/// A person and the fields of their application form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Stable id.
    pub id: String,
    /// The form's fields.
    pub profile: Profile,
    /// When the card's dates were last entered or changed: renewal reminders before it are not
    /// caught up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_recorded_at: Option<DateTime<Utc>>,
    /// Renewal reminder ids already shown on the desktop.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub shown_reminders: BTreeSet<i32>,
}

/// A case and what the user did about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseRecord {
    /// Stable id.
    pub id: String,
    /// The person it is about, once chosen.
    #[serde(default)]
    pub person_id: Option<String>,
    /// When the case was opened.
    pub opened_at: DateTime<Utc>,
    /// The facts.
    pub case: Case,
    /// Documents the user ticked as ready.
    #[serde(default)]
    pub ticks: BTreeSet<Document>,
    /// The meanwhile checklist's lines the user ticked as done.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub protect_ticks: BTreeSet<Protect>,
    /// The papers' answers: the loss statement (陳述書), the reasons for a late application or
    /// a missing passport (理由書). Flattened: stored at the top level, as before they were grouped.
    #[serde(flatten)]
    pub answers: PaperAnswers,
    /// Reminder ids already shown on the desktop (so a missed one is caught up once only).
    #[serde(default)]
    pub shown_reminders: BTreeSet<i32>,
    /// The card number the person had before the new card was recorded (kept with the case, not
    /// on the next papers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_card_number: Option<String>,
}

impl CaseRecord {
    /// A case just opened: no person chosen yet, nothing ticked, no answers, no reminder shown.
    pub fn new(id: String, opened_at: DateTime<Utc>, case: Case) -> Self {
        Self {
            id,
            person_id: None,
            opened_at,
            case,
            ticks: BTreeSet::new(),
            protect_ticks: BTreeSet::new(),
            answers: PaperAnswers::default(),
            shown_reminders: BTreeSet::new(),
            replaced_card_number: None,
        }
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
    fn merge_collections(current: &mut Self, imported: &Self, merger: &mut CollectionMerger) {
        merger.collection("people", &mut current.people, &imported.people);
        merger.collection("cases", &mut current.cases, &imported.cases);
    }
}

impl Records {
    /// The case with this id.
    pub fn case(&self, id: &str) -> Option<&CaseRecord> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// The case with this id, to change.
    pub fn case_mut(&mut self, id: &str) -> Option<&mut CaseRecord> {
        self.cases.iter_mut().find(|c| c.id == id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
}

/// A new id: the time in nanoseconds, in base 36, with a prefix (`c` for cases, `p` for people).
/// Unique enough for one device; ids are never shown to the user.
pub fn new_id(prefix: char) -> String {
    let mut n = Utc::now()
        .timestamp_nanos_opt()
        .unwrap_or_default()
        .unsigned_abs() as u128;
    let mut s = String::new();
    while n > 0 {
        let d = (n % 36) as u32;
        s.insert(0, char::from_digit(d, 36).unwrap_or('0'));
        n /= 36;
    }
    format!("{prefix}{s}")
}
