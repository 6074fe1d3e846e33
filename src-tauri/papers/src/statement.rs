//! The statement: 紛失・盗難に係る陳述書 for a lost or stolen card, with the police acceptance
//! number (docs/rules.md §3, §5), or the written account of a card destroyed in an accident. Its
//! sentences are generated from the structured answers ([`wording`]); the day the person learned
//! of it is the case's, the same day as the form's item 8 (docs/rules.md §11).

use crate::error::PaperError;
use crate::layout::Page;
use crate::letter_head::{self, row, L, R};
use crate::request::PacketRequest;
use crate::wording::{self, date_ja, Account};
use zairyu_domain::case::Incident;

/// Draws the statement.
pub fn draw(page: &mut Page<'_>, req: &PacketRequest) -> Result<(), PaperError> {
    let case = &req.case;
    let s = req
        .answers
        .loss_statement
        .as_ref()
        .ok_or(PaperError::MissingLossStatement)?;
    let report = if req.needs_police_report() {
        Some(
            case.police_report
                .as_ref()
                .ok_or(PaperError::MissingPoliceReport)?,
        )
    } else {
        None
    };
    let accident = case.incident == Incident::DestroyedByAccident;
    let (title_ja, title_en) = if accident {
        (
            "在留カードの滅失に係る陳述書",
            "STATEMENT ON THE DESTRUCTION OF A RESIDENCE CARD",
        )
    } else {
        (
            "紛失・盗難に係る陳述書",
            "STATEMENT ON THE LOSS OR THEFT OF A RESIDENCE CARD",
        )
    };
    let filled = letter_head::draw(page, title_ja, title_en, req.filled_on)?;

    let mut y = 46.0;
    letter_head::person_rows(page, &mut y, &req.profile)?;

    // What happened.
    y += 4.0;
    page.label(L, y + 3.5, 9.5, "1 所持を失った状況", None);
    page.label(L + 38.0, y + 3.5, 6.5, "What happened", None);
    y += 6.0;
    let vx = L + 44.0;
    page.label_cell((L, y, 44.0, 8.0), "区分", "Lost, stolen or destroyed");
    page.rect(vx, y, R - vx, 8.0, 0.5);
    page.choices(
        vx + 2.0,
        y + 4.0,
        &[
            ("紛失 Lost", case.incident == Incident::Lost),
            ("盗難 Stolen", case.incident == Incident::Stolen),
            ("滅失（事故） Destroyed (accident)", accident),
        ],
        8.0,
    );
    y += 8.0;
    let when = wording::when_ja(s.date, s.time_of_day);
    let place = wording::where_ja(s.place_kind, &s.place_name).unwrap_or_else(|| "不明".to_owned());
    row(
        page,
        &mut y,
        "日時（ごろ）",
        "When it happened (about)",
        "loss-date",
        &when,
        8.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "場所",
        "Where",
        "loss-place-name",
        &place,
        12.0,
        true,
    )?;
    row(
        page,
        &mut y,
        "状況",
        "How",
        "loss-how",
        wording::how_short_ja(s.how),
        8.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "その事実を知った日",
        "Date the applicant learned of it",
        "learned-on",
        &date_ja(case.learned_on),
        8.0,
        false,
    )?;
    if let Some(back) = case.reentered_on {
        row(
            page,
            &mut y,
            "本邦に再入国した日",
            "Date of re-entry into Japan",
            "reentered-on",
            &date_ja(back),
            8.0,
            false,
        )?;
    }

    // The report to the police.
    if let Some(report) = report {
        y += 4.0;
        page.label(L, y + 3.5, 9.5, "2 警察への届出", None);
        page.label(L + 38.0, y + 3.5, 6.5, "Report to the police", None);
        y += 6.0;
        row(
            page,
            &mut y,
            "届出先",
            "Police station",
            "police-station",
            &report.station,
            12.0,
            true,
        )?;
        row(
            page,
            &mut y,
            "届出日",
            "Date reported",
            "reported-on",
            &date_ja(report.reported_on),
            8.0,
            false,
        )?;
        row(
            page,
            &mut y,
            "届出の種類",
            "Report",
            "report-kind",
            wording::report_ja(report.kind),
            8.0,
            false,
        )?;
        let number = if report.not_accepted {
            "なし（届出は受理されませんでした）"
        } else {
            report.acceptance_number.as_str()
        };
        row(
            page,
            &mut y,
            "受理番号",
            "Acceptance number",
            "acceptance-number",
            number,
            8.0,
            false,
        )?;
    }

    // The statement itself.
    y += 5.0;
    let account = wording::account_ja(&Account {
        happened_on: s.date,
        time_of_day: s.time_of_day,
        place_kind: s.place_kind,
        place_name: &s.place_name,
        how: s.how,
        learned_on: case.learned_on,
        reentered_on: case.reentered_on,
    });
    let mut text = account;
    if let Some(d) = &s.detail {
        text.push_str(&format!("（補足）{d}"));
    }
    text.push('\n');
    match report {
        Some(r) => text.push_str(&wording::report_sentence_ja(r, case.lost_at_home)),
        None => text.push_str(wording::ACCIDENT_NO_REPORT_JA),
    }
    text.push('\n');
    if !accident {
        text.push_str(wording::STATEMENT_CLOSING_JA);
        text.push('\n');
    }
    text.push_str("以上のとおり相違ありません。");
    let bottom = 254.0;
    let after = page.paragraph_fit("statement", &text, L, y, R - L, bottom - 4.0, (9.5, 7.5))?;
    page.paragraph(
        "statement",
        "I state the above is true. (Generated in Japanese from the answers the applicant gave.)",
        L,
        after,
        R - L,
        bottom,
        6.0,
    )?;
    letter_head::sign(page, &filled, req.applicant);
    Ok(())
}
