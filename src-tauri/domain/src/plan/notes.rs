//! Notes: things to know that are not steps (rules.md §4, §8).

use chrono::NaiveDate;

use super::{age, Applicant, Facts, Note, Office};
use crate::case::{CardKind, Incident};
use crate::rules;
use crate::text::Text;

fn days(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn note(text: Text, source: Option<rules::Source>) -> Note {
    Note { text, source }
}

/// The notes for the case as of `today`, most useful first.
pub(super) fn for_case(facts: &Facts, today: NaiveDate) -> Vec<Note> {
    let case = facts.case;
    let mut notes = Vec::new();
    match case.incident {
        Incident::Damaged if case.ordered_on.is_none() => notes.push(note(
            Text::new("plan-note-damaged-no-deadline")
                .int("days", days(rules::DAYS_AFTER_DAMAGE_ORDER)),
            Some(rules::DAMAGED_CARD),
        )),
        Incident::Exchange => notes.push(note(
            Text::new("plan-note-exchange-no-deadline"),
            Some(rules::FEE),
        )),
        _ => {}
    }
    if case.incident != Incident::OldCardFound {
        notes.push(match facts.office {
            Office::ImmigrationOffice => note(
                Text::new("plan-note-counter-hours"),
                Some(rules::WHERE_TO_APPLY),
            ),
            Office::CityOffice => note(
                Text::new("plan-note-city-office-two-weeks"),
                Some(rules::SPECIAL_PERMANENT_RESIDENT),
            ),
        });
    }
    if facts.office == Office::CityOffice && case.incident != Incident::OldCardFound {
        notes.push(note(
            Text::new("plan-note-city-office-documents"),
            Some(rules::DOCUMENTS.with_confidence(rules::Confidence::Unconfirmed)),
        ));
    }
    if case.card == CardKind::SpecifiedResidenceCard && case.incident != Incident::OldCardFound {
        notes.push(note(
            Text::new("plan-note-specified-card-unconfirmed"),
            Some(rules::SPECIFIED_CARD_SUSPEND),
        ));
    }
    match case.holder_birth_date {
        None => notes.push(note(Text::new("plan-note-birth-date-unknown"), None)),
        Some(birth) if facts.applicant == Applicant::Representative => {
            let sixteen = age::sixteenth_birthday(birth);
            let turns_16_in_time = facts
                .deadline
                .as_ref()
                .is_some_and(|d| sixteen <= d.legal_last_day && today < sixteen);
            if turns_16_in_time && case.applied_on.is_none() {
                notes.push(note(
                    Text::new("plan-note-turns-16").date("birthday", sixteen),
                    Some(rules::UNDER_16_REPRESENTATIVE),
                ));
            }
        }
        Some(_) => {}
    }
    if matches!(case.incident, Incident::Lost | Incident::Stolen) {
        notes.push(note(
            Text::new("plan-note-old-card-if-found")
                .int("days", days(rules::DAYS_TO_RETURN_OLD_CARD)),
            Some(rules::RETURN_OLD_CARD),
        ));
    }
    notes
}
