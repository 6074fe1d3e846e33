//! The documents checklist (docs/rules.md §5, in force since 2025-03-03), adapted to who goes.

use super::{Applicant, DocumentItem, Facts};
use crate::case::{Document, Incident};
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
    let replacing_a_card_in_hand = matches!(case.incident, Incident::Damaged | Incident::Exchange);
    let mut docs = Vec::new();
    docs.push(item(
        Document::ApplicationForm,
        if replacing_a_card_in_hand {
            Text::new("plan-doc-application-form-damaged")
        } else {
            Text::new("plan-doc-application-form")
        },
        rules::DOCUMENTS,
    ));
    if facts.applicant != Applicant::RelativeForChild {
        let text = Text::new("plan-doc-photo")
            .int("height_mm", rules::PHOTO_HEIGHT_MM)
            .int("width_mm", rules::PHOTO_WIDTH_MM)
            .int("months", rules::PHOTO_MAX_AGE_MONTHS);
        docs.push(item(Document::Photo, text, rules::PHOTO));
    }
    let learned_abroad = case.still_abroad || case.reentered_on.is_some();
    match case.incident {
        Incident::Lost | Incident::Stolen => {
            let not_accepted = case.police_report.as_ref().is_some_and(|r| r.not_accepted);
            docs.push(item(
                Document::LossStatement,
                Text::new(if not_accepted {
                    "plan-doc-loss-statement-not-accepted"
                } else {
                    "plan-doc-loss-statement"
                }),
                if not_accepted {
                    rules::LOST_AT_HOME
                } else {
                    rules::DOCUMENTS
                },
            ));
            if learned_abroad {
                docs.push(DocumentItem {
                    required: false,
                    ..item(
                        Document::PoliceReportAbroad,
                        Text::new("plan-doc-police-report-abroad"),
                        rules::ABROAD_NOW,
                    )
                });
            } else if !not_accepted {
                docs.push(DocumentItem {
                    required: false,
                    ..item(
                        Document::PoliceCertificate,
                        Text::new("plan-doc-police-certificate"),
                        rules::DOCUMENTS,
                    )
                });
            }
        }
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
            docs.push(DocumentItem {
                required: false,
                ..item(
                    Document::CardPieces,
                    Text::new("plan-doc-card-pieces"),
                    rules::DESTROYED_BY_ACCIDENT,
                )
            });
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
            rules::DOCUMENTS,
        )
    } else {
        item(
            Document::PassportReasonLetter,
            Text::new("plan-doc-passport-reason-letter"),
            if case.passport_gone_too {
                rules::PASSPORT_LOST_TOO
            } else {
                rules::DOCUMENTS
            },
        )
    });
    if case.has_activity_permit {
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
    docs.extend(for_who_goes(facts.applicant));
    docs
}

/// What the person who goes for the holder brings (docs/rules.md §4, §5).
fn for_who_goes(applicant: Applicant) -> Vec<DocumentItem> {
    let relative_id = |source| {
        item(
            Document::RepresentativeId,
            Text::new("plan-doc-representative-id").str("applicant", applicant_arg(applicant)),
            source,
        )
    };
    match applicant {
        Applicant::Holder | Applicant::Agent => Vec::new(),
        Applicant::RelativeForChild => vec![relative_id(rules::UNDER_16_REPRESENTATIVE)],
        Applicant::RelativeForIllHolder => vec![
            relative_id(rules::WHO_MAY_APPLY),
            item(
                Document::MedicalCertificate,
                Text::new("plan-doc-medical-certificate"),
                rules::WHO_MAY_APPLY,
            ),
        ],
        Applicant::RelativeAtRequest => vec![
            relative_id(rules::WHO_MAY_APPLY),
            item(
                Document::LetterOfAuthority,
                Text::new("plan-doc-letter-of-authority"),
                rules::WHO_MAY_APPLY,
            ),
        ],
    }
}

/// `$applicant` of `plan-doc-representative-id`: whose relative goes (`child` or `adult`).
fn applicant_arg(applicant: Applicant) -> &'static str {
    if applicant == Applicant::RelativeForChild {
        "child"
    } else {
        "adult"
    }
}
