//! The documents checklist (docs/rules.md §5, in force since 2025-03-03; for special permanent
//! residents their own rules, §8.4), adapted to the case and to who goes.

use super::{Applicant, DocumentItem, Facts, Office};
use crate::case::{Document, Incident, ReportKind};
use crate::rules::{self, Source};
use crate::text::Text;

fn item(document: Document, text: Text, source: Source) -> DocumentItem {
    DocumentItem {
        document,
        text,
        required: true,
        source,
    }
}

fn if_asked(item: DocumentItem) -> DocumentItem {
    DocumentItem {
        required: false,
        ..item
    }
}

/// The documents for the case, in the order of docs/rules.md §5. None for a card found again
/// before a new one was issued: nothing is applied for.
pub(super) fn for_case(facts: &Facts) -> Vec<DocumentItem> {
    let case = facts.case;
    if case.found_again() {
        return Vec::new();
    }
    if case.incident == Incident::OldCardFound {
        return vec![item(
            Document::OldCard,
            Text::new("plan-doc-old-card"),
            rules::RETURN_OLD_CARD,
        )];
    }
    let spr = facts.office == Office::CityOffice;
    // The rules a document comes from: the residence card's, or the special permanent resident's
    // own (入管特例法施行規則 第9条).
    let documents = if spr {
        rules::SPR_DOCUMENTS
    } else {
        rules::DOCUMENTS
    };
    let replacing_a_card_in_hand = matches!(case.incident, Incident::Damaged | Incident::Exchange);
    let mut docs = Vec::new();
    docs.push(item(
        Document::ApplicationForm,
        Text::new(if spr {
            "plan-doc-application-form-city-office"
        } else if replacing_a_card_in_hand {
            "plan-doc-application-form-damaged"
        } else {
            "plan-doc-application-form"
        }),
        documents.clone(),
    ));
    if !facts.child {
        let text = Text::new("plan-doc-photo")
            .int("height_mm", rules::PHOTO_HEIGHT_MM)
            .int("width_mm", rules::PHOTO_WIDTH_MM)
            .int("months", rules::PHOTO_MAX_AGE_MONTHS);
        docs.push(item(Document::Photo, text, rules::PHOTO));
    }
    match case.incident {
        Incident::Lost | Incident::Stolen => docs.extend(proof_of_loss(facts)),
        Incident::Destroyed => docs.push(item(
            Document::DisasterCertificate,
            Text::new("plan-doc-disaster-certificate"),
            rules::PROOF_OF_LOSS,
        )),
        Incident::DestroyedByAccident => {
            docs.push(item(
                Document::LossStatement,
                Text::new("plan-doc-accident-statement"),
                rules::DESTROYED_BY_ACCIDENT,
            ));
            docs.push(if_asked(item(
                Document::CardPieces,
                Text::new("plan-doc-card-pieces"),
                rules::DESTROYED_BY_ACCIDENT,
            )));
        }
        Incident::Damaged | Incident::Exchange => docs.push(item(
            Document::DamagedCard,
            Text::new("plan-doc-damaged-card"),
            rules::DOCUMENTS,
        )),
        Incident::OldCardFound => {}
    }
    docs.push(if case.passport_available {
        item(
            Document::Passport,
            Text::new("plan-doc-passport"),
            documents.clone(),
        )
    } else {
        item(
            Document::PassportReasonLetter,
            Text::new("plan-doc-passport-reason-letter"),
            if case.passport_gone_too && !spr {
                rules::PASSPORT_LOST_TOO
            } else {
                documents.clone()
            },
        )
    });
    // A special permanent resident has no permit of this kind: their status has no limit on
    // activities.
    if case.has_activity_permit && !spr {
        docs.push(item(
            Document::ActivityPermit,
            Text::new("plan-doc-activity-permit"),
            rules::DOCUMENTS,
        ));
    }
    if facts.late {
        docs.push(item(
            Document::LateReasonLetter,
            Text::new("plan-doc-late-reason-letter"),
            rules::LATE_APPLICATION,
        ));
    }
    docs.extend(for_who_goes(facts));
    docs
}

