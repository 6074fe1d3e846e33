//! The rules of law, each in one place with its source and the date it took effect.
//!
//! Every number or duty the app computes or shows is a constant here, next to the [`Source`] it
//! comes from. The authority is the team's rule reference (`shared/reference/rules.md`); its
//! confidence marks map to [`Confidence`]: **C** → [`Confidence::Law`], **L** →
//! [`Confidence::Secondary`], **?** → [`Confidence::Unconfirmed`]. Plans carry these sources so the
//! app can show, beside each item, where it comes from and as of when.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How sure we are of a rule (rules.md's C / L / ?).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Law text or an official page says it (rules.md "C").
    Law,
    /// Quoted from the official page by several secondary sites (rules.md "L").
    Secondary,
    /// Not confirmed (rules.md "?"): the app should say so.
    Unconfirmed,
}

/// Where a rule comes from. Serializable so that plans can send it to the UI.
///
/// `title` and `reference` are citations (official Japanese names), not user-facing prose, so they
/// are not translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The law or page, e.g. `出入国管理及び難民認定法`.
    pub title: Cow<'static, str>,
    /// The article or page section, e.g. `第19条の12 第1項`.
    pub reference: Cow<'static, str>,
    /// Where to read it.
    pub url: Cow<'static, str>,
    /// The date the rule took effect in its current form; for data tables, the last date covered.
    pub as_of: NaiveDate,
    /// How sure we are.
    pub confidence: Confidence,
}

impl Source {
    /// The same source with another confidence (e.g. a law rule whose use in one case is unconfirmed).
    pub fn with_confidence(mut self, confidence: Confidence) -> Self {
        self.confidence = confidence;
        self
    }
}

/// A date known to be valid, for the constants below.
const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in a rule"),
    }
}

const fn src(
    title: &'static str,
    reference: &'static str,
    url: &'static str,
    as_of: NaiveDate,
    confidence: Confidence,
) -> Source {
    Source {
        title: Cow::Borrowed(title),
        reference: Cow::Borrowed(reference),
        url: Cow::Borrowed(url),
        as_of,
        confidence,
    }
}

const IMMIGRATION_ACT: &str = "出入国管理及び難民認定法";
const IMMIGRATION_ACT_URL: &str = "https://laws.e-gov.go.jp/law/326CO0000000319";
const ISA_PROCEDURE_URL: &str =
    "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00010.html";
/// The residence card system (and the 特別永住者証明書) started on this day (平成21年法律第79号).
const RESIDENCE_CARD_SYSTEM_START: NaiveDate = ymd(2012, 7, 9);
/// The day the loss statement (陳述書) replaced the police certificate as the standard proof.
const DOCUMENTS_REVISED: NaiveDate = ymd(2025, 3, 3);

// ---------------------------------------------------------------------------------------------
// The deadline (rules.md §1)
// ---------------------------------------------------------------------------------------------

/// Days the law gives to apply after learning of the loss (入管法 第19条の12 第1項).
pub const DAYS_TO_APPLY: u64 = 14;

