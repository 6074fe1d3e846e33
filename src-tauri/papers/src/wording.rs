//! The words of the papers: fixed Japanese templates, one per answer, with their English
//! glosses. Sentences are assembled from the structured answers only; the user's own words
//! (a place name, a short detail) are inserted as typed, never translated.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::request::{HowLost, PlaceKind, TimeOfDay};
use zairyu_domain::case::{Document, Incident, ReportKind};

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

/// The reason the card is gone, as the form's item 8 ticks it, the statement's 区分 ticks it and the
/// reason letter names it: one mapping, so the three pages agree (docs/rules.md §7, §11.2). A card
/// destroyed in a disaster, a fire or an accident and gone is 滅失; damage with the card in hand is
/// another procedure (毀損・汚損, 入管法 第19条の13) and prints no papers here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonBox {
    /// 紛失 Lost.
    Lost,
    /// 盗難 Stolen.
    Stolen,
    /// 滅失 Destroyed.
    Destroyed,
    /// その他 Other.
    Other,
}

impl ReasonBox {
    /// The four boxes of the form, in its order.
    pub const ALL: [ReasonBox; 4] = [
        ReasonBox::Lost,
        ReasonBox::Stolen,
        ReasonBox::Destroyed,
        ReasonBox::Other,
    ];

    /// The box for `incident`.
    pub fn for_incident(incident: Incident) -> ReasonBox {
        match incident {
            Incident::Lost => ReasonBox::Lost,
            Incident::Stolen => ReasonBox::Stolen,
            Incident::Destroyed | Incident::DestroyedByAccident => ReasonBox::Destroyed,
            Incident::Damaged | Incident::Exchange | Incident::OldCardFound => ReasonBox::Other,
        }
    }

    /// Its Japanese word: 紛失, 盗難, 滅失, その他.
    pub fn ja(self) -> &'static str {
        match self {
            ReasonBox::Lost => "紛失",
            ReasonBox::Stolen => "盗難",
            ReasonBox::Destroyed => "滅失",
            ReasonBox::Other => "その他",
        }
    }

    /// Its label with the English: 「紛失 Lost」.
    pub fn label(self) -> &'static str {
        match self {
            ReasonBox::Lost => "紛失 Lost",
            ReasonBox::Stolen => "盗難 Stolen",
            ReasonBox::Destroyed => "滅失 Destroyed",
            ReasonBox::Other => "その他 Other",
        }
    }
}

/// The report's Japanese name.
pub fn report_ja(k: ReportKind) -> &'static str {
    match k {
        ReportKind::LossReport => "遺失届",
        ReportKind::TheftReport => "盗難届",
        ReportKind::DisasterCertificate => "罹災証明書",
        ReportKind::PoliceAbroad => "国外の警察への届出",
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

/// "Where" for the statement: `JR新宿駅（電車内・駅構内）`, `自宅`, or `None` when not known.
pub fn where_ja(kind: PlaceKind, name: &str) -> Option<String> {
    match (place_kind_ja(kind), name.is_empty()) {
        (Some(k), true) => Some(k.to_owned()),
        (Some(k), false) => Some(format!("{name}（{k}）")),
        (None, false) => Some(format!("{name}付近")),
        (None, true) => None,
    }
}

/// What happened, in a few words: 落とした・紛失, すり, …
pub fn how_short_ja(how: HowLost) -> &'static str {
    match how {
        HowLost::DroppedOrMissing => "落として紛失した",
        HowLost::WalletStolen => "財布ごと盗まれた",
        HowLost::BagStolen => "かばんごと盗まれた",
        HowLost::Pickpocketed => "すりの被害に遭った",
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
        HowLost::DroppedOrMissing => "dropped and lost it",
        HowLost::WalletStolen => "wallet stolen",
        HowLost::BagStolen => "bag stolen",
        HowLost::Pickpocketed => "pickpocketed",
        HowLost::StolenOther => "stolen",
        HowLost::LeftBehind => "left it behind",
        HowLost::AccidentPiecesKept => "broken in an accident (pieces kept)",
        HowLost::AccidentNothingLeft => "destroyed in an accident (nothing left)",
        HowLost::DestroyedInDisasterOrFire => "destroyed in a disaster or fire",
        HowLost::Unknown => "not known",
    }
}

/// What the letters print for a card number the person does not know (the form leaves it blank).
pub const CARD_NUMBER_UNKNOWN_JA: &str = "不明";

/// The one letter (理由書) that gives both reasons, late and no passport: one line on the summary.
pub const ONE_REASON_LETTER: (&str, &str) = (
    "理由書（申請が遅れた理由及び旅券を提示できない理由。この書類に含まれています）",
    "Letter of explanation: why late and why no passport (in this packet)",
);

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
            "国外の警察への届出を証する書類（控え）",
            "The paper of the report made to the police abroad (or a copy)",
        ),
        Document::PoliceReportTranslation => {
            ("上記書類の日本語訳", "A Japanese translation of that paper")
        }
        Document::AgentCertificate => (
            "申請等取次者証明書（取次者が持参）",
            "The agent's certificate (申請等取次者証明書), which the agent brings",
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
}
