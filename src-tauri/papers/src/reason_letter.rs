//! 理由書: the letter explaining a late application and/or why the passport cannot be shown
//! (docs/rules.md §1, §5), addressed to 出入国在留管理庁長官 殿, written from the structured reasons
//! and their facts ([`reasons`]).

use crate::error::PaperError;
use crate::layout::Page;
use crate::letter_head::{self, L, R};
use crate::reasons;
use crate::request::PacketRequest;
use crate::wording::ReasonBox;

/// Draws the reason letter.
pub fn draw(page: &mut Page<'_>, req: &PacketRequest) -> Result<(), PaperError> {
    let filled = letter_head::draw(page, "理由書", "LETTER OF EXPLANATION", req.filled_on)?;

    let mut y = 46.0;
    letter_head::person_rows(page, &mut y, &req.profile)?;
    let bottom = 254.0;
    y += 8.0;
    let mut section = 1;
    if let (true, Some(late), Some(deadline)) =
        (req.is_late(), &req.answers.late_reasons, req.deadline)
    {
        page.label(
            L,
            y + 3.5,
            9.5,
            &format!("{section} 申請が遅れた理由"),
            None,
        );
        page.label(L + 42.0, y + 3.5, 6.5, "Why the application is late", None);
        section += 1;
        y += 7.0;
        let text = reasons::late_ja(
            late,
            req.voice(),
            ReasonBox::for_incident(req.case.incident).ja(),
            req.case.learned_on,
            req.case.reentered_on,
            deadline,
        )
        .join("\n");
        y = page.paragraph("late-reasons", &text, L, y, R - L, bottom, 9.5)? + 4.0;
    }
    if let (false, Some(pr)) = (req.case.passport_available, &req.answers.passport_reasons) {
        page.label(
            L,
            y + 3.5,
            9.5,
            &format!("{section} 旅券を提示できない理由"),
            None,
        );
        page.label(
            L + 48.0,
            y + 3.5,
            6.5,
            "Why the passport cannot be shown",
            None,
        );
        y += 7.0;
        let text = reasons::passport_ja(pr).join("\n");
        y = page.paragraph("passport-reasons", &text, L, y, R - L, bottom, 9.5)? + 4.0;
    }
    page.paragraph("closing", "以上", L, y, R - L, bottom, 9.5)?;
    letter_head::sign(page, &filled, req.who_goes());
    Ok(())
}
