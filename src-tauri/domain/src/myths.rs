//! Myths and facts: what people read online about a lost residence card, set against what the
//! sources say (docs/rules.md §14.4). Each fact carries its source; the myths are the ones the
//! people this app is for meet most.

use serde::{Deserialize, Serialize};

use crate::rules::{self, Source};
use crate::text::Text;

/// A myth and the fact beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Myth {
    /// What is said (ids `myth-*-said`).
    pub said: Text,
    /// What is true (ids `myth-*-fact`).
    pub fact: Text,
    /// Where the fact comes from.
    pub source: Source,
}

fn myth(key: &str, source: Source) -> Myth {
    Myth {
        said: Text::new(format!("myth-{key}-said")),
        fact: Text::new(format!("myth-{key}-fact")),
        source,
    }
}

/// Every myth, most asked first.
pub fn all() -> Vec<Myth> {
    vec![
        Myth {
            fact: Text::new("myth-fee-fact").int("yen", rules::FEE_LOSS_YEN),
            ..myth("fee", rules::FEE)
        },
        myth("police-certificate", rules::PROOF_OF_LOSS),
        myth("fourteen-days", rules::DEADLINE_TO_APPLY),
        Myth {
            fact: Text::new("myth-photo-fact")
                .int("months", rules::PHOTO_MAX_AGE_MONTHS)
                .int("age", i64::from(rules::PROXY_AGE)),
            ..myth("photo", rules::PHOTO)
        },
        myth("embassy", rules::NO_EMBASSY_REISSUE),
        myth("anyone-can-charge", rules::FEE_WARNING),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_myth_has_its_fact_and_a_source_a_user_can_open() {
        let all = all();
        assert_eq!(all.len(), 6);
        for m in &all {
            assert!(m.said.id.ends_with("-said") && m.fact.id.ends_with("-fact"));
            assert_eq!(
                m.said.id.trim_end_matches("-said"),
                m.fact.id.trim_end_matches("-fact")
            );
            assert!(m.source.url.starts_with("https://"));
        }
    }
}
