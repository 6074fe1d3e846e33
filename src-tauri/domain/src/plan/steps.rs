//! The ordered steps of a plan (docs/rules.md §3, §4, §8, §8b).

use super::{Applicant, Facts, Office, Step, StepKind};
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
            // Lifting a suspension is done at the city office with the card, not by phone, for an
            // ordinary My Number card; for this card it is not confirmed (docs/rules.md §8.1).
            steps.push(step(
                StepKind::LiftMyNumberSuspension,
                Text::new("plan-step-lift-my-number-suspension"),
                rules::MY_NUMBER_SUSPENSION_LIFT.with_confidence(rules::Confidence::Unconfirmed),
                false,
            ));
        }
        return steps;
    }
    let mut steps = Vec::new();
    if case.incident.card_is_gone() && specified {
        steps.push(suspend_my_number(facts));
    }
    if let Some(report) = report_step(facts) {
        steps.push(report);
    }
    if case.still_abroad {
        steps.push(step(
            StepKind::ReturnToJapan,
            Text::new("plan-step-return-to-japan"),
            reentry_source(facts),
            false,
        ));
    }
    if matches!(
        facts.applicant,
        Applicant::ApprovedOther | Applicant::NoOneYet
    ) && case.applied_on.is_none()
    {
        steps.push(step(
            StepKind::AskOfficeWhoMayApply,
            Text::new("plan-step-ask-office-who-applies")
                .str("applicant", facts.applicant.message_arg())
                .str("holder", holder_arg(facts))
                .str("office", office_arg(facts.office)),
            who_may_apply_source(facts),
            false,
        ));
    }
    steps.push(apply(facts));
    steps
}

/// `$holder` of the messages about who goes: `child` (under 16) or `adult`.
fn holder_arg(facts: &Facts) -> &'static str {
    if facts.child {
        "child"
    } else {
        "adult"
    }
}

/// `$office` of the messages: `immigration` or `city`.
fn office_arg(office: Office) -> &'static str {
    match office {
        Office::ImmigrationOffice => "immigration",
        Office::CityOffice => "city",
    }
}

/// Where the rules on who goes come from, for the office and the one who goes.
fn who_may_apply_source(facts: &Facts) -> Source {
    match (facts.office, facts.applicant) {
        (Office::CityOffice, _) => rules::SPR_WHO_MAY_APPLY,
        (_, Applicant::ApprovedOther | Applicant::NoOneYet) => rules::APPROVED_PROXY,
        (_, Applicant::RelativeForChild) => rules::UNDER_16_REPRESENTATIVE,
        _ => rules::WHO_MAY_APPLY,
    }
}

/// How long the re-entry permission lasts: two years for a special permanent resident, else one
/// year or the end of the period of stay (docs/rules.md §8b.9).
pub(super) fn reentry_source(facts: &Facts) -> Source {
    match facts.office {
        Office::CityOffice => rules::REENTRY_PERMISSION_ENDS_SPR,
        Office::ImmigrationOffice => rules::REENTRY_PERMISSION_ENDS,
    }
}

/// Stopping the My Number functions of a 特定在留カード through the hotline. From abroad the 0120
/// numbers usually cannot be dialled, so the step then gives the number an Embassy of Japan gives
/// for calling from abroad, said to be unconfirmed for this card (docs/rules.md §8b.5).
fn suspend_my_number(facts: &Facts) -> Step {
    let case = facts.case;
    let abroad = case.still_abroad;
    step(
        StepKind::SuspendMyNumber,
        Text::new(if abroad {
            "plan-step-suspend-my-number-abroad"
        } else {
            "plan-step-suspend-my-number"
        })
        .str("hotline", rules::MY_NUMBER_HOTLINE)
        .str("hotline_foreign", rules::MY_NUMBER_HOTLINE_FOREIGN)
        .str("hotline_abroad", rules::MY_NUMBER_HOTLINE_ABROAD),
        if abroad {
            rules::MY_NUMBER_HOTLINE_FROM_ABROAD
        } else {
            rules::SPECIFIED_CARD_SUSPEND
        },
        case.my_number_suspended_on.is_some(),
    )
}

/// The report that proves the loss: to the police abroad for a loss learned of there (still
/// there, or back: then it is recorded), else to a police box in Japan, or the disaster
/// certificate. Done once a report is recorded, or "no report" where that is allowed.
fn report_step(facts: &Facts) -> Option<Step> {
    let case = facts.case;
    let done = case.report_settled();
    let (kind, id, source) = match case.report_needed()? {
        ReportKind::PoliceAbroad => (
            StepKind::ReportToPoliceAbroad,
            if case.still_abroad {
                "plan-step-police-abroad"
            } else {
                "plan-step-police-abroad-back"
            },
            rules::REPORT_MADE_ABROAD,
        ),
        ReportKind::LossReport if case.lost_at_home => (
            StepKind::ReportLossToPolice,
            "plan-step-police-lost-at-home",
            rules::LOST_AT_HOME,
        ),
        ReportKind::LossReport => (
            StepKind::ReportLossToPolice,
            "plan-step-police-lost",
            rules::PROOF_OF_LOSS,
        ),
        ReportKind::TheftReport => (
            StepKind::ReportTheftToPolice,
            "plan-step-police-stolen",
            rules::PROOF_OF_LOSS,
        ),
        // A disaster abroad: no Japanese certificate to get from there (as before any report).
        ReportKind::DisasterCertificate if case.still_abroad => return None,
        ReportKind::DisasterCertificate => (
            StepKind::GetDisasterCertificate,
            "plan-step-disaster-certificate",
            rules::PROOF_OF_LOSS,
        ),
    };
    Some(step(kind, Text::new(id), source, done))
}

/// The application step. `$applicant` is `holder`, `relative` (a cohabiting relative aged 16+),
/// `agent`, `approved` (someone the office agreed to) or `nobody` (not known yet), for a Fluent
/// selector; what the one who goes brings is the checklist's.
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
        Applicant::Holder => source,
        _ => who_may_apply_source(facts),
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