/// The duty to apply within 14 days of learning of the loss, or of the first re-entry when learned
/// abroad (rules.md §1, C).
pub const DEADLINE_TO_APPLY: Source = src(
    IMMIGRATION_ACT,
    "第19条の12 第1項",
    IMMIGRATION_ACT_URL,
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// The first day of a period counted in days is not counted (民法 第140条, 初日不算入; rules.md §1:
/// C for the rule, L for its use here).
pub const FIRST_DAY_NOT_COUNTED: Source = src(
    "民法",
    "第140条",
    "https://laws.e-gov.go.jp/law/129AC0000000089",
    ymd(1898, 7, 16),
    Confidence::Secondary,
);

/// A deadline falling on a closed day of government offices (Sat, Sun, national holidays,
/// Dec 29 – Jan 3) moves to the next open day (行政機関の休日に関する法律 第1条・第2条; rules.md §1:
/// C for the law, L for its use here).
pub const CLOSED_DAYS_ROLL_FORWARD: Source = src(
    "行政機関の休日に関する法律 (昭和63年法律第91号)",
    "第1条・第2条",
    "https://laws.e-gov.go.jp/law/363AC0000000091",
    ymd(1988, 12, 13),
    Confidence::Secondary,
);

/// The national holidays themselves (国民の祝日に関する法律 第2条・第3条), in the form in force
/// since スポーツの日 replaced 体育の日 (平成30年法律第57号, 2020-01-01). Used for the years after the
/// Cabinet Office table.
pub const NATIONAL_HOLIDAYS_LAW: Source = src(
    "国民の祝日に関する法律 (昭和23年法律第178号)",
    "第2条・第3条",
    "https://laws.e-gov.go.jp/law/323AC1000000178",
    ymd(2020, 1, 1),
    Confidence::Law,
);

/// The Cabinet Office's table of national holidays; `as_of` is the last date it covers.
pub const NATIONAL_HOLIDAYS_TABLE: Source = src(
    "内閣府「国民の祝日」について (syukujitsu.csv)",
    "1955-01-01 – 2027-11-23",
    "https://www8.cao.go.jp/chosei/shukujitsu/syukujitsu.csv",
    ymd(2027, 11, 23),
    Confidence::Law,
);

/// Past the deadline: apply at once with a written explanation of the delay (理由書, any format).
/// Never too late (rules.md §1, L).
pub const LATE_APPLICATION: Source = src(
    "出入国在留管理庁 紛失等による在留カードの再交付申請",
    "rules.md §1",
    ISA_PROCEDURE_URL,
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

// ---------------------------------------------------------------------------------------------
// Penalty (rules.md §2)
// ---------------------------------------------------------------------------------------------

/// Longest prison term for not applying in time, in years (第71条の2 第2号).
pub const PENALTY_MAX_YEARS: i64 = 1;
/// Highest fine for not applying in time, in yen (第71条の2 第2号).
pub const PENALTY_MAX_FINE_YEN: i64 = 200_000;
/// Highest non-criminal fine (過料) for the relative who fails to apply for a child under 16.
pub const CHILD_PROXY_MAX_FINE_YEN: i64 = 50_000;

/// Not applying in time: up to 1 year's imprisonment (拘禁刑 since 2025-06-01) or a fine up to
/// ¥200,000; losing the card is not itself an offence (rules.md §2, C).
pub const PENALTY_LATE_APPLICATION: Source = src(
    IMMIGRATION_ACT,
    "第71条の2 第2号",
    IMMIGRATION_ACT_URL,
    ymd(2025, 6, 1),
    Confidence::Law,
);

/// The relative obliged to apply for a child under 16 who fails to: 過料 up to ¥50,000
/// (rules.md §2, L).
pub const PENALTY_CHILD_PROXY: Source = src(
    IMMIGRATION_ACT,
    "第77条の3",
    IMMIGRATION_ACT_URL,
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

// ---------------------------------------------------------------------------------------------
// Police, where, who (rules.md §3, §4)
// ---------------------------------------------------------------------------------------------

/// Lost: 遺失届 at any police box or station, keep the acceptance number; stolen: 盗難届;
/// destroyed: 罹災証明書 from the fire department or city office (rules.md §3, L).
pub const PROOF_OF_LOSS: Source = src(
    "出入国在留管理庁 紛失等による在留カードの再交付申請",
    "rules.md §3, §5",
    ISA_PROCEDURE_URL,
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

/// Apply at the regional immigration office covering the address; the card is normally issued the
/// same day (rules.md §4, L).
pub const WHERE_TO_APPLY: Source = src(
    "出入国在留管理庁 紛失等による在留カードの再交付申請",
    "rules.md §4",
    ISA_PROCEDURE_URL,
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

/// Age from which the holder applies in person (rules.md §4, L): under it, a cohabiting relative
/// aged 16+ applies as 代理人, and no photo is needed (§5).
pub const PROXY_AGE: u32 = 16;

/// Under 16: a cohabiting relative aged 16+ (spouse → child → parent → other relative) applies as
/// 代理人 (rules.md §4, L).
pub const UNDER_16_REPRESENTATIVE: Source = src(
    "出入国在留管理庁 紛失等による在留カードの再交付申請",
    "rules.md §4",
    ISA_PROCEDURE_URL,
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

// ---------------------------------------------------------------------------------------------
// Documents and fee (rules.md §5, §6)
// ---------------------------------------------------------------------------------------------

/// The documents list in force since 2025-03-03: form, photo, statement with the police acceptance
/// number (or 罹災証明書), passport (or a written reason), activity permit if held (rules.md §5, L).
pub const DOCUMENTS: Source = src(
    "出入国在留管理庁 紛失等による在留カードの再交付申請",
    "rules.md §5",
    ISA_PROCEDURE_URL,
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

/// How recent the photo must be, in months (rules.md §5).
pub const PHOTO_MAX_AGE_MONTHS: i64 = 6;
/// Photo height in millimetres.
pub const PHOTO_HEIGHT_MM: i64 = 40;
/// Photo width in millimetres.
pub const PHOTO_WIDTH_MM: i64 = 30;

/// Photo: 4 cm × 3 cm, taken within 6 months, not needed under 16 (rules.md §5: C for the spec, L
/// for the age and the 6 months; the date the 3 → 6 months change took effect is not confirmed, so
/// `as_of` is the documents revision).
pub const PHOTO: Source = src(
    "出入国在留管理庁 提出写真の規格",
    "rules.md §5",
    "https://www.moj.go.jp/isa/applications/status/photo_info_00002.html",
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

/// Fee for a reissuance after loss, theft, destruction, damage or soiling, in yen.
pub const FEE_LOSS_YEN: i64 = 0;
/// Fee for an exchange at the holder's own wish, in yen.
pub const FEE_EXCHANGE_YEN: i64 = 1_600;

/// Loss, theft, destruction, damage: free; exchange at one's own wish: ¥1,600 (rules.md §6, L; a
/// 2026 fee revision bill may change fees).
pub const FEE: Source = src(
    "出入国在留管理庁 紛失等による在留カードの再交付申請",
    "rules.md §6",
    ISA_PROCEDURE_URL,
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

// ---------------------------------------------------------------------------------------------
// Related duties (rules.md §8)
// ---------------------------------------------------------------------------------------------

/// Days to return an old card found after a new one was issued (第19条の15 第3項).
pub const DAYS_TO_RETURN_OLD_CARD: u64 = 14;

/// An old card found after a new one was issued is void: return it within 14 days of finding it,
/// at an office or by post (rules.md §8, C).
pub const RETURN_OLD_CARD: Source = src(
    IMMIGRATION_ACT,
    "第19条の15 第3項",
    IMMIGRATION_ACT_URL,
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// Where to post an old card: 東京出入国在留管理局おだいば分室 (rules.md §8, C).
pub const RETURN_BY_POST_OFFICE: &str = "東京出入国在留管理局おだいば分室";
/// Its postal code.
pub const RETURN_BY_POST_POSTCODE: &str = "〒135-0064";
/// Its address.
pub const RETURN_BY_POST_ADDRESS: &str = "東京都江東区青海2-7-11 東京港湾合同庁舎9階";
/// What to write on the envelope.
pub const RETURN_BY_POST_ENVELOPE: &str = "在留カード等返納";

/// Days to apply after an order to replace a damaged card (第19条の13).
pub const DAYS_AFTER_DAMAGE_ORDER: u64 = 14;

/// A damaged or soiled card: no deadline; if the office orders a new one, apply within 14 days of
/// the order (rules.md §8, C).
pub const DAMAGED_CARD: Source = src(
    IMMIGRATION_ACT,
    "第19条の13",
    IMMIGRATION_ACT_URL,
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// Special permanent residents: apply at the city/ward office within 14 days (same start rule);
/// free; issued in about two weeks (入管特例法 第13条; rules.md §8, C).
pub const SPECIAL_PERMANENT_RESIDENT: Source = src(
    "日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法",
    "第13条",
    "https://laws.e-gov.go.jp/law/403AC0000000071",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// The My Number hotline (24 h, 365 days).
pub const MY_NUMBER_HOTLINE: &str = "0120-95-0178";
/// The My Number hotline in foreign languages.
pub const MY_NUMBER_HOTLINE_FOREIGN: &str = "0120-0178-27";

/// 特定在留カード (from 2026-06-14): suspend its My Number functions at once through the My Number
/// hotline. C for ordinary My Number cards, not confirmed for this card (rules.md §8, ?).
pub const SPECIFIED_CARD_SUSPEND: Source = src(
    "出入国在留管理庁 特定在留カード",
    "rules.md §8",
    "https://www.moj.go.jp/isa/tokutei.html",
    ymd(2026, 6, 14),
    Confidence::Unconfirmed,
);

/// The shape of a residence card number: 2 letters + 8 digits + 2 letters (rules.md §9, L).
pub const CARD_NUMBER_FORMAT: Source = src(
    "出入国在留管理庁 在留カード等番号失効情報照会",
    "rules.md §9",
    "https://lapse-immi.moj.go.jp/",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// The longest police acceptance number the app accepts. Not a rule of law: a sanity limit (the
/// numbers seen are far shorter), so that a pasted paragraph is caught.
pub const ACCEPTANCE_NUMBER_MAX_CHARS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_serializes_with_its_date_and_confidence() {
        let json = serde_json::to_value(DEADLINE_TO_APPLY).unwrap();
        assert_eq!(json["as_of"], "2012-07-09");
        assert_eq!(json["confidence"], "law");
        assert_eq!(json["reference"], "第19条の12 第1項");
        let back: Source = serde_json::from_value(json).unwrap();
        assert_eq!(back, DEADLINE_TO_APPLY);
    }

    #[test]
    fn with_confidence_changes_only_the_confidence() {
        let s = RETURN_OLD_CARD.with_confidence(Confidence::Unconfirmed);
        assert_eq!(s.confidence, Confidence::Unconfirmed);
        assert_eq!(s.reference, RETURN_OLD_CARD.reference);
    }
}
