//! Typed errors: characters the font cannot draw, values too long for their box, missing answers.

use zairyu_papers::{render_packet, PacketRequest, PaperError};

fn lost() -> PacketRequest {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/packet-lost.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn an_emoji_is_an_error_naming_the_field_and_the_character() {
    let mut req = lost();
    req.answers.loss_statement.as_mut().unwrap().place_name = "JR新宿駅 🚉".into();
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::MissingGlyph {
            field: "loss-place-name".into(),
            character: '🚉'
        })
    );
    let text = render_packet(&req).unwrap_err().text();
    assert_eq!(text.id, "err-paper-missing-glyph");
}

#[test]
fn a_rare_kanji_outside_the_font_is_an_error() {
    let mut req = lost();
    req.profile.kanji_name = Some("𠮷田".into()); // U+20BB7, not in JIS X 0208
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::MissingGlyph {
            field: "kanji-name".into(),
            character: '𠮷'
        })
    );
}

#[test]
fn a_long_address_shrinks_and_wraps_to_fit() {
    let mut req = lost();
    req.profile.address =
        "東京都新宿区西新宿二丁目8番1号 西新宿グリーンハイツ東館第二別棟 203号室（山田様方）"
            .into();
    let pdf = render_packet(&req).expect("a long address fits by shrinking and wrapping");
    assert!(!pdf.is_empty());
}

#[test]
fn a_value_too_long_for_its_box_is_an_error_not_an_overflow() {
    use zairyu_papers::{fonts::PaperFont, layout};
    let font = PaperFont::shared().unwrap();
    // The address box of the form is 136 mm × 14 mm; 300 wide characters cannot fit it even at
    // the smallest size.
    assert_eq!(
        layout::fit_block(font, "address", &"東".repeat(300), 133.6, 13.0, 11.0, 6.0),
        Err(PaperError::DoesNotFit {
            field: "address".into()
        })
    );
    let (size, lines) =
        layout::fit_block(font, "address", &"東".repeat(100), 133.6, 13.0, 11.0, 6.0).unwrap();
    assert!(size < 11.0 && lines.len() >= 2);
}

#[test]
fn every_field_at_its_longest_still_fits() {
    use zairyu_domain::limits as l;
    use zairyu_domain::profile::{Agent, LegalRepresentative};
    let wide = |n: usize| "東".repeat(n);
    let mut req = lost();
    req.profile.nationality = wide(l::NATIONALITY);
    req.profile.family_name = "W".repeat(l::ROMAN_NAME);
    req.profile.given_name = "W".repeat(l::ROMAN_NAME);
    req.profile.kanji_name = Some(wide(l::KANJI_NAME));
    req.profile.address = wide(l::ADDRESS);
    req.profile.phone = "+81 (90) 1234-567890".into();
    req.profile.legal_representative = Some(LegalRepresentative {
        name: wide(l::PERSON_NAME),
        relationship: wide(l::RELATIONSHIP),
        address: wide(l::ADDRESS),
        phone: "+81 (90) 1234-567890".into(),
    });
    req.profile.agent = Some(Agent {
        name: wide(l::PERSON_NAME),
        address: wide(l::ADDRESS),
        organisation: wide(l::ORGANISATION),
        phone: "+81 (90) 1234-567890".into(),
        birth_date: Some(chrono::NaiveDate::from_ymd_opt(1988, 12, 31).unwrap()),
    });
    let statement = req.answers.loss_statement.as_mut().unwrap();
    statement.place_name = wide(l::PLACE_NAME);
    statement.detail = Some(wide(l::STATEMENT_DETAIL));
    req.case.reentered_on = Some(req.case.learned_on);
    let report = req.case.police_report.as_mut().unwrap();
    report.station = wide(zairyu_domain::limits::STATION);
    report.acceptance_number = "W".repeat(zairyu_domain::limits::ACCEPTANCE_NUMBER);
    // A relative at the holder's request: the letter of authority is printed too.
    req.applicant = zairyu_domain::plan::Applicant::RelativeAtRequest;
    req.case.passport_available = false;
    req.answers.passport_reasons = Some(zairyu_papers::PassportReasons {
        reasons: vec![zairyu_papers::PassportReason::Other],
        detail: Some(wide(l::DETAIL)),
    });
    req.filled_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    req.answers.late_reasons = Some(zairyu_papers::LateReasons {
        reasons: vec![
            zairyu_papers::LateReason::Illness,
            zairyu_papers::LateReason::Disaster,
            zairyu_papers::LateReason::DidNotKnowRule,
            zairyu_papers::LateReason::WaitedForPoliceOrCard,
            zairyu_papers::LateReason::Abroad,
            zairyu_papers::LateReason::WorkOrFamilyEmergency,
            zairyu_papers::LateReason::Other,
        ],
        detail: Some(wide(l::DETAIL)),
        illness: Some(zairyu_papers::Stay {
            place: wide(l::PLACE_NAME),
            from: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            until: Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
        }),
        abroad: Some(zairyu_papers::Stay {
            place: wide(l::PLACE_NAME),
            from: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            until: None,
        }),
        disaster: Some(wide(l::PLACE_NAME)),
    });
    req.documents = vec![
        zairyu_domain::case::Document::ApplicationForm,
        zairyu_domain::case::Document::Photo,
        zairyu_domain::case::Document::LossStatement,
        zairyu_domain::case::Document::PoliceCertificate,
        zairyu_domain::case::Document::Passport,
        zairyu_domain::case::Document::PassportReasonLetter,
        zairyu_domain::case::Document::ActivityPermit,
        zairyu_domain::case::Document::LateReasonLetter,
        zairyu_domain::case::Document::RepresentativeId,
    ];
    assert_eq!(zairyu_papers::pages_for(&req).len(), 5);
    let pdf = render_packet(&req).unwrap_or_else(|e| panic!("{e}"));
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/papers-preview");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(format!("{dir}/longest.pdf"), pdf).unwrap();
}

