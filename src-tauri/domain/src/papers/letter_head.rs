//! The head shared by the two letters (陳述書, 理由書): the title in Japanese and English, the
//! addressee 出入国在留管理局長 殿 with its English line, and the date of filling in at the right.

use super::error::PaperError;
use super::layout::{Align, Page};
use super::wording::{self, date_ja};

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
    page.label(
        L,
        41.0,
        6.0,
        "To the Director General of the Regional Immigration Services Bureau",
        None,
    );
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
