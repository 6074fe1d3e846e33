//! The completeness audit: does every language define exactly what English defines, file by file,
//! with the same placeholders? Used by the tests and by the `i18n-check` tool for translators.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

use crate::catalog::{Catalog, LoadError};
use crate::index::Definition;
use crate::languages::{LANGUAGES, SOURCE_LANGUAGE};

/// One thing a language gets wrong compared with English.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    /// The language, e.g. `vi`.
    pub lang: String,
    /// The file, e.g. `plan.ftl` (the same name as the English file).
    pub file: String,
    /// The message or term id.
    pub id: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with one id in one language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// English has it in this file; the language does not.
    Missing,
    /// The language has it in this file; English does not.
    Extra,
    /// The `$variables` differ: those English uses and the language does not, and the reverse.
    Placeholders {
        /// In English only.
        missing: Vec<String>,
        /// In the translation only.
        extra: Vec<String>,
    },
    /// The attributes (`.name`) or the presence of a value differ.
    Shape,
}

/// The result of [`Catalog::audit`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct Audit {
    /// Files that did not load cleanly.
    pub load_errors: Vec<LoadError>,
    /// Every difference from English, sorted by language, file and id.
    pub findings: Vec<Finding>,
}

impl Audit {
    /// No load error and no difference from English.
    pub fn is_clean(&self) -> bool {
        self.load_errors.is_empty() && self.findings.is_empty()
    }

    /// The ids each language lacks, as `file: id`, keyed by language (for the translator).
    pub fn missing_by_language(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for f in self
            .findings
            .iter()
            .filter(|f| f.problem == Problem::Missing)
        {
            out.entry(f.lang.clone())
                .or_default()
                .push(format!("{}: {}", f.file, f.id));
        }
        out
    }
}

impl fmt::Display for Audit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.load_errors {
            writeln!(f, "{}/{}: load error: {}", e.lang, e.file, e.message)?;
        }
        for x in &self.findings {
            let what = match &x.problem {
                Problem::Missing => "missing".to_owned(),
                Problem::Extra => "not in English (remove or add to en)".to_owned(),
                Problem::Placeholders { missing, extra } => format!(
                    "placeholders differ: lacks [{}], has extra [{}]",
                    dollars(missing),
                    dollars(extra)
                ),
                Problem::Shape => "attributes or value differ from English".to_owned(),
            };
            writeln!(f, "{}/{}: {}: {what}", x.lang, x.file, x.id)?;
        }
        Ok(())
    }
}

fn dollars(vars: &[String]) -> String {
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Catalog {
    /// Compares every language with English, file by file: (a) every English id is in the
    /// same-named file of every language, (b) with the same `$variables` (selectors included) and
    /// attributes, (c) no language has an id English lacks; and (d) reports load errors.
    pub fn audit(&self) -> Audit {
        let mut by_file: BTreeMap<(&str, &str), BTreeMap<&str, &Definition>> = BTreeMap::new();
        for (file, defs) in self.files() {
            let map = by_file.entry((file.lang, file.name)).or_default();
            for d in defs {
                map.insert(d.id.as_str(), d);
            }
        }
        let empty = BTreeMap::new();
        let english_files: BTreeSet<&str> = by_file
            .keys()
            .filter(|(l, _)| *l == SOURCE_LANGUAGE)
            .map(|(_, n)| *n)
            .collect();

        let mut findings = Vec::new();
        for lang in LANGUAGES.iter().filter(|l| l.code != SOURCE_LANGUAGE) {
            let files: BTreeSet<&str> = by_file
                .keys()
                .filter(|(l, _)| *l == lang.code)
                .map(|(_, n)| *n)
                .chain(english_files.iter().copied())
                .collect();
            for file in files {
                let en = by_file.get(&(SOURCE_LANGUAGE, file)).unwrap_or(&empty);
                let tr = by_file.get(&(lang.code, file)).unwrap_or(&empty);
                let mut push = |id: &str, problem| {
                    findings.push(Finding {
                        lang: lang.code.to_owned(),
                        file: file.to_owned(),
                        id: id.to_owned(),
                        problem,
                    })
                };
                for (id, e) in en {
                    match tr.get(id) {
                        None => push(id, Problem::Missing),
                        Some(t) => {
                            if e.variables != t.variables {
                                push(
                                    id,
                                    Problem::Placeholders {
                                        missing: e
                                            .variables
                                            .difference(&t.variables)
                                            .cloned()
                                            .collect(),
                                        extra: t
                                            .variables
                                            .difference(&e.variables)
                                            .cloned()
                                            .collect(),
                                    },
                                );
                            }
                            if e.attributes != t.attributes || e.has_value != t.has_value {
                                push(id, Problem::Shape);
                            }
                        }
                    }
                }
                for id in tr.keys().filter(|id| !en.contains_key(*id)) {
                    push(id, Problem::Extra);
                }
            }
        }
        findings.sort();
        Audit {
            load_errors: self.load_errors().to_vec(),
            findings,
        }
    }
}