#[test]
fn a_long_roman_name_shrinks() {
    let mut req = lost();
    req.profile.given_name = "MARIA CLARA JOSEFINA ESPERANZA DE LOS".into();
    render_packet(&req).expect("39 letters fit by shrinking");
}

#[test]
fn missing_answers_are_typed_errors() {
    let mut req = lost();
    req.answers.loss_statement = None;
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::MissingLossStatement)
    );
    let mut req = lost();
    req.case.police_report = None;
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::MissingPoliceReport)
    );
    let mut req = lost();
    req.filled_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::MissingLateReasons)
    );
    let mut req = lost();
    req.case.passport_available = false;
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::MissingPassportReasons)
    );
    let mut req = lost();
    req.case.incident = zairyu_domain::case::Incident::Damaged;
    assert!(matches!(
        render_packet(&req),
        Err(PaperError::NotThisProcedure { .. })
    ));
    let mut req = lost();
    req.profile.card_number = "AB1234CD".into();
    assert!(matches!(render_packet(&req), Err(PaperError::Profile(_))));
    let mut req = lost();
    req.applicant = zairyu_domain::plan::Applicant::RelativeAtRequest;
    req.profile.agent = None;
    assert_eq!(render_packet(&req).err(), Some(PaperError::MissingRelative));
    let mut req = lost();
    req.case.found_on = Some(req.case.learned_on);
    assert_eq!(render_packet(&req).err(), Some(PaperError::CardFoundAgain));
}

#[test]
fn a_how_that_does_not_fit_the_incident_is_refused() {
    use zairyu_papers::HowLost;
    let mut req = lost();
    req.answers.loss_statement.as_mut().unwrap().how = HowLost::Pickpocketed;
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::AnswerDoesNotFit {
            field: "loss-how".into()
        })
    );
    req.case.incident = zairyu_domain::case::Incident::Stolen;
    req.case.police_report.as_mut().unwrap().kind = zairyu_domain::case::ReportKind::TheftReport;
    render_packet(&req).expect("a pickpocketing fits a theft");
}

#[test]
fn a_report_the_police_did_not_accept_needs_no_number_and_a_number_is_taken_as_printed() {
    let mut req = lost();
    let report = req.case.police_report.as_mut().unwrap();
    report.acceptance_number = String::new();
    assert_eq!(
        render_packet(&req).err(),
        Some(PaperError::Empty {
            field: "acceptance-number".into()
        })
    );
    req.case.police_report.as_mut().unwrap().not_accepted = true;
    render_packet(&req).expect("no number is needed when the police did not accept the report");
    let mut req = lost();
    req.case.police_report.as_mut().unwrap().acceptance_number = "令和8年第123号".into();
    render_packet(&req).expect("a number as printed");
}

#[test]
fn an_unknown_card_number_is_left_blank() {
    let mut req = lost();
    req.profile.card_number = String::new();
    render_packet(&req).expect("the card number may be left blank");
}
