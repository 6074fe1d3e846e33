//! Plans for a table of cases: the documents, the steps, who goes where, the fee and the penalty.

use chrono::NaiveDate;
use zairyu_domain::case::{CardKind, Case, Document, Incident, PoliceReport, ReportKind};
use zairyu_domain::plan::{self, Applicant, Office, StepKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 10, 5);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

fn adult(card: CardKind, incident: Incident) -> Case {
    let mut case = Case::new(card, incident, d(2026, 10, 1));
    case.holder_birth_date = Some(d(1990, 4, 1));
    case
}

fn report(kind: ReportKind) -> Option<PoliceReport> {
    Some(PoliceReport {
        kind,
        station: "新宿警察署".into(),
        reported_on: d(2026, 10, 2),
        acceptance_number: "123".into(),
        not_accepted: false,
        country: String::new(),
    })
}

struct Row {
    name: &'static str,
    case: Case,
    documents: Vec<Document>,
    steps: Vec<StepKind>,
    next_step: Option<usize>,
    office: Office,
    applicant: Applicant,
    fee_yen: Option<i64>,
    penalty: Option<&'static str>,
}

fn rows() -> Vec<Row> {
    use Document::*;
    use StepKind::*;
    let rc = CardKind::ResidenceCard;
    vec![
        Row {
            name: "lost, adult, nothing done",
            case: adult(rc, Incident::Lost),
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
            ],
            steps: vec![ReportLossToPolice, ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "lost, report made: next is applying",
            case: Case {
                police_report: report(ReportKind::LossReport),
                ..adult(rc, Incident::Lost)
            },
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
            ],
            steps: vec![ReportLossToPolice, ApplyAtImmigrationOffice],
            next_step: Some(1),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "stolen, no passport, activity permit, applied: all done",
            case: Case {
                passport_available: false,
                has_activity_permit: true,
                police_report: report(ReportKind::TheftReport),
                applied_on: Some(d(2026, 10, 5)),
                ..adult(rc, Incident::Stolen)
            },
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                PassportReasonLetter,
                ActivityPermit,
            ],
            steps: vec![ReportTheftToPolice, ApplyAtImmigrationOffice],
            next_step: None,
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "destroyed: disaster certificate instead of the statement",
            case: adult(rc, Incident::Destroyed),
            documents: vec![ApplicationForm, Photo, DisasterCertificate, Passport],
            steps: vec![GetDisasterCertificate, ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "lost, child under 16: representative, no photo, relative's 過料",
            case: Case {
                holder_birth_date: Some(d(2015, 3, 3)),
                ..adult(rc, Incident::Lost)
            },
            documents: vec![
                ApplicationForm,
                LossStatement,
                PoliceCertificate,
                Passport,
                RepresentativeId,
            ],
            steps: vec![ReportLossToPolice, ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::RelativeForChild,
            fee_yen: Some(0),
            penalty: Some("plan-penalty-relative"),
        },
        Row {
            name: "lost long ago, late: explanation of the delay",
            case: Case {
                learned_on: d(2026, 9, 1),
                ..adult(rc, Incident::Lost)
            },
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
                LateReasonLetter,
            ],
            steps: vec![ReportLossToPolice, ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "damaged, no order: no deadline, no penalty",
            case: adult(rc, Incident::Damaged),
            documents: vec![ApplicationForm, Photo, DamagedCard, Passport],
            steps: vec![ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: None,
        },
        Row {
            name: "damaged with an order: a deadline and a penalty",
            case: Case {
                ordered_on: Some(d(2026, 10, 2)),
                ..adult(rc, Incident::Damaged)
            },
            documents: vec![ApplicationForm, Photo, DamagedCard, Passport],
            steps: vec![ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "exchange: ¥1,600",
            case: adult(rc, Incident::Exchange),
            documents: vec![ApplicationForm, Photo, DamagedCard, Passport],
            steps: vec![ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(1_600),
            penalty: None,
        },
        Row {
            name: "old card found: return it",
            case: adult(rc, Incident::OldCardFound),
            documents: vec![OldCard],
            steps: vec![ReturnOldCard],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: None,
            penalty: None,
        },
        Row {
            name: "special permanent resident: city office",
            case: adult(CardKind::SpecialPermanentResident, Incident::Lost),
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
            ],
            steps: vec![ReportLossToPolice, ApplyAtCityOffice],
            next_step: Some(0),
            office: Office::CityOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: None,
        },
        Row {
            name: "特定在留カード stolen: My Number hotline first",
            case: adult(CardKind::SpecifiedResidenceCard, Incident::Stolen),
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
            ],
            steps: vec![
                SuspendMyNumber,
                ReportTheftToPolice,
                ApplyAtImmigrationOffice,
            ],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "特定在留カード lost, hotline called: next is the police",
            case: Case {
                my_number_suspended_on: Some(d(2026, 10, 1)),
                ..adult(CardKind::SpecifiedResidenceCard, Incident::Lost)
            },
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
            ],
            steps: vec![
                SuspendMyNumber,
                ReportLossToPolice,
                ApplyAtImmigrationOffice,
            ],
            next_step: Some(1),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
        Row {
            name: "a theft report does not complete a loss-report step",
            case: Case {
                police_report: report(ReportKind::TheftReport),
                ..adult(rc, Incident::Lost)
            },
            documents: vec![
                ApplicationForm,
                Photo,
                LossStatement,
                PoliceCertificate,
                Passport,
            ],
            steps: vec![ReportLossToPolice, ApplyAtImmigrationOffice],
            next_step: Some(0),
            office: Office::ImmigrationOffice,
            applicant: Applicant::Holder,
            fee_yen: Some(0),
            penalty: Some("plan-penalty"),
        },
    ]
}

#[test]
fn plans_for_a_table_of_cases() {
    let rows = rows();
    assert!(rows.len() >= 14);
    for row in rows {
        let plan = plan::for_case(&row.case, today());
        let name = row.name;
        assert_eq!(plan.document_kinds(), row.documents, "{name}: documents");
        assert_eq!(plan.step_kinds(), row.steps, "{name}: steps");
        assert_eq!(plan.next_step, row.next_step, "{name}: next step");
        assert_eq!(plan.office, row.office, "{name}: office");
        assert_eq!(plan.applicant, row.applicant, "{name}: applicant");
        assert_eq!(plan.fee.as_ref().map(|f| f.yen), row.fee_yen, "{name}: fee");
        assert_eq!(
            plan.penalty.as_ref().map(|p| p.text.id.as_str()),
            row.penalty,
            "{name}: penalty"
        );
        for step in &plan.steps {
            assert!(step.text.id.starts_with("plan-step-"), "{name}");
            assert!(
                step.source.is_some(),
                "{name}: {} has a source",
                step.text.id
            );
        }
        for doc in &plan.documents {
            assert!(doc.text.id.starts_with("plan-doc-"), "{name}");
        }
    }
}

#[test]
fn the_police_certificate_is_only_if_asked() {
    let plan = plan::for_case(&adult(CardKind::ResidenceCard, Incident::Lost), today());
    let required: Vec<(Document, bool)> = plan
        .documents
        .iter()
        .map(|i| (i.document, i.required))
        .collect();
    assert!(required.contains(&(Document::PoliceCertificate, false)));
    assert!(required.contains(&(Document::LossStatement, true)));
}

#[test]
fn every_fee_carries_the_warning() {
    for incident in [Incident::Lost, Incident::Exchange, Incident::Damaged] {
        let plan = plan::for_case(&adult(CardKind::ResidenceCard, incident), today());
        assert_eq!(plan.fee.unwrap().warning.id, "plan-fee-warning");
    }
}

#[test]
fn the_applicant_follows_the_age_on_the_day_of_application() {
    // Turns 16 on 2026-10-10. Learned 2026-10-01 (age 15), deadline 2026-10-15.
    let mut case = adult(CardKind::ResidenceCard, Incident::Lost);
    case.holder_birth_date = Some(d(2010, 10, 10));
    let before = plan::for_case(&case, d(2026, 10, 5));
    assert_eq!(before.applicant, Applicant::RelativeForChild);
    assert_eq!(before.holder_age, Some(15));
    let note_ids: Vec<&str> = before.notes.iter().map(|n| n.text.id.as_str()).collect();
    assert!(note_ids.contains(&"plan-note-turns-16"), "{note_ids:?}");
    let after = plan::for_case(&case, d(2026, 10, 10));
    assert_eq!(after.applicant, Applicant::Holder);
    assert!(after.document_kinds().contains(&Document::Photo));
    // Applied as a 15-year-old: the record keeps the representative.
    case.applied_on = Some(d(2026, 10, 6));
    assert_eq!(
        plan::for_case(&case, d(2026, 10, 20)).applicant,
        Applicant::RelativeForChild
    );
}

#[test]
fn plans_carry_their_deadline_and_serialize() {
    let case = adult(CardKind::ResidenceCard, Incident::Lost);
    let plan = plan::for_case(&case, today());
    let deadline = plan.deadline.as_ref().unwrap();
    assert_eq!(deadline.legal_last_day, d(2026, 10, 15));
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["steps"][0]["kind"], "report_loss_to_police");
    assert_eq!(json["steps"][0]["source"]["confidence"], "secondary");
    assert_eq!(json["deadline"]["status"]["status"], "on_time");
    assert_eq!(json["deadline"]["legal_last_day"], "2026-10-15");
    let back: plan::Plan = serde_json::from_value(json).unwrap();
    assert_eq!(back, plan);
}

#[test]
fn the_old_card_address_is_in_the_return_step() {
    let plan = plan::for_case(
        &adult(CardKind::ResidenceCard, Incident::OldCardFound),
        today(),
    );
    let text = &plan.steps[0].text;
    assert_eq!(text.id, "plan-step-return-old-card");
    let arg = |k: &str| format!("{:?}", text.args[k]);
    assert!(arg("postcode").contains("135-0064"));
    assert!(arg("envelope").contains("在留カード等返納"));
    assert_eq!(plan.deadline.unwrap().legal_last_day, d(2026, 10, 15));
}
