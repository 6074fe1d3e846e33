//! The statement's account (陳述書): one clear story in the polite register an officer expects
//! (です・ます throughout): when and where it happened and what happened, when it was noticed, what
//! else went with the card, the report made (or why there is none), and that the card has not been
//! found since (docs/rules.md §11). Every sentence is a fixed template filled from the answers;
//! the person's own details are printed as the full sentences they typed.
//!
//! A relative who writes for a holder under 16 does not write 「私は」 for the child: the account
//! is then in the third person, 「申請人は」 (the child is the applicant; the relative signs).

use chrono::NaiveDate;

use crate::request::{HowLost, PlaceKind, TimeOfDay};
use crate::wording::{date_ja, report_ja, time_of_day_ja, where_ja};
use zairyu_domain::case::{Incident, PoliceReport};

/// Who the account speaks of: the holder writing of themselves, or a relative writing of a
/// holder under 16.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// 「私は」: the holder writes and signs.
    Holder,
    /// 「申請人は」: someone writes for a holder under 16 and signs for them.
    ForChild,
}

impl Voice {
    fn subject(self) -> &'static str {
        match self {
            Voice::Holder => "私は",
            Voice::ForChild => "申請人は",
        }
    }

    /// The noticing: the holder noticed; for a child, it was found that the child's card was
    /// missing (whoever noticed it).
    fn noticed(self) -> &'static str {
        match self {
            Voice::Holder => "在留カードがないことに気付きました",
            Voice::ForChild => "申請人の在留カードがないことが分かりました",
        }
    }
}

/// What proves the loss, as the statement tells it.
#[derive(Debug, Clone, Copy)]
pub enum Proof<'a> {
    /// A report made to the police, in Japan or abroad (accepted, or not accepted).
    Report(&'a PoliceReport),
    /// No report was made: a card lost at home, or lost or stolen abroad and not reported there.
    NotReported {
        /// Lost somewhere at home.
        at_home: bool,
    },
    /// Destroyed in an accident: neither a police report nor a disaster certificate exists.
    Accident,
}

/// The facts the account is written from.
#[derive(Debug, Clone)]
pub struct Account<'a> {
    /// Who it speaks of.
    pub voice: Voice,
    /// What happened to the card (lost, stolen, destroyed in an accident).
    pub incident: Incident,
    /// The day it happened, or the last day the card was seen when `how` is not known.
    pub happened_on: NaiveDate,
    /// About when in the day.
    pub time_of_day: TimeOfDay,
    /// The kind of place.
    pub place_kind: PlaceKind,
    /// The place's name as typed; may be empty.
    pub place_name: &'a str,
    /// What happened.
    pub how: HowLost,
    /// The person's own details, in full sentences, as typed.
    pub detail: Option<&'a str>,
    /// The day the person learned of it: the same day as the form's item 8.
    pub learned_on: NaiveDate,
    /// The day the person came back to Japan, when they learned of it abroad.
    pub reentered_on: Option<NaiveDate>,
    /// What else went with the card, in Japanese (旅券（パスポート）, マイナンバーカード…).
    pub lost_with: Vec<&'static str>,
    /// The report, or why there is none.
    pub proof: Proof<'a>,
    /// The card was lost somewhere at home (the reason the police may not accept a report).
    pub lost_at_home: bool,
}

/// "When": `2026年11月20日の夕方` when the time of day is known, else `2026年11月20日ごろ` (ごろ
/// only after a date).
pub fn when_ja(date: NaiveDate, t: TimeOfDay) -> String {
    match time_of_day_ja(t) {
        Some(t) => format!("{}の{t}", date_ja(date)),
        None => format!("{}ごろ", date_ja(date)),
    }
}

/// A sentence the person typed, ending with 「。」 as a sentence of the letter does.
pub fn as_sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['。', '.', '！', '？', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}。")
    }
}

