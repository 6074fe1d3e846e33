//! After the new card: the dates that keep it valid, and when each renewal may be applied for
//! (docs/rules.md §15). The person enters what is printed on their card (each optional); the law
//! says from when each renewal is accepted:
//! - the period of stay (在留期間更新許可申請, 入管法 第21条): by the last day of the stay (施行規則
//!   第21条 第1項, C), accepted from about three months before it for a stay of six months or more
//!   (the agency's page as quoted, L);
//! - the card's own validity (入管法 第19条の11 第1項, C) for a permanent resident's card (and a
//!   highly skilled professional (ii)'s): from two months before it ends; a card ending the day
//!   before the 16th birthday: from six months before;
//! - a special permanent resident's certificate (入管特例法 第12条, C): the same two or six months,
//!   at the city or ward office.
//!
//! Rules never read the clock: `today` is passed in.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar;
use crate::rules::{self, Source};

/// What the person holds now, as far as the dates that keep it valid go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holding {
    /// A residence card with a period of stay (every status but permanent residence).
    ResidenceCard,
    /// A permanent resident's card, or a highly skilled professional (ii)'s: no period of stay,
    /// the card itself has a validity (7 years from issue, or the day before the 16th birthday).
    PermanentResident,
    /// A special permanent resident's certificate (特別永住者証明書).
    SpecialPermanentResident,
}

/// The dates printed on the person's card, as entered (each optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardDates {
    /// What the card is.
    pub holding: Holding,
    /// The card's validity, as printed (有効期限 / 有効期間満了日).
    #[serde(default)]
    pub card_expires_on: Option<NaiveDate>,
    /// The end of the period of stay, as printed (在留期間満了日); residence cards only.
    #[serde(default)]
    pub stay_ends_on: Option<NaiveDate>,
}

/// Which renewal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Renewal {
    /// The period of stay (在留期間更新許可申請).
    PeriodOfStay,
    /// The card's validity, two months before (permanent resident, 高度専門職2号).
    CardValidity,
    /// The card's validity when it ends the day before the 16th birthday: six months before.
    CardValidityAt16,
    /// A special permanent resident's certificate, two months before.
    SprCertificate,
    /// A special permanent resident's certificate ending the day before the 16th birthday.
    SprCertificateAt16,
}

impl Renewal {
    /// A stable key, part of its reminders' ids (never change these).
    pub fn key(self) -> &'static str {
        match self {
            Renewal::PeriodOfStay => "stay",
            Renewal::CardValidity => "card",
            Renewal::CardValidityAt16 => "card16",
            Renewal::SprCertificate => "spr",
            Renewal::SprCertificateAt16 => "spr16",
        }
    }

    /// The family of the renewal, as the messages name it: `stay`, `card` or `spr`.
    pub fn family(self) -> &'static str {
        match self {
            Renewal::PeriodOfStay => "stay",
            Renewal::CardValidity | Renewal::CardValidityAt16 => "card",
            Renewal::SprCertificate | Renewal::SprCertificateAt16 => "spr",
        }
    }

    /// Months before the last day from which the application is accepted.
    fn months_before(self) -> u32 {
        match self {
            Renewal::PeriodOfStay => 3,
            Renewal::CardValidity | Renewal::SprCertificate => 2,
            Renewal::CardValidityAt16 | Renewal::SprCertificateAt16 => 6,
        }
    }

    /// Where the rule comes from.
    pub fn source(self) -> Source {
        match self {
            Renewal::PeriodOfStay => rules::STAY_RENEWAL_WINDOW,
            Renewal::CardValidity | Renewal::CardValidityAt16 => rules::CARD_RENEWAL_WINDOW,
            Renewal::SprCertificate | Renewal::SprCertificateAt16 => rules::SPR_RENEWAL_WINDOW,
        }
    }
}

/// When a renewal may be applied for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// Which renewal.
    pub renewal: Renewal,
    /// The first day the application is accepted.
    pub opens_on: NaiveDate,
    /// The first day offices are open on or after `opens_on` (the window may open on a closed
    /// day: nothing can be filed before the next open day).
    pub first_open_day: NaiveDate,
    /// The last day: the end of the stay or of the card's validity, as printed.
    pub last_day: NaiveDate,
    /// The last day offices are open on or before `last_day`: the day the app says to apply by
    /// (an office closed on the printed day cannot take the application that day).
    pub last_open_day: NaiveDate,
}

