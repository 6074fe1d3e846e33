//! Checks on what the user typed: dates that cannot be right, acceptance numbers and residence card
//! numbers. Every error can say itself to the user as a [`Text`] with an id `err-case-…`.
//!
//! Rules never read the clock: `today` (a Japan date) is passed in.

use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;

use crate::case::Case;
use crate::limits;
use crate::text::Text;

/// Something in a case that cannot be right.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum CaseError {
    /// The day the person learned of it is after today.
    #[error("learned of it on {learned_on}, after today {today}")]
    LearnedInFuture {
        /// The day entered.
        learned_on: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The re-entry day is before the day the person learned of it abroad.
    #[error("re-entered on {reentered_on}, before learning of it on {learned_on}")]
    ReenteredBeforeLearned {
        /// The re-entry day entered.
        reentered_on: NaiveDate,
        /// The day they learned of it.
        learned_on: NaiveDate,
    },
    /// The re-entry day is after today.
    #[error("re-entered on {reentered_on}, after today {today}")]
    ReenteredInFuture {
        /// The re-entry day entered.
        reentered_on: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The birth date is after the day the person learned of it.
    #[error("born on {birth_date}, after learning of it on {learned_on}")]
    BirthAfterLearned {
        /// The birth date entered.
        birth_date: NaiveDate,
        /// The day they learned of it.
        learned_on: NaiveDate,
    },
    /// The birth date is after today.
    #[error("born on {birth_date}, after today {today}")]
    BirthInFuture {
        /// The birth date entered.
        birth_date: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The order to replace a damaged card is dated after today.
    #[error("ordered on {ordered_on}, after today {today}")]
    OrderedInFuture {
        /// The order day entered.
        ordered_on: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The police report is dated after today.
    #[error("reported on {reported_on}, after today {today}")]
    ReportInFuture {
        /// The report day entered.
        reported_on: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The police report is dated before the person learned of the loss.
    #[error("reported on {reported_on}, before learning of it on {learned_on}")]
    ReportBeforeLearned {
        /// The report day entered.
        reported_on: NaiveDate,
        /// The day they learned of it.
        learned_on: NaiveDate,
    },
    /// The day the card was found again is after today.
    #[error("found on {found_on}, after today {today}")]
    FoundInFuture {
        /// The day entered.
        found_on: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The day the card was found again is before the day the person learned it was gone.
    #[error("found on {found_on}, before learning of the loss on {learned_on}")]
    FoundBeforeLearned {
        /// The day entered.
        found_on: NaiveDate,
        /// The day they learned of the loss.
        learned_on: NaiveDate,
    },
    /// The application day is after today.
    #[error("applied on {applied_on}, after today {today}")]
    AppliedInFuture {
        /// The application day entered.
        applied_on: NaiveDate,
        /// Today in Japan.
        today: NaiveDate,
    },
    /// The police acceptance number cannot be right.
    #[error("acceptance number: {0}")]
    AcceptanceNumber(#[from] AcceptanceNumberError),
    /// The residence card number cannot be right.
    #[error("residence card number: {0}")]
    CardNumber(#[from] CardNumberError),
}

/// A police acceptance number (受理番号) that cannot be right.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AcceptanceNumberError {
    /// Empty, for a loss or theft report (the police always give one).
    #[error("empty")]
    Empty,
    /// Longer than [`limits::ACCEPTANCE_NUMBER`] characters.
    #[error("{chars} characters, more than {max}")]
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The most allowed.
        max: usize,
    },
    /// A line break, a tab or another invisible control character.
    #[error("it contains a control character")]
    ControlCharacter,
}

/// A residence card number that is not 2 letters + 8 digits + 2 letters (docs/rules.md §9).
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum CardNumberError {
    /// Not 12 characters once spaces and hyphens are removed.
    #[error("{chars} characters, not 12")]
    WrongLength {
        /// Its length in characters, without spaces and hyphens.
        chars: usize,
    },
    /// 12 characters, but not letters-digits-letters (e.g. `AB12345678CD`).
    #[error("not 2 letters, 8 digits and 2 letters")]
    WrongPattern,
}

fn len_arg(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl AcceptanceNumberError {
    /// The message for the user: `err-case-acceptance-number-empty`,
    /// `err-case-acceptance-number-too-long { $chars, $max }`,
    /// `err-case-acceptance-number-control`.
    pub fn text(&self) -> Text {
        match self {
            Self::Empty => Text::new("err-case-acceptance-number-empty"),
            Self::TooLong { chars, max } => Text::new("err-case-acceptance-number-too-long")
                .int("chars", len_arg(*chars))
                .int("max", len_arg(*max)),
            Self::ControlCharacter => Text::new("err-case-acceptance-number-control"),
        }
    }
}

impl CardNumberError {
    /// The message for the user: `err-case-card-number-length { $chars }`,
    /// `err-case-card-number-pattern`.
    pub fn text(&self) -> Text {
        match self {
            Self::WrongLength { chars } => {
                Text::new("err-case-card-number-length").int("chars", len_arg(*chars))
            }
            Self::WrongPattern => Text::new("err-case-card-number-pattern"),
        }
    }
}

impl CaseError {
    /// The message for the user, id `err-case-…` with the dates involved as arguments.
    pub fn text(&self) -> Text {
        match *self {
            Self::LearnedInFuture { learned_on, today } => Text::new("err-case-learned-in-future")
                .date("learned_on", learned_on)
                .date("today", today),
            Self::ReenteredBeforeLearned {
                reentered_on,
                learned_on,
            } => Text::new("err-case-reentered-before-learned")
                .date("reentered_on", reentered_on)
                .date("learned_on", learned_on),
            Self::ReenteredInFuture {
                reentered_on,
                today,
            } => Text::new("err-case-reentered-in-future")
                .date("reentered_on", reentered_on)
                .date("today", today),
            Self::BirthAfterLearned {
                birth_date,
                learned_on,
            } => Text::new("err-case-birth-after-learned")
                .date("birth_date", birth_date)
                .date("learned_on", learned_on),
            Self::BirthInFuture { birth_date, today } => Text::new("err-case-birth-in-future")
                .date("birth_date", birth_date)
                .date("today", today),
            Self::OrderedInFuture { ordered_on, today } => Text::new("err-case-ordered-in-future")
                .date("ordered_on", ordered_on)
                .date("today", today),
            Self::ReportInFuture { reported_on, today } => Text::new("err-case-report-in-future")
                .date("reported_on", reported_on)
                .date("today", today),
            Self::ReportBeforeLearned {
                reported_on,
                learned_on,
            } => Text::new("err-case-report-before-learned")
                .date("reported_on", reported_on)
                .date("learned_on", learned_on),
            Self::FoundInFuture { found_on, today } => Text::new("err-case-found-in-future")
                .date("found_on", found_on)
                .date("today", today),
            Self::FoundBeforeLearned {
                found_on,
                learned_on,
            } => Text::new("err-case-found-before-learned")
                .date("found_on", found_on)
                .date("learned_on", learned_on),
            Self::AppliedInFuture { applied_on, today } => Text::new("err-case-applied-in-future")
                .date("applied_on", applied_on)
                .date("today", today),
            Self::AcceptanceNumber(ref e) => e.text(),
            Self::CardNumber(ref e) => e.text(),
        }
    }
}

/// Every problem in `case` as of `today` (a Japan date), in field order; `Ok` when there is none.
pub fn case(case: &Case, today: NaiveDate) -> Result<(), Vec<CaseError>> {
    let mut errors = Vec::new();
    let learned_on = case.learned_on;
    if learned_on > today {
        errors.push(CaseError::LearnedInFuture { learned_on, today });
    }
    if let Some(reentered_on) = case.reentered_on {
        if reentered_on < learned_on {
            errors.push(CaseError::ReenteredBeforeLearned {
                reentered_on,
                learned_on,
            });
        }
        if reentered_on > today {
            errors.push(CaseError::ReenteredInFuture {
                reentered_on,
                today,
            });
        }
    }
    if let Some(birth_date) = case.holder_birth_date {
        if birth_date > learned_on {
            errors.push(CaseError::BirthAfterLearned {
                birth_date,
                learned_on,
            });
        }
        if birth_date > today {
            errors.push(CaseError::BirthInFuture { birth_date, today });
        }
    }
    if let Some(ordered_on) = case.ordered_on.filter(|&d| d > today) {
        errors.push(CaseError::OrderedInFuture { ordered_on, today });
    }
    if let Some(report) = &case.police_report {
        let reported_on = report.reported_on;
        if reported_on > today {
            errors.push(CaseError::ReportInFuture { reported_on, today });
        }
        if reported_on < learned_on {
            errors.push(CaseError::ReportBeforeLearned {
                reported_on,
                learned_on,
            });
        }
        if let Err(e) = acceptance_number(&report.acceptance_number, report.needs_number()) {
            errors.push(e.into());
        }
    }
    if let Some(found_on) = case.found_on {
        if found_on > today {
            errors.push(CaseError::FoundInFuture { found_on, today });
        }
        if found_on < learned_on {
            errors.push(CaseError::FoundBeforeLearned {
                found_on,
                learned_on,
            });
        }
    }
    if let Some(applied_on) = case.applied_on.filter(|&d| d > today) {
        errors.push(CaseError::AppliedInFuture { applied_on, today });
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Full-width ASCII (ＡＢ１２) to ASCII, so numbers typed with a Japanese keyboard are accepted.
/// A residence card number as typed, tidied: full-width letters and digits made ASCII, spaces and
/// dash-like characters removed, letters in capitals. `ab 1234-5678 cd` → `AB12345678CD`. It
/// says nothing of whether the result has the right shape: see [`residence_card_number`].
pub fn normalize_card_number(raw: &str) -> String {
    raw.chars()
        .map(to_ascii_width)
        .filter(|&c| !c.is_whitespace() && !is_hyphen_like(c))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn to_ascii_width(c: char) -> char {
    match u32::from(c) {
        code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

fn is_hyphen_like(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' | 'ー'
    )
}

/// Checks a police acceptance number (受理番号) and returns it tidied: trimmed, full-width letters
/// and digits made ASCII, dash-like characters made `-`, runs of spaces made one. Any printable
/// text is accepted, since the police print numbers in many forms (「令和8年第123号」, `R08-123456`;
/// docs/rules.md §3); what is refused is nothing when a number is `required` (a report the police
/// accepted), more than [`limits::ACCEPTANCE_NUMBER`] characters, and control characters.
/// Whether the papers' font can draw each character is checked when the papers are made.
pub fn acceptance_number(raw: &str, required: bool) -> Result<String, AcceptanceNumberError> {
    if raw.chars().any(char::is_control) {
        return Err(AcceptanceNumberError::ControlCharacter);
    }
    let tidy: String = raw
        .split_whitespace()
        .map(|word| {
            word.chars()
                .map(to_ascii_width)
                .map(|c| if is_hyphen_like(c) { '-' } else { c })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let chars = tidy.chars().count();
    if chars == 0 {
        return if required {
            Err(AcceptanceNumberError::Empty)
        } else {
            Ok(tidy)
        };
    }
    let max = limits::ACCEPTANCE_NUMBER;
    if chars > max {
        return Err(AcceptanceNumberError::TooLong { chars, max });
    }
    Ok(tidy)
}

/// Checks a residence card number and returns it normalized: full-width made ASCII, spaces and
/// hyphens removed, letters upper-cased. It must then be 2 letters + 8 digits + 2 letters, e.g.
/// `AB12345678CD` (docs/rules.md §9, [`crate::rules::CARD_NUMBER_FORMAT`]). Whether the number is valid (not
/// lapsed) only the ISA lookup page can tell.
pub fn residence_card_number(raw: &str) -> Result<String, CardNumberError> {
    let number = normalize_card_number(raw);
    let chars: Vec<char> = number.chars().collect();
    if chars.len() != 12 {
        return Err(CardNumberError::WrongLength { chars: chars.len() });
    }
    let letters = |s: &[char]| s.iter().all(char::is_ascii_uppercase);
    if letters(&chars[..2])
        && chars[2..10].iter().all(char::is_ascii_digit)
        && letters(&chars[10..])
    {
        Ok(number)
    } else {
        Err(CardNumberError::WrongPattern)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{CardKind, Incident, PoliceReport, ReportKind};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn card_numbers() {
        assert_eq!(
            residence_card_number(" ab 1234-5678 cd "),
            Ok("AB12345678CD".into())
        );
        assert_eq!(
            residence_card_number("ＡＢ１２３４５６７８ＣＤ"),
            Ok("AB12345678CD".into())
        );
        assert_eq!(
            residence_card_number("AB1234567CD"),
            Err(CardNumberError::WrongLength { chars: 11 })
        );
        assert_eq!(
            residence_card_number("A123456789CD"),
            Err(CardNumberError::WrongPattern)
        );
        assert_eq!(
            residence_card_number("AB12345678C1"),
            Err(CardNumberError::WrongPattern)
        );
        assert_eq!(
            residence_card_number("AB12345678ÉD"),
            Err(CardNumberError::WrongPattern)
        );
        assert_eq!(
            residence_card_number(""),
            Err(CardNumberError::WrongLength { chars: 0 })
        );
    }

    #[test]
    fn acceptance_numbers_are_taken_as_printed() {
        let required = true;
        assert_eq!(
            acceptance_number("第 123 号", required),
            Ok("第 123 号".into())
        );
        assert_eq!(
            acceptance_number(" 令和８年  第１２３号 ", required),
            Ok("令和8年 第123号".into())
        );
        assert_eq!(
            acceptance_number("R7ー０４５６", required),
            Ok("R7-0456".into())
        );
        assert_eq!(acceptance_number("12/34", required), Ok("12/34".into()));
        assert_eq!(
            acceptance_number("  ", required),
            Err(AcceptanceNumberError::Empty)
        );
        assert_eq!(acceptance_number("", false), Ok(String::new()));
        assert_eq!(
            acceptance_number(&"1".repeat(41), required),
            Err(AcceptanceNumberError::TooLong { chars: 41, max: 40 })
        );
        assert!(acceptance_number(&"1".repeat(40), required).is_ok());
        assert_eq!(
            acceptance_number("123\n456", required),
            Err(AcceptanceNumberError::ControlCharacter)
        );
    }

    #[test]
    fn dates_that_cannot_be_right() {
        let today = d(2026, 10, 10);
        let mut case = Case::new(CardKind::ResidenceCard, Incident::Lost, d(2026, 10, 11));
        case.reentered_on = Some(d(2026, 10, 1));
        case.holder_birth_date = Some(d(2026, 10, 12));
        case.police_report = Some(PoliceReport {
            kind: ReportKind::LossReport,
            station: "新宿警察署".into(),
            reported_on: d(2026, 10, 12),
            acceptance_number: String::new(),
            not_accepted: false,
            country: String::new(),
        });
        let errors = super::case(&case, today).unwrap_err();
        let ids: Vec<String> = errors.iter().map(|e| e.text().id).collect();
        assert_eq!(
            ids,
            [
                "err-case-learned-in-future",
                "err-case-reentered-before-learned",
                "err-case-birth-after-learned",
                "err-case-birth-in-future",
                "err-case-report-in-future",
                "err-case-acceptance-number-empty",
            ]
        );
        assert_eq!(
            errors[0].text().args["today"],
            crate::text::TextArg::Date(today)
        );
    }

    #[test]
    fn a_plain_case_is_valid() {
        let mut case = Case::new(CardKind::ResidenceCard, Incident::Stolen, d(2026, 10, 1));
        case.holder_birth_date = Some(d(1990, 1, 1));
        case.reentered_on = Some(d(2026, 10, 3));
        assert_eq!(super::case(&case, d(2026, 10, 3)), Ok(()));
        case.reentered_on = Some(d(2026, 10, 4));
        assert_eq!(
            super::case(&case, d(2026, 10, 3)),
            Err(vec![CaseError::ReenteredInFuture {
                reentered_on: d(2026, 10, 4),
                today: d(2026, 10, 3)
            }])
        );
    }
}
