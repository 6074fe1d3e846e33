//! The ordered steps of a plan (rules.md §3, §4, §8).

use super::{Applicant, Facts, Office, Step, StepKind};
use crate::case::{CardKind, Incident, ReportKind};
use crate::rules;
use crate::text::Text;

/// The steps for the case, in the order to take them.
pub(super) fn for_case(facts: &Facts) -> Vec<Step> {
    let case = facts.case;
    let mut steps = Vec::new();
    let lost_card = matches!(
        case.incident,
        Incident::Lost | Incident::Stolen | Incident::Destroyed
    );
    if lost_card && case.card == CardKind::SpecifiedResidenceCard {
        steps.push(Step {
            kind: StepKind::SuspendMyNumber,
            text: Text::new("plan-step-suspend-my-number")
                .str("hotline", rules::MY_NUMBER_HOTLINE)
                .str("hotline_foreign", rules::MY_NUMBER_HOTLINE_FOREIGN),
            source: Some(rules::SPECIFIED_CARD_SUSPEND),
            done: case.my_number_suspended_on.is_some(),
        });
    }
    let report = |kind: StepKind, text: Text, report_kind: ReportKind| Step {
        kind,
        text,
        source: Some(rules::PROOF_OF_LOSS),
        done: case
            .police_report
            .as_ref()
            .is_some_and(|r| r.kind == report_kind),
    };
    match case.incident {
        Incident::Lost => steps.push(report(
            StepKind::ReportLossToPolice,
            Text::new("plan-step-police-lost"),
            ReportKind::LossReport,
        )),
        Incident::Stolen => steps.push(report(
            StepKind::ReportTheftToPolice,
            Text::new("plan-step-police-stolen"),
            ReportKind::TheftReport,
        )),
        Incident::Destroyed => steps.push(report(
            StepKind::GetDisasterCertificate,
            Text::new("plan-step-disaster-certificate"),
            ReportKind::DisasterCertificate,
        )),
        Incident::Damaged | Incident::Exchange | Incident::OldCardFound => {}
    }
    steps.push(if case.incident == Incident::OldCardFound {
        return_old_card(facts)
    } else {
        apply(facts)
    });
    steps
}

fn applicant_arg(applicant: Applicant) -> &'static str {
    match applicant {
        Applicant::Holder => "holder",
        Applicant::Representative => "representative",
    }
}

/// The application step. `$applicant` is `holder` or `representative` (a cohabiting relative aged
/// 16+ applies for a holder under 16), for a Fluent selector.
fn apply(facts: &Facts) -> Step {
    let (kind, text, source) = match (facts.office, facts.case.incident) {
        (Office::CityOffice, _) => (
            StepKind::ApplyAtCityOffice,
            Text::new("plan-step-apply-city-office"),
            rules::SPECIAL_PERMANENT_RESIDENT,
        ),
        (Office::ImmigrationOffice, Incident::Damaged) => (
            StepKind::ApplyAtImmigrationOffice,
            Text::new("plan-step-apply-immigration-damaged"),
            rules::DAMAGED_CARD,
        ),
        (Office::ImmigrationOffice, Incident::Exchange) => (
            StepKind::ApplyAtImmigrationOffice,
            Text::new("plan-step-apply-immigration-exchange"),
            rules::FEE,
        ),
        (Office::ImmigrationOffice, _) => (
            StepKind::ApplyAtImmigrationOffice,
            Text::new("plan-step-apply-immigration"),
            rules::WHERE_TO_APPLY,
        ),
    };
    let source = match facts.applicant {
        Applicant::Representative => rules::UNDER_16_REPRESENTATIVE,
        Applicant::Holder => source,
    };
    Step {
        kind,
        text: text.str("applicant", applicant_arg(facts.applicant)),
        source: Some(source),
        done: facts.case.applied_on.is_some(),
    }
}

/// Returning an old card that turned up (第19条の15 第3項): at a regional immigration office or by
/// post to the おだいば分室. For a special permanent resident's certificate rules.md gives no
/// address, so the step sends them to the city office, marked unconfirmed.
fn return_old_card(facts: &Facts) -> Step {
    let text = match facts.office {
        Office::ImmigrationOffice => Text::new("plan-step-return-old-card")
            .str("office", rules::RETURN_BY_POST_OFFICE)
            .str("postcode", rules::RETURN_BY_POST_POSTCODE)
            .str("address", rules::RETURN_BY_POST_ADDRESS)
            .str("envelope", rules::RETURN_BY_POST_ENVELOPE),
        Office::CityOffice => Text::new("plan-step-return-old-card-city-office"),
    };
    let source = match facts.office {
        Office::ImmigrationOffice => rules::RETURN_OLD_CARD,
        Office::CityOffice => {
            rules::SPECIAL_PERMANENT_RESIDENT.with_confidence(rules::Confidence::Unconfirmed)
        }
    };
    Step {
        kind: StepKind::ReturnOldCard,
        text,
        source: Some(source),
        done: facts.case.applied_on.is_some(),
    }
}
