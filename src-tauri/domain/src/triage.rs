//! The triage: the questions that turn a frightened "I lost my card" into a [`Case`], one at a
//! time. Which question comes next, and what it offers, depends on the answers so far (nobody is
//! asked about re-entry for an old card that turned up; for a child, "who goes" offers those who
//! may go for a child), so it is decided here, not in the UI. The textbook case (lost in Japan, an
//! adult) takes seven short questions.
//!
//! Every answer is a plain value the UI sends back as it got it: a choice's `value`, or a date as
//! `YYYY-MM-DD` for a date question and for a choice that asks for a date (`date_field`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{CardKind, Case, Incident, WhoApplies};
use crate::plan::age;
use crate::rules;
use crate::text::Text;
use crate::validate::{self, CaseError};

/// What happened, as the person would say it. Several answers lead to one [`Incident`] with a
/// detail (lost at home, found again); the case records both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhatHappened {
    /// Lost outside, or not known where.
    Lost,
    /// Lost somewhere at home.
    LostAtHome,
    /// Stolen.
    Stolen,
    /// Destroyed in a disaster or a fire.
    Destroyed,
    /// Destroyed in an accident (washed, broken, burnt).
    DestroyedByAccident,
    /// Damaged, soiled, or the chip fails.
    Damaged,
    /// An exchange at the holder's own wish.
    Exchange,
    /// The card turned up again before a new one was issued.
    FoundAgain,
    /// The old card turned up after a new one was issued.
    OldCardFound,
}

impl WhatHappened {
    /// The incident the case records.
    pub fn incident(self) -> Incident {
        match self {
            WhatHappened::Lost | WhatHappened::LostAtHome | WhatHappened::FoundAgain => {
                Incident::Lost
            }
            WhatHappened::Stolen => Incident::Stolen,
            WhatHappened::Destroyed => Incident::Destroyed,
            WhatHappened::DestroyedByAccident => Incident::DestroyedByAccident,
            WhatHappened::Damaged => Incident::Damaged,
            WhatHappened::Exchange => Incident::Exchange,
            WhatHappened::OldCardFound => Incident::OldCardFound,
        }
    }

    /// Whether the answer is about a card that turned up (found again, or the old card after a
    /// new one): the date asked is then the day it was found.
    fn is_a_find(self) -> bool {
        matches!(self, WhatHappened::FoundAgain | WhatHappened::OldCardFound)
    }
}

/// Where the person was when they learned of it, and whether they will leave Japan soon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Whereabouts {
    /// In Japan, staying.
    InJapan,
    /// In Japan, leaving Japan in the coming weeks.
    LeavingSoon,
    /// Learned of it abroad and has come back (asks the day of return).
    BackInJapan,
    /// Learned of it abroad and is still abroad.
    AbroadNow,
}

/// Whether the passport can be shown at the office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassportAnswer {
    /// Yes.
    Yes,
    /// No: it was lost or stolen with the card.
    GoneToo,
    /// No, for another reason (at the embassy, say).
    No,
}

/// The answers given so far; `None` is not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// What happened.
    #[serde(default)]
    pub incident: Option<WhatHappened>,
    /// Which card.
    #[serde(default)]
    pub card: Option<CardKind>,
    /// When the person learned of it (or found the card).
    #[serde(default)]
    pub learned_on: Option<NaiveDate>,
    /// Where they were then, and whether they leave Japan soon.
    #[serde(default)]
    pub whereabouts: Option<Whereabouts>,
    /// The day they came back to Japan, when they learned of it abroad and are back.
    #[serde(default)]
    pub reentered_on: Option<NaiveDate>,
    /// The card holder's birth date.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Whether the passport can be shown.
    #[serde(default)]
    pub passport: Option<PassportAnswer>,
    /// Who goes to the office (asked for a holder aged 16 or older).
    #[serde(default)]
    pub applicant: Option<WhoApplies>,
}

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Pick one of the options (an option may ask for a date too: [`Choice::date_field`]).
    Choice,
    /// A date.
    Date,
}

