//! The statement: 紛失・盗難に係る陳述書 for a lost or stolen card, with the police acceptance
//! number (docs/rules.md §3, §5) or the report made abroad, or saying why there is none; or the
//! written account of a card destroyed in an accident. The table gives the facts; the account
//! under it tells them in sentences ([`account`]). The day the person learned of it is the case's,
//! the same day as the form's item 8 (docs/rules.md §11).

use crate::account::{self, Account, Proof};
use crate::error::PaperError;
use crate::layout::Page;
use crate::letter_head::{self, row, L, R};
use crate::request::PacketRequest;
use crate::wording::{self, date_ja, ReasonBox};
use zairyu_domain::case::{Incident, PoliceReport};

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
    let reason = ReasonBox::for_incident(case.incident);
    let boxes: Vec<(&str, bool)> = [ReasonBox::Lost, ReasonBox::Stolen, ReasonBox::Destroyed]
        .into_iter()
        .map(|b| (b.label(), b == reason))
        .collect();
    page.choices(vx + 2.0, y + 4.0, &boxes, 8.0);
    y += 8.0;
    let when = account::when_ja(s.date, s.time_of_day);
    let place = wording::where_ja(s.place_kind, &s.place_name).unwrap_or_else(|| "不明".to_owned());
    row(
        page,
        &mut y,
        "日時",
        "When it happened",
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
        "所持を失ったことを知った日",
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

    // The report, or that there is none.
    if !accident {
        y += 4.0;
        page.label(L, y + 3.5, 9.5, "2 警察への届出", None);
        page.label(L + 38.0, y + 3.5, 6.5, "Report to the police", None);
        y += 6.0;
        match report {
            Some(r) => report_rows(page, &mut y, r)?,
            None => row(
                page,
                &mut y,
                "届出",
                "Report",
                "report-kind",
                "なし（理由は下記のとおり）",
                8.0,
                false,
            )?,
        }
    }

    // The account itself.
    y += 5.0;
    let proof = match report {
        Some(r) => Proof::Report(r),
        None if accident => Proof::Accident,
        None => Proof::NotReported {
            at_home: case.lost_at_home,
        },
    };
    let text = account::account_ja(&Account {
        voice: req.voice(),
        incident: case.incident,
        happened_on: s.date,
        time_of_day: s.time_of_day,
        place_kind: s.place_kind,
        place_name: &s.place_name,
        how: s.how,
        detail: s.detail.as_deref(),
        learned_on: case.learned_on,
        reentered_on: case.reentered_on,
        lost_with: req.lost_with(),
        proof,
        lost_at_home: case.lost_at_home,
    })
    .join("\n");
    page.paragraph_fit("statement", &text, L, y, R - L, 254.0, (9.5, 7.5))?;
    letter_head::sign(page, &filled, req.who_goes());
    Ok(())
}

/// The rows of the report: where (the country and the police, for a report made abroad), when,
/// which report, and its number as printed, or why there is none.
fn report_rows(page: &mut Page<'_>, y: &mut f32, r: &PoliceReport) -> Result<(), PaperError> {
    let abroad = r.made_abroad();
    let station = if abroad {
        format!("{}（{}）", r.station, r.country)
    } else {
        r.station.clone()
    };
    row(
        page,
        y,
        if abroad {
            "届出先（国名）"
        } else {
            "届出先"
        },
        if abroad {
            "Police abroad (country)"
        } else {
            "Police station"
        },
        "police-station",
        &station,
        12.0,
        true,
    )?;
    row(
        page,
        y,
        "届出日",
        "Date reported",
        "reported-on",
        &date_ja(r.reported_on),
        8.0,
        false,
    )?;
    row(
        page,
        y,
        "届出の種類",
        "Report",
        "report-kind",
        wording::report_ja(r.kind),
        8.0,
        false,
    )?;
    let number = match (
        abroad,
        r.not_accepted,
        r.acceptance_number.trim().is_empty(),
    ) {
        (true, _, true) => "なし",
        (false, true, _) => "なし（届出は受理されませんでした）",
        _ => r.acceptance_number.trim(),
    };
    row(
        page,
        y,
        if abroad {
            "届出番号"
        } else {
            "受理番号"
        },
        if abroad {
            "Report number"
        } else {
            "Acceptance number"
        },
        "acceptance-number",
        number,
        8.0,
        false,
    )
}
