//! What to show an officer at the police box (docs/rules.md §10, "plain and polite"; reviewed wording
//! still to come). The Japanese is fixed; the catalog gives the user's language under it.

use serde::Serialize;

use crate::case::Incident;
use crate::text::Text;

/// One phrase: the Japanese to show, and its meaning for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phrase {
    /// The Japanese sentence, shown large.
    pub japanese: &'static str,
    /// Its meaning in the user's language.
    pub meaning: Text,
}

/// The phrases for a case, in the order to show them.
pub fn for_incident(incident: Incident) -> Vec<Phrase> {
    let mut out = vec![];
    match incident {
        Incident::Stolen => out.push(Phrase {
            japanese: "在留カードを盗まれました。盗難届を出したいです。",
            meaning: Text::new("police-phrase-stolen"),
        }),
        _ => out.push(Phrase {
            japanese: "在留カードをなくしました。遺失届を出したいです。",
            meaning: Text::new("police-phrase-lost"),
        }),
    }
    out.push(Phrase {
        japanese: "入管での再交付申請に必要なので、受理番号を教えてください。",
        meaning: Text::new("police-phrase-number"),
    });
    out.push(Phrase {
        japanese: "日本語があまり話せません。ゆっくり話してください。",
        meaning: Text::new("police-phrase-slowly"),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theft_asks_for_a_theft_report_and_every_case_asks_for_the_number() {
        let stolen = for_incident(Incident::Stolen);
        assert!(stolen[0].japanese.contains("盗難届"));
        let lost = for_incident(Incident::Lost);
        assert!(lost[0].japanese.contains("遺失届"));
        assert!(lost.iter().any(|p| p.japanese.contains("受理番号")));
    }
}
