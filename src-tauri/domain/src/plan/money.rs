//! The fee and the penalty (docs/rules.md §2, §6), stated calmly.

use super::{Applicant, Facts, Fee, Office, Penalty};
use crate::case::Incident;
use crate::rules;
use crate::text::Text;

/// The fee: free for loss, theft, destruction and damage, ¥1,600 for an exchange at the holder's
/// wish; `None` when nothing is applied for (an old card returned, a card found again). Always
/// with the warning that the office charges nothing and only a lawyer or 行政書士 may charge for
/// acting for someone.
pub(super) fn fee(facts: &Facts) -> Option<Fee> {
    if facts.case.found_again() {
        return None;
    }
    let (yen, text) = match facts.case.incident {
        Incident::OldCardFound => return None,
        Incident::Exchange => (
            rules::FEE_EXCHANGE_YEN,
            Text::new("plan-fee-exchange").int("yen", rules::FEE_EXCHANGE_YEN),
        ),
        Incident::Lost
        | Incident::Stolen
        | Incident::Destroyed
        | Incident::DestroyedByAccident
        | Incident::Damaged => (rules::FEE_LOSS_YEN, Text::new("plan-fee-free")),
    };
    let source = match (facts.office, facts.case.incident) {
        (Office::CityOffice, Incident::Exchange) => {
            // docs/rules.md gives the exchange fee for residence cards only.
            rules::FEE.with_confidence(rules::Confidence::Unconfirmed)
        }
        (Office::CityOffice, _) => rules::SPECIAL_PERMANENT_RESIDENT,
        (Office::ImmigrationOffice, _) => rules::FEE,
    };
    Some(Fee {
        yen,
        text,
        warning: Text::new("plan-fee-warning"),
        warning_source: rules::FEE_WARNING,
        source,
    })
}

/// The penalty for not applying in time, when there is a deadline to apply by. docs/rules.md states
/// it for residence cards only (§2), so special permanent residents and old-card returns get none
/// rather than a guess. When the holder is under 16 or ill and a relative living with them must
/// apply, it is that relative's 過料 (第77条の3), not the holder's; when nobody is obliged (no
/// such relative), none is stated.
pub(super) fn penalty(facts: &Facts) -> Option<Penalty> {
    let deadline = facts.deadline.as_ref()?;
    if facts.office == Office::CityOffice
        || deadline.kind == crate::deadline::DeadlineKind::ReturnOldCard
    {
        return None;
    }
    let open = facts.late;
    if facts.applicant.is_obliged_relative() {
        return Some(Penalty {
            text: Text::new("plan-penalty-relative")
                .str("holder", if facts.child { "child" } else { "adult" })
                .int("yen", rules::OBLIGED_RELATIVE_MAX_FINE_YEN),
            source: rules::PENALTY_OBLIGED_RELATIVE,
            open,
        });
    }
    if facts.child
        && matches!(
            facts.applicant,
            Applicant::ApprovedOther | Applicant::NoOneYet
        )
    {
        return None;
    }
    Some(Penalty {
        text: Text::new("plan-penalty")
            .int("years", rules::PENALTY_MAX_YEARS)
            .int("yen", rules::PENALTY_MAX_FINE_YEN),
        source: rules::PENALTY_LATE_APPLICATION,
        open,
    })
}
