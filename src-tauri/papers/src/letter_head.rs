//! The head and foot shared by the letters (陳述書, 理由書, 委任状): the title in Japanese and
//! English, the addressee 出入国在留管理庁長官 殿 with its English line, the date of filling in at the
//! right, and at the foot the date again and the signature line with who signs.

use crate::error::PaperError;
use crate::layout::{Align, Page};
use crate::wording::{self, date_ja};
use zairyu_domain::plan::Applicant;

/// Left margin of the letters (mm).
pub const L: f32 = 15.0;
/// Right margin of the letters (mm).
pub const R: f32 = 195.0;

/// Draws the head of a letter titled `title_ja` / `title_en`, dated `filled_on`; returns that
/// date in the Japanese form, for the signature block at the foot of the letter.
pub fn draw(
    page: &mut Page<'_>,
    title_ja: &str,
    title_en: &str,
    filled_on: chrono::NaiveDate,
) -> Result<String, PaperError> {
    page.label_centered(105.0, 20.0, 16.0, title_ja);
    page.label_centered(105.0, 26.5, 8.5, title_en);
    page.label(L, 37.0, 10.5, wording::ADDRESSEE, None);
    page.label(L, 41.0, 6.0, wording::ADDRESSEE_EN, None);
    let filled = date_ja(filled_on);
    page.value_line(
        "filled-on",
        &filled,
        (130.0, 31.0, R - 130.0, 8.0),
        10.0,
        6.0,
        Align::Right,
    )?;
    Ok(filled)
}

/// Who signs, in Japanese and English, for the line under a signature (docs/rules.md §4, §11): the
/// holder; for a child, the relative who applies; for an ill holder, the relative when the holder
/// cannot; at the holder's request or through an agent, the holder (the other one hands it in).
pub fn who_signs(applicant: Applicant) -> (&'static str, &'static str) {
    match applicant {
        Applicant::Holder => (
            "申請人本人が署名してください。",
            "To be signed by the applicant.",
        ),
        Applicant::RelativeForChild => (
            "申請人が16歳未満のため、申請する同居の親族（代理人）が署名してください。",
            "The applicant is under 16: the relative who applies signs.",
        ),
        Applicant::RelativeForIllHolder => (
            "申請人本人が署名できないときは、申請する同居の親族（代理人）が署名してください。",
            "If the applicant cannot sign, the relative who applies signs.",
        ),
        Applicant::RelativeAtRequest => (
            "申請人本人が署名し、同居の親族（代理人）が委任状とともに提出します。",
            "The applicant signs; the relative hands it in with the letter of authority.",
        ),
        Applicant::Agent => (
            "申請人本人が署名し、取次者が提出します。",
            "The applicant signs; the agent hands it in.",
        ),
        Applicant::ApprovedOther | Applicant::NoOneYet => (
            "申請人本人が署名できないとき（16歳未満の場合を含む）は、代わりに申請する者が署名してください。",
            "If the applicant cannot sign (or is under 16), the person who applies for them signs.",
        ),
    }
}

/// Draws the foot of a letter: the date of filling in, the signature line, and who signs.
pub fn sign(page: &mut Page<'_>, filled: &str, applicant: Applicant) {
    let sy = 270.0;
    page.label(L, sy - 8.0, 8.0, "作成日", None);
    page.label(L + 12.0, sy - 8.0, 6.0, "Date", None);
    page.label(L + 24.0, sy - 8.0, 9.5, filled, None);
    page.label(L, sy, 8.0, "氏名（署名）", None);
    page.label(L, sy + 3.6, 6.0, "Signature", None);
    page.line(L + 30.0, sy + 2.0, R, sy + 2.0, 0.6);
    let (ja, en) = who_signs(applicant);
    page.label(L + 30.0, sy + 6.0, 7.0, ja, Some(R - L - 30.0));
    page.label(L + 30.0, sy + 9.2, 5.5, en, Some(R - L - 30.0));
}

/// Width of the label column of the letters' rows (mm).
const LABEL_W: f32 = 44.0;

/// A row of a letter: a label cell and a value cell across the page; moves `y` below it.
#[allow(clippy::too_many_arguments)]
pub fn row(
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

/// The rows naming the holder, the same on every letter: name (and the name in kanji when given),
/// nationality, date of birth, card number (「不明」 when not known), address.
pub fn person_rows(
    page: &mut Page<'_>,
    y: &mut f32,
    p: &zairyu_domain::profile::Profile,
) -> Result<(), PaperError> {
    row(
        page,
        y,
        "氏名",
        "Name",
        "name",
        &p.roman_full_name(),
        8.0,
        true,
    )?;
    if let Some(k) = &p.kanji_name {
        row(
            page,
            y,
            "漢字氏名",
            "Name in kanji",
            "kanji-name",
            k,
            8.0,
            false,
        )?;
    }
    row(
        page,
        y,
        "国籍・地域",
        "Nationality/Region",
        "nationality",
        &p.nationality,
        8.0,
        false,
    )?;
    row(
        page,
        y,
        "生年月日",
        "Date of birth",
        "birth-date",
        &date_ja(p.birth_date),
        8.0,
        false,
    )?;
    let card_number = if p.card_number.trim().is_empty() {
        wording::CARD_NUMBER_UNKNOWN_JA
    } else {
        p.card_number.as_str()
    };
    row(
        page,
        y,
        "在留カード番号",
        "Residence card number",
        "card-number",
        card_number,
        8.0,
        false,
    )?;
    row(
        page,
        y,
        "住居地",
        "Address in Japan",
        "address",
        &p.address,
        12.0,
        true,
    )
}
