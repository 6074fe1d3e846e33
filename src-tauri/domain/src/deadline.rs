//! The deadline to apply for a new card (or to return an old one), counted exactly:
//! start on the day the person learned of the loss (or first re-entered Japan, when they learned
//! abroad), do not count that first day, take day 14, and move it to the next day offices are open
//! when it falls on a closed day (docs/rules.md §1).
//!
//! Rules never read the clock: `today` (a Japan date, [`crate::jst::today`]) is passed in.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar;
use crate::case::{CardKind, Case, Incident};
use crate::rules::{self, Source};
use crate::text::Text;

/// Days the law gives (入管法 第19条の12 第1項); the same as [`rules::DAYS_TO_APPLY`].
pub const DAYS_TO_APPLY: u64 = rules::DAYS_TO_APPLY;

/// The last day to apply when the loss was learned of on `learned_on` in Japan: day 14 after it
/// (the first day is not counted, 民法 第140条), moved to the next open day of government offices
/// when it is a Saturday, Sunday, national holiday or Dec 29 – Jan 3.
pub fn legal_deadline(learned_on: NaiveDate) -> NaiveDate {
    last_day(learned_on)
}

/// The last day to apply when the loss was learned of on `learned_on`, and, if that was abroad, the
/// person first re-entered Japan on `reentered_on` (the count then starts on re-entry).
pub fn last_day_to_apply(learned_on: NaiveDate, reentered_on: Option<NaiveDate>) -> NaiveDate {
    last_day(reentered_on.unwrap_or(learned_on))
}

/// Day 14 after `counted_from`, the first day not counted, before any move for closed days.
pub fn day_14(counted_from: NaiveDate) -> NaiveDate {
    counted_from + Days::new(DAYS_TO_APPLY)
}

/// The legal last day of a 14-day period starting on `counted_from`: [`day_14`], moved to the next
/// open day when offices are closed on it (行政機関の休日に関する法律 第2条).
pub fn last_day(counted_from: NaiveDate) -> NaiveDate {
    calendar::open_day_on_or_after(day_14(counted_from))
}

/// What the deadline is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Apply for a new card after a loss, theft or destruction (第19条の12; 入管特例法 第13条).
    Apply,
    /// Apply for a new card after the office ordered it for a damaged card (第19条の13).
    ApplyAfterOrder,
    /// Return an old card found after a new one was issued (第19条の15 第3項).
    ReturnOldCard,
}

/// Where the person stands against the legal last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// Before the legal last day.
    OnTime {
        /// Days from today to the legal last day (at least 1).
        days_left: i64,
    },
    /// Today is the legal last day.
    DueToday,
    /// The legal last day has passed: apply (or return) at once, with a written explanation of the
    /// delay (理由書). It is never too late.
    Overdue {
        /// Days since the legal last day (at least 1).
        days_late: i64,
    },
    /// The application was made (or the old card returned) on `on`.
    Done {
        /// The day it was done.
        on: NaiveDate,
        /// Whether that was on or before the legal last day.
        on_time: bool,
    },
}

/// The deadline of one case, as of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// What it is for.
    pub kind: DeadlineKind,
    /// The day the count starts from (not itself counted): learned, re-entered, ordered or found.
    pub counted_from: NaiveDate,
    /// Day 14, before any move for closed days.
    pub day_14: NaiveDate,
    /// The legal last day: day 14, or the next open day when offices are closed on day 14.
    pub legal_last_day: NaiveDate,
    /// The day the app recommends going by ([`recommended_day`]): the last open day up to day 14,
    /// or the legal last day once that has passed.
    pub recommended_day: NaiveDate,
    /// Days from today to the legal last day; negative once it has passed.
    pub days_left: i64,
    /// Days offices are open from today to the legal last day, both included (0 once it has
    /// passed): on 30 Dec for a deadline of 4 Jan, 5 days are left and 1 is open.
    pub open_days_left: usize,
    /// Where the person stands.
    pub status: DeadlineStatus,
    /// What to tell the user about it (ids `case-deadline-*` / `case-return-*`).
    pub advice: Text,
    /// Where the counting comes from.
    pub sources: Vec<Source>,
}

