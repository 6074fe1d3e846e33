//! The words of the papers: fixed Japanese templates, one per answer, with their English
//! glosses. Sentences are assembled from the structured answers only; the user's own words
//! (a place name, a short detail) are inserted as typed, never translated.

use chrono::{Datelike, NaiveDate, Weekday};

use super::request::{HowLost, LateReason, PassportReason, PlaceKind, TimeOfDay};
use crate::case::{Document, Incident, ReportKind};

/// The PDF's title.
pub const DOCUMENT_TITLE: &str =
    "在留カード再交付申請書 APPLICATION FOR RE-ISSUANCE OF A RESIDENCE CARD";
/// The PDF's subject.
pub const DOCUMENT_SUBJECT: &str = "在留カードの再交付申請 Re-issuance of a lost residence card";
/// The declaration above the signature (rules.md §7).
pub const DECLARATION_JA: &str = "以上の記載内容は事実と相違ありません。";
/// The declaration in English (rules.md §7).
pub const DECLARATION_EN: &str =
    "I hereby declare that the statement given above is true and correct.";
/// Addressee of the letters.
pub const ADDRESSEE: &str = "出入国在留管理局長 殿";

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
        Incident::Destroyed => "滅失",
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

/// The time of day: 朝, 昼, 夕方, 夜, 深夜; `None` when not known.
pub fn time_of_day_ja(t: TimeOfDay) -> Option<&'static str> {
    match t {
        TimeOfDay::Morning => Some("朝"),
        TimeOfDay::Daytime => Some("昼"),
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

/// The statement's account of what happened, generated from the answers.
pub fn account_ja(
    date: NaiveDate,
    t: TimeOfDay,
    kind: PlaceKind,
    name: &str,
    how: HowLost,
) -> String {
    let when = when_ja(date, t);
    let place = where_ja(kind, name);
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
    match how {
        HowLost::DroppedOrMissing => format!(
            "私は、{when}、{at}在留カードを落としたか紛失したことに気付きました。{unknown_place}"
        ),
        HowLost::BagStolen => format!(
            "私は、{when}、{at}在留カードを入れていたかばん又は財布を盗まれました。{unknown_place}"
        ),
        HowLost::Pickpocketed => format!(
            "私は、{when}、{at}在留カードを入れていた財布等をすり取られました。{unknown_place}"
        ),
        HowLost::LeftBehind => format!(
            "私は、{when}、{left_at}在留カードを置き忘れ、その後見つかっていません。{unknown_place}"
        ),
        HowLost::DestroyedInDisasterOrFire => format!(
            "私は、{when}、{at}災害又は火災により在留カードを失いました。{unknown_place}"
        ),
        HowLost::Unknown => format!(
            "私は、{when}、在留カードがないことに気付きました。どのようになくしたかは分かりません。{}",
            place
                .map(|p| format!("最後に持っていた場所は{p}です。"))
                .unwrap_or_else(|| unknown_place.to_owned())
        ),
    }
}

/// What happened, in a few words: 落とした・紛失, すり, …
pub fn how_short_ja(how: HowLost) -> &'static str {
    match how {
        HowLost::DroppedOrMissing => "落とした、又は紛失に気付いた",
        HowLost::BagStolen => "かばん・財布ごと盗まれた",
        HowLost::Pickpocketed => "すり取られた",
        HowLost::LeftBehind => "置き忘れた",
        HowLost::DestroyedInDisasterOrFire => "災害・火災により失った",
        HowLost::Unknown => "不明",
    }
}

/// The English gloss of the account (for the summary; the statement itself is Japanese).
pub fn how_en(how: HowLost) -> &'static str {
    match how {
        HowLost::DroppedOrMissing => "dropped it or noticed it missing",
        HowLost::BagStolen => "bag or wallet stolen",
        HowLost::Pickpocketed => "pickpocketed",
        HowLost::LeftBehind => "left it behind",
        HowLost::DestroyedInDisasterOrFire => "destroyed in a disaster or fire",
        HowLost::Unknown => "not known",
    }
}

/// The statement's sentence about the police report.
pub fn report_sentence_ja(kind: ReportKind, station: &str, on: NaiveDate, number: &str) -> String {
    format!(
        "{}、{station}に{}を提出し、受理番号「{number}」の交付を受けました。",
        date_ja(on),
        report_ja(kind)
    )
}

/// The statement's closing: a found card will be returned (入管法 第19条の15 第3項).
pub const STATEMENT_CLOSING_JA: &str =
    "在留カードを発見したときは、速やかに地方出入国在留管理局に返納します。";

/// A late reason as a sentence of the 理由書.
pub fn late_reason_ja(r: LateReason) -> &'static str {
    match r {
        LateReason::Illness => "病気又はけがのため、入院又は療養しており、申請に行くことができませんでした。",
        LateReason::Disaster => "災害のため、申請に行くことができませんでした。",
        LateReason::DidNotKnowRule => {
            "在留カードを失った日から14日以内に再交付を申請しなければならないことを知りませんでした。"
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
            "紛失・盗難に係る陳述書（受理番号を記載）",
            "Loss/theft statement with the police acceptance number",
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
            "代理人の本人確認書類と続柄を証する書類",
            "Representative's ID and proof of relationship",
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

    #[test]
    fn accounts_come_from_the_answers() {
        let a = account_ja(
            d(2026, 11, 20),
            TimeOfDay::Evening,
            PlaceKind::TrainOrStation,
            "JR新宿駅",
            HowLost::DroppedOrMissing,
        );
        assert_eq!(
            a,
            "私は、2026年11月20日の夕方ごろ、JR新宿駅（電車内・駅構内）で在留カードを落としたか紛失したことに気付きました。"
        );
        let a = account_ja(
            d(2026, 11, 20),
            TimeOfDay::Unknown,
            PlaceKind::Unknown,
            "",
            HowLost::Unknown,
        );
        assert!(
            a.contains("2026年11月20日ごろ") && a.contains("場所は分かりません。"),
            "{a}"
        );
    }
}