/// The account, paragraph by paragraph: what happened; how it was noticed (and the return to
/// Japan); the person's details; what else went with the card; the report; not found since.
pub fn account_ja(a: &Account<'_>) -> Vec<String> {
    let s = a.voice.subject();
    let when = when_ja(a.happened_on, a.time_of_day);
    let place = where_ja(a.place_kind, a.place_name);
    let mut story = String::new();
    let at = |verb_phrase: &str, unknown: &str| match &place {
        Some(p) => format!("{s}、{when}、{p}で{verb_phrase}"),
        None => format!("{s}、{when}、{verb_phrase}{unknown}"),
    };
    match a.how {
        HowLost::DroppedOrMissing => story.push_str(&at(
            "在留カードを落とし、紛失しました。",
            "場所は分かりません。",
        )),
        HowLost::LeftBehind => story.push_str(&match &place {
            Some(p) => format!("{s}、{when}、{p}に在留カードを置き忘れ、紛失しました。"),
            None => format!(
                "{s}、{when}、在留カードをどこかに置き忘れ、紛失しました。置き忘れた場所は分かりません。"
            ),
        }),
        HowLost::WalletStolen => story.push_str(&at(
            "在留カードを入れていた財布を盗まれました。",
            "場所は分かりません。",
        )),
        HowLost::BagStolen => story.push_str(&at(
            "在留カードを入れていたかばんを盗まれました。",
            "場所は分かりません。",
        )),
        HowLost::Pickpocketed => story.push_str(&at(
            "すりの被害に遭い、在留カードを盗まれました。",
            "場所は分かりません。",
        )),
        HowLost::StolenOther => story.push_str(&at(
            "在留カードを盗まれました。",
            "場所は分かりません。",
        )),
        HowLost::AccidentPiecesKept => story.push_str(&at(
            "事故により在留カードが壊れ、原形をとどめない状態になりました。残った破片を持参します。",
            "",
        )),
        HowLost::AccidentNothingLeft => story.push_str(&at(
            "事故により在留カードを失いました。カードは残っていません。",
            "",
        )),
        HowLost::DestroyedInDisasterOrFire => story.push_str(&at(
            "災害又は火災により在留カードを失いました。",
            "",
        )),
        HowLost::Unknown => {
            let seen = match &place {
                Some(p) => format!("{when}、{p}"),
                None => when.clone(),
            };
            let noticed = match a.voice {
                Voice::Holder => "在留カードを所持していないことに気付きました",
                Voice::ForChild => "申請人が在留カードを所持していないことが分かりました",
            };
            story.push_str(&format!(
                "{}、{noticed}。いつ、どこで失ったかは分かりません。最後に在留カードを確認したのは、{seen}です。",
                date_ja(a.learned_on)
            ));
        }
    }
    if a.how != HowLost::Unknown {
        let noticed = a.voice.noticed();
        match a.reentered_on {
            Some(back) => story.push_str(&format!(
                "{}、国外に滞在中に{noticed}。{}に本邦に再入国しました。",
                date_ja(a.learned_on),
                date_ja(back)
            )),
            None if a.learned_on == a.happened_on => {
                story.push_str(&format!("同日、{noticed}。"));
            }
            None => story.push_str(&format!("{}、{noticed}。", date_ja(a.learned_on))),
        }
    } else if let Some(back) = a.reentered_on {
        story.push_str(&format!(
            "国外に滞在中にこのことが分かり、{}に本邦に再入国しました。",
            date_ja(back)
        ));
    }
    let mut paragraphs = vec![story];
    if let Some(d) = a.detail.map(str::trim).filter(|d| !d.is_empty()) {
        paragraphs.push(as_sentence(d));
    }
    if !a.lost_with.is_empty() {
        let verb = match a.incident {
            Incident::Stolen => "盗まれました",
            Incident::Lost => "紛失しました",
            _ => "失いました",
        };
        paragraphs.push(format!(
            "在留カードと一緒に、{}も{verb}。",
            a.lost_with.join("及び")
        ));
    }
    paragraphs.push(proof_ja(a));
    if matches!(a.incident, Incident::Lost | Incident::Stolen) {
        paragraphs.push(
            "その後、現在まで在留カードは見つかっていません。新しい在留カードの交付後に見つかったときは、速やかに返納いたします。".to_owned(),
        );
    }
    paragraphs.push("以上のとおり相違ありません。".to_owned());
    paragraphs
}