/// The day the count starts from for `case` and what it is for, or `None` when there is no
/// deadline: a damaged card without an order, an exchange, a card found again before a new one
/// was issued, or a loss learned of abroad by someone not back yet (the 14 days start on the day
/// of re-entry, 入管法 第19条の12 第1項).
pub fn counted_from(case: &Case) -> Option<(DeadlineKind, NaiveDate)> {
    match case.incident {
        incident if incident.card_is_gone() => {
            if case.found_again() {
                return None;
            }
            match (case.reentered_on, case.still_abroad) {
                (Some(reentered), _) => Some((DeadlineKind::Apply, reentered)),
                (None, true) => None,
                (None, false) => Some((DeadlineKind::Apply, case.learned_on)),
            }
        }
        Incident::Damaged => case
            .ordered_on
            .map(|ordered| (DeadlineKind::ApplyAfterOrder, ordered)),
        Incident::OldCardFound => Some((DeadlineKind::ReturnOldCard, case.learned_on)),
        _ => None,
    }
}

/// The deadline of `case` as of `today` (a Japan date), or `None` when it has none.
pub fn for_case(case: &Case, today: NaiveDate) -> Option<Deadline> {
    let (kind, start) = counted_from(case)?;
    let day_14 = day_14(start);
    let legal_last_day = last_day(start);
    let recommended_day = recommended_day(day_14, legal_last_day, today);
    let days_left = (legal_last_day - today).num_days();
    let status = match case.applied_on {
        Some(on) => DeadlineStatus::Done {
            on,
            on_time: on <= legal_last_day,
        },
        None if days_left > 0 => DeadlineStatus::OnTime { days_left },
        None if days_left == 0 => DeadlineStatus::DueToday,
        None => DeadlineStatus::Overdue {
            days_late: -days_left,
        },
    };
    Some(Deadline {
        kind,
        counted_from: start,
        day_14,
        legal_last_day,
        recommended_day,
        days_left,
        open_days_left: calendar::open_days_between(today, legal_last_day),
        status,
        advice: advice(kind, status, legal_last_day, recommended_day),
        sources: sources(case, kind),
    })
}

/// The day the app recommends going by. docs/rules.md §1 (checked 2026-11): show the legal last day
/// and, as the recommended date, "the plain day 14 when that is earlier" — do not count on the
/// move past closed days. But when the move happens, day 14 is itself a closed day (a weekend, a
/// holiday, Dec 29 – Jan 3) and nobody can apply on it, so the recommendation is the last open
/// day on or before day 14 (行政機関の休日に関する法律 第1条 for which days are closed). When
/// that day has already passed, only the legal last day is left to recommend.
fn recommended_day(day_14: NaiveDate, legal_last_day: NaiveDate, today: NaiveDate) -> NaiveDate {
    let safe = calendar::open_day_on_or_before(day_14);
    if safe >= today {
        safe.min(legal_last_day)
    } else {
        legal_last_day
    }
}

fn sources(case: &Case, kind: DeadlineKind) -> Vec<Source> {
    let duty = match (kind, case.card) {
        (DeadlineKind::ReturnOldCard, _) => rules::RETURN_OLD_CARD,
        (DeadlineKind::ApplyAfterOrder, _) => rules::DAMAGED_CARD,
        (DeadlineKind::Apply, CardKind::SpecialPermanentResident) => {
            rules::SPECIAL_PERMANENT_RESIDENT
        }
        (DeadlineKind::Apply, _) => rules::DEADLINE_TO_APPLY,
    };
    vec![
        duty,
        rules::FIRST_DAY_NOT_COUNTED,
        rules::CLOSED_DAYS_ROLL_FORWARD,
    ]
}

