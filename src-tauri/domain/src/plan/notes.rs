//! Notes: things to know that are not steps (docs/rules.md §4, §8, §8b), the warnings that come
//! before everything, and why a case has no deadline.

use chrono::NaiveDate;

use super::{age, Applicant, Facts, Note, Office};
use crate::case::{CardKind, Incident};
use crate::rules::{self, Source};
use crate::text::Text;

fn days(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn note(text: Text, source: Option<Source>) -> Note {
    Note { text, source }
}

/// Whether the holder is still without a card and will apply for one: the card is gone, it has
/// not turned up, and no application is recorded.
fn waiting_for_a_new_card(facts: &Facts) -> bool {
    let case = facts.case;
    case.incident.card_is_gone() && !case.found_again() && case.applied_on.is_none()
}

/// What must be read before anything else. Leaving Japan without the card (or a re-entry permit)
/// ends the status of residence (入管法 第26条の2 第1項): for someone leaving soon that comes first.
pub(super) fn warnings(facts: &Facts) -> Vec<Note> {
    let case = facts.case;
    let mut out = Vec::new();
    if case.leaving_japan_soon && waiting_for_a_new_card(facts) {
        out.push(note(
            Text::new("plan-warning-leaving-soon"),
            Some(rules::LEAVING_JAPAN),
        ));
    }
    out
}

/// Why there is no deadline (ids `plan-no-deadline-*`).
pub(super) fn no_deadline(facts: &Facts) -> Text {
    let case = facts.case;
    if case.found_again() {
        Text::new("plan-no-deadline-found-again")
    } else if case.still_abroad && case.incident.card_is_gone() {
        Text::new("plan-no-deadline-abroad-now").int("days", days(rules::DAYS_TO_APPLY))
    } else {
        match case.incident {
            Incident::Damaged => Text::new("plan-no-deadline-damaged")
                .int("days", days(rules::DAYS_AFTER_DAMAGE_ORDER)),
            Incident::Exchange => Text::new("plan-no-deadline-exchange"),
            _ => Text::new("plan-no-deadline"),
        }
    }
}

/// The notes for the case as of `today`, most useful first.
pub(super) fn for_case(facts: &Facts, today: NaiveDate) -> Vec<Note> {
    let case = facts.case;
    let mut notes = Vec::new();
    if case.found_again() {
        return vec![note(
            Text::new("plan-note-found-still-valid")
                .int("days", days(rules::DAYS_TO_RETURN_OLD_CARD)),
            Some(rules::FOUND_BEFORE_NEW_CARD),
        )];
    }
    let waiting = waiting_for_a_new_card(facts);
    // The duty to carry the card is in Japan, and for holders aged 16 or older (第23条 第5項;
    // docs/rules.md §8b.3).
    if waiting && !case.still_abroad && facts.applicant != Applicant::RelativeForChild {
        notes.push(note(
            Text::new("plan-note-carry-passport"),
            Some(rules::DUTY_TO_CARRY),
        ));
    }
    if case.incident == Incident::DestroyedByAccident {
        notes.push(note(
            Text::new("plan-note-accident"),
            Some(rules::DESTROYED_BY_ACCIDENT),
        ));
    }
    if case.lost_at_home && case.incident == Incident::Lost {
        notes.push(note(
            Text::new("plan-note-lost-at-home"),
            Some(rules::LOST_AT_HOME),
        ));
    }
    if case.still_abroad && waiting {
        notes.push(note(
            Text::new("plan-note-reentry-certificate"),
            Some(rules::ABROAD_NOW.with_confidence(rules::Confidence::Secondary)),
        ));
    }
    if case.incident != Incident::OldCardFound {
        notes.push(match facts.office {
            Office::ImmigrationOffice => note(
                Text::new("plan-note-counter-hours"),
                Some(rules::WHERE_TO_APPLY),
            ),
            Office::CityOffice => note(
                Text::new("plan-note-city-office-weeks"),
                Some(rules::SPECIAL_PERMANENT_RESIDENT),
            ),
        });
    }
    if let Some(id) = match facts.applicant {
        Applicant::Holder | Applicant::RelativeForChild => None,
        Applicant::RelativeForIllHolder => Some("plan-note-who-goes-ill"),
        Applicant::RelativeAtRequest => Some("plan-note-who-goes-request"),
        Applicant::Agent => Some("plan-note-who-goes-agent"),
    } {
        notes.push(note(Text::new(id), Some(rules::WHO_MAY_APPLY)));
    }
    if facts.office == Office::CityOffice && case.incident != Incident::OldCardFound {
        notes.push(note(
            Text::new("plan-note-city-office-documents"),
            Some(rules::DOCUMENTS.with_confidence(rules::Confidence::Unconfirmed)),
        ));
        // The triage does not ask who goes for a special permanent resident: our reference does
        // not cover the city office's rules (docs/rules.md §8.4), so the office is asked.
        if facts.applicant == Applicant::Holder && case.applied_on.is_none() {
            notes.push(note(
                Text::new("plan-note-city-office-who-goes"),
                Some(
                    rules::SPECIAL_PERMANENT_RESIDENT
                        .with_confidence(rules::Confidence::Unconfirmed),
                ),
            ));
        }
    }
    if case.card == CardKind::SpecifiedResidenceCard && case.incident != Incident::OldCardFound {
        notes.push(note(
            Text::new("plan-note-specified-card-unconfirmed"),
            Some(rules::SPECIFIED_CARD_SUSPEND),
        ));
    }
    if waiting && !case.leaving_japan_soon && !case.still_abroad {
        notes.push(note(
            Text::new("plan-note-travel"),
            Some(rules::LEAVING_JAPAN),
        ));
    }
    if case.passport_gone_too && waiting {
        notes.push(note(
            Text::new("plan-note-passport-gone"),
            Some(rules::PASSPORT_LOST_TOO),
        ));
    }
    if matches!(case.incident, Incident::Lost | Incident::Stolen) && waiting {
        notes.push(note(
            Text::new("plan-note-other-cards")
                .str("hotline", rules::MY_NUMBER_HOTLINE)
                .str("hotline_foreign", rules::MY_NUMBER_HOTLINE_FOREIGN),
            Some(rules::MY_NUMBER_CARD_LOST),
        ));
    }
    if waiting && facts.office == Office::ImmigrationOffice {
        notes.push(note(
            Text::new("plan-note-card-number-unknown"),
            Some(rules::CARD_NUMBER_UNKNOWN),
        ));
        notes.push(note(
            Text::new("plan-note-stay-ending"),
            Some(rules::STAY_ENDING_SOON),
        ));
    }
    match case.holder_birth_date {
        // Age matters only to who applies and whether a photo goes with it.
        None if case.incident != Incident::OldCardFound => {
            notes.push(note(Text::new("plan-note-birth-date-unknown"), None))
        }
        None => {}
        Some(birth) if facts.applicant == Applicant::RelativeForChild => {
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
