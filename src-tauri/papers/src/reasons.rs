//! The reason letter's sentences (理由書): why the application is late, with the facts an officer
//! looks for (which hospital and from when to when, where abroad, which disaster), the person's
//! own words, and the customary apology and request; and why the passport cannot be shown
//! (docs/rules.md §1.8, §5.1, §11.5). "I did not know the rule" is printed only when it is the only
//! reason: beside a stronger one it only admits the offence.

use chrono::NaiveDate;

use crate::account::{as_sentence, Voice};
use crate::request::{LateReason, LateReasons, PassportReason, PassportReasons, Stay};
use crate::wording::date_ja;

/// "From … until …": `2026年11月3日から2026年11月20日まで`, or `…から現在まで` while it goes on.
fn period_ja(stay: &Stay) -> String {
    match stay.until {
        Some(until) => format!("{}から{}まで", date_ja(stay.from), date_ja(until)),
        None => format!("{}から現在まで", date_ja(stay.from)),
    }
}

/// One late reason as a sentence, with its facts.
fn late_reason_ja(r: LateReason, l: &LateReasons, voice: Voice) -> String {
    let who = match voice {
        Voice::Holder => "",
        Voice::ForChild => "申請人は、",
    };
    match r {
        LateReason::Illness => match &l.illness {
            Some(s) if !s.place.is_empty() => format!(
                "{who}{}、病気又はけがのため{}に入院しており、申請に行くことができませんでした。",
                period_ja(s),
                s.place
            ),
            Some(s) => format!(
                "{who}{}、病気又はけがのため自宅で療養しており、申請に行くことができませんでした。",
                period_ja(s)
            ),
            None => format!("{who}病気又はけがのため、申請に行くことができませんでした。"),
        },
        LateReason::Abroad => match &l.abroad {
            Some(s) => format!(
                "{who}{}、{}に滞在しており、日本国内にいなかったため、申請することができませんでした。",
                period_ja(s),
                s.place
            ),
            None => format!("{who}日本国外に滞在しており、申請することができませんでした。"),
        },
        LateReason::Disaster => format!(
            "{}により被災し、申請に行くことができませんでした。",
            l.disaster.as_deref().unwrap_or("災害")
        ),
        LateReason::WaitedForPoliceOrCard => {
            "在留カードが見つかる可能性があると考え、警察からの連絡を待っていたため、申請が遅れました。".to_owned()
        }
        LateReason::WorkOrFamilyEmergency => {
            "仕事又は家族の緊急の事情のため、申請に行くことができませんでした。".to_owned()
        }
        // The person's own words are the reason: printed after the list.
        LateReason::Other => String::new(),
        LateReason::DidNotKnowRule => {
            "在留カードの所持を失ったことを知った日から14日以内に再交付を申請しなければならないことを知らず、申請が遅れました。".to_owned()
        }
    }
}

/// The late part of the letter: what happened and the deadline missed, the reasons with their
/// facts, the person's own words, then the apology and the request.
pub fn late_ja(
    l: &LateReasons,
    voice: Voice,
    reason_word: &str,
    learned_on: NaiveDate,
    reentered_on: Option<NaiveDate>,
    deadline: NaiveDate,
) -> Vec<String> {
    let whose = match voice {
        Voice::Holder => "私は",
        Voice::ForChild => "申請人の",
    };
    let back = reentered_on
        .map(|d| format!("、{}に本邦に再入国しました", date_ja(d)))
        .unwrap_or_else(|| "ました".to_owned());
    let opening = match voice {
        Voice::Holder => format!(
            "{whose}、{}に在留カードの{reason_word}を知り{back}が、申請期限である{}までに再交付の申請をすることができませんでした。その理由は、次のとおりです。",
            date_ja(learned_on),
            date_ja(deadline)
        ),
        Voice::ForChild => format!(
            "{}に{whose}在留カードの{reason_word}を知り{back}が、申請期限である{}までに再交付の申請をすることができませんでした。その理由は、次のとおりです。",
            date_ja(learned_on),
            date_ja(deadline)
        ),
    };
    let mut out = vec![opening];
    let mut n = 0;
    for r in l.printed() {
        let sentence = late_reason_ja(r, l, voice);
        if sentence.is_empty() {
            continue;
        }
        n += 1;
        out.push(format!("{n}．{sentence}"));
    }
    if let Some(d) = l.detail.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        out.push(as_sentence(d));
    }
    out.push("申請が遅れましたことを深くお詫び申し上げます。今後はこのようなことのないよう十分注意いたしますので、再交付の申請をお受けくださいますよう、格別のご配慮をお願い申し上げます。".to_owned());
    out
}