/// The proof of a loss or theft: the statement giving the report (to the police in Japan, or
/// abroad with the report itself and a Japanese translation, 入管法施行規則 第62条), or saying
/// that none was accepted or none was made (docs/rules.md §3, §8b.10).
fn proof_of_loss(facts: &Facts) -> Vec<DocumentItem> {
    let case = facts.case;
    let report = case.police_report.as_ref();
    let not_accepted = report.is_some_and(|r| r.not_accepted);
    let not_reported = case.not_reported && case.can_go_unreported() && report.is_none();
    let abroad = match report {
        Some(r) => r.made_abroad(),
        None => case.report_needed() == Some(ReportKind::PoliceAbroad) && !not_reported,
    };
    let (id, source) = if not_reported {
        ("plan-doc-loss-statement-not-reported", rules::LOST_AT_HOME)
    } else if not_accepted {
        ("plan-doc-loss-statement-not-accepted", rules::LOST_AT_HOME)
    } else if abroad {
        ("plan-doc-loss-statement-abroad", rules::REPORT_MADE_ABROAD)
    } else {
        ("plan-doc-loss-statement", rules::DOCUMENTS)
    };
    let mut docs = vec![item(Document::LossStatement, Text::new(id), source)];
    if abroad {
        docs.push(item(
            Document::PoliceReportAbroad,
            Text::new("plan-doc-police-report-abroad"),
            rules::REPORT_MADE_ABROAD,
        ));
        docs.push(item(
            Document::PoliceReportTranslation,
            Text::new("plan-doc-police-report-translation"),
            rules::TRANSLATION_ATTACHED,
        ));
    } else if !not_accepted && !not_reported {
        docs.push(if_asked(item(
            Document::PoliceCertificate,
            Text::new("plan-doc-police-certificate"),
            rules::DOCUMENTS,
        )));
    }
    docs
}

/// What the person who goes for the holder brings (docs/rules.md §4, §5).
fn for_who_goes(facts: &Facts) -> Vec<DocumentItem> {
    let applicant = facts.applicant;
    let relative_id = |source| {
        item(
            Document::RepresentativeId,
            Text::new("plan-doc-representative-id")
                .str("applicant", if facts.child { "child" } else { "adult" }),
            source,
        )
    };
    let spr = facts.office == Office::CityOffice;
    let who = |source: Source| {
        if spr {
            rules::SPR_WHO_MAY_APPLY
        } else {
            source
        }
    };
    match applicant {
        Applicant::Holder | Applicant::NoOneYet => Vec::new(),
        Applicant::Agent => vec![item(
            Document::AgentCertificate,
            Text::new("plan-doc-agent-certificate"),
            who(rules::WHO_MAY_APPLY).with_confidence(rules::Confidence::Secondary),
        )],
        Applicant::RelativeForChild => vec![relative_id(who(rules::UNDER_16_REPRESENTATIVE))],
        Applicant::ApprovedOther => {
            let mut docs = vec![item(
                Document::RepresentativeId,
                Text::new("plan-doc-approved-person-id")
                    .str("holder", if facts.child { "child" } else { "adult" }),
                who(rules::APPROVED_PROXY),
            )];
            // An adult is gone for by someone else only when ill or unable (第59条の3 第2項
            // 第2号), which a doctor's certificate shows.
            if !facts.child {
                docs.push(item(
                    Document::MedicalCertificate,
                    Text::new("plan-doc-medical-certificate"),
                    who(rules::APPROVED_PROXY).with_confidence(rules::Confidence::Secondary),
                ));
            }
            docs
        }
        Applicant::RelativeForIllHolder => vec![
            relative_id(who(rules::WHO_MAY_APPLY)),
            item(
                Document::MedicalCertificate,
                Text::new("plan-doc-medical-certificate"),
                who(rules::WHO_MAY_APPLY).with_confidence(rules::Confidence::Secondary),
            ),
        ],
        Applicant::RelativeAtRequest => vec![
            relative_id(who(rules::WHO_MAY_APPLY)),
            item(
                Document::LetterOfAuthority,
                Text::new("plan-doc-letter-of-authority"),
                who(rules::WHO_MAY_APPLY).with_confidence(rules::Confidence::Secondary),
            ),
        ],
    }
}
