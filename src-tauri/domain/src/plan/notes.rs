//! Notes: things to know that are not steps (docs/rules.md §4, §8, §8b), the warnings that come
//! before everything, and why a case has no deadline.

use chrono::NaiveDate;

use super::{age, steps, Applicant, Facts, Note, Office};
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

/// What must be read before anything else:
/// - leaving Japan without the card (or a re-entry permit) ends the status of residence
///   (入管法 第26条の2 第1項): for someone leaving soon that comes first, and a 特定在留カード may
///   not be issued on the day (reported, not confirmed);
/// - someone still abroad must be back before the re-entry permission they left on ends
///   (第26条の2 第2項・第3項; 入管特例法 第23条 第2項), or the status ends.
pub(super) fn warnings(facts: &Facts, today: NaiveDate) -> Vec<Note> {
    let case = facts.case;
    let mut out = Vec::new();
    let waiting = waiting_for_a_new_card(facts);
    if case.still_abroad && waiting {
        let spr = facts.office == Office::CityOffice;
        let text = match case.return_by {
            Some(by) if by < today => Text::new("plan-warning-return-by-passed").date("by", by),
            Some(by) => Text::new("plan-warning-return-by").date("by", by),
            None => Text::new("plan-warning-return-before-permission-ends")
                .str("holder", if spr { "special_permanent" } else { "resident" }),
        };
        out.push(note(text, Some(steps::reentry_source(facts))));
    }
    if case.leaving_japan_soon && waiting && !case.still_abroad {
        if case.card == CardKind::SpecifiedResidenceCard {
            out.push(note(
                Text::new("plan-warning-leaving-soon-specified"),
                Some(rules::SPECIFIED_CARD_TAKES_LONGER),
            ));
        } else {
            out.push(note(
                Text::new("plan-warning-leaving-soon"),
                Some(rules::LEAVING_JAPAN),
            ));
        }
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
    let spr = facts.office == Office::CityOffice;
    let in_japan = !case.still_abroad;
    // Meanwhile. A card holder aged 16 or older in Japan must carry the card (入管法 第23条;
    // docs/rules.md §8b.3); a special permanent resident need not carry the certificate, only
    // show it when an official asks (入管特例法 第17条; docs/rules.md §8.4).
    if waiting && in_japan && !facts.child {
        notes.push(if spr {
            note(
                Text::new("plan-note-spr-show-on-request"),
                Some(rules::SPR_SHOW_ON_REQUEST),
            )
        } else {
            note(
                Text::new("plan-note-carry-passport"),
                Some(rules::DUTY_TO_CARRY),
            )
        });
    }
    if case.incident == Incident::DestroyedByAccident {
        notes.push(note(
            Text::new("plan-note-accident"),
            Some(rules::DESTROYED_BY_ACCIDENT),
        ));
    }
    if case.lost_at_home && case.incident == Incident::Lost && waiting {
        notes.push(note(
            Text::new("plan-note-lost-at-home"),
            Some(rules::LOST_AT_HOME),
        ));
    }
    if case.still_abroad && waiting {
        notes.push(note(
            Text::new("plan-note-reentry-certificate"),
            Some(rules::REENTRY_CERTIFICATE),
        ));
        if case.passport_gone_too {
            notes.push(note(
                Text::new("plan-note-abroad-passport-gone"),
                Some(rules::REENTRY_CERTIFICATE),
            ));
        }
    }
    if case.incident != Incident::OldCardFound {
        notes.push(match facts.office {
            Office::ImmigrationOffice => note(
                Text::new("plan-note-counter-hours"),
                Some(rules::WHERE_TO_APPLY),
            ),
            Office::CityOffice => note(
                Text::new("plan-note-city-office-not-same-day"),
                Some(rules::SPECIAL_PERMANENT_RESIDENT),
            ),
        });
    }
    if let Some(id) = match facts.applicant {
        Applicant::Holder
        | Applicant::RelativeForChild
        | Applicant::ApprovedOther
        | Applicant::NoOneYet => None,
        Applicant::RelativeForIllHolder => Some("plan-note-who-goes-ill"),
        Applicant::RelativeAtRequest => Some("plan-note-who-goes-request"),
        Applicant::Agent => Some("plan-note-who-goes-agent"),
    } {
        notes.push(note(Text::new(id), Some(rules::WHO_MAY_APPLY)));
    }
    if spr && case.incident != Incident::OldCardFound && waiting {
        notes.push(note(
            Text::new("plan-note-city-office-documents"),
            Some(rules::SPR_DOCUMENTS),
        ));
    }
    if case.card == CardKind::SpecifiedResidenceCard && case.incident != Incident::OldCardFound {
        notes.push(note(
            Text::new("plan-note-specified-card-unconfirmed"),
            Some(rules::SPECIFIED_CARD_TAKES_LONGER),
        ));
    }
    if waiting && !case.leaving_japan_soon && in_japan {
        notes.push(note(
            Text::new("plan-note-travel"),
            Some(rules::LEAVING_JAPAN),
        ));
    }
    if case.passport_gone_too && waiting && in_japan {
        notes.push(note(
            Text::new("plan-note-passport-gone"),
            Some(rules::PASSPORT_LOST_TOO),
        ));
    }
    if matches!(case.incident, Incident::Lost | Incident::Stolen) && waiting {
        notes.push(if case.still_abroad {
            note(
                Text::new("plan-note-other-cards-abroad")
                    .str("hotline_abroad", rules::MY_NUMBER_HOTLINE_ABROAD),
                Some(rules::MY_NUMBER_HOTLINE_FROM_ABROAD),
            )
        } else {
            note(
                Text::new("plan-note-other-cards")
                    .str("hotline", rules::MY_NUMBER_HOTLINE)
                    .str("hotline_foreign", rules::MY_NUMBER_HOTLINE_FOREIGN),
                Some(rules::MY_NUMBER_CARD_LOST),
            )
        });
    }
    if waiting && facts.office == Office::ImmigrationOffice {
        notes.push(note(
            Text::new("plan-note-card-number-unknown"),
            Some(rules::CARD_NUMBER_UNKNOWN.with_confidence(rules::Confidence::Unconfirmed)),
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
        Some(birth) if facts.child => {
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