/// The questions, in the order they are asked. Each is named after the [`Answers`] field it fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// What happened to the card?
    Incident,
    /// Which card is it?
    Card,
    /// When did you learn of it (or find it)?
    LearnedOn,
    /// Where were you then, and are you leaving Japan soon?
    Whereabouts,
    /// The holder's birth date.
    BirthDate,
    /// Can you show your passport?
    Passport,
    /// Who goes to the office?
    Applicant,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The value sent back as the answer (the serde name of the answer's value).
    pub value: &'static str,
    /// Its label.
    pub label: Text,
    /// When this option also asks for a date: the [`Answers`] field the date goes to.
    pub date_field: Option<&'static str>,
    /// The label of that date.
    pub date_label: Option<Text>,
}

/// A question to ask.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Which question.
    pub id: QuestionId,
    /// Its kind.
    pub kind: QuestionKind,
    /// The question itself.
    pub title: Text,
    /// A line of help under it.
    pub help: Text,
    /// The options of a choice question.
    pub choices: Vec<Choice>,
}

/// Where the triage stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriageStep {
    /// The question to ask now; `None` when every needed answer is in.
    pub question: Option<Question>,
    /// Its position, from 1.
    pub number: usize,
    /// How many questions this case takes in all, as far as the answers tell.
    pub total: usize,
}

/// The most questions any case takes.
pub const MAX_QUESTIONS: usize = 7;

/// The questions a case with these answers needs, in order. Everyone whose card is
/// to be replaced is asked who goes: a special permanent resident too (入管特例法 第19条), and for
/// a holder under 16 the choices are those who may go for a child.
pub fn questions_for(answers: &Answers) -> Vec<QuestionId> {
    use QuestionId as Q;
    let mut list = vec![Q::Incident, Q::Card, Q::LearnedOn];
    let Some(what) = answers.incident else {
        return list;
    };
    if what.is_a_find() {
        // A card that turned up: what, which card, and the day it was found.
        return list;
    }
    // Damage and exchange: the card is in hand, so no count from abroad.
    if what.incident().card_is_gone() {
        list.push(Q::Whereabouts);
    }
    list.extend([Q::BirthDate, Q::Passport, Q::Applicant]);
    list
}

/// Whether the holder is under 16 on `today`, as far as the answers tell: the question of who
/// goes then offers those who may go for a child (入管法 第61条の8の3 第2項).
fn holder_is_child(answers: &Answers, today: NaiveDate) -> bool {
    answers
        .birth_date
        .is_some_and(|birth| age::on(birth, today) < rules::PROXY_AGE)
}

fn answered(answers: &Answers, q: QuestionId) -> bool {
    match q {
        QuestionId::Incident => answers.incident.is_some(),
        QuestionId::Card => answers.card.is_some(),
        QuestionId::LearnedOn => answers.learned_on.is_some(),
        QuestionId::Whereabouts => match answers.whereabouts {
            Some(Whereabouts::BackInJapan) => answers.reentered_on.is_some(),
            Some(_) => true,
            None => false,
        },
        QuestionId::BirthDate => answers.birth_date.is_some(),
        QuestionId::Passport => answers.passport.is_some(),
        QuestionId::Applicant => answers.applicant.is_some(),
    }
}

/// The next question for these answers, after checking that what was answered can be true.
pub fn next(answers: &Answers, today: NaiveDate) -> Result<TriageStep, Vec<CaseError>> {
    if let Some(case) = partial_case(answers) {
        validate::case(&case, today)?;
    }
    let list = questions_for(answers);
    let total = list.len();
    let position = list.iter().position(|q| !answered(answers, *q));
    Ok(match position {
        Some(i) => TriageStep {
            question: Some(question(list[i], answers, holder_is_child(answers, today))),
            number: i + 1,
            total,
        },
        None => TriageStep {
            question: None,
            number: total,
            total,
        },
    })
}

