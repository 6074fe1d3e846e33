//! Protecting yourself meanwhile: a short checklist for the days without the card, ticked like the
//! documents (docs/rules.md §14.3). Most of it is plain advice of the app's own; what it says of a
//! stolen card's misuse and of the old card's invalidation comes with its source.

use serde::{Deserialize, Serialize};

use crate::case::{Case, Incident};
use crate::rules::{self, Source};
use crate::text::Text;

/// One thing to do meanwhile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Protect {
    /// Banks and credit card companies.
    BankCards,
    /// The mobile phone company.
    PhoneCompany,
    /// The employer or school (they keep a copy of the card, with its number).
    EmployerOrSchool,
    /// A My Number card or a driving licence lost with it.
    OtherIdLost,
    /// If someone misuses the card: the police, with the acceptance number.
    IfMisused,
    /// Once the new card is issued: the old one is invalid; update the bank, phone, employer.
    AfterTheNewCard,
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectStep {
    /// Which.
    pub item: Protect,
    /// What to tell the user (ids `protect-*`).
    pub text: Text,
    /// Where it comes from; `None` for advice of the app's own.
    pub source: Option<Source>,
}

/// The checklist for `case`: for a card lost or stolen (and not turned up again); a theft says
/// more of what the card can be misused for.
pub fn for_case(case: &Case) -> Vec<ProtectStep> {
    if !matches!(case.incident, Incident::Lost | Incident::Stolen) || case.found_again() {
        return Vec::new();
    }
    let stolen = case.incident == Incident::Stolen;
    let step = |item, id: &str, source| ProtectStep {
        item,
        text: Text::new(id),
        source,
    };
    vec![
        step(Protect::BankCards, "protect-bank-cards", None),
        step(
            Protect::PhoneCompany,
            if stolen {
                "protect-phone-company-stolen"
            } else {
                "protect-phone-company"
            },
            Some(rules::CARD_MISUSE),
        ),
        step(
            Protect::EmployerOrSchool,
            "protect-employer-or-school",
            None,
        ),
        step(
            Protect::OtherIdLost,
            "protect-other-id",
            Some(rules::MY_NUMBER_CARD_LOST),
        ),
        step(
            Protect::IfMisused,
            if stolen {
                "protect-if-misused-stolen"
            } else {
                "protect-if-misused"
            },
            Some(rules::CARD_MISUSE),
        ),
        step(
            Protect::AfterTheNewCard,
            "protect-after-the-new-card",
            Some(rules::OLD_CARD_INVALIDATED),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::CardKind;
    use chrono::NaiveDate;

    #[test]
    fn a_stolen_card_says_more_and_a_damaged_one_needs_none() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 9).unwrap();
        let stolen = for_case(&Case::new(CardKind::ResidenceCard, Incident::Stolen, day));
        assert_eq!(stolen.len(), 6);
        assert_eq!(stolen[1].text.id, "protect-phone-company-stolen");
        let lost = for_case(&Case::new(CardKind::ResidenceCard, Incident::Lost, day));
        assert_eq!(lost[1].text.id, "protect-phone-company");
        assert!(for_case(&Case::new(CardKind::ResidenceCard, Incident::Damaged, day)).is_empty());
    }
}