/// The advice for a deadline: ids `case-deadline-*` for applying, `case-return-*` for returning an
/// old card. Arguments: `deadline` (date) always; `days` (int), `recommended` (date) or `on`
/// (date) as the id needs. Ids are literal so the translation gate can find them.
fn advice(
    kind: DeadlineKind,
    status: DeadlineStatus,
    legal_last_day: NaiveDate,
    recommended_day: NaiveDate,
) -> Text {
    let returning = kind == DeadlineKind::ReturnOldCard;
    let extended = recommended_day < legal_last_day;
    let text = match (status, returning) {
        (DeadlineStatus::OnTime { days_left }, false) if extended => {
            Text::new("case-deadline-on-time-extended")
                .int("days", days_left)
                .date("recommended", recommended_day)
        }
        (DeadlineStatus::OnTime { days_left }, true) if extended => {
            Text::new("case-return-on-time-extended")
                .int("days", days_left)
                .date("recommended", recommended_day)
        }
        (DeadlineStatus::OnTime { days_left }, false) => {
            Text::new("case-deadline-on-time").int("days", days_left)
        }
        (DeadlineStatus::OnTime { days_left }, true) => {
            Text::new("case-return-on-time").int("days", days_left)
        }
        (DeadlineStatus::DueToday, false) => Text::new("case-deadline-due-today"),
        (DeadlineStatus::DueToday, true) => Text::new("case-return-due-today"),
        (DeadlineStatus::Overdue { days_late }, false) => {
            Text::new("case-deadline-overdue").int("days", days_late)
        }
        (DeadlineStatus::Overdue { days_late }, true) => {
            Text::new("case-return-overdue").int("days", days_late)
        }
        (DeadlineStatus::Done { on, on_time: true }, false) => {
            Text::new("case-deadline-done").date("on", on)
        }
        (DeadlineStatus::Done { on, on_time: true }, true) => {
            Text::new("case-return-done").date("on", on)
        }
        (DeadlineStatus::Done { on, on_time: false }, false) => {
            Text::new("case-deadline-done-late").date("on", on)
        }
        (DeadlineStatus::Done { on, on_time: false }, true) => {
            Text::new("case-return-done-late").date("on", on)
        }
    };
    text.date("deadline", legal_last_day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_worked_examples_of_rules_md() {
        for (learned, deadline) in [
            (d(2026, 10, 1), d(2026, 10, 15)),
            (d(2026, 11, 9), d(2026, 11, 24)),
            (d(2026, 12, 17), d(2027, 1, 4)),
            (d(2025, 12, 15), d(2026, 1, 5)),
            (d(2025, 4, 22), d(2025, 5, 7)),
            (d(2026, 10, 26), d(2026, 11, 9)),
        ] {
            assert_eq!(legal_deadline(learned), deadline, "learned {learned}");
        }
    }

    #[test]
    fn status_around_the_last_day() {
        let case = Case::new(CardKind::ResidenceCard, Incident::Lost, d(2026, 11, 9));
        let at = |today| for_case(&case, today).unwrap();
        let before = at(d(2026, 11, 20));
        assert_eq!(before.legal_last_day, d(2026, 11, 24));
        // Day 14 (Mon 23rd) is 勤労感謝の日: the last open day before it is Friday the 20th.
        assert_eq!(before.recommended_day, d(2026, 11, 20));
        assert_eq!(before.status, DeadlineStatus::OnTime { days_left: 4 });
        assert_eq!(before.advice.id, "case-deadline-on-time-extended");
        assert_eq!(at(d(2026, 11, 24)).status, DeadlineStatus::DueToday);
        let late = at(d(2026, 11, 27));
        assert_eq!(late.status, DeadlineStatus::Overdue { days_late: 3 });
        assert_eq!(late.days_left, -3);
        assert_eq!(late.advice.id, "case-deadline-overdue");
    }

    #[test]
    fn recommended_is_never_a_closed_day_nor_a_day_gone_by() {
        // Day 14 on 2026-12-31 (year-end closure): legal 2027-01-04, go by Mon 2026-12-28.
        let case = Case::new(CardKind::ResidenceCard, Incident::Lost, d(2026, 12, 17));
        let at = |today| for_case(&case, today).unwrap();
        assert_eq!(at(d(2026, 12, 18)).recommended_day, d(2026, 12, 28));
        assert_eq!(at(d(2026, 12, 28)).recommended_day, d(2026, 12, 28));
        // From the 29th the recommended day has gone by: the legal last day is what is left.
        let after = at(d(2026, 12, 29));
        assert_eq!(after.recommended_day, d(2027, 1, 4));
        assert_eq!(after.advice.id, "case-deadline-on-time");
        // Every day of two years: the recommended day is open, not after the legal last day,
        // not before today, and day 14 itself whenever offices are open on it.
        let mut learned = d(2026, 1, 1);
        while learned < d(2028, 1, 1) {
            let case = Case::new(CardKind::ResidenceCard, Incident::Lost, learned);
            for today in [learned, learned + Days::new(7), learned + Days::new(13)] {
                let dl = for_case(&case, today).unwrap();
                assert!(
                    !calendar::is_office_closed(dl.recommended_day),
                    "{learned} {today}"
                );
                assert!(dl.recommended_day <= dl.legal_last_day);
                assert!(dl.recommended_day >= today);
                if !calendar::is_office_closed(dl.day_14) {
                    assert_eq!(dl.recommended_day, dl.day_14);
                }
            }
            learned = learned + Days::new(1);
        }
    }

    #[test]
    fn recommended_is_the_legal_day_when_day_14_is_open() {
        let case = Case::new(CardKind::ResidenceCard, Incident::Stolen, d(2026, 10, 1));
        let dl = for_case(&case, d(2026, 10, 2)).unwrap();
        assert_eq!(dl.recommended_day, dl.legal_last_day);
        assert_eq!(dl.advice.id, "case-deadline-on-time");
        assert_eq!(dl.advice.args.len(), 2);
    }

    #[test]
    fn reentry_starts_the_count() {
        let mut case = Case::new(CardKind::ResidenceCard, Incident::Lost, d(2026, 8, 1));
        case.reentered_on = Some(d(2026, 10, 1));
        let dl = for_case(&case, d(2026, 10, 2)).unwrap();
        assert_eq!(dl.counted_from, d(2026, 10, 1));
        assert_eq!(dl.legal_last_day, d(2026, 10, 15));
    }

    #[test]
    fn damage_exchange_and_old_card() {
        let mut damaged = Case::new(CardKind::ResidenceCard, Incident::Damaged, d(2026, 10, 1));
        assert!(for_case(&damaged, d(2026, 10, 1)).is_none());
        damaged.ordered_on = Some(d(2026, 11, 9));
        let dl = for_case(&damaged, d(2026, 11, 9)).unwrap();
        assert_eq!(dl.kind, DeadlineKind::ApplyAfterOrder);
        assert_eq!(dl.legal_last_day, d(2026, 11, 24));
        let exchange = Case::new(CardKind::ResidenceCard, Incident::Exchange, d(2026, 10, 1));
        assert!(for_case(&exchange, d(2026, 10, 1)).is_none());
        let found = Case::new(
            CardKind::ResidenceCard,
            Incident::OldCardFound,
            d(2026, 12, 17),
        );
        let dl = for_case(&found, d(2026, 12, 18)).unwrap();
        assert_eq!(dl.kind, DeadlineKind::ReturnOldCard);
        assert_eq!(dl.legal_last_day, d(2027, 1, 4));
        assert!(dl.advice.id.starts_with("case-return-"));
    }

    #[test]
    fn special_permanent_residents_count_the_same_and_cite_their_law() {
        let case = Case::new(
            CardKind::SpecialPermanentResident,
            Incident::Lost,
            d(2026, 12, 17),
        );
        let dl = for_case(&case, d(2026, 12, 17)).unwrap();
        assert_eq!(dl.legal_last_day, d(2027, 1, 4));
        assert_eq!(dl.sources[0], rules::SPECIAL_PERMANENT_RESIDENT);
    }

    #[test]
    fn applied_cases_are_done() {
        let mut case = Case::new(CardKind::ResidenceCard, Incident::Lost, d(2026, 10, 1));
        case.applied_on = Some(d(2026, 10, 20));
        let dl = for_case(&case, d(2026, 10, 21)).unwrap();
        assert_eq!(
            dl.status,
            DeadlineStatus::Done {
                on: d(2026, 10, 20),
                on_time: false
            }
        );
        assert_eq!(dl.advice.id, "case-deadline-done-late");
    }
}