/// The case, when every needed answer is in and can be true.
pub fn finish(answers: &Answers, today: NaiveDate) -> Result<Option<Case>, Vec<CaseError>> {
    let step = next(answers, today)?;
    if step.question.is_some() {
        return Ok(None);
    }
    Ok(partial_case(answers))
}

fn partial_case(a: &Answers) -> Option<Case> {
    let what = a.incident?;
    let learned_on = a.learned_on?;
    let mut case = Case::new(
        a.card.unwrap_or(CardKind::ResidenceCard),
        what.incident(),
        learned_on,
    );
    case.lost_at_home = what == WhatHappened::LostAtHome;
    if what == WhatHappened::FoundAgain {
        // Found before anything was recorded: the day it was found stands for both days (no
        // deadline follows from either).
        case.found_on = Some(learned_on);
    }
    match a.whereabouts {
        Some(Whereabouts::BackInJapan) => case.reentered_on = a.reentered_on,
        Some(Whereabouts::AbroadNow) => case.still_abroad = true,
        Some(Whereabouts::LeavingSoon) => case.leaving_japan_soon = true,
        Some(Whereabouts::InJapan) | None => {}
    }
    case.holder_birth_date = a.birth_date;
    match a.passport {
        Some(PassportAnswer::Yes) | None => {}
        Some(PassportAnswer::GoneToo) => {
            case.passport_available = false;
            case.passport_gone_too = true;
        }
        Some(PassportAnswer::No) => case.passport_available = false,
    }
    case.who_applies = a.applicant.unwrap_or_default();
    Some(case)
}

fn choice(value: &'static str, id: &str) -> Choice {
    Choice {
        value,
        label: Text::new(id),
        date_field: None,
        date_label: None,
    }
}