/// The day before the 16th birthday: the last day of a card or certificate issued under 16
/// (入管法 第19条の5 第1項; 入管特例法 第9条; a 29 February birthday counts as 28 February in a
/// common year).
pub fn day_before_16th_birthday(birth: NaiveDate) -> NaiveDate {
    let year = birth.year() + 16;
    let birthday = NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
        .unwrap_or(birth);
    birthday - Days::new(1)
}

fn window(renewal: Renewal, last_day: NaiveDate) -> Window {
    let opens_on = last_day
        .checked_sub_months(Months::new(renewal.months_before()))
        .unwrap_or(last_day);
    Window {
        renewal,
        opens_on,
        first_open_day: calendar::open_day_on_or_after(opens_on),
        last_day,
        last_open_day: calendar::open_day_on_or_before(last_day),
    }
}

/// The renewals the card's dates call for, soonest first, for a holder born on `birth` (when
/// known: it tells a card ending the day before the 16th birthday from one ending another day).
pub fn windows(dates: &CardDates, birth: Option<NaiveDate>) -> Vec<Window> {
    let at_16 = |day: NaiveDate| birth.is_some_and(|b| day_before_16th_birthday(b) == day);
    let mut out = Vec::new();
    match dates.holding {
        Holding::ResidenceCard => {
            if let Some(stay) = dates.stay_ends_on {
                out.push(window(Renewal::PeriodOfStay, stay));
            }
            // A card ending before the stay, on the day before the 16th birthday, is renewed on
            // its own (第19条の11); otherwise it ends with the stay and is renewed with it.
            if let Some(card) = dates.card_expires_on.filter(|d| at_16(*d)) {
                if dates.stay_ends_on.is_none_or(|stay| card < stay) {
                    out.push(window(Renewal::CardValidityAt16, card));
                }
            }
        }
        Holding::PermanentResident => {
            if let Some(card) = dates.card_expires_on {
                let renewal = if at_16(card) {
                    Renewal::CardValidityAt16
                } else {
                    Renewal::CardValidity
                };
                out.push(window(renewal, card));
            }
        }
        Holding::SpecialPermanentResident => {
            if let Some(card) = dates.card_expires_on {
                let renewal = if at_16(card) {
                    Renewal::SprCertificateAt16
                } else {
                    Renewal::SprCertificate
                };
                out.push(window(renewal, card));
            }
        }
    }
    out.sort_by_key(|w| (w.last_day, w.renewal));
    out
}

/// The person's next date as of `today`: the opening of the soonest window not yet open, or the
/// last open day of one already open (the printed last day itself once that has passed); `None`
/// once every last day has passed or no date is known.
pub fn next_date(windows: &[Window], today: NaiveDate) -> Option<(&Window, NaiveDate)> {
    windows
        .iter()
        .filter(|w| w.last_day >= today)
        .map(|w| {
            let date = if today < w.opens_on {
                w.opens_on
            } else if today <= w.last_open_day {
                w.last_open_day
            } else {
                w.last_day
            };
            (w, date)
        })
        .min_by_key(|(_, date)| *date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_before_the_16th_birthday() {
        assert_eq!(day_before_16th_birthday(d("2012-05-20")), d("2028-05-19"));
        // Born on 29 Feb 2012: 2028 is a leap year, the 16th birthday is 29 Feb 2028.
        assert_eq!(day_before_16th_birthday(d("2012-02-29")), d("2028-02-28"));
        // Born on 29 Feb 2016: 2032 is a leap year too.
        assert_eq!(day_before_16th_birthday(d("2016-02-29")), d("2032-02-28"));
    }

    #[test]
    fn a_stay_of_a_year_opens_three_months_before_it_ends() {
        let w = windows(
            &CardDates {
                holding: Holding::ResidenceCard,
                card_expires_on: Some(d("2027-08-31")),
                stay_ends_on: Some(d("2027-08-31")),
            },
            Some(d("1990-05-01")),
        );
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].renewal, Renewal::PeriodOfStay);
        assert_eq!(w[0].opens_on, d("2027-05-31"));
        assert_eq!(
            next_date(&w, d("2027-01-10")).map(|(_, day)| day),
            Some(d("2027-05-31"))
        );
        assert_eq!(
            next_date(&w, d("2027-06-10")).map(|(_, day)| day),
            Some(d("2027-08-31"))
        );
        assert_eq!(next_date(&w, d("2027-09-01")), None);
    }
}
