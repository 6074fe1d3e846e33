//! 紛失・盗難に係る陳述書: the statement on a lost or stolen card, with the police acceptance number
//! (rules.md §3, §5). Its sentences are generated from the structured answers ([`wording`]).

use super::error::PaperError;
use super::layout::Page;
use super::request::PacketRequest;
use super::wording::{self, date_ja};
use crate::case::Incident;

use super::letter_head::{self, L, R};
const LABEL_W: f32 = 44.0;

/// Draws the loss statement.
pub fn draw(page: &mut Page<'_>, req: &PacketRequest) -> Result<(), PaperError> {
    let p = &req.profile;
    let s = req
        .answers
        .loss_statement
        .as_ref()
        .ok_or(PaperError::MissingLossStatement)?;
    let report = req
        .case
        .police_report
        .as_ref()
        .ok_or(PaperError::MissingPoliceReport)?;

    let filled = letter_head::draw(
        page,
        "紛失・盗難に係る陳述書",
        "STATEMENT ON THE LOSS OR THEFT OF A RESIDENCE CARD",
        req.filled_on,
    )?;

    let vx = L + LABEL_W;
    let w = R - vx;
    let mut y = 46.0;

    // The person.
    row(
        page,
        &mut y,
        "氏名",
        "Name",
        "name",
        &p.roman_full_name(),
        9.0,
        true,
    )?;
    if let Some(k) = &p.kanji_name {
        row(
            page,
            &mut y,
            "漢字氏名",
            "Name in kanji",
            "kanji-name",
            k,
            9.0,
            false,
        )?;
    }
    row(
        page,
        &mut y,
        "国籍・地域",
        "Nationality/Region",
        "nationality",
        &p.nationality,
        9.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "生年月日",
        "Date of birth",
        "birth-date",
        &date_ja(p.birth_date),
        9.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "在留カード番号",
        "Residence card number",
        "card-number",
        &p.card_number,
        9.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "住居地",
        "Address in Japan",
        "address",
        &p.address,
        12.0,
        true,
    )?;

    // What happened.
    y += 4.0;
    page.label(L, y + 3.5, 9.5, "1 紛失・盗難の状況", None);
    page.label(L + 38.0, y + 3.5, 6.5, "What happened", None);
    y += 6.0;
    page.label_cell((L, y, LABEL_W, 9.0), "区分", "Lost or stolen");
    page.rect(vx, y, w, 9.0, 0.5);
    page.choices(
        vx + 2.0,
        y + 4.5,
        &[
            ("紛失 Lost", req.case.incident == Incident::Lost),
            ("盗難 Stolen", req.case.incident == Incident::Stolen),
        ],
        8.0,
    );
    y += 9.0;
    let when = wording::when_ja(s.date, s.time_of_day);
    let place = wording::where_ja(s.place_kind, &s.place_name).unwrap_or_else(|| "不明".to_owned());
    row(page, &mut y, "日時", "When", "loss-date", &when, 9.0, false)?;
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
    let account = wording::account_ja(s.date, s.time_of_day, s.place_kind, &s.place_name, s.how);
    row(
        page,
        &mut y,
        "状況",
        "How",
        "loss-how",
        wording::how_short_ja(s.how),
        9.0,
        false,
    )?;

    // The report to the police.
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
        9.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "届出日",
        "Date reported",
        "reported-on",
        &date_ja(report.reported_on),
        9.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "届出の種類",
        "Report",
        "report-kind",
        wording::report_ja(report.kind),
        9.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "受理番号",
        "Acceptance number",
        "acceptance-number",
        &report.acceptance_number,
        9.0,
        false,
    )?;

    // The statement itself.
    y += 6.0;
    let text = format!(
        "{}\n{}\n{}\n以上のとおり相違ありません。",
        account,
        wording::report_sentence_ja(
            report.kind,
            &report.station,
            report.reported_on,
            &report.acceptance_number
        ),
        wording::STATEMENT_CLOSING_JA,
    );
    let bottom = 262.0;
    let after = page.paragraph("statement", &text, L, y, R - L, bottom - 6.0, 9.5)?;
    page.paragraph(
        "statement",
        "I state the above is true. (Generated in Japanese from the answers the applicant gave.)",
        L,
        after,
        R - L,
        bottom - 2.0,
        6.0,
    )?;

    // Date and signature.
    let sy = 272.0;
    page.label(L, sy - 8.0, 8.0, "作成日", None);
    page.label(L + 12.0, sy - 8.0, 6.0, "Date", None);
    page.label(L + 24.0, sy - 8.0, 9.5, &filled, None);
    page.label(L, sy, 8.0, "氏名（署名）", None);
    page.label(L, sy + 3.6, 6.0, "Signature", None);
    page.line(L + 30.0, sy + 2.0, R, sy + 2.0, 0.6);
    Ok(())
}

/// A row of the statement: a label cell and a value cell across the page; moves `y` below it.
#[allow(clippy::too_many_arguments)]
pub(super) fn row(
    page: &mut Page<'_>,
    y: &mut f32,
    ja: &str,
    en: &str,
    field: &str,
    value: &str,
    h: f32,
    wrap: bool,
) -> Result<(), PaperError> {
    let vx = L + LABEL_W;
    page.label_cell((L, *y, LABEL_W, h), ja, en);
    page.value_cell(field, value, (vx, *y, R - vx, h), None, 10.5, 6.0, wrap)?;
    *y += h;
    Ok(())
}
