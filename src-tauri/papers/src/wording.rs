//! The words of the papers: fixed Japanese templates, one per answer, with their English
//! glosses. Sentences are assembled from the structured answers only; the user's own words
//! (a place name, a short detail) are inserted as typed, never translated.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::request::{HowLost, LateReason, PassportReason, PlaceKind, TimeOfDay};
use zairyu_domain::case::{Document, Incident, PoliceReport, ReportKind};

/// The PDF's title.
pub const DOCUMENT_TITLE: &str =
    "在留カード再交付申請書 APPLICATION FOR RE-ISSUANCE OF A RESIDENCE CARD";
/// The PDF's subject.
pub const DOCUMENT_SUBJECT: &str = "在留カードの再交付申請 Re-issuance of a lost residence card";
/// The declaration above the signature (docs/rules.md §7).
pub const DECLARATION_JA: &str = "以上の記載内容は事実と相違ありません。";
/// The declaration in English (docs/rules.md §7).
pub const DECLARATION_EN: &str =
    "I hereby declare that the statement given above is true and correct.";
/// Addressee of the letters: the reissuance is applied for to the Commissioner of the Immigration
/// Services Agency (入管法 第19条の12 第1項「出入国在留管理庁長官に対し」; docs/rules.md §11).
pub const ADDRESSEE: &str = "出入国在留管理庁長官 殿";
/// The addressee in English.
pub const ADDRESSEE_EN: &str = "To the Commissioner of the Immigration Services Agency of Japan";

/// A date in Japanese form: `2026年11月25日`.
pub fn date_ja(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// A date in Japanese form with the day of the week: `2026年11月25日（水）`.
pub fn date_ja_weekday(d: NaiveDate) -> String {
    let w = match d.weekday() {
        Weekday::Mon => "月",
        Weekday::Tue => "火",
        Weekday::Wed => "水",
        Weekday::Thu => "木",
        Weekday::Fri => "金",
        Weekday::Sat => "土",
        Weekday::Sun => "日",
    };
    format!("{}（{w}）", date_ja(d))
}

/// The incident as the form's reason box names it: 紛失, 盗難, 滅失 or その他.
pub fn incident_ja(i: Incident) -> &'static str {
    match i {
        Incident::Lost => "紛失",
        Incident::Stolen => "盗難",
        Incident::Destroyed | Incident::DestroyedByAccident => "滅失",
        _ => "その他",
    }
}

/// The report's Japanese name.
pub fn report_ja(k: ReportKind) -> &'static str {
    match k {
        ReportKind::LossReport => "遺失届",
        ReportKind::TheftReport => "盗難届",
        ReportKind::DisasterCertificate => "罹災証明書",
    }
}

/// The time of day: 朝, 日中, 夕方, 夜, 深夜; `None` when not known.
pub fn time_of_day_ja(t: TimeOfDay) -> Option<&'static str> {
    match t {
        TimeOfDay::Morning => Some("朝"),
        TimeOfDay::Daytime => Some("日中"),
        TimeOfDay::Evening => Some("夕方"),
        TimeOfDay::Night => Some("夜"),
        TimeOfDay::LateNight => Some("深夜"),
        TimeOfDay::Unknown => None,
    }
}

/// The kind of place: 電車内・駅構内, 路上, …; `None` when not known.
pub fn place_kind_ja(p: PlaceKind) -> Option<&'static str> {
    match p {
        PlaceKind::TrainOrStation => Some("電車内・駅構内"),
        PlaceKind::Street => Some("路上"),
        PlaceKind::Shop => Some("店舗内"),
        PlaceKind::Home => Some("自宅"),
        PlaceKind::Workplace => Some("勤務先・学校"),
        PlaceKind::TaxiOrBus => Some("タクシー・バス車内"),
        PlaceKind::PublicPlace => Some("公園等の公共の場所"),
        PlaceKind::Unknown => None,
    }
}

/// "When" for the statement: `2026年11月20日の夕方ごろ` or `2026年11月20日ごろ`.
pub fn when_ja(date: NaiveDate, t: TimeOfDay) -> String {
    match time_of_day_ja(t) {
        Some(t) => format!("{}の{t}ごろ", date_ja(date)),
        None => format!("{}ごろ", date_ja(date)),
    }
}

