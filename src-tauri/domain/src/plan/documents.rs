//! The documents checklist (rules.md §5, in force since 2025-03-03).

use super::{Applicant, DocumentItem, Facts};
use crate::case::{Document, Incident};
use crate::rules::{self, Source};
use crate::text::Text;

fn item(document: Document, id: &str, source: Source) -> DocumentItem {
    DocumentItem {
        document,
        text: Text::new(id),
        required: true,
        source,
    }
}

/// The documents for the case, in the order of rules.md §5.
pub(super) fn for_case(facts: &Facts) -> Vec<DocumentItem> {
    let case = facts.case;
    if case.incident == Incident::OldCardFound {
        return vec![item(
            Document::OldCard,
            "plan-doc-old-card",
            rules::RETURN_OLD_CARD,
        )];
    }
    let replacing_a_card_in_hand = matches!(case.incident, Incident::Damaged | Incident::Exchange);
    let mut docs = Vec::new();
    docs.push(item(
        Document::ApplicationForm,
        if replacing_a_card_in_hand {
            "plan-doc-application-form-damaged"
        } else {
            "plan-doc-application-form"
        },
        rules::DOCUMENTS,
    ));
    if facts.applicant == Applicant::Holder {
        let mut photo = item(Document::Photo, "plan-doc-photo", rules::PHOTO);
        photo.text = photo
            .text
            .int("height_mm", rules::PHOTO_HEIGHT_MM)
            .int("width_mm", rules::PHOTO_WIDTH_MM)
            .int("months", rules::PHOTO_MAX_AGE_MONTHS);
        docs.push(photo);
    }
    match case.incident {
        Incident::Lost | Incident::Stolen => {
            docs.push(item(
                Document::LossStatement,
                "plan-doc-loss-statement",
                rules::DOCUMENTS,
            ));
            docs.push(DocumentItem {
                required: false,
                ..item(
                    Document::PoliceCertificate,
                    "plan-doc-police-certificate",
                    rules::DOCUMENTS,
                )
            });
        }
        Incident::Destroyed => docs.push(item(
            Document::DisasterCertificate,
            "plan-doc-disaster-certificate",
            rules::PROOF_OF_LOSS,
        )),
        Incident::Damaged | Incident::Exchange => docs.push(item(
            Document::DamagedCard,
            "plan-doc-damaged-card",
            rules::DOCUMENTS,
        )),
        Incident::OldCardFound => {}
    }
    docs.push(if case.passport_available {
        item(Document::Passport, "plan-doc-passport", rules::DOCUMENTS)
    } else {
        item(
            Document::PassportReasonLetter,
            "plan-doc-passport-reason-letter",
            rules::DOCUMENTS,
        )
    });
    if case.has_activity_permit {
        docs.push(item(
            Document::ActivityPermit,
            "plan-doc-activity-permit",
            rules::DOCUMENTS,
        ));
    }
    if facts.late {
        docs.push(item(
            Document::LateReasonLetter,
            "plan-doc-late-reason-letter",
            rules::LATE_APPLICATION,
        ));
    }
    if facts.applicant == Applicant::Representative {
        docs.push(item(
            Document::RepresentativeId,
            "plan-doc-representative-id",
            rules::UNDER_16_REPRESENTATIVE,
        ));
    }
    docs
}
