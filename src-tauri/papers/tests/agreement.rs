//! The pages of a packet agree with each other (docs/rules.md §11.9): for every incident the form's
//! item 8, the statement's 区分 and the reason letter name the same reason; and for every kind of
//! report (to the police in Japan, to the police abroad with and without a number, none at all)
//! the statement says what was done and nothing else. Rendered, then read back with poppler's
//! `pdftotext` (needs poppler-utils; fails loudly without it) and, for the ticks, which a text
//! extractor cannot see, from the record of what each page ticked.

use std::process::Command;

use chrono::NaiveDate;
use zairyu_domain::case::{Incident, PoliceReport, ReportKind};
use zairyu_papers::fonts::PaperFont;
use zairyu_papers::wording::ReasonBox;
use zairyu_papers::{
    pages_for, render_packet, ticked_boxes, HowLost, LateReason, LateReasons, PacketRequest,
    PaperKind,
};

fn load(name: &str) -> PacketRequest {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../tests/fixtures/packet-{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The text of each page of `req`'s packet, without whitespace, by page kind.
fn pages(req: &PacketRequest, name: &str) -> Vec<(PaperKind, String)> {
    let pdf = render_packet(req).unwrap_or_else(|e| panic!("{name}: {e}"));
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/papers-preview");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    pages_for(req)
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let n = (i + 1).to_string();
            let out = Command::new("pdftotext")
                .args(["-f", &n, "-l", &n, path.to_str().unwrap(), "-"])
                .output()
                .expect("pdftotext (Debian: apt-get install poppler-utils)");
            assert!(out.status.success());
            let text = String::from_utf8(out.stdout)
                .unwrap()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            (kind, text)
        })
        .collect()
}

fn page(pages: &[(PaperKind, String)], kind: PaperKind) -> &str {
    &pages
        .iter()
        .find(|(k, _)| *k == kind)
        .unwrap_or_else(|| panic!("no {kind:?} page"))
        .1
}

/// A late packet (so the reason letter is there) for `incident`.
fn late_packet(incident: Incident) -> PacketRequest {
    let mut req = load("lost");
    req.case.incident = incident;
    req.filled_on = day("2026-12-10");
    req.answers.late_reasons = Some(LateReasons {
        reasons: vec![LateReason::WaitedForPoliceOrCard],
        ..LateReasons::default()
    });
    let statement = req.answers.loss_statement.as_mut().unwrap();
    match incident {
        Incident::Stolen => {
            statement.how = HowLost::WalletStolen;
            req.case.police_report.as_mut().unwrap().kind = ReportKind::TheftReport;
        }
        Incident::DestroyedByAccident => {
            statement.how = HowLost::AccidentNothingLeft;
            req.case.police_report = None;
        }
        Incident::Destroyed => {
            req.answers.loss_statement = None;
            req.case.police_report = None;
        }
        _ => {}
    }
    req
}

#[test]
fn every_incident_names_the_same_reason_on_the_form_the_statement_and_the_letter() {
    let font = PaperFont::shared().unwrap();
    for incident in [
        Incident::Lost,
        Incident::Stolen,
        Incident::Destroyed,
        Incident::DestroyedByAccident,
    ] {
        let req = late_packet(incident);
        let reason = ReasonBox::for_incident(incident);
        let ticks = ticked_boxes(&req, font).unwrap();
        let reasons_ticked = |kind: PaperKind| -> Vec<String> {
            ticks
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, t)| {
                    t.iter()
                        .filter(|l| ReasonBox::ALL.iter().any(|b| b.label() == l.as_str()))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        };
        assert_eq!(
            reasons_ticked(PaperKind::ApplicationForm),
            [reason.label()],
            "{incident:?}: the form"
        );
        if req.needs_statement() {
            assert_eq!(
                reasons_ticked(PaperKind::LossStatement),
                [reason.label()],
                "{incident:?}: the statement"
            );
        }
        let text = pages(&req, &format!("agree-{incident:?}"));
        let letter = page(&text, PaperKind::ReasonLetter);
        assert!(
            letter.contains(&format!("在留カードの{}を知り", reason.ja())),
            "{incident:?}: {letter}"
        );
    }
    // A card destroyed in an accident is 滅失 everywhere, never その他.
    assert_eq!(
        ReasonBox::for_incident(Incident::DestroyedByAccident),
        ReasonBox::Destroyed
    );
}