/// "Where" for the statement: `JR新宿駅（電車内・駅構内）`, `自宅`, or `None` when not known.
pub fn where_ja(kind: PlaceKind, name: &str) -> Option<String> {
    match (place_kind_ja(kind), name.is_empty()) {
        (Some(k), true) => Some(k.to_owned()),
        (Some(k), false) => Some(format!("{name}（{k}）")),
        (None, false) => Some(format!("{name}付近")),
        (None, true) => None,
    }
}

/// The facts the statement's account is written from: when and where it happened, how, and the
/// day the person learned of it (the form's item 8) and, when that was abroad, came back.
#[derive(Debug, Clone, Copy)]
pub struct Account<'a> {
    /// The day it happened (about), or the last day the card was seen when `how` is not known.
    pub happened_on: NaiveDate,
    /// About when in the day.
    pub time_of_day: TimeOfDay,
    /// The kind of place.
    pub place_kind: PlaceKind,
    /// The place's name as typed; may be empty.
    pub place_name: &'a str,
    /// What happened.
    pub how: HowLost,
    /// The day the person learned of it: the same day as the form's item 8.
    pub learned_on: NaiveDate,
    /// The day the person came back to Japan, when they learned of it abroad.
    pub reentered_on: Option<NaiveDate>,
}

/// The statement's account of what happened, generated from the answers: what happened when and
/// where, then, in a sentence of its own, the day the person learned of it (docs/rules.md §11).
pub fn account_ja(a: &Account<'_>) -> String {
    let when = when_ja(a.happened_on, a.time_of_day);
    let place = where_ja(a.place_kind, a.place_name);
    let at = place
        .as_deref()
        .map(|p| format!("{p}で"))
        .unwrap_or_default();
    let left_at = place
        .as_deref()
        .map(|p| format!("{p}に"))
        .unwrap_or_default();
    let unknown_place = if place.is_none() {
        "場所は分かりません。"
    } else {
        ""
    };
    let learned = if a.learned_on == a.happened_on {
        "同日、そのことに気付きました。".to_owned()
    } else {
        format!("{}に、そのことに気付きました。", date_ja(a.learned_on))
    };
    let mut text = match a.how {
        HowLost::DroppedOrMissing => format!(
            "私は、{when}、{at}在留カードを落としたか、紛失しました。{unknown_place}{learned}"
        ),
        HowLost::LeftBehind => format!(
            "私は、{when}、{left_at}在留カードを置き忘れ、その後見つかっていません。{unknown_place}{learned}"
        ),
        HowLost::BagStolen => format!(
            "私は、{when}、{at}在留カードを入れていたかばん又は財布を盗まれました。{unknown_place}{learned}"
        ),
        HowLost::Pickpocketed => format!(
            "私は、{when}、{at}在留カードを入れていた財布等をすり取られました。{unknown_place}{learned}"
        ),
        HowLost::StolenOther => format!(
            "私は、{when}、{at}在留カードを盗まれました。{unknown_place}{learned}"
        ),
        HowLost::AccidentPiecesKept => format!(
            "私は、{when}、{at}事故により在留カードが壊れ、使用できなくなりました。{unknown_place}{learned}残った破片を持参します。"
        ),
        HowLost::AccidentNothingLeft => format!(
            "私は、{when}、{at}事故により在留カードを失いました。カードは残っていません。{unknown_place}{learned}"
        ),
        HowLost::DestroyedInDisasterOrFire => format!(
            "私は、{when}、{at}災害又は火災により在留カードを失いました。{unknown_place}{learned}"
        ),
        HowLost::Unknown => format!(
            "私は、{}に、在留カードがないことに気付きました。いつ、どのようになくしたかは分かりません。最後に持っていたのは{when}{}です。",
            date_ja(a.learned_on),
            place.map(|p| format!("、{p}")).unwrap_or_default()
        ),
    };
    if let Some(back) = a.reentered_on {
        text.push_str(&format!(
            "国外に滞在中に気付き、{}に本邦に再入国しました。",
            date_ja(back)
        ));
    }
    text
}

/// What happened, in a few words: 落とした・紛失, すり, …
pub fn how_short_ja(how: HowLost) -> &'static str {
    match how {
        HowLost::DroppedOrMissing => "落とした、又は紛失した",
        HowLost::BagStolen => "かばん・財布ごと盗まれた",
        HowLost::Pickpocketed => "すり取られた",
        HowLost::StolenOther => "盗まれた",
        HowLost::LeftBehind => "置き忘れた",
        HowLost::AccidentPiecesKept => "事故により壊れた（破片あり）",
        HowLost::AccidentNothingLeft => "事故により失った（破片なし）",
        HowLost::DestroyedInDisasterOrFire => "災害・火災により失った",
        HowLost::Unknown => "不明",
    }
}

