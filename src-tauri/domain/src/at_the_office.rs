//! The day at the office: what to expect, each line with its source (docs/rules.md §4.1, §6, §8.4,
//! §8.5, §14.1). Said no more surely than the source: the same-day card is "normally", the hours
//! are "usually" and to be checked, a 特定在留カード's time is as reported.

use serde::{Deserialize, Serialize};

use crate::case::{CardKind, Case, Incident};
use crate::rules::{self, Source};
use crate::text::Text;

/// One thing to expect, in words, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expect {
    /// What to tell the user (ids `office-day-*`).
    pub text: Text,
    /// Where it comes from; `None` for advice of the app's own.
    pub source: Option<Source>,
}

fn line(id: &str, source: Option<Source>) -> Expect {
    Expect {
        text: Text::new(id),
        source,
    }
}

/// What to expect at the office for `case`; nothing when nothing is applied for there (the card
/// turned up again, or an old card is returned).
pub fn for_case(case: &Case) -> Vec<Expect> {
    if case.found_again() || case.incident == Incident::OldCardFound {
        return Vec::new();
    }
    let mut out = Vec::new();
    match case.card {
        CardKind::SpecialPermanentResident => out.push(line(
            "office-day-city-office-later",
            Some(rules::SPECIAL_PERMANENT_RESIDENT),
        )),
        CardKind::SpecifiedResidenceCard => {
            out.push(line("office-day-same-day", Some(rules::WHERE_TO_APPLY)));
            out.push(line(
                "office-day-specified-longer",
                Some(rules::SPECIFIED_CARD_TAKES_LONGER),
            ));
        }
        CardKind::ResidenceCard => {
            out.push(line("office-day-same-day", Some(rules::WHERE_TO_APPLY)));
        }
    }
    out.push(if case.card == CardKind::SpecialPermanentResident {
        line("office-day-city-hours", None)
    } else {
        line("office-day-hours", Some(rules::WHERE_TO_APPLY))
    });
    out.push(line("office-day-early", None));
    out.push(line("office-day-bring", Some(rules::DOCUMENTS)));
    out.push(if case.incident == Incident::Exchange {
        Expect {
            text: Text::new("office-day-fee-exchange").int("yen", rules::FEE_EXCHANGE_YEN),
            source: Some(rules::FEE),
        }
    } else {
        line("office-day-free", Some(rules::FEE))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn case(card: CardKind) -> Case {
        Case::new(
            card,
            Incident::Lost,
            NaiveDate::from_ymd_opt(2026, 11, 9).unwrap(),
        )
    }

    fn ids(c: &Case) -> Vec<String> {
        for_case(c).into_iter().map(|e| e.text.id).collect()
    }

    #[test]
    fn the_day_follows_the_card() {
        assert_eq!(
            ids(&case(CardKind::ResidenceCard)),
            [
                "office-day-same-day",
                "office-day-hours",
                "office-day-early",
                "office-day-bring",
                "office-day-free"
            ]
        );
        let spr = ids(&case(CardKind::SpecialPermanentResident));
        assert_eq!(spr[0], "office-day-city-office-later");
        assert!(!spr.contains(&"office-day-same-day".to_owned()));
        assert!(spr.contains(&"office-day-city-hours".to_owned()));
        assert!(!spr.contains(&"office-day-hours".to_owned()));
        let specified = ids(&case(CardKind::SpecifiedResidenceCard));
        assert!(specified.contains(&"office-day-specified-longer".to_owned()));
        let mut found = case(CardKind::ResidenceCard);
        found.found_on = found.learned_on.into();
        assert!(for_case(&found).is_empty());
    }
}
