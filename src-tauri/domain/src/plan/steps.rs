//! The ordered steps of a plan (docs/rules.md §3, §4, §8, §8b).

use super::{Facts, Office, Step, StepKind};
use crate::case::{CardKind, Incident, ReportKind};
use crate::rules::{self, Source};
use crate::text::Text;

fn step(kind: StepKind, text: Text, source: Source, done: bool) -> Step {
    Step {
        kind,
        text,
        source: Some(source),
        done,
    }
}

/// The steps for the case, in the order to take them.
pub(super) fn for_case(facts: &Facts) -> Vec<Step> {
    let case = facts.case;
    if case.incident == Incident::OldCardFound {
        return vec![return_old_card(facts)];
    }
    let specified = case.card == CardKind::SpecifiedResidenceCard;
    if case.found_again() {
        let mut steps = vec![step(
            StepKind::TellPoliceFound,
            Text::new("plan-step-tell-police-found"),
            rules::FOUND_BEFORE_NEW_CARD.with_confidence(rules::Confidence::Secondary),
            false,
        )];
        if specified {
            steps.push(step(
                StepKind::LiftMyNumberSuspension,
                Text::new("plan-step-lift-my-number-suspension")
                    .str("hotline", rules::MY_NUMBER_HOTLINE)
                    .str("hotline_foreign", rules::MY_NUMBER_HOTLINE_FOREIGN),
                rules::SPECIFIED_CARD_SUSPEND,
                false,
            ));
        }
        return steps;
    }
    let mut steps = Vec::new();
    if case.incident.card_is_gone() && specified {
        steps.push(step(
            StepKind::SuspendMyNumber,
            Text::new("plan-step-suspend-my-number")
                .str("hotline", rules::MY_NUMBER_HOTLINE)
                .str("hotline_foreign", rules::MY_NUMBER_HOTLINE_FOREIGN),
            rules::SPECIFIED_CARD_SUSPEND,
            case.my_number_suspended_on.is_some(),
        ));
    }
    let reported = |kind: ReportKind| case.police_report.as_ref().is_some_and(|r| r.kind == kind);
    if case.still_abroad {
        if let Some(kind @ (ReportKind::LossReport | ReportKind::TheftReport)) =
            case.incident.report_kind()
        {
            steps.push(step(
                StepKind::ReportToPoliceAbroad,
                Text::new("plan-step-police-abroad"),
                rules::ABROAD_NOW,
                reported(kind),
            ));
        }
        steps.push(step(
            StepKind::ReturnToJapan,
            Text::new("plan-step-return-to-japan"),
            rules::ABROAD_NOW,
            false,
        ));
    } else {
        match case.incident {
            Incident::Lost => steps.push(step(
                StepKind::ReportLossToPolice,
                Text::new(if case.lost_at_home {
                    "plan-step-police-lost-at-home"
                } else {
                    "plan-step-police-lost"
                }),
                if case.lost_at_home {
                    rules::LOST_AT_HOME
                } else {
                    rules::PROOF_OF_LOSS
                },
                reported(ReportKind::LossReport),
            )),
            Incident::Stolen => steps.push(step(
                StepKind::ReportTheftToPolice,
                Text::new("plan-step-police-stolen"),
                rules::PROOF_OF_LOSS,
                reported(ReportKind::TheftReport),
            )),
            Incident::Destroyed => steps.push(step(
                StepKind::GetDisasterCertificate,
                Text::new("plan-step-disaster-certificate"),
                rules::PROOF_OF_LOSS,
                reported(ReportKind::DisasterCertificate),
            )),
            Incident::DestroyedByAccident
            | Incident::Damaged
            | Incident::Exchange
            | Incident::OldCardFound => {}
        }
    }
    steps.push(apply(facts));
    steps
}

/// The application step. `$applicant` is `holder`, `relative` (a cohabiting relative aged 16+)
/// or `agent`, for a Fluent selector; what the one who goes brings is the checklist's.
fn apply(facts: &Facts) -> Step {
    let (kind, id, source) = match (facts.office, facts.case.incident) {
        (Office::CityOffice, _) => (
            StepKind::ApplyAtCityOffice,
            "plan-step-apply-city-office",
            rules::SPECIAL_PERMANENT_RESIDENT,
        ),
        (Office::ImmigrationOffice, Incident::Damaged) => (
            StepKind::ApplyAtImmigrationOffice,
            "plan-step-apply-immigration-damaged",
            rules::DAMAGED_CARD,
        ),
        (Office::ImmigrationOffice, Incident::Exchange) => (
            StepKind::ApplyAtImmigrationOffice,
            "plan-step-apply-immigration-exchange",
            rules::FEE,
        ),
        (Office::ImmigrationOffice, _) => (
            StepKind::ApplyAtImmigrationOffice,
            "plan-step-apply-immigration",
            rules::WHERE_TO_APPLY,
        ),
    };
    let source = match facts.applicant {
        super::Applicant::Holder => source,
        super::Applicant::RelativeForChild => rules::UNDER_16_REPRESENTATIVE,
        _ => rules::WHO_MAY_APPLY,
    };
    step(
        kind,
        Text::new(id).str("applicant", facts.applicant.message_arg()),
        source,
        facts.case.applied_on.is_some(),
    )
}

/// Returning an old card that turned up (第19条の15 第3項): at a regional immigration office or by
/// post to the おだいば分室. For a special permanent resident's certificate our reference gives no
/// address, so the step sends them to the city office, marked unconfirmed.
fn return_old_card(facts: &Facts) -> Step {
    let (text, source) = match facts.office {
        Office::ImmigrationOffice => (
            Text::new("plan-step-return-old-card")
                .str("office", rules::RETURN_BY_POST_OFFICE)
                .str("postcode", rules::RETURN_BY_POST_POSTCODE)
                .str("address", rules::RETURN_BY_POST_ADDRESS)
                .str("envelope", rules::RETURN_BY_POST_ENVELOPE),
            rules::RETURN_OLD_CARD,
        ),
        Office::CityOffice => (
            Text::new("plan-step-return-old-card-city-office"),
            rules::SPECIAL_PERMANENT_RESIDENT.with_confidence(rules::Confidence::Unconfirmed),
        ),
    };
    step(
        StepKind::ReturnOldCard,
        text,
        source,
        facts.case.applied_on.is_some(),
    )
}
