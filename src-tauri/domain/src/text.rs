//! Words for the user, kept as catalog ids: the domain says *what* to tell, the catalog says it in
//! the user's language (`zairyu-i18n`). Official papers are the exception: they are Japanese.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A message to show the user: the id of a message in the translation catalog and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// The catalog id, e.g. `plan-step-police-lost`.
    pub id: String,
    /// Named arguments, e.g. `deadline` → a date.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, TextArg>,
}

/// One argument of a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum TextArg {
    /// Plain text, shown as it is (a station name, an acceptance number).
    Str(String),
    /// A whole number; the catalog picks the plural form from it.
    Int(i64),
    /// A calendar date, formatted in the user's locale by the catalog.
    Date(NaiveDate),
}

impl Text {
    /// A message without arguments.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            args: BTreeMap::new(),
        }
    }

    /// Adds a text argument.
    pub fn str(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .insert(name.to_owned(), TextArg::Str(value.into()));
        self
    }

    /// Adds a number argument.
    pub fn int(mut self, name: &str, value: i64) -> Self {
        self.args.insert(name.to_owned(), TextArg::Int(value));
        self
    }

    /// Adds a date argument.
    pub fn date(mut self, name: &str, value: NaiveDate) -> Self {
        self.args.insert(name.to_owned(), TextArg::Date(value));
        self
    }
}
