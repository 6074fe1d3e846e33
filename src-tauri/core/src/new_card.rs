//! After the new card: recording it (its number and dates) on the person, keeping the old number
//! with the case, and what the screens show of the dates that keep it valid: the form after "I
//! have applied", and the home's next date for each person (docs/rules.md §15).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zairyu_domain::case::CardKind;
use zairyu_domain::text::Text;
use zairyu_domain::validate;
use zairyu_domain::validity::{self, CardDates, Holding, Renewal};

use crate::clock::Clock;
use crate::error::AppError;
use crate::people::CardInput;
use crate::records::{CaseRecord, Person, Records};
use crate::state::Core;
use crate::view::{CaseView, DateView, SourceView, Viewer};

/// The new card as the UI sends it: its number (may be empty) and its dates.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewCardInput {
    /// The new card's number, as printed.
    pub number: String,
    /// What it is and its dates.
    pub card: CardInput,
}

/// The "I have the new card" form of a case that is done.
#[derive(Debug, Clone, Serialize)]
pub struct NewCardView {
    /// Whether a person is linked (the card is recorded on them); otherwise the screen asks to add
    /// the person first.
    pub has_person: bool,
    /// The person's name, when linked.
    pub person: Option<String>,
    /// What the card is, as recorded so far (`residence_card`, `permanent_resident`,
    /// `special_permanent_resident`).
    pub holding: Holding,
    /// The card's number as recorded.
    pub number: String,
    /// The card's validity, as recorded.
    pub card_expires_on: Option<NaiveDate>,
    /// The end of the period of stay, as recorded.
    pub stay_ends_on: Option<NaiveDate>,
    /// The number the person had before, once the new one was recorded.
    pub replaced_number: Option<String>,
    /// The choices of what the card is, in words.
    pub holdings: Vec<HoldingOption>,
    /// The renewals its dates call for.
    pub renewals: Vec<RenewalView>,
}

/// One choice of what the card is.
#[derive(Debug, Clone, Serialize)]
pub struct HoldingOption {
    /// The value to send back.
    pub value: Holding,
    /// Its label.
    pub label: String,
}

/// A renewal, as the screens show it.
#[derive(Debug, Clone, Serialize)]
pub struct RenewalView {
    /// Which.
    pub renewal: Renewal,
    /// What it is, where and from when, in words.
    pub text: String,
    /// The first day it may be applied for.
    pub opens_on: DateView,
    /// The last day to apply: the last day offices are open on or before the printed one.
    pub last_day: DateView,
    /// Where the rule comes from.
    pub source: SourceView,
}

/// A person's next date, for the home screen.
#[derive(Debug, Clone, Serialize)]
pub struct NextDateView {
    /// The person.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// The next date and what it is, in words; `None` when no card date is entered.
    pub next: Option<NextDate>,
    /// The invitation to add the card's dates, when none is entered.
    pub invite: Option<String>,
    /// What the law provides once a last day has passed, stated calmly (only then).
    pub past: Option<String>,
}

/// A next date.
#[derive(Debug, Clone, Serialize)]
pub struct NextDate {
    /// The day.
    pub date: DateView,
    /// Days left to it.
    pub days_left: i64,
    /// "N days left", in words.
    pub days_text: String,
    /// What happens on it, in words.
    pub text: String,
}

