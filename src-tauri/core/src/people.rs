//! The people of this device and their form profiles: read, save (validated), link to a case,
//! delete. The UI sends the form as strings; parsing them here gives every problem a field.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zairyu_domain::profile::{Agent, LegalRepresentative, Profile, Sex};
use zairyu_domain::validate;
use zairyu_domain::validity::{CardDates, Holding};

use crate::clock::Clock;
use crate::error::AppError;
use crate::records::{new_id, Person, Records};
use crate::state::Core;

/// A person in the list.
#[derive(Debug, Clone, Serialize)]
pub struct PersonSummary {
    /// The person's id.
    pub id: String,
    /// The name as the papers print it (FAMILY Given).
    pub name: String,
}

/// The people in `records`, named as the papers print them.
pub fn summaries(records: &Records) -> Vec<PersonSummary> {
    records
        .people
        .iter()
        .map(|p| {
            let n = p.profile.normalized();
            PersonSummary {
                id: p.id.clone(),
                name: format!("{} {}", n.family_name, n.given_name)
                    .trim()
                    .to_owned(),
            }
        })
        .collect()
}

/// The legal representative as the form sends it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RepresentativeInput {
    /// 氏名.
    pub name: String,
    /// 本人との関係.
    pub relationship: String,
    /// 住所.
    pub address: String,
    /// 電話番号.
    pub phone: String,
}

/// The agent as the form sends it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AgentInput {
    /// 氏名.
    pub name: String,
    /// 所属機関等.
    pub organisation: String,
    /// 住所.
    pub address: String,
    /// 電話番号.
    pub phone: String,
    /// 生年月日, `YYYY-MM-DD`, may be empty (it is printed on a letter of authority).
    pub birth_date: String,
}

/// The profile form as the UI sends it: every field a string, so that a bad date or choice is a
/// message on its field rather than a refused call.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    /// 国籍・地域.
    pub nationality: String,
    /// 生年月日, `YYYY-MM-DD`.
    pub birth_date: String,
    /// Family name in Roman capitals.
    pub family_name: String,
    /// Given names in Roman capitals.
    pub given_name: String,
    /// 漢字氏名, may be empty.
    pub kanji_name: String,
    /// `male` or `female`.
    pub sex: String,
    /// 住居地.
    pub address: String,
    /// 在留カード番号.
    pub card_number: String,
    /// 資格外活動許可.
    pub activity_permit: bool,
    /// 電話番号.
    pub phone: String,
    /// 法定代理人, when there is one.
    pub representative: Option<RepresentativeInput>,
    /// 取次者, when there is one.
    pub agent: Option<AgentInput>,
    /// The card held now and its dates, when given.
    pub card: Option<CardInput>,
}

/// The card's dates as the form sends them (days as `YYYY-MM-DD`, each may be empty).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CardInput {
    /// `residence_card`, `permanent_resident` or `special_permanent_resident`.
    pub holding: String,
    /// The card's validity, as printed.
    pub card_expires_on: String,
    /// The end of the period of stay, as printed.
    pub stay_ends_on: String,
}

impl CardInput {
    /// The card's dates, or the first field that cannot be read.
    pub fn parse(self) -> Result<Option<CardDates>, AppError> {
        let day = |text: &str, field: &'static str| -> Result<Option<NaiveDate>, AppError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| AppError::invalid("err-app-date-invalid", field))
        };
        let holding = match self.holding.as_str() {
            // Nothing entered is nothing recorded; a date without the kind of card is asked
            // about rather than dropped.
            "" if self.card_expires_on.trim().is_empty() && self.stay_ends_on.trim().is_empty() => {
                return Ok(None)
            }
            "residence_card" => Holding::ResidenceCard,
            "permanent_resident" => Holding::PermanentResident,
            "special_permanent_resident" => Holding::SpecialPermanentResident,
            _ => return Err(AppError::invalid("err-app-choice-invalid", "card-holding")),
        };
        let card_expires_on = day(&self.card_expires_on, "card-expires-on")?;
        // Only a residence card has a period of stay of its own.
        let stay_ends_on = match holding {
            Holding::ResidenceCard => day(&self.stay_ends_on, "stay-ends-on")?,
            _ => None,
        };
        Ok(Some(CardDates {
            holding,
            card_expires_on,
            stay_ends_on,
        }))
    }
}