fn report(kind: ReportKind, station: &str, number: &str, country: &str) -> PoliceReport {
    PoliceReport {
        kind,
        station: station.into(),
        reported_on: day("2026-11-21"),
        acceptance_number: number.into(),
        not_accepted: false,
        country: country.into(),
    }
}

/// The statement of a packet learned of abroad (back on 2026-11-22) with `report`, or none.
fn abroad(report: Option<PoliceReport>) -> PacketRequest {
    let mut req = load("lost");
    req.case.reentered_on = Some(day("2026-11-22"));
    req.case.not_reported = report.is_none();
    req.case.police_report = report;
    req
}

#[test]
fn each_kind_of_report_is_stated_as_what_it_is() {
    let rows: Vec<(&str, PacketRequest, Vec<&str>, Vec<&str>)> = vec![
        (
            "japanese-police",
            load("lost"),
            vec![
                "新宿警察署に遺失届を提出し、受理されました（受理番号：R08-123456）。",
                "その後、現在まで在留カードは見つかっていません。",
            ],
            vec!["届出番号", "国外", "届け出ていません"],
        ),
        (
            "abroad-with-number",
            abroad(Some(report(
                ReportKind::PoliceAbroad,
                "Pasay City Police Station",
                "PCP-2026-0451",
                "フィリピン",
            ))),
            vec![
                // pdftotext drops a hyphen where a line breaks after it: the sentence is checked
                // up to the number, and the number whole in the table's row.
                "滞在先であるフィリピンの警察（PasayCityPoliceStation）に届け出ました。届出番号は「PCP",
                "2026-0451」です。",
                "国外の警察への届出PCP-2026-0451",
                "2026年11月22日に本邦に再入国しました",
            ],
            vec!["遺失届", "受理番号", "受理されません", "交番"],
        ),
        (
            "abroad-without-number",
            abroad(Some(report(
                ReportKind::PoliceAbroad,
                "Pasay City Police Station",
                "",
                "フィリピン",
            ))),
            vec!["届け出ました。届出番号はありません。", "国外の警察への届出なし"],
            vec!["遺失届", "受理番号", "受理されません"],
        ),
        (
            "abroad-none",
            abroad(None),
            vec!["国外での紛失であり、滞在先の警察には届け出ていません。"],
            vec!["遺失届を提出", "受理されません", "受理番号"],
        ),
        (
            "at-home-none",
            {
                let mut req = load("lost");
                req.case.lost_at_home = true;
                req.case.not_reported = true;
                req.case.police_report = None;
                req
            },
            vec!["自宅内で紛失したと考えられるため、警察には届け出ていません。"],
            vec!["受理されません", "受理番号"],
        ),
    ];
    for (name, req, expected, absent) in rows {
        let text = pages(&req, &format!("report-{name}"));
        let statement = page(&text, PaperKind::LossStatement);
        for e in expected {
            assert!(statement.contains(e), "{name}: {e} not in {statement}");
        }
        for a in absent {
            assert!(!statement.contains(a), "{name}: {a} in {statement}");
        }
        for (kind, page) in &text {
            assert!(
                *kind == PaperKind::Summary || !page.contains("Generated"),
                "{name}: a page handed in says the app wrote it: {kind:?}"
            );
        }
    }
}

#[test]
fn a_year_end_packet_names_the_new_year_days_as_they_are() {
    // Learned on 17 Dec 2026: day 14 is 31 Dec, in the closure; the last day is Mon 4 Jan 2027.
    let mut req = load("lost");
    req.case.learned_on = day("2026-12-17");
    req.case.police_report.as_mut().unwrap().reported_on = day("2026-12-17");
    let statement = req.answers.loss_statement.as_mut().unwrap();
    statement.date = day("2026-12-17");
    req.filled_on = day("2026-12-18");
    req.deadline = Some(day("2027-01-04"));
    let text = pages(&req, "year-end");
    let summary = page(&text, PaperKind::Summary);
    for expected in [
        "年末",
        "年始",
        "2027年1月1日=元日",
        "2027年1月4日（月）まで",
    ] {
        assert!(summary.contains(expected), "{expected} not in {summary}");
    }
}
