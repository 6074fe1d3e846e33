//! What happened when the records were loaded, in terms the app can show.

use serde::Serialize;

use crate::damage::DamageReason;

/// A file that was moved into the quarantine folder instead of being used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetAside {
    /// The file's name before (`records.json` or `records.json.bak`).
    pub file: String,
    /// Its name inside the `quarantine/` folder, where its bytes are kept unchanged.
    pub kept_as: String,
    /// Why it could not be used.
    pub reason: DamageReason,
}

impl SetAside {
    /// The Fluent id of the sentence for this file (arguments `file`, `kept_as`).
    pub fn message_id(&self) -> &'static str {
        self.reason.message_id()
    }
}

/// The outcome of [`crate::DurableFile::load`]. Serialized with an `outcome` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum LoadReport {
    /// There was no records file and no backup: a first start, with empty records.
    FreshStart,
    /// The records file was read as it is.
    Loaded {
        /// Set when the file had an older schema and was upgraded in memory (the file itself
        /// is upgraded at the next save).
        migrated_from: Option<u32>,
    },
    /// The records file was missing or set aside, and the previous good version (the
    /// backup) was used instead. The last change may be missing.
    RecoveredFromBackup {
        /// The files moved to quarantine (empty when the records file was simply missing).
        set_aside: Vec<SetAside>,
        /// Set when the backup had an older schema and was upgraded in memory.
        migrated_from: Option<u32>,
    },
    /// Neither the records file nor the backup could be used; both were set aside and the app
    /// starts with empty records.
    StartedEmpty {
        /// The files moved to quarantine.
        set_aside: Vec<SetAside>,
    },
}

impl LoadReport {
    /// The Fluent id of the headline sentence for this outcome.
    pub fn message_id(&self) -> &'static str {
        match self {
            LoadReport::FreshStart => "store-load-fresh-start",
            LoadReport::Loaded {
                migrated_from: None,
            } => "store-load-loaded",
            LoadReport::Loaded {
                migrated_from: Some(_),
            } => "store-load-migrated",
            LoadReport::RecoveredFromBackup { set_aside, .. } if set_aside.is_empty() => {
                "store-load-recovered-missing"
            }
            LoadReport::RecoveredFromBackup { set_aside, .. } if any_newer(set_aside) => {
                "store-load-recovered-newer"
            }
            LoadReport::RecoveredFromBackup { .. } => "store-load-recovered",
            LoadReport::StartedEmpty { set_aside } if any_newer(set_aside) => {
                "store-load-started-empty-newer"
            }
            LoadReport::StartedEmpty { .. } => "store-load-started-empty",
        }
    }

    /// The files set aside during this load (empty for a normal start).
    pub fn set_aside(&self) -> &[SetAside] {
        match self {
            LoadReport::RecoveredFromBackup { set_aside, .. }
            | LoadReport::StartedEmpty { set_aside } => set_aside,
            LoadReport::FreshStart | LoadReport::Loaded { .. } => &[],
        }
    }

    /// True when the user should be told something went wrong (a file was set aside or the
    /// backup had to be used).
    pub fn needs_attention(&self) -> bool {
        matches!(
            self,
            LoadReport::RecoveredFromBackup { .. } | LoadReport::StartedEmpty { .. }
        )
    }
}

fn any_newer(set_aside: &[SetAside]) -> bool {
    set_aside.iter().any(|s| s.reason.is_newer_version())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aside(reason: DamageReason) -> SetAside {
        SetAside {
            file: "records.json".into(),
            kept_as: "records.json.20260101T000000.000Z".into(),
            reason,
        }
    }

    #[test]
    fn message_ids_follow_the_outcome() {
        let newer = aside(DamageReason::NewerSchema { found: 9, known: 2 });
        let broken = aside(DamageReason::Truncated);
        let cases = [
            (LoadReport::FreshStart, "store-load-fresh-start"),
            (
                LoadReport::Loaded {
                    migrated_from: None,
                },
                "store-load-loaded",
            ),
            (
                LoadReport::Loaded {
                    migrated_from: Some(1),
                },
                "store-load-migrated",
            ),
            (
                LoadReport::RecoveredFromBackup {
                    set_aside: vec![],
                    migrated_from: None,
                },
                "store-load-recovered-missing",
            ),
            (
                LoadReport::RecoveredFromBackup {
                    set_aside: vec![broken.clone()],
                    migrated_from: None,
                },
                "store-load-recovered",
            ),
            (
                LoadReport::RecoveredFromBackup {
                    set_aside: vec![newer.clone()],
                    migrated_from: None,
                },
                "store-load-recovered-newer",
            ),
            (
                LoadReport::StartedEmpty {
                    set_aside: vec![broken.clone()],
                },
                "store-load-started-empty",
            ),
            (
                LoadReport::StartedEmpty {
                    set_aside: vec![broken, newer],
                },
                "store-load-started-empty-newer",
            ),
        ];
        for (report, id) in cases {
            assert_eq!(report.message_id(), id, "{report:?}");
            assert_eq!(
                report.needs_attention(),
                !report.set_aside().is_empty() || id == "store-load-recovered-missing"
            );
        }
    }

    #[test]
    fn serializes_with_an_outcome_tag() {
        let report = LoadReport::StartedEmpty {
            set_aside: vec![aside(DamageReason::NewerSchema { found: 9, known: 2 })],
        };
        let v = serde_json::to_value(&report).unwrap();
        assert_eq!(v["outcome"], "started-empty");
        assert_eq!(v["set_aside"][0]["reason"]["reason"], "newer-schema");
        assert_eq!(v["set_aside"][0]["reason"]["found"], 9);
    }
}