fn question(id: QuestionId, a: &Answers, child: bool) -> Question {
    let found = a.incident.is_some_and(WhatHappened::is_a_find);
    let (kind, title, help, choices) = match id {
        QuestionId::Incident => (
            QuestionKind::Choice,
            Text::new("triage-incident-title"),
            Text::new("triage-incident-help"),
            vec![
                choice("lost", "triage-incident-lost"),
                choice("lost_at_home", "triage-incident-lost-at-home"),
                choice("stolen", "triage-incident-stolen"),
                choice("destroyed", "triage-incident-destroyed"),
                choice(
                    "destroyed_by_accident",
                    "triage-incident-destroyed-by-accident",
                ),
                choice("damaged", "triage-incident-damaged"),
                choice("exchange", "triage-incident-exchange"),
                choice("found_again", "triage-incident-found-again"),
                choice("old_card_found", "triage-incident-old-card-found"),
            ],
        ),
        QuestionId::Card => (
            QuestionKind::Choice,
            Text::new("triage-card-title"),
            Text::new("triage-card-help"),
            vec![
                choice("residence_card", "triage-card-residence-card"),
                choice(
                    "special_permanent_resident",
                    "triage-card-special-permanent",
                ),
                choice("specified_residence_card", "triage-card-specified"),
            ],
        ),
        QuestionId::LearnedOn => (
            QuestionKind::Date,
            Text::new(if found {
                "triage-found-on-title"
            } else {
                "triage-learned-on-title"
            }),
            Text::new(match a.incident {
                Some(WhatHappened::FoundAgain) => "triage-found-again-help",
                Some(WhatHappened::OldCardFound) => "triage-found-on-help",
                _ => "triage-learned-on-help",
            }),
            vec![],
        ),
        QuestionId::Whereabouts => (
            QuestionKind::Choice,
            Text::new("triage-whereabouts-title"),
            Text::new("triage-whereabouts-help"),
            vec![
                choice("in_japan", "triage-whereabouts-in-japan"),
                choice("leaving_soon", "triage-whereabouts-leaving-soon"),
                Choice {
                    date_field: Some("reentered_on"),
                    date_label: Some(Text::new("triage-whereabouts-return-date")),
                    ..choice("back_in_japan", "triage-whereabouts-back-in-japan")
                },
                choice("abroad_now", "triage-whereabouts-abroad-now"),
            ],
        ),
        QuestionId::BirthDate => (
            QuestionKind::Date,
            Text::new("triage-birth-date-title"),
            Text::new("triage-birth-date-help"),
            vec![],
        ),
        QuestionId::Passport => (
            QuestionKind::Choice,
            Text::new("triage-passport-title"),
            Text::new("triage-passport-help"),
            vec![
                choice("yes", "triage-passport-yes"),
                choice("gone_too", "triage-passport-gone-too"),
                choice("no", "triage-passport-no"),
            ],
        ),
        QuestionId::Applicant if child => (
            QuestionKind::Choice,
            Text::new("triage-applicant-child-title"),
            Text::new("triage-applicant-child-help"),
            vec![
                choice("relative_for_child", "triage-applicant-child-relative"),
                choice("other_with_approval", "triage-applicant-child-other"),
                choice("agent", "triage-applicant-agent"),
                choice("no_one_yet", "triage-applicant-child-no-one"),
            ],
        ),
        QuestionId::Applicant => (
            QuestionKind::Choice,
            Text::new("triage-applicant-title"),
            Text::new("triage-applicant-help"),
            vec![
                choice("holder", "triage-applicant-holder"),
                choice("relative_holder_ill", "triage-applicant-relative-ill"),
                choice("relative_at_request", "triage-applicant-relative-request"),
                choice("agent", "triage-applicant-agent"),
                choice("other_with_approval", "triage-applicant-ill-other"),
                choice("no_one_yet", "triage-applicant-ill-no-one"),
            ],
        ),
    };
    Question {
        id,
        kind,
        title,
        help,
        choices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Answers `q` as the textbook case would.
    fn textbook(a: &mut Answers, q: QuestionId) {
        match q {
            QuestionId::Incident => a.incident = Some(WhatHappened::Lost),
            QuestionId::Card => a.card = Some(CardKind::ResidenceCard),
            QuestionId::LearnedOn => a.learned_on = Some(d("2026-11-20")),
            QuestionId::Whereabouts => a.whereabouts = Some(Whereabouts::InJapan),
            QuestionId::BirthDate => a.birth_date = Some(d("1990-01-01")),
            QuestionId::Passport => a.passport = Some(PassportAnswer::GoneToo),
            QuestionId::Applicant => a.applicant = Some(WhoApplies::Holder),
        }
    }

    #[test]
    fn a_lost_card_takes_seven_questions_in_order() {
        let today = d("2026-11-25");
        let mut a = Answers::default();
        let mut seen = vec![];
        loop {
            let step = next(&a, today).unwrap();
            assert!(step.total <= MAX_QUESTIONS);
            let Some(q) = step.question else { break };
            assert_eq!(step.number, seen.len() + 1);
            seen.push(q.id);
            textbook(&mut a, q.id);
        }
        assert_eq!(seen.len(), MAX_QUESTIONS);
        let case = finish(&a, today).unwrap().unwrap();
        assert!(!case.passport_available && case.passport_gone_too);
        assert_eq!(case.reentered_on, None);
        assert!(!case.still_abroad && !case.leaving_japan_soon);
    }

    #[test]
    fn only_coming_back_asks_for_a_date_and_a_child_is_asked_who_goes_for_them() {
        let today = d("2026-11-25");
        let mut a = Answers {
            incident: Some(WhatHappened::Lost),
            card: Some(CardKind::ResidenceCard),
            learned_on: Some(d("2026-11-01")),
            whereabouts: Some(Whereabouts::BackInJapan),
            ..Answers::default()
        };
        let q = next(&a, today).unwrap().question.unwrap();
        assert_eq!(q.id, QuestionId::Whereabouts);
        let dated: Vec<_> = q
            .choices
            .iter()
            .filter(|c| c.date_field.is_some())
            .collect();
        assert_eq!(dated.len(), 1);
        assert_eq!(dated[0].value, "back_in_japan");
        a.reentered_on = Some(d("2026-11-03"));
        a.birth_date = Some(d("2015-05-05"));
        a.passport = Some(PassportAnswer::Yes);
        let q = next(&a, today).unwrap().question.unwrap();
        assert_eq!(q.id, QuestionId::Applicant);
        let values: Vec<_> = q.choices.iter().map(|c| c.value).collect();
        assert_eq!(
            values,
            [
                "relative_for_child",
                "other_with_approval",
                "agent",
                "no_one_yet"
            ]
        );
        a.applicant = Some(WhoApplies::RelativeForChild);
        let case = finish(&a, today).unwrap().unwrap();
        assert_eq!(case.reentered_on, Some(d("2026-11-03")));
    }

    #[test]
    fn abroad_now_needs_no_date_and_leaving_soon_is_recorded() {
        let today = d("2026-11-25");
        let base = Answers {
            incident: Some(WhatHappened::Stolen),
            card: Some(CardKind::ResidenceCard),
            learned_on: Some(d("2026-11-20")),
            birth_date: Some(d("1990-01-01")),
            passport: Some(PassportAnswer::Yes),
            applicant: Some(WhoApplies::Holder),
            ..Answers::default()
        };
        let abroad = Answers {
            whereabouts: Some(Whereabouts::AbroadNow),
            ..base.clone()
        };
        let case = finish(&abroad, today).unwrap().unwrap();
        assert!(case.still_abroad && case.reentered_on.is_none());
        let leaving = Answers {
            whereabouts: Some(Whereabouts::LeavingSoon),
            ..base
        };
        assert!(finish(&leaving, today).unwrap().unwrap().leaving_japan_soon);
    }

    #[test]
    fn a_card_that_turned_up_takes_three_questions() {
        let today = d("2026-11-25");
        for (what, found_again) in [
            (WhatHappened::FoundAgain, true),
            (WhatHappened::OldCardFound, false),
        ] {
            let a = Answers {
                incident: Some(what),
                card: Some(CardKind::ResidenceCard),
                learned_on: Some(d("2026-11-24")),
                ..Answers::default()
            };
            let case = finish(&a, today).unwrap().unwrap();
            assert_eq!(case.found_again(), found_again);
            assert_eq!(next(&a, today).unwrap().total, 3);
        }
    }

    #[test]
    fn a_future_date_is_refused_at_once() {
        let a = Answers {
            incident: Some(WhatHappened::Lost),
            card: Some(CardKind::ResidenceCard),
            learned_on: Some(d("2026-12-01")),
            ..Answers::default()
        };
        let errors = next(&a, d("2026-11-25")).unwrap_err();
        assert_eq!(errors[0].text().id, "err-case-learned-in-future");
    }

    #[test]
    fn answers_are_the_values_the_questions_offer() {
        // Every choice value deserializes into its answer field, so the UI sends back what it got.
        let mut a = Answers::default();
        let mut all = vec![];
        for q in questions_for(&Answers {
            incident: Some(WhatHappened::Lost),
            ..Answers::default()
        }) {
            let question = question(q, &a, false);
            let field = serde_json::to_value(q).unwrap();
            for c in &question.choices {
                let json = serde_json::json!({ field.as_str().unwrap(): c.value });
                let parsed: Answers = serde_json::from_value(json)
                    .unwrap_or_else(|e| panic!("{q:?} = {}: {e}", c.value));
                all.push(parsed);
            }
            textbook(&mut a, q);
        }
        for c in &question(QuestionId::Applicant, &a, true).choices {
            let json = serde_json::json!({ "applicant": c.value });
            all.push(serde_json::from_value(json).unwrap());
        }
        assert!(all.len() > 15);
    }
}
