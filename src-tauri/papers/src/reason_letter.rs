//! 理由書: the letter explaining a late application and/or why the passport cannot be shown
//! (docs/rules.md §1, §5), addressed to 出入国在留管理庁長官 殿, generated from the structured reasons.

use crate::error::PaperError;
use crate::layout::Page;
use crate::letter_head::{self, L, R};
use crate::request::PacketRequest;
use crate::wording::{self, date_ja};

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
        let back = req
            .case
            .reentered_on
            .map(|d| format!("、{}に本邦に再入国しました", date_ja(d)))
            .unwrap_or_else(|| "ました".to_owned());
        let mut text = format!(
            "私は、{}に在留カードの{}を知り{back}が、申請期限である{}までに再交付の申請をすることができませんでした。その理由は次のとおりです。",
            date_ja(req.case.learned_on),
            wording::ReasonBox::for_incident(req.case.incident).ja(),
            date_ja(deadline),
        );
        for r in &late.reasons {
            text.push_str("\n・");
            text.push_str(wording::late_reason_ja(*r));
        }
        if let Some(d) = &late.detail {
            text.push_str(&format!("\n（補足）{d}"));
        }
        text.push_str("\n今後は期限を守り、このようなことがないよう注意いたします。");
        y = page.paragraph("late-reasons", &text, L, y, R - L, bottom, 9.5)? + 4.0;
    }
    if !req.case.passport_available {
        if let Some(pr) = &req.answers.passport_reasons {
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
            let mut text = String::from("申請に当たり旅券（パスポート）を提示することができません。その理由は次のとおりです。");
            for r in &pr.reasons {
                text.push_str("\n・");
                text.push_str(wording::passport_reason_ja(*r));
            }
            if let Some(d) = &pr.detail {
                text.push_str(&format!("\n（補足）{d}"));
            }
            text.push_str("\n代わりに、他の本人確認書類を提示します。");
            y = page.paragraph("passport-reasons", &text, L, y, R - L, bottom, 9.5)? + 4.0;
        }
    }
    let closing = "以上のとおり相違ありません。よろしくお願いいたします。";
    let after = page.paragraph("closing", closing, L, y, R - L, bottom - 4.0, 9.5)?;
    page.paragraph(
        "closing",
        "I state the above is true. (Generated in Japanese from the reasons the applicant chose.)",
        L,
        after,
        R - L,
        bottom,
        6.0,
    )?;

    letter_head::sign(page, &filled, req.who_goes());
    Ok(())
}
