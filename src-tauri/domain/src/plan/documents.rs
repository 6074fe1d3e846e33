//! The documents checklist (rules.md §5, in force since 2025-03-03).

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

/// The documents for the case, in the order of rules.md §5.
pub(super) fn for_case(facts: &Facts) -> Vec<DocumentItem> {
    let case = facts.case;
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
    if facts.applicant == Applicant::Holder {
        let text = Text::new("plan-doc-photo")
            .int("height_mm", rules::PHOTO_HEIGHT_MM)
            .int("width_mm", rules::PHOTO_WIDTH_MM)
            .int("months", rules::PHOTO_MAX_AGE_MONTHS);
        docs.push(item(Document::Photo, text, rules::PHOTO));
    }
    match case.incident {
        Incident::Lost | Incident::Stolen => {
            docs.push(item(
                Document::LossStatement,
                Text::new("plan-doc-loss-statement"),
                rules::DOCUMENTS,
            ));
            docs.push(DocumentItem {
                required: false,
                ..item(
                    Document::PoliceCertificate,
                    Text::new("plan-doc-police-certificate"),
                    rules::DOCUMENTS,
                )
            });
        }
        Incident::Destroyed => docs.push(item(
            Document::DisasterCertificate,
            Text::new("plan-doc-disaster-certificate"),
            rules::PROOF_OF_LOSS,
        )),
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
            rules::DOCUMENTS,
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
    if facts.applicant == Applicant::Representative {
        docs.push(item(
            Document::RepresentativeId,
            Text::new("plan-doc-representative-id"),
            rules::UNDER_16_REPRESENTATIVE,
        ));
    }
    docs
}