/// The English gloss of the account (for the summary; the statement itself is Japanese).
pub fn how_en(how: HowLost) -> &'static str {
    match how {
        HowLost::DroppedOrMissing => "dropped or lost it",
        HowLost::BagStolen => "bag or wallet stolen",
        HowLost::Pickpocketed => "pickpocketed",
        HowLost::StolenOther => "stolen",
        HowLost::LeftBehind => "left it behind",
        HowLost::AccidentPiecesKept => "broken in an accident (pieces kept)",
        HowLost::AccidentNothingLeft => "destroyed in an accident (nothing left)",
        HowLost::DestroyedInDisasterOrFire => "destroyed in a disaster or fire",
        HowLost::Unknown => "not known",
    }
}

/// The statement's sentence about the police report: the number in brackets after it
/// (「（受理番号：X）」), or, when the police did not accept it, that they did not and why when
/// known (a card lost at home) (docs/rules.md §3, §11).
pub fn report_sentence_ja(report: &PoliceReport, lost_at_home: bool) -> String {
    let on = date_ja(report.reported_on);
    let station = &report.station;
    let kind = report_ja(report.kind);
    if report.not_accepted {
        let why = if lost_at_home {
            "自宅内での紛失であるため、"
        } else {
            ""
        };
        format!("{on}、{station}に{kind}を出そうとしましたが、{why}受理されませんでした。そのため、受理番号はありません。")
    } else {
        format!(
            "{on}、{station}に{kind}を提出しました（受理番号：{}）。",
            report.acceptance_number
        )
    }
}

/// The statement's sentence for a card destroyed in an accident: why there is no police report.
pub const ACCIDENT_NO_REPORT_JA: &str =
    "事故による滅失のため、警察への届出及び罹災証明書はありません。";

/// What the letters print for a card number the person does not know (the form leaves it blank).
pub const CARD_NUMBER_UNKNOWN_JA: &str = "不明";

/// The statement's closing: a found card will be returned (入管法 第19条の15 第3項).
pub const STATEMENT_CLOSING_JA: &str =
    "在留カードを発見したときは、速やかに地方出入国在留管理局に返納します。";

/// A late reason as a sentence of the 理由書.
pub fn late_reason_ja(r: LateReason) -> &'static str {
    match r {
        LateReason::Illness => "病気又はけがのため、入院又は療養しており、申請に行くことができませんでした。",
        LateReason::Disaster => "災害のため、申請に行くことができませんでした。",
        LateReason::DidNotKnowRule => {
            "在留カードの所持を失ったことを知った日から14日以内に再交付を申請しなければならないことを知りませんでした。"
        }
        LateReason::WaitedForPoliceOrCard => {
            "警察からの連絡や、在留カードが見つかるのを待っていました。"
        }
        LateReason::Abroad => "日本国外に滞在していました。",
        LateReason::WorkOrFamilyEmergency => {
            "仕事又は家族の緊急の事情のため、申請に行くことができませんでした。"
        }
        LateReason::Other => "その他の事情によるものです。",
    }
}

/// A passport reason as a sentence of the 理由書.
pub fn passport_reason_ja(r: PassportReason) -> &'static str {
    match r {
        PassportReason::LostToo => "旅券も在留カードと一緒に紛失しました。",
        PassportReason::AtEmbassyForRenewal => {
            "旅券は更新手続のため、本国の大使館（領事館）に預けています。"
        }
        PassportReason::StolenToo => "旅券も在留カードと一緒に盗まれました。",
        PassportReason::Other => "その他の事情により、旅券を提示することができません。",
    }
}

