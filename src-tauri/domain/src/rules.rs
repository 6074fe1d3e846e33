//! The rules of law, each in one place with its source and the date it took effect.
//!
//! Every number or duty the app computes or shows is a constant here, next to the [`Source`] it
//! comes from. The authority is the team's rule reference (`docs/rules.md`, in this repository); its
//! confidence marks map to [`Confidence`]: **C** → [`Confidence::Law`], **L** →
//! [`Confidence::Secondary`], **?** → [`Confidence::Unconfirmed`]. Plans carry these sources so the
//! app can show, beside each item, where it comes from and as of when.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How sure we are of a rule (docs/rules.md's C / L / ?).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Law text or an official page says it (docs/rules.md "C").
    Law,
    /// Quoted from the official page by several secondary sites (docs/rules.md "L").
    Secondary,
    /// Not confirmed (docs/rules.md "?"): the app should say so.
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
    pub const fn with_confidence(mut self, confidence: Confidence) -> Self {
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
/// The Immigration Services Agency's page on the procedure, by its title.
const ISA_PROCEDURE: &str = "出入国在留管理庁「紛失等による在留カードの再交付申請」";
const ISA_PROCEDURE_URL: &str =
    "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00010.html";
/// The residence card system (and the 特別永住者証明書) started on this day (平成21年法律第79号).
const RESIDENCE_CARD_SYSTEM_START: NaiveDate = ymd(2012, 7, 9);
/// The day the loss statement (陳述書) replaced the police certificate as the standard proof.
const DOCUMENTS_REVISED: NaiveDate = ymd(2025, 3, 3);

/// A rule of the Immigration Act, by article.
const fn immigration_act(
    article: &'static str,
    as_of: NaiveDate,
    confidence: Confidence,
) -> Source {
    src(
        IMMIGRATION_ACT,
        article,
        IMMIGRATION_ACT_URL,
        as_of,
        confidence,
    )
}

/// A rule read on the ISA procedure page, by the page's section heading.
const fn isa_page(section: &'static str, confidence: Confidence) -> Source {
    src(
        ISA_PROCEDURE,
        section,
        ISA_PROCEDURE_URL,
        DOCUMENTS_REVISED,
        confidence,
    )
}

// ---------------------------------------------------------------------------------------------
// The deadline (docs/rules.md §1)
// ---------------------------------------------------------------------------------------------

/// Days the law gives to apply after learning of the loss (入管法 第19条の12 第1項).
pub const DAYS_TO_APPLY: u64 = 14;

/// The duty to apply within 14 days of learning of the loss, or of the first re-entry when learned
/// abroad (docs/rules.md §1, C).
pub const DEADLINE_TO_APPLY: Source = immigration_act(
    "第19条の12 第1項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// The first day of a period counted in days is not counted (民法 第140条, 初日不算入;
/// docs/rules.md §1: C for the rule, L for its use here).
pub const FIRST_DAY_NOT_COUNTED: Source = src(
    "民法",
    "第140条",
    "https://laws.e-gov.go.jp/law/129AC0000000089",
    ymd(1898, 7, 16),
    Confidence::Secondary,
);

/// A deadline falling on a closed day of government offices (Sat, Sun, national holidays,
/// Dec 29 – Jan 3) moves to the next open day (行政機関の休日に関する法律 第1条・第2条;
/// docs/rules.md §1: C for the law, L for its use here).
pub const CLOSED_DAYS_ROLL_FORWARD: Source = src(
    "行政機関の休日に関する法律 (昭和63年法律第91号)",
    "第1条・第2条",
    "https://laws.e-gov.go.jp/law/363AC0000000091",
    ymd(1988, 12, 13),
    Confidence::Secondary,
);

/// The national holidays themselves (国民の祝日に関する法律 第2条・第3条), in the form in force
/// since スポーツの日 replaced 体育の日 (平成30年法律第57号, 2020-01-01). Used for the years after the
/// Cabinet Office table (docs/rules.md §12).
pub const NATIONAL_HOLIDAYS_LAW: Source = src(
    "国民の祝日に関する法律 (昭和23年法律第178号)",
    "第2条・第3条",
    "https://laws.e-gov.go.jp/law/323AC1000000178",
    ymd(2020, 1, 1),
    Confidence::Law,
);

/// The Cabinet Office's table of national holidays; `as_of` is the last date it covers
/// (docs/rules.md §12).
pub const NATIONAL_HOLIDAYS_TABLE: Source = src(
    "内閣府「国民の祝日」について (syukujitsu.csv)",
    "1955-01-01 – 2027-11-23",
    "https://www8.cao.go.jp/chosei/shukujitsu/syukujitsu.csv",
    ymd(2027, 11, 23),
    Confidence::Law,
);

/// Past the deadline: apply at once with a written explanation of the delay (理由書, any format).
/// Never too late (docs/rules.md §1, L).
pub const LATE_APPLICATION: Source = isa_page("提出書類", Confidence::Secondary);

// ---------------------------------------------------------------------------------------------
// Penalty (docs/rules.md §2)
// ---------------------------------------------------------------------------------------------

/// Longest prison term for not applying in time, in years (第71条の2 第2号).
pub const PENALTY_MAX_YEARS: i64 = 1;
/// Highest fine for not applying in time, in yen (第71条の2 第2号).
pub const PENALTY_MAX_FINE_YEN: i64 = 200_000;
/// Highest non-criminal fine (過料) for the relative who must apply for a holder under 16 or ill
/// and does not (第77条の3).
pub const OBLIGED_RELATIVE_MAX_FINE_YEN: i64 = 50_000;

/// Not applying in time: up to 1 year's imprisonment (拘禁刑 since 2025-06-01) or a fine up to
/// ¥200,000; losing the card is not itself an offence (docs/rules.md §2, C).
pub const PENALTY_LATE_APPLICATION: Source =
    immigration_act("第71条の2 第2号", ymd(2025, 6, 1), Confidence::Law);

/// The cohabiting relative who must apply for a holder under 16 or ill (第61条の8の3 第2項) and
/// does not: 過料 up to ¥50,000 (docs/rules.md §2.2, C).
pub const PENALTY_OBLIGED_RELATIVE: Source =
    immigration_act("第77条の3", RESIDENCE_CARD_SYSTEM_START, Confidence::Law);

// ---------------------------------------------------------------------------------------------
// Proof of the loss (docs/rules.md §3)
// ---------------------------------------------------------------------------------------------

/// Lost: 遺失届 at any police box or station, keep the acceptance number; stolen: 盗難届;
/// destroyed in a disaster or fire: 罹災証明書 from the fire department or city office
/// (docs/rules.md §3, L).
pub const PROOF_OF_LOSS: Source = isa_page("提出書類", Confidence::Secondary);

/// Lost at home: the police may not accept a loss report; then there is no acceptance number,
/// the statement says so and why, and the person explains at the office (docs/rules.md §3, ?).
pub const LOST_AT_HOME: Source = PROOF_OF_LOSS.with_confidence(Confidence::Unconfirmed);

/// Destroyed in an accident: no certificate exists; explain in writing, bring any pieces (it may be
/// handled as a damaged card) (docs/rules.md §3, ?).
pub const DESTROYED_BY_ACCIDENT: Source = PROOF_OF_LOSS.with_confidence(Confidence::Unconfirmed);

// The lengths the app accepts are not rules of law: they are in `limits.rs`, one table.

// ---------------------------------------------------------------------------------------------
// Where and who (docs/rules.md §4)
// ---------------------------------------------------------------------------------------------

/// Apply at the regional immigration office covering the address; the card is normally issued the
/// same day (docs/rules.md §4, L).
pub const WHERE_TO_APPLY: Source = isa_page("申請先", Confidence::Secondary);

/// Age from which the holder applies in person (docs/rules.md §4, L): under it, a cohabiting
/// relative aged 16+ applies as 代理人, and no photo is needed (§5).
pub const PROXY_AGE: u32 = 16;

/// Under 16, or ill: a cohabiting relative aged 16+ (spouse → child → parent → other relative)
/// must apply as 代理人 (入管法 第61条の8の3 第2項; docs/rules.md §4.2, C).
pub const UNDER_16_REPRESENTATIVE: Source = immigration_act(
    "第61条の8の3 第2項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// Who may go for a holder aged 16+: a cohabiting relative aged 16+ when the holder is ill
/// (with a doctor's certificate) or at the holder's request (with a 委任状), or a registered agent
/// (申請取次者) (docs/rules.md §4.2: C for the law, L for the papers asked).
pub const WHO_MAY_APPLY: Source = immigration_act(
    "第61条の8の3 第2項・第3項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// Others who may go if the regional bureau's director agrees: a registered lawyer or 行政書士, the
/// holder's legal representative (even one not living with them) and, for a holder under 16 or
/// ill, a relative who does not live with them or someone who does (docs/rules.md §4.4, C).
pub const APPROVED_PROXY: Source = src(
    "出入国管理及び難民認定法施行規則",
    "第59条の3 第2項",
    "https://laws.e-gov.go.jp/law/356M50000010054",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

// ---------------------------------------------------------------------------------------------
// Documents and fee (docs/rules.md §5, §6)
// ---------------------------------------------------------------------------------------------

/// The documents list in force since 2025-03-03: form, photo, statement with the police acceptance
/// number (or 罹災証明書), passport (or a written reason), activity permit if held
/// (docs/rules.md §5, L).
pub const DOCUMENTS: Source = isa_page("提出書類", Confidence::Secondary);

/// A kanji name is printed on the card only on a separate request (在留カード漢字氏名表記申出書),
/// not through a row of the application form (docs/rules.md §5, §7, L).
pub const KANJI_NAME_REQUEST: Source = isa_page("提出書類", Confidence::Secondary);

/// How recent the photo must be, in months (docs/rules.md §5).
pub const PHOTO_MAX_AGE_MONTHS: i64 = 6;
/// Photo height in millimetres.
pub const PHOTO_HEIGHT_MM: i64 = 40;
/// Photo width in millimetres.
pub const PHOTO_WIDTH_MM: i64 = 30;

/// Photo: 4 cm × 3 cm, taken within 6 months, not needed under 16 (docs/rules.md §5: C for the
/// spec, L for the age; the date the 3 → 6 months change took effect is not confirmed, so `as_of`
/// is the documents revision).
pub const PHOTO: Source = src(
    "出入国在留管理庁「提出写真の規格」",
    "写真の規格",
    "https://www.moj.go.jp/isa/applications/status/photo_info_00002.html",
    DOCUMENTS_REVISED,
    Confidence::Secondary,
);

/// Fee for a reissuance after loss, theft, destruction, damage or soiling, in yen.
pub const FEE_LOSS_YEN: i64 = 0;
/// Fee for an exchange at the holder's own wish, in yen.
pub const FEE_EXCHANGE_YEN: i64 = 1_600;

/// Loss, theft, destruction, damage: free; exchange at one's own wish: ¥1,600 (docs/rules.md §6,
/// L; a 2026 fee revision bill may change fees).
pub const FEE: Source = isa_page("手数料", Confidence::Secondary);

/// Only a licensed lawyer or 行政書士 may charge for preparing or filing papers for someone
/// (行政書士法 第19条; 弁護士法 第72条): anyone else asking money to "handle" a lost card is a
/// warning sign (docs/rules.md §6: C for the law, L for its use here).
pub const FEE_WARNING: Source = src(
    "行政書士法",
    "第19条 第1項",
    "https://laws.e-gov.go.jp/law/326AC1000000004",
    // The current wording (令和7年法律第65号, in force 2026-01-01), read in the e-Gov text.
    ymd(2026, 1, 1),
    Confidence::Law,
);

// ---------------------------------------------------------------------------------------------
// Related duties (docs/rules.md §8)
// ---------------------------------------------------------------------------------------------

/// Days to return an old card found after a new one was issued (第19条の15 第3項).
pub const DAYS_TO_RETURN_OLD_CARD: u64 = 14;

/// An old card found after a new one was issued is void: return it within 14 days of finding it,
/// at an office or by post (docs/rules.md §8, C).
pub const RETURN_OLD_CARD: Source = immigration_act(
    "第19条の15 第3項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// A card found again before a new one was issued is still valid: it loses its validity only when
/// a new card is issued (第19条の14). Nothing to apply for; tell the police (docs/rules.md §8: C
/// for the validity, L for telling the police).
pub const FOUND_BEFORE_NEW_CARD: Source =
    immigration_act("第19条の14", RESIDENCE_CARD_SYSTEM_START, Confidence::Law);

/// Where to post an old card: 東京出入国在留管理局おだいば分室 (docs/rules.md §8, C).
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
/// the order (docs/rules.md §8, C).
pub const DAMAGED_CARD: Source =
    immigration_act("第19条の13", RESIDENCE_CARD_SYSTEM_START, Confidence::Law);

/// The special permanent residents' act (入管特例法), by article.
const fn special_permanent_residents(
    article: &'static str,
    as_of: NaiveDate,
    confidence: Confidence,
) -> Source {
    src(
        "日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法",
        article,
        "https://laws.e-gov.go.jp/law/403AC0000000071",
        as_of,
        confidence,
    )
}

/// Special permanent residents: apply at the city/ward office within 14 days (same start rule);
/// free; not issued on the day (入管特例法 第13条; docs/rules.md §8, C).
pub const SPECIAL_PERMANENT_RESIDENT: Source =
    special_permanent_residents("第13条", RESIDENCE_CARD_SYSTEM_START, Confidence::Law);

/// The My Number hotline (24 h, 365 days).
pub const MY_NUMBER_HOTLINE: &str = "0120-95-0178";
/// The My Number hotline in foreign languages.
pub const MY_NUMBER_HOTLINE_FOREIGN: &str = "0120-0178-27";

/// 特定在留カード (from 2026-06-14): suspend its My Number functions at once through the My Number
/// hotline. C for ordinary My Number cards, not confirmed for this card (docs/rules.md §8, ?).
pub const SPECIFIED_CARD_SUSPEND: Source = src(
    "出入国在留管理庁「特定在留カード」",
    "特定在留カードの紛失等",
    "https://www.moj.go.jp/isa/tokutei.html",
    ymd(2026, 6, 14),
    Confidence::Unconfirmed,
);

// ---------------------------------------------------------------------------------------------
// Situations around the loss (docs/rules.md §8b)
// ---------------------------------------------------------------------------------------------

/// Learned of abroad and not back yet: nobody applies from abroad; the 14 days start on the day of
/// the first re-entry (第19条の12 第1項, C); report to the local police, re-enter with the re-entry
/// permission, a 再入国許可期限証明書 for the airline (docs/rules.md §8b, L).
pub const ABROAD_NOW: Source = immigration_act(
    "第19条の12 第1項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// The special re-entry permission (みなし再入国) needs a valid passport *and* the residence card:
/// leaving without either it or a re-entry permit ends the status of residence
/// (第26条の2 第1項, C; docs/rules.md §8b).
pub const LEAVING_JAPAN: Source = immigration_act(
    "第26条の2 第1項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// The duty to carry the card from 16 (第23条 第2項・第5項), and the passport when no card is
/// carried (第1項): until the new card, carry the passport and the acceptance number
/// (docs/rules.md §8b.3: C for the duties, L for the advice).
pub const DUTY_TO_CARRY: Source = immigration_act(
    "第23条 第1項・第2項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// The card number may be left blank when unknown; a 住民票 lists it on request
/// (住民基本台帳法 第30条の45) (docs/rules.md §8b, L).
pub const CARD_NUMBER_UNKNOWN: Source = src(
    "住民基本台帳法",
    "第30条の45",
    "https://laws.e-gov.go.jp/law/342AC0000000081",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// A My Number card lost too: suspend it through the hotline, report it at the city office
/// (docs/rules.md §8b, C for ordinary My Number cards).
pub const MY_NUMBER_CARD_LOST: Source = src(
    "デジタル庁「マイナンバー」",
    "マイナンバー総合フリーダイヤル",
    "https://www.digital.go.jp/policies/mynumber",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// A passport lost too: the embassy or consulate; a written reason and other ID at the office
/// (docs/rules.md §5, §8b, L).
pub const PASSPORT_LOST_TOO: Source = isa_page("提出書類", Confidence::Secondary);

/// A new card does not change the period of stay: a renewal deadline still applies, and both can
/// be done at the office (docs/rules.md §8b.8: C for the period of stay, 第21条; L for doing both).
pub const STAY_ENDING_SOON: Source =
    immigration_act("第21条", RESIDENCE_CARD_SYSTEM_START, Confidence::Secondary);

/// The special re-entry permission (みなし再入国) lasts one year from leaving, or until the
/// period of stay ends if sooner, and cannot be extended from abroad; a re-entry permit has its
/// own date; whoever is not back in time loses the card and the status (入管法 第26条の2 第2項・
/// 第3項, 第19条の14 第4号; docs/rules.md §8b.9, C).
pub const REENTRY_PERMISSION_ENDS: Source = immigration_act(
    "第26条の2 第2項・第3項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// Special permanent residents: the special re-entry permission lasts two years (入管特例法
/// 第23条 第2項; docs/rules.md §8b.9, C).
pub const REENTRY_PERMISSION_ENDS_SPR: Source =
    special_permanent_residents("第23条 第2項", RESIDENCE_CARD_SYSTEM_START, Confidence::Law);

/// The certificate of the re-entry permission's end (再入国許可期限証明書): asked for at a
/// regional immigration office by a relative living with the holder or someone holding the
/// holder's signed 委任状; it matters when nothing in the passport shows the permission (a new
/// passport, a lost one) (docs/rules.md §8b.1, L).
pub const REENTRY_CERTIFICATE: Source = src(
    "出入国在留管理庁「再入国許可期限証明願」",
    "再入国許可期限証明願",
    "https://www.moj.go.jp/isa/applications/procedures/16-5.html",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// Abroad, a loss or theft is reported to the police there; the report (or its copy) goes with
/// the papers, with a Japanese translation (docs/rules.md §8b.10, L).
pub const REPORT_MADE_ABROAD: Source = REENTRY_CERTIFICATE;

/// A paper in a foreign language handed to the immigration office goes with a Japanese
/// translation (入管法施行規則 第62条; docs/rules.md §8b.10, C).
pub const TRANSLATION_ATTACHED: Source = src(
    "出入国管理及び難民認定法施行規則",
    "第62条",
    "https://laws.e-gov.go.jp/law/356M50000010054",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// A My Number card's suspension is lifted at the city office, with the card found; not by
/// phone (docs/rules.md §8b.5, C for ordinary My Number cards).
pub const MY_NUMBER_SUSPENSION_LIFT: Source = src(
    "宮崎市「マイナンバーカードの一時停止」",
    "一時停止解除",
    "https://www.city.miyazaki.miyazaki.jp/life/juki/have/250462.html",
    ymd(2024, 12, 2),
    Confidence::Law,
);

/// From abroad the 0120 hotline numbers usually cannot be dialled. An Embassy of Japan gives
/// +81-3-6734-0170 (24 h) for a My Number card lost abroad, stated for Japanese nationals' cards;
/// whether it serves a foreign resident's card is not confirmed (docs/rules.md §8b.5, ?).
pub const MY_NUMBER_HOTLINE_FROM_ABROAD: Source = src(
    "在シンガポール日本国大使館「マイナンバーカード：紛失に伴う手続き」",
    "紛失した場合",
    "https://www.sg.emb-japan.go.jp/itpr_ja/11_000001_00715.html",
    ymd(2024, 12, 13),
    Confidence::Unconfirmed,
);

/// The My Number line an Embassy of Japan gives for calling from abroad (24 h).
pub const MY_NUMBER_HOTLINE_ABROAD: &str = "+81-3-6734-0170";

/// A 特定在留カード is reported to take about ten days to issue, not the same day (one 行政書士
/// page; docs/rules.md §8.5, ?).
pub const SPECIFIED_CARD_TAKES_LONGER: Source = src(
    "あきやま行政書士事務所「特定在留カード」",
    "交付までの期間",
    "https://akiyama-gyouseishoshi.com/immigration-services-post-150",
    ymd(2026, 6, 14),
    Confidence::Unconfirmed,
);

/// Special permanent residents need not carry the certificate; they show it when an official on
/// duty asks (入管特例法 第17条 第2項・第4項; docs/rules.md §8.4, C).
pub const SPR_SHOW_ON_REQUEST: Source = special_permanent_residents(
    "第17条 第2項・第4項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// What a special permanent resident brings to the city office: the office's form, a photo (none
/// under 16), proof of the loss, the passport shown or a written reason (入管特例法施行規則 第9条;
/// docs/rules.md §8.4, C).
pub const SPR_DOCUMENTS: Source = src(
    "日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法施行規則",
    "第9条",
    "https://laws.e-gov.go.jp/law/423M60000010044",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// Who goes for a special permanent resident: in person; under 16 or ill, a cohabiting relative
/// aged 16+ must; at the holder's request, one may (入管特例法 第19条; docs/rules.md §8.4, C).
pub const SPR_WHO_MAY_APPLY: Source = special_permanent_residents(
    "第19条 第2項・第3項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// The shape of a residence card number: 2 letters + 8 digits + 2 letters (docs/rules.md §9, L).
pub const CARD_NUMBER_FORMAT: Source = src(
    "出入国在留管理庁「在留カード等番号失効情報照会」",
    "在留カード番号",
    "https://lapse-immi.moj.go.jp/",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

// ---------------------------------------------------------------------------------------------
// Where to go, the day at the office, meanwhile (docs/rules.md §4.1, §13, §14)
// ---------------------------------------------------------------------------------------------

/// The reissue application is made in person at a regional immigration bureau (入管法
/// 第61条の8の3 第1項 第2号): an embassy or consulate abroad cannot take it or issue a card
/// (docs/rules.md §14.4: C for the law, L for what embassies say).
pub const NO_EMBASSY_REISSUE: Source = immigration_act(
    "第61条の8の3 第1項 第2号",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// Stolen residence cards have been used to open mobile phone contracts (a police survey reported
/// in 2018; docs/rules.md §14.3). A press report, not an official page: shown as not confirmed.
pub const CARD_MISUSE: Source = src(
    "時事通信「悪用携帯「ベトナム人」急増=在留カード入手し契約か―特殊詐欺グループ・警視庁」",
    "2018年10月22日",
    "https://www.newscafe.ne.jp/article/2018/10/22/2267418.html",
    ymd(2018, 10, 22),
    Confidence::Unconfirmed,
);

/// Once a new card is issued the old number is recorded as invalid, which employers and others
/// check on the agency's card-number page; since January 2026 that page cannot be reached from
/// abroad (docs/rules.md §14.3). A press report citing the agency: shown as not confirmed.
pub const OLD_CARD_INVALIDATED: Source = src(
    "風傳媒「在留カード照会システム機能強化 海外アクセス遮断など」",
    "在留カード等番号失効情報照会",
    "https://japan.storm.mg/articles/1097505",
    ymd(2026, 1, 5),
    Confidence::Unconfirmed,
);

// ---------------------------------------------------------------------------------------------
// After the new card: keeping it valid (docs/rules.md §15)
// ---------------------------------------------------------------------------------------------

/// The period of stay is renewed by its last day (施行規則 第21条 第1項, C); the agency accepts the
/// application from about three months before for a stay of six months or more (its page as
/// quoted, L) (docs/rules.md §15.1).
pub const STAY_RENEWAL_WINDOW: Source = src(
    "出入国在留管理庁「在留期間更新許可申請」",
    "申請期間",
    "https://www.moj.go.jp/isa/applications/procedures/16-3.html",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Secondary,
);

/// A permanent resident's (or 高度専門職2号's) card is renewed from two months before it ends, or
/// six months before when it ends the day before the 16th birthday (入管法 第19条の11 第1項;
/// docs/rules.md §15.2, C).
pub const CARD_RENEWAL_WINDOW: Source = immigration_act(
    "第19条の11 第1項",
    RESIDENCE_CARD_SYSTEM_START,
    Confidence::Law,
);

/// A special permanent resident's certificate is renewed at the city office from two months before
/// it ends, or six months before when it ends the day before the 16th birthday (入管特例法 第12条;
/// docs/rules.md §15.3, C).
pub const SPR_RENEWAL_WINDOW: Source =
    special_permanent_residents("第12条", RESIDENCE_CARD_SYSTEM_START, Confidence::Law);

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

    /// Every source a user can be shown, for the checks below.
    const ALL: &[Source] = &[
        DEADLINE_TO_APPLY,
        FIRST_DAY_NOT_COUNTED,
        CLOSED_DAYS_ROLL_FORWARD,
        NATIONAL_HOLIDAYS_LAW,
        NATIONAL_HOLIDAYS_TABLE,
        LATE_APPLICATION,
        PENALTY_LATE_APPLICATION,
        PENALTY_OBLIGED_RELATIVE,
        PROOF_OF_LOSS,
        LOST_AT_HOME,
        DESTROYED_BY_ACCIDENT,
        WHERE_TO_APPLY,
        UNDER_16_REPRESENTATIVE,
        WHO_MAY_APPLY,
        DOCUMENTS,
        KANJI_NAME_REQUEST,
        PHOTO,
        FEE,
        FEE_WARNING,
        RETURN_OLD_CARD,
        FOUND_BEFORE_NEW_CARD,
        DAMAGED_CARD,
        SPECIAL_PERMANENT_RESIDENT,
        SPECIFIED_CARD_SUSPEND,
        ABROAD_NOW,
        LEAVING_JAPAN,
        DUTY_TO_CARRY,
        CARD_NUMBER_UNKNOWN,
        MY_NUMBER_CARD_LOST,
        PASSPORT_LOST_TOO,
        STAY_ENDING_SOON,
        CARD_NUMBER_FORMAT,
        APPROVED_PROXY,
        REENTRY_PERMISSION_ENDS,
        REENTRY_PERMISSION_ENDS_SPR,
        REENTRY_CERTIFICATE,
        REPORT_MADE_ABROAD,
        MY_NUMBER_SUSPENSION_LIFT,
        MY_NUMBER_HOTLINE_FROM_ABROAD,
        SPECIFIED_CARD_TAKES_LONGER,
        SPR_SHOW_ON_REQUEST,
        SPR_DOCUMENTS,
        SPR_WHO_MAY_APPLY,
        TRANSLATION_ATTACHED,
        NO_EMBASSY_REISSUE,
        CARD_MISUSE,
        OLD_CARD_INVALIDATED,
        STAY_RENEWAL_WINDOW,
        CARD_RENEWAL_WINDOW,
        SPR_RENEWAL_WINDOW,
    ];

    #[test]
    fn what_a_user_sees_of_a_source_is_the_source_itself() {
        for s in ALL {
            for text in [&s.title, &s.reference] {
                assert!(
                    !text.contains(".md") && !text.contains('§'),
                    "{text} names an internal file"
                );
            }
            assert!(s.url.starts_with("https://"), "{}", s.url);
            assert!(!s.reference.is_empty() && !s.title.is_empty());
        }
    }

    #[test]
    fn with_confidence_changes_only_the_confidence() {
        let s = RETURN_OLD_CARD.with_confidence(Confidence::Unconfirmed);
        assert_eq!(s.confidence, Confidence::Unconfirmed);
        assert_eq!(s.reference, RETURN_OLD_CARD.reference);
    }
}