/// One passport reason as a sentence.
fn passport_reason_ja(r: PassportReason) -> &'static str {
    match r {
        PassportReason::LostToo => "旅券も在留カードと一緒に紛失しました。",
        PassportReason::AtEmbassyForRenewal => {
            "旅券は更新手続のため、本国の大使館（領事館）に預けています。"
        }
        PassportReason::StolenToo => "旅券も在留カードと一緒に盗まれました。",
        // The person's own words say which: printed after the list.
        PassportReason::Other => "",
    }
}

/// The passport part of the letter: that it cannot be shown, why, and what is shown instead.
pub fn passport_ja(p: &PassportReasons) -> Vec<String> {
    let mut out = vec![
        "申請に当たり、旅券（パスポート）を提示することができません。その理由は、次のとおりです。"
            .to_owned(),
    ];
    let mut n = 0;
    for r in &p.reasons {
        let sentence = passport_reason_ja(*r);
        if sentence.is_empty() {
            continue;
        }
        n += 1;
        out.push(format!("{n}．{sentence}"));
    }
    if let Some(d) = p.detail.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        out.push(as_sentence(d));
    }
    out.push("代わりに、他の本人確認書類を提示いたします。".to_owned());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn late(reasons: Vec<LateReason>) -> LateReasons {
        LateReasons {
            reasons,
            detail: None,
            illness: Some(Stay {
                place: "東京医科大学病院".into(),
                from: d("2026-11-10"),
                until: Some(d("2026-11-28")),
            }),
            abroad: None,
            disaster: None,
        }
    }

    #[test]
    fn an_illness_gives_the_hospital_and_the_dates_and_the_letter_apologises() {
        let text = late_ja(
            &late(vec![LateReason::Illness]),
            Voice::Holder,
            "紛失",
            d("2026-11-09"),
            None,
            d("2026-11-24"),
        )
        .concat();
        assert!(text.contains(
            "2026年11月10日から2026年11月28日まで、病気又はけがのため東京医科大学病院に入院しており"
        ));
        assert!(text.contains("深くお詫び申し上げます"), "{text}");
        assert!(!text.contains("又は入院又は療養"), "{text}");
    }

    #[test]
    fn did_not_know_the_rule_is_never_printed_beside_a_stronger_reason() {
        let both = late(vec![LateReason::DidNotKnowRule, LateReason::Illness]);
        assert_eq!(both.printed(), [LateReason::Illness]);
        let text = late_ja(
            &both,
            Voice::Holder,
            "紛失",
            d("2026-11-09"),
            None,
            d("2026-11-24"),
        )
        .concat();
        assert!(!text.contains("知らず"), "{text}");
        let alone = late(vec![LateReason::DidNotKnowRule]);
        assert_eq!(alone.printed(), [LateReason::DidNotKnowRule]);
    }

    #[test]
    fn another_reason_is_the_persons_own_words() {
        let mut other = late(vec![LateReason::Other]);
        other.detail = Some("母が危篤となり、看病のため帰省していました".into());
        let text = late_ja(
            &other,
            Voice::Holder,
            "盗難",
            d("2026-11-09"),
            None,
            d("2026-11-24"),
        );
        assert!(text.contains(&"母が危篤となり、看病のため帰省していました。".to_owned()));
        assert!(!text.concat().contains("その他の事情"));
    }
}