/// A document to bring: Japanese and English names.
pub fn document_names(d: Document) -> (&'static str, &'static str) {
    match d {
        Document::ApplicationForm => (
            "在留カード再交付申請書（この書類の1枚目）",
            "Application form (page 1 of this packet)",
        ),
        Document::Photo => (
            "写真1枚（縦4cm×横3cm、6か月以内に撮影、裏に氏名）",
            "1 photo, 4 cm × 3 cm, taken within 6 months, name on the back",
        ),
        Document::LossStatement => (
            "陳述書（この書類に含まれています）",
            "Statement on the loss (in this packet)",
        ),
        Document::PoliceCertificate => (
            "遺失届出証明書又は盗難届出証明書（求められた場合）",
            "Police certificate of the report, if the office asks",
        ),
        Document::DisasterCertificate => (
            "罹災証明書（消防署又は市区町村）",
            "Disaster certificate (fire department or city office)",
        ),
        Document::Passport => (
            "旅券（パスポート）又は在留資格証明書",
            "Passport (or certificate of status)",
        ),
        Document::PassportReasonLetter => (
            "旅券を提示できない理由書と他の本人確認書類",
            "Reason letter (no passport) and other ID",
        ),
        Document::ActivityPermit => (
            "資格外活動許可書（お持ちの場合）",
            "Permit for activity outside status, if held",
        ),
        Document::LateReasonLetter => ("申請が遅れた理由書", "Letter explaining the delay"),
        Document::DamagedCard => ("損傷した在留カード", "The damaged card"),
        Document::OldCard => ("見つかった古い在留カード", "The old card that was found"),
        Document::RepresentativeId => (
            "代理人（同居の親族）の本人確認書類と、続柄・同居を証する書類（住民票等）",
            "ID of the relative who applies, and proof of relationship and living together",
        ),
        Document::MedicalCertificate => (
            "申請人が病気等で出頭できないことを証する書類（診断書等）",
            "Doctor's certificate: why the applicant cannot come",
        ),
        Document::LetterOfAuthority => (
            "委任状（この書類に含まれています）",
            "Letter of authority (in this packet)",
        ),
        Document::CardPieces => (
            "在留カードの破片（残っている場合）",
            "The pieces of the card, if any remain",
        ),
        Document::PoliceReportAbroad => (
            "国外の警察への届出の控え（ある場合）",
            "The report made to the police abroad, if any",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn japanese_dates() {
        assert_eq!(date_ja(d(2026, 11, 25)), "2026年11月25日");
        assert_eq!(date_ja_weekday(d(2026, 11, 25)), "2026年11月25日（水）");
    }

    fn account(how: HowLost, happened: NaiveDate, learned: NaiveDate) -> Account<'static> {
        Account {
            happened_on: happened,
            time_of_day: TimeOfDay::Evening,
            place_kind: PlaceKind::TrainOrStation,
            place_name: "JR新宿駅",
            how,
            learned_on: learned,
            reentered_on: None,
        }
    }

    #[test]
    fn the_account_says_when_it_happened_and_when_it_was_learned() {
        let a = account_ja(&account(
            HowLost::DroppedOrMissing,
            d(2026, 11, 20),
            d(2026, 11, 20),
        ));
        assert_eq!(
            a,
            "私は、2026年11月20日の夕方ごろ、JR新宿駅（電車内・駅構内）で在留カードを落としたか、紛失しました。同日、そのことに気付きました。"
        );
        let a = account_ja(&account(
            HowLost::Pickpocketed,
            d(2026, 11, 18),
            d(2026, 11, 20),
        ));
        assert!(
            a.contains("2026年11月18日の夕方ごろ")
                && a.contains("2026年11月20日に、そのことに気付きました"),
            "{a}"
        );
        let unknown = Account {
            time_of_day: TimeOfDay::Unknown,
            place_kind: PlaceKind::Unknown,
            place_name: "",
            reentered_on: Some(d(2026, 11, 25)),
            ..account(HowLost::Unknown, d(2026, 11, 19), d(2026, 11, 21))
        };
        let a = account_ja(&unknown);
        assert!(
            a.starts_with("私は、2026年11月21日に、在留カードがないことに気付きました。")
                && a.contains("最後に持っていたのは2026年11月19日ごろです。")
                && a.contains("2026年11月25日に本邦に再入国しました。"),
            "{a}"
        );
    }

    #[test]
    fn the_police_sentence_gives_the_number_in_brackets_or_says_it_was_not_accepted() {
        let mut report = PoliceReport {
            kind: ReportKind::LossReport,
            station: "新宿警察署".into(),
            reported_on: d(2026, 11, 21),
            acceptance_number: "令和8年第123号".into(),
            not_accepted: false,
        };
        assert_eq!(
            report_sentence_ja(&report, false),
            "2026年11月21日、新宿警察署に遺失届を提出しました（受理番号：令和8年第123号）。"
        );
        report.not_accepted = true;
        let s = report_sentence_ja(&report, true);
        assert!(
            s.contains("自宅内での紛失であるため、受理されませんでした") && !s.contains("123"),
            "{s}"
        );
    }
}
