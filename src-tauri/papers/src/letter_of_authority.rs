//! 委任状: the letter of authority with which a relative aged 16+ who lives with the holder applies
//! at the holder's request (docs/rules.md §4, §5, §11.7). The relative is the person entered in the
//! form's 取次者 block (the profile's agent: name, relationship, address, phone, date of birth);
//! the acts delegated are listed as items under 記, as such letters are written; the holder signs.

use crate::error::PaperError;
use crate::layout::Page;
use crate::letter_head::{self, row, L, R};
use crate::request::PacketRequest;
use crate::wording::date_ja;

/// The acts delegated, each an item of the letter (Japanese, English).
pub const DELEGATED: [(&str, &str); 2] = [
    (
        "一　在留カードの再交付申請に関する一切の件",
        "1. Everything concerning the application for a new residence card",
    ),
    (
        "一　再交付された在留カードの受領に関する件",
        "2. Receiving the new residence card",
    ),
];

/// Draws the letter of authority.
pub fn draw(page: &mut Page<'_>, req: &PacketRequest) -> Result<(), PaperError> {
    let relative = req
        .profile
        .agent
        .as_ref()
        .ok_or(PaperError::MissingRelative)?;
    let born = relative.birth_date.ok_or_else(|| PaperError::Empty {
        field: "agent-birth-date".into(),
    })?;
    let filled = letter_head::draw(page, "委任状", "LETTER OF AUTHORITY", req.filled_on)?;

    let mut y = 48.0;
    page.label(L, y + 3.5, 9.5, "代理人（受任者）", None);
    page.label(L + 32.0, y + 3.5, 6.5, "The relative who applies", None);
    y += 6.0;
    row(
        page,
        &mut y,
        "氏名",
        "Name",
        "agent-name",
        &relative.name,
        8.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "生年月日",
        "Date of birth",
        "agent-birth-date",
        &date_ja(born),
        8.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "本人との関係",
        "Relationship",
        "agent-organisation",
        &relative.organisation,
        8.0,
        false,
    )?;
    row(
        page,
        &mut y,
        "住所",
        "Address",
        "agent-address",
        &relative.address,
        12.0,
        true,
    )?;
    row(
        page,
        &mut y,
        "電話番号",
        "Telephone No.",
        "agent-phone",
        &relative.phone,
        8.0,
        false,
    )?;

    y += 7.0;
    let after = page.paragraph(
        "authority",
        "私は、上記の者（私と同居する親族）を代理人と定め、下記の事項を委任します。",
        L,
        y,
        R - L,
        y + 10.0,
        10.0,
    )?;
    let after = page.paragraph(
        "authority",
        "I appoint the person above, a relative who lives with me, as my representative for the following.",
        L,
        after,
        R - L,
        after + 6.0,
        6.5,
    )?;
    page.label_centered(105.0, after + 6.0, 10.0, "記");
    let mut y = after + 9.0;
    for (ja, en) in DELEGATED {
        y = page.paragraph("authority", ja, L + 8.0, y, R - L - 8.0, y + 8.0, 10.0)?;
        y = page.paragraph("authority", en, L + 8.0, y, R - L - 8.0, y + 5.0, 6.5)? + 1.5;
    }
    page.label(R - 12.0, y + 4.0, 10.0, "以上", None);

    let mut y = y + 10.0;
    page.label(L, y + 3.5, 9.5, "委任者（申請人）", None);
    page.label(L + 32.0, y + 3.5, 6.5, "The applicant", None);
    y += 6.0;
    letter_head::person_rows(page, &mut y, &req.profile)?;

    letter_head::sign(page, &filled, zairyu_domain::plan::Applicant::Holder);
    Ok(())
}