impl Viewer<'_> {
    /// The choices of what a card is.
    fn holdings(&self) -> Vec<HoldingOption> {
        [
            Holding::ResidenceCard,
            Holding::PermanentResident,
            Holding::SpecialPermanentResident,
        ]
        .into_iter()
        .map(|h| HoldingOption {
            value: h,
            label: self.tr(&Text::new(match h {
                Holding::ResidenceCard => "ui-card-holding-residence-card",
                Holding::PermanentResident => "ui-card-holding-permanent-resident",
                Holding::SpecialPermanentResident => "ui-card-holding-special-permanent",
            })),
        })
        .collect()
    }

    /// The renewals a card's dates call for, in words.
    pub fn renewals(&self, dates: &CardDates, birth: NaiveDate) -> Vec<RenewalView> {
        validity::windows(dates, Some(birth))
            .iter()
            .map(|w| RenewalView {
                renewal: w.renewal,
                text: self.tr(&Text::new("ui-renewal-window")
                    .str("renewal", w.renewal.family())
                    .date("opens", w.first_open_day)
                    .date("last", w.last_open_day)),
                opens_on: self.date(w.first_open_day),
                last_day: self.date(w.last_open_day),
                source: self.source(&w.renewal.source()),
            })
            .collect()
    }

    /// The new-card form of a case that is done, or `None` before (nothing to record yet) and
    /// for an old card returned.
    pub fn new_card(&self, record: &CaseRecord, person: Option<&Person>) -> Option<NewCardView> {
        let case = &record.case;
        let replaces_a_card = case.incident.card_is_gone()
            || matches!(
                case.incident,
                zairyu_domain::case::Incident::Damaged | zairyu_domain::case::Incident::Exchange
            );
        if case.applied_on.is_none() || !replaces_a_card {
            return None;
        }
        let default_holding = match case.card {
            CardKind::SpecialPermanentResident => Holding::SpecialPermanentResident,
            CardKind::ResidenceCard | CardKind::SpecifiedResidenceCard => Holding::ResidenceCard,
        };
        let dates = person.and_then(|p| p.profile.card_dates);
        Some(NewCardView {
            has_person: person.is_some(),
            person: person.map(|p| p.profile.roman_full_name()),
            holding: dates.map(|d| d.holding).unwrap_or(default_holding),
            number: person
                .map(|p| p.profile.card_number.clone())
                .unwrap_or_default(),
            card_expires_on: dates.and_then(|d| d.card_expires_on),
            stay_ends_on: dates.and_then(|d| d.stay_ends_on),
            replaced_number: record.replaced_card_number.clone(),
            holdings: self.holdings(),
            renewals: match (dates, person) {
                (Some(d), Some(p)) => self.renewals(&d, p.profile.birth_date),
                _ => Vec::new(),
            },
        })
    }

    /// Each person's next date as of `today`, or the invitation to add their card's dates.
    pub fn next_dates(&self, records: &Records, today: NaiveDate) -> Vec<NextDateView> {
        records
            .people
            .iter()
            .map(|p| {
                let name = p.profile.roman_full_name();
                let Some(dates) = p.profile.card_dates else {
                    return NextDateView {
                        person_id: p.id.clone(),
                        name,
                        next: None,
                        invite: Some(self.tr(&Text::new("ui-next-date-invite"))),
                        past: None,
                    };
                };
                let windows = validity::windows(&dates, Some(p.profile.birth_date));
                let next = validity::next_date(&windows, today).map(|(w, date)| {
                    let days_left = (date - today).num_days();
                    let opening = date == w.opens_on && today < w.opens_on;
                    NextDate {
                        date: self.date(date),
                        days_left,
                        days_text: self.tr(&Text::new("ui-days-left").int("days", days_left)),
                        text: self.tr(&Text::new(if opening {
                            "ui-next-date-opens"
                        } else {
                            "ui-next-date-last-day"
                        })
                        .str("renewal", w.renewal.family())),
                    }
                });
                // The law's consequence, only once a last day has passed and nothing is ahead.
                let past = windows
                    .iter()
                    .filter(|w| w.last_day < today)
                    .max_by_key(|w| w.last_day)
                    .filter(|_| next.is_none())
                    .map(|w| {
                        self.tr(&Text::new("ui-next-date-past")
                            .str("renewal", w.renewal.family())
                            .date("last", w.last_day))
                    });
                NextDateView {
                    person_id: p.id.clone(),
                    name,
                    invite: (next.is_none() && past.is_none())
                        .then(|| self.tr(&Text::new("ui-next-date-invite"))),
                    next,
                    past,
                }
            })
            .collect()
    }
}

impl Core {
    /// Records the new card of case `id` (done): its number and dates go on the case's person
    /// (the old number is kept with the case, not on the next papers); the renewal reminders
    /// follow the dates. A refused value changes nothing.
    pub fn record_new_card(
        &self,
        id: &str,
        input: NewCardInput,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        let number = if input.number.trim().is_empty() {
            String::new()
        } else {
            validate::residence_card_number(&input.number).map_err(|e| AppError::Invalid {
                text: e.text(),
                field: Some("new-card-number"),
            })?
        };
        let dates = input.card.parse()?;
        self.update(|r| {
            let record = r.case(id).ok_or(AppError::NotFound("case"))?;
            if record.case.applied_on.is_none() {
                return Err(AppError::invalid("err-app-new-card-not-yet", "new-card"));
            }
            let person_id = record
                .person_id
                .clone()
                .ok_or_else(|| AppError::invalid("err-app-new-card-no-person", "person"))?;
            let person = r
                .people
                .iter_mut()
                .find(|p| p.id == person_id)
                .ok_or(AppError::NotFound("person"))?;
            let old = person.profile.card_number.clone();
            if !number.is_empty() {
                person.profile.card_number = number.clone();
            }
            if person.profile.card_dates != dates {
                person.profile.card_dates = dates;
                person.card_recorded_at = Some(clock.now);
            }
            let replaced =
                (!number.is_empty() && !old.trim().is_empty() && old != number).then_some(old);
            let record = r.case_mut(id).ok_or(AppError::NotFound("case"))?;
            if replaced.is_some() {
                record.replaced_card_number = replaced;
            }
            let record = r.case(id).ok_or(AppError::NotFound("case"))?;
            Ok(self.dashboard(r, record, clock))
        })
    }
}