impl ProfileInput {
    /// The profile, or the first field that cannot be read (a date, the sex).
    pub fn parse(self) -> Result<Profile, AppError> {
        let birth_date = NaiveDate::parse_from_str(self.birth_date.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::invalid("err-app-date-invalid", "birth-date"))?;
        let sex = match self.sex.as_str() {
            "male" => Sex::Male,
            "female" => Sex::Female,
            _ => return Err(AppError::invalid("err-app-choice-invalid", "sex")),
        };
        let kanji = self.kanji_name.trim();
        Ok(Profile {
            nationality: self.nationality,
            birth_date,
            family_name: self.family_name,
            given_name: self.given_name,
            kanji_name: (!kanji.is_empty()).then(|| kanji.to_owned()),
            sex,
            address: self.address,
            card_number: self.card_number,
            activity_permit: self.activity_permit,
            phone: self.phone,
            card_dates: match self.card {
                Some(card) => card.parse()?,
                None => None,
            },
            legal_representative: self.representative.map(|r| LegalRepresentative {
                name: r.name,
                relationship: r.relationship,
                address: r.address,
                phone: r.phone,
            }),
            agent: match self.agent {
                Some(a) => {
                    let born = a.birth_date.trim();
                    let birth_date = if born.is_empty() {
                        None
                    } else {
                        Some(NaiveDate::parse_from_str(born, "%Y-%m-%d").map_err(|_| {
                            AppError::invalid("err-app-date-invalid", "agent-birth-date")
                        })?)
                    };
                    Some(Agent {
                        name: a.name,
                        address: a.address,
                        organisation: a.organisation,
                        phone: a.phone,
                        birth_date,
                    })
                }
                None => None,
            },
        })
    }
}

/// Copies the person's facts onto every case of theirs ([`Profile::apply_to`]), checking that
/// each case still holds together (a birth date after the loss cannot be).
fn apply_to_cases(
    records: &mut Records,
    person_id: &str,
    profile: &Profile,
    today: NaiveDate,
) -> Result<(), AppError> {
    for record in records
        .cases
        .iter_mut()
        .filter(|c| c.person_id.as_deref() == Some(person_id))
    {
        let mut case = record.case.clone();
        profile.apply_to(&mut case);
        validate::case(&case, today).map_err(AppError::Case)?;
        record.case = case;
    }
    Ok(())
}

impl Core {
    /// A person's profile, to edit.
    pub fn person(&self, id: &str) -> Result<Profile, AppError> {
        self.read(|r| r.person(id).map(|p| p.profile.clone()))
            .ok_or(AppError::NotFound("person"))
    }

    /// Saves a person (a new one when `id` is `None`), validated as the form requires, and links
    /// them to `case_id` when given. Returns the person's id. A refused profile changes nothing.
    pub fn save_person(
        &self,
        id: Option<String>,
        profile: ProfileInput,
        case_id: Option<&str>,
        clock: &Clock,
    ) -> Result<String, AppError> {
        let profile = profile.parse()?;
        profile.validate(clock.today)?;
        self.update(|r| {
            let id = match id {
                Some(id) => {
                    let person = r
                        .people
                        .iter_mut()
                        .find(|p| p.id == id)
                        .ok_or(AppError::NotFound("person"))?;
                    // The renewal reminders count from when the card's dates were entered.
                    if person.profile.card_dates != profile.card_dates {
                        person.card_recorded_at = Some(clock.now);
                    }
                    person.profile = profile.clone();
                    id
                }
                None => {
                    let id = new_id('p');
                    r.people.push(Person {
                        id: id.clone(),
                        card_recorded_at: profile.card_dates.map(|_| clock.now),
                        shown_reminders: Default::default(),
                        profile: profile.clone(),
                    });
                    id
                }
            };
            if let Some(case_id) = case_id {
                r.case_mut(case_id)
                    .ok_or(AppError::NotFound("case"))?
                    .person_id = Some(id.clone());
            }
            apply_to_cases(r, &id, &profile, clock.today)?;
            Ok(id)
        })
    }

    /// Makes `person_id` the person of case `case_id`.
    pub fn link_person(
        &self,
        case_id: &str,
        person_id: &str,
        clock: &Clock,
    ) -> Result<(), AppError> {
        self.update(|r| {
            let profile = r
                .person(person_id)
                .ok_or(AppError::NotFound("person"))?
                .profile
                .clone();
            r.case_mut(case_id)
                .ok_or(AppError::NotFound("case"))?
                .person_id = Some(person_id.to_owned());
            apply_to_cases(r, person_id, &profile, clock.today)
        })
    }

    /// Deletes a person; their cases stay, without a person.
    pub fn delete_person(&self, id: &str) -> Result<(), AppError> {
        self.update(|r| {
            let before = r.people.len();
            r.people.retain(|p| p.id != id);
            if r.people.len() == before {
                return Err(AppError::NotFound("person"));
            }
            for case in r
                .cases
                .iter_mut()
                .filter(|c| c.person_id.as_deref() == Some(id))
            {
                case.person_id = None;
            }
            Ok(())
        })
    }
}