/// The sentence about the report: the number in brackets after it (「（受理番号：X）」, as the
/// police printed it), or that the police did not accept it and why; a report made abroad with
/// or without a number; no report, and why; or, for an accident, that there is none
/// (docs/rules.md §3, §8b.10, §11).
pub fn proof_ja(a: &Account<'_>) -> String {
    let theft = a.incident == Incident::Stolen;
    match a.proof {
        Proof::Report(r) if r.made_abroad() => {
            let number = if r.acceptance_number.trim().is_empty() {
                "届出番号はありません。".to_owned()
            } else {
                format!("届出番号は「{}」です。", r.acceptance_number.trim())
            };
            format!(
                "{}、滞在先である{}の警察（{}）に届け出ました。{number}届出を証する書類とその日本語訳を添付します。",
                date_ja(r.reported_on),
                r.country,
                r.station
            )
        }
        Proof::Report(r) if r.not_accepted => {
            let why = if a.lost_at_home {
                "自宅内での紛失であるため、"
            } else {
                ""
            };
            format!(
                "{}、{}に{}を提出しようとしましたが、{why}受理されませんでした。そのため、受理番号はありません。",
                date_ja(r.reported_on),
                r.station,
                report_ja(r.kind)
            )
        }
        Proof::Report(r) => format!(
            "{}、{}に{}を提出し、受理されました（受理番号：{}）。",
            date_ja(r.reported_on),
            r.station,
            report_ja(r.kind),
            r.acceptance_number
        ),
        Proof::NotReported { at_home: true } => {
            "自宅内で紛失したと考えられるため、警察には届け出ていません。".to_owned()
        }
        Proof::NotReported { at_home: false } => format!(
            "国外での{}であり、滞在先の警察には届け出ていません。",
            if theft { "盗難" } else { "紛失" }
        ),
        Proof::Accident => {
            "事故によるものであるため、警察への届出及び罹災証明書はありません。".to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zairyu_domain::case::ReportKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn report(kind: ReportKind, number: &str) -> PoliceReport {
        PoliceReport {
            kind,
            station: "新宿警察署".into(),
            reported_on: d(2026, 11, 21),
            acceptance_number: number.into(),
            not_accepted: false,
            country: String::new(),
        }
    }

    fn account<'a>(how: HowLost, proof: Proof<'a>) -> Account<'a> {
        Account {
            voice: Voice::Holder,
            incident: Incident::Lost,
            happened_on: d(2026, 11, 20),
            time_of_day: TimeOfDay::Evening,
            place_kind: PlaceKind::TrainOrStation,
            place_name: "JR新宿駅",
            how,
            detail: None,
            learned_on: d(2026, 11, 20),
            reentered_on: None,
            lost_with: vec![],
            proof,
            lost_at_home: false,
        }
    }

    #[test]
    fn one_clear_account_in_the_polite_register() {
        let r = report(ReportKind::LossReport, "令和8年第123号");
        let a = account_ja(&account(HowLost::DroppedOrMissing, Proof::Report(&r)));
        assert_eq!(
            a,
            [
                "私は、2026年11月20日の夕方、JR新宿駅（電車内・駅構内）で在留カードを落とし、紛失しました。同日、在留カードがないことに気付きました。",
                "2026年11月21日、新宿警察署に遺失届を提出し、受理されました（受理番号：令和8年第123号）。",
                "その後、現在まで在留カードは見つかっていません。新しい在留カードの交付後に見つかったときは、速やかに返納いたします。",
                "以上のとおり相違ありません。",
            ]
        );
        let all = a.concat();
        assert!(
            !all.contains("ごろ") && !all.contains("落としたか"),
            "{all}"
        );
    }

    #[test]
    fn a_child_is_written_of_in_the_third_person() {
        let r = report(ReportKind::TheftReport, "R8-1");
        let mut acc = account(HowLost::Pickpocketed, Proof::Report(&r));
        acc.voice = Voice::ForChild;
        acc.incident = Incident::Stolen;
        acc.learned_on = d(2026, 11, 21);
        let all = account_ja(&acc).concat();
        assert!(all.starts_with("申請人は、2026年11月20日の夕方、"), "{all}");
        assert!(!all.contains("私"), "{all}");
        assert!(
            all.contains("2026年11月21日、申請人の在留カードがないことが分かりました。"),
            "{all}"
        );
    }

    #[test]
    fn a_report_abroad_is_worded_as_what_it_is_with_or_without_a_number() {
        let mut r = report(ReportKind::PoliceAbroad, "");
        r.country = "タイ".into();
        r.station = "Bangkok Tourist Police".into();
        let mut acc = account(HowLost::WalletStolen, Proof::Report(&r));
        acc.incident = Incident::Stolen;
        acc.reentered_on = Some(d(2026, 11, 25));
        let all = account_ja(&acc).concat();
        assert!(
            all.contains("滞在先であるタイの警察（Bangkok Tourist Police）に届け出ました。届出番号はありません。"),
            "{all}"
        );
        assert!(
            all.contains("2026年11月25日に本邦に再入国しました。"),
            "{all}"
        );
        for wrong in ["遺失届", "受理番号", "受理されません"] {
            assert!(!all.contains(wrong), "{wrong} in {all}");
        }
        r.acceptance_number = "BKK-2026-778".into();
        let acc = account(HowLost::WalletStolen, Proof::Report(&r));
        assert!(account_ja(&acc)
            .concat()
            .contains("届出番号は「BKK-2026-778」です。"));
    }

    #[test]
    fn no_report_says_why_and_never_that_the_police_refused() {
        let mut acc = account(
            HowLost::DroppedOrMissing,
            Proof::NotReported { at_home: true },
        );
        acc.place_kind = PlaceKind::Home;
        acc.place_name = "";
        let all = account_ja(&acc).concat();
        assert!(all.contains("自宅内で紛失したと考えられるため、警察には届け出ていません。"));
        assert!(!all.contains("受理されません"), "{all}");
    }

    #[test]
    fn details_print_as_full_sentences_and_what_went_with_the_card_is_named() {
        let r = report(ReportKind::LossReport, "1");
        let mut acc = account(HowLost::LeftBehind, Proof::Report(&r));
        acc.detail = Some("電車を降りた後、網棚に置いた財布がないことに気付きました");
        acc.lost_with = vec!["旅券（パスポート）", "マイナンバーカード"];
        let a = account_ja(&acc);
        assert_eq!(
            a[1],
            "電車を降りた後、網棚に置いた財布がないことに気付きました。"
        );
        assert_eq!(
            a[2],
            "在留カードと一緒に、旅券（パスポート）及びマイナンバーカードも紛失しました。"
        );
    }
}
