//! The triage: the questions that turn a frightened "I lost my card" into a [`Case`], one at a
//! time, at most six screens. Which question comes next depends on the answers so far (nobody
//! is asked about re-entry for an old card that turned up), so it is decided here, not in the UI.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{CardKind, Case, Incident};
use crate::text::Text;
use crate::validate::{self, CaseError};

/// The answers given so far; `None` is not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// What happened.
    #[serde(default)]
    pub incident: Option<Incident>,
    /// Which card.
    #[serde(default)]
    pub card: Option<CardKind>,
    /// When the person learned of it (or found the old card).
    #[serde(default)]
    pub learned_on: Option<NaiveDate>,
    /// Whether they were abroad when they learned of it.
    #[serde(default)]
    pub abroad: Option<bool>,
    /// The day they came back to Japan, when they were abroad.
    #[serde(default)]
    pub reentered_on: Option<NaiveDate>,
    /// The card holder's birth date.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Whether the passport can be shown.
    #[serde(default)]
    pub passport: Option<bool>,
}

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Pick one of the options.
    Choice,
    /// A date.
    Date,
    /// Yes or no; "yes" also asks for the date of return to Japan.
    AbroadAndReturn,
}

/// The questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// What happened to the card?
    Incident,
    /// Which card is it?
    Card,
    /// When did you learn of it?
    LearnedOn,
    /// Were you abroad then? When did you come back?
    Abroad,
    /// The holder's birth date.
    BirthDate,
    /// Can you show your passport?
    Passport,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The value sent back as the answer (the serde name of the enum value, or "yes"/"no").
    pub value: &'static str,
    /// Its label.
    pub label: Text,
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
pub struct Step {
    /// The question to ask now; `None` when every needed answer is in.
    pub question: Option<Question>,
    /// Its position, from 1.
    pub number: usize,
    /// How many questions this case takes in all (at most six).
    pub total: usize,
}

/// The questions a case with these answers needs, in order.
pub fn questions_for(answers: &Answers) -> Vec<QuestionId> {
    use QuestionId as Q;
    match answers.incident {
        // An old card to return: only what happened, which card, and when it was found.
        Some(Incident::OldCardFound) => vec![Q::Incident, Q::Card, Q::LearnedOn],
        // Damage and exchange have no deadline counted from abroad; the rest still matters.
        Some(Incident::Damaged | Incident::Exchange) => {
            vec![
                Q::Incident,
                Q::Card,
                Q::LearnedOn,
                Q::BirthDate,
                Q::Passport,
            ]
        }
        _ => vec![
            Q::Incident,
            Q::Card,
            Q::LearnedOn,
            Q::Abroad,
            Q::BirthDate,
            Q::Passport,
        ],
    }
}

fn answered(answers: &Answers, q: QuestionId) -> bool {
    match q {
        QuestionId::Incident => answers.incident.is_some(),
        QuestionId::Card => answers.card.is_some(),
        QuestionId::LearnedOn => answers.learned_on.is_some(),
        QuestionId::Abroad => match answers.abroad {
            Some(true) => answers.reentered_on.is_some(),
            Some(false) => true,
            None => false,
        },
        QuestionId::BirthDate => answers.birth_date.is_some(),
        QuestionId::Passport => answers.passport.is_some(),
    }
}

/// The next question for these answers, after checking that what was answered can be true.
pub fn next(answers: &Answers, today: NaiveDate) -> Result<Step, Vec<CaseError>> {
    if let Some(case) = partial_case(answers) {
        validate::case(&case, today)?;
    }
    let list = questions_for(answers);
    let total = list.len();
    let position = list.iter().position(|q| !answered(answers, *q));
    Ok(match position {
        Some(i) => Step {
            question: Some(question(list[i], answers)),
            number: i + 1,
            total,
        },
        None => Step {
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
    let mut case = Case::new(
        a.card.unwrap_or(CardKind::ResidenceCard),
        a.incident?,
        a.learned_on?,
    );
    if a.abroad == Some(true) {
        case.reentered_on = a.reentered_on;
    }
    case.holder_birth_date = a.birth_date;
    case.passport_available = a.passport.unwrap_or(true);
    Some(case)
}

fn choice(value: &'static str, id: &str) -> Choice {
    Choice {
        value,
        label: Text::new(id),
    }
}

fn question(id: QuestionId, a: &Answers) -> Question {
    let old_card = a.incident == Some(Incident::OldCardFound);
    let (kind, title, help, choices) = match id {
        QuestionId::Incident => (
            QuestionKind::Choice,
            Text::new("triage-incident-title"),
            Text::new("triage-incident-help"),
            vec![
                choice("lost", "triage-incident-lost"),
                choice("stolen", "triage-incident-stolen"),
                choice("destroyed", "triage-incident-destroyed"),
                choice("damaged", "triage-incident-damaged"),
                choice("exchange", "triage-incident-exchange"),
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
            Text::new(if old_card {
                "triage-found-on-title"
            } else {
                "triage-learned-on-title"
            }),
            Text::new(if old_card {
                "triage-found-on-help"
            } else {
                "triage-learned-on-help"
            }),
            vec![],
        ),
        QuestionId::Abroad => (
            QuestionKind::AbroadAndReturn,
            Text::new("triage-abroad-title"),
            Text::new("triage-abroad-help"),
            vec![
                choice("no", "triage-abroad-no"),
                choice("yes", "triage-abroad-yes"),
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
                choice("no", "triage-passport-no"),
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

    #[test]
    fn a_lost_card_takes_six_questions_in_order() {
        let today = d("2026-11-25");
        let mut a = Answers::default();
        let mut seen = vec![];
        loop {
            let step = next(&a, today).unwrap();
            assert!(step.total <= 6);
            let Some(q) = step.question else { break };
            seen.push(q.id);
            match q.id {
                QuestionId::Incident => a.incident = Some(Incident::Lost),
                QuestionId::Card => a.card = Some(CardKind::ResidenceCard),
                QuestionId::LearnedOn => a.learned_on = Some(d("2026-11-20")),
                QuestionId::Abroad => a.abroad = Some(false),
                QuestionId::BirthDate => a.birth_date = Some(d("1990-01-01")),
                QuestionId::Passport => a.passport = Some(false),
            }
        }
        assert_eq!(seen.len(), 6);
        let case = finish(&a, today).unwrap().unwrap();
        assert!(!case.passport_available);
        assert_eq!(case.reentered_on, None);
    }

    #[test]
    fn abroad_needs_the_return_date_and_an_old_card_skips_it() {
        let today = d("2026-11-25");
        let a = Answers {
            incident: Some(Incident::Lost),
            card: Some(CardKind::ResidenceCard),
            learned_on: Some(d("2026-11-01")),
            abroad: Some(true),
            ..Answers::default()
        };
        assert_eq!(
            next(&a, today).unwrap().question.unwrap().id,
            QuestionId::Abroad
        );
        let old = Answers {
            incident: Some(Incident::OldCardFound),
            card: Some(CardKind::ResidenceCard),
            learned_on: Some(d("2026-11-01")),
            ..Answers::default()
        };
        assert!(finish(&old, today).unwrap().is_some());
    }

    #[test]
    fn a_future_date_is_refused_at_once() {
        let a = Answers {
            incident: Some(Incident::Lost),
            card: Some(CardKind::ResidenceCard),
            learned_on: Some(d("2026-12-01")),
            ..Answers::default()
        };
        let errors = next(&a, d("2026-11-25")).unwrap_err();
        assert_eq!(errors[0].text().id, "err-case-learned-in-future");
    }
}
