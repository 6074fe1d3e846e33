//! How the app assembles a packet from a case and a profile: the person's facts come from the
//! profile, the deadline and the documents from the same rules as the dashboard, and the pages
//! follow the case (a late case gets the reason letter; a damaged card is not these papers).

use chrono::NaiveDate;
use zairyu_domain::case::Incident;
use zairyu_domain::{deadline, plan};
use zairyu_papers::{covers, pages_for, preflight, PacketRequest, PaperAnswers, PaperKind};

fn lost() -> PacketRequest {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/packet-lost.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn assemble(fixture: &PacketRequest, filled_on: NaiveDate) -> PacketRequest {
    let mut case = fixture.case.clone();
    // The triage's answers, different from the profile: the profile wins.
    case.holder_birth_date = Some(day("2001-01-01"));
    case.has_activity_permit = !fixture.profile.activity_permit;
    PacketRequest::assemble(
        fixture.profile.clone(),
        case,
        PaperAnswers {
            late_reasons: None,
            ..fixture.answers.clone()
        },
        filled_on,
    )
}

#[test]
fn the_profile_supplies_the_holders_facts_and_the_rules_the_rest() {
    let fixture = lost();
    let filled_on = fixture.case.learned_on + chrono::Days::new(3);
    let r = assemble(&fixture, filled_on);
    assert_eq!(r.case.holder_birth_date, Some(fixture.profile.birth_date));
    assert_eq!(r.case.has_activity_permit, fixture.profile.activity_permit);
    let expected = deadline::for_case(&r.case, filled_on)
        .unwrap()
        .legal_last_day;
    assert_eq!(r.deadline, Some(expected));
    let docs: Vec<_> = plan::for_case(&r.case, filled_on)
        .documents
        .into_iter()
        .map(|d| d.document)
        .collect();
    assert_eq!(r.documents, docs);
    assert!(!r.documents.is_empty());
    let font = zairyu_papers::fonts::PaperFont::shared().unwrap();
    assert_eq!(
        preflight(&r, font).unwrap(),
        vec![
            PaperKind::ApplicationForm,
            PaperKind::LossStatement,
            PaperKind::Summary
        ]
    );
}

#[test]
fn a_late_case_gets_the_reason_letter_and_needs_its_reasons() {
    let fixture = lost();
    let filled_on = fixture.case.learned_on + chrono::Days::new(40);
    let r = assemble(&fixture, filled_on);
    assert!(r.is_late());
    assert!(pages_for(&r).contains(&PaperKind::ReasonLetter));
    let font = zairyu_papers::fonts::PaperFont::shared().unwrap();
    assert_eq!(
        preflight(&r, font).unwrap_err().text().id,
        "err-paper-missing-late-reasons"
    );
}

#[test]
fn only_a_lost_stolen_or_destroyed_card_has_these_papers() {
    assert!(covers(Incident::Lost) && covers(Incident::Stolen) && covers(Incident::Destroyed));
    assert!(!covers(Incident::Damaged) && !covers(Incident::Exchange));
    assert!(!covers(Incident::OldCardFound));
}

#[test]
fn who_goes_decides_the_letter_of_authority_and_the_relatives_details_are_asked_for() {
    use zairyu_domain::case::WhoApplies;
    use zairyu_domain::plan::Applicant;
    use zairyu_domain::profile::Agent;
    let fixture = lost();
    let mut case = fixture.case.clone();
    case.who_applies = WhoApplies::RelativeAtRequest;
    let mut profile = fixture.profile.clone();
    profile.agent = Some(Agent {
        name: "NGUYEN VAN BINH".into(),
        address: "東京都新宿区西新宿2-8-1".into(),
        organisation: "夫".into(),
        phone: "090-0000-0000".into(),
        birth_date: None,
    });
    let r = PacketRequest::assemble(profile, case, fixture.answers.clone(), fixture.filled_on);
    assert_eq!(r.applicant, Applicant::RelativeAtRequest);
    assert!(pages_for(&r).contains(&PaperKind::LetterOfAuthority));
    assert!(r
        .documents
        .contains(&zairyu_domain::case::Document::LetterOfAuthority));
    let font = zairyu_papers::fonts::PaperFont::shared().unwrap();
    // The letter names the relative by their date of birth too: asked for until given.
    assert_eq!(
        preflight(&r, font).unwrap_err(),
        zairyu_papers::PaperError::Empty {
            field: "agent-birth-date".into()
        }
    );
    let mut r = r;
    r.profile.agent.as_mut().unwrap().birth_date = Some("1988-02-01".parse().unwrap());
    preflight(&r, font).expect("the relative is entered");
    // The holder goes: no letter of authority.
    assert!(!pages_for(&lost()).contains(&PaperKind::LetterOfAuthority));
}

#[test]
fn the_advice_before_printing_follows_the_answers() {
    use zairyu_papers::{LateReason, LateReasons, PassportReason, PassportReasons};
    let mut r = lost();
    assert!(r.advice().is_empty());
    r.profile.kanji_name = Some("阮".into());
    r.profile.card_number = String::new();
    r.answers.late_reasons = Some(LateReasons {
        reasons: vec![LateReason::Abroad],
        ..LateReasons::default()
    });
    let ids: Vec<String> = r.advice().into_iter().map(|t| t.id).collect();
    assert_eq!(
        ids,
        [
            "paper-advice-abroad-reentry",
            "paper-advice-kanji-name",
            "paper-advice-card-number-blank"
        ]
    );
    // Once the day of return is recorded, "I was abroad" needs no advice.
    r.case.reentered_on = Some(r.case.learned_on);
    assert!(!r
        .advice()
        .iter()
        .any(|t| t.id == "paper-advice-abroad-reentry"));
    // A passport gone with a stolen card: "stolen too" is suggested.
    let mut case = r.case.clone();
    case.incident = Incident::Stolen;
    case.passport_available = false;
    case.passport_gone_too = true;
    assert_eq!(
        PassportReasons::suggested_for(&case).map(|p| p.reasons),
        Some(vec![PassportReason::StolenToo])
    );
    case.passport_gone_too = false;
    assert_eq!(PassportReasons::suggested_for(&case), None);
}
