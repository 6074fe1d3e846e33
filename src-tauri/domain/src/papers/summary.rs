//! The last page: a one-page summary in Japanese with English — the deadline, where to go and
//! what to bring (rules.md §1, §4, §5, §6, §8).

use super::error::PaperError;
use super::layout::{Page, MM_PER_PT};
use super::request::PacketRequest;
use super::wording::{self, date_ja, date_ja_weekday};
use crate::case::CardKind;

const L: f32 = 15.0;
const R: f32 = 195.0;

/// Draws the summary.
pub fn draw(page: &mut Page<'_>, req: &PacketRequest) -> Result<(), PaperError> {
    let p = &req.profile;
    page.label_centered(105.0, 20.0, 15.0, "在留カード再交付申請のまとめ");
    page.label_centered(105.0, 26.5, 8.5, "SUMMARY: RE-ISSUING YOUR RESIDENCE CARD");
    let mut y = 34.0;
    page.value_line(
        "name",
        &format!("{}　{}", p.roman_full_name(), p.card_number),
        (L, y, R - L, 8.0),
        10.0,
        6.0,
        super::layout::Align::Center,
    )?;
    y += 12.0;

    let spr = req.case.card == CardKind::SpecialPermanentResident;
    // Deadline.
    y = heading(page, y, "申請期限", "Deadline");
    match req.deadline {
        Some(d) if req.is_late() => {
            y = para(
                page,
                y,
                &format!("{}（期限を過ぎています）", date_ja_weekday(d)),
                12.0,
            )?;
            y = para(
                page,
                y,
                "期限を過ぎていても、すぐに申請してください。申請が遅れた理由書を添えてください。",
                9.0,
            )?;
            y = para(page, y, "The deadline has passed. Apply at once anyway, with the letter explaining the delay.", 7.0)?;
        }
        Some(d) => {
            y = para(page, y, &format!("{}まで", date_ja_weekday(d)), 12.0)?;
            y = para(
                page,
                y,
                &format!(
                    "{}に知った日から14日以内（初日不算入、休日の場合は翌開庁日）。",
                    date_ja(req.case.reentered_on.unwrap_or(req.case.learned_on))
                ),
                9.0,
            )?;
            y = para(page, y, "Within 14 days of the day you learned of the loss (or re-entered Japan); a closed last day moves to the next open day.", 7.0)?;
        }
        None => {
            y = para(page, y, "できるだけ早く申請してください。", 9.0)?;
            y = para(page, y, "Apply as soon as you can.", 7.0)?;
        }
    }
    y += 4.0;

    // Where to go.
    y = heading(page, y, "申請先", "Where to go");
    if spr {
        y = para(page, y, "住居地の市区町村役場（特別永住者証明書）。証明書の交付まで約2週間かかります。申請書は役場にあります（この書類には含まれていません）。", 9.0)?;
        y = para(page, y, "Your city or ward office (special permanent resident certificate). The certificate takes about two weeks. The office has its own form; it is not in this packet.", 7.0)?;
    } else {
        y = para(page, y, "住居地を管轄する地方出入国在留管理局（支局・出張所）。受付は平日 9:00～12:00、13:00～16:00 が目安です。新しい在留カードは通常その日に交付されます。", 9.0)?;
        y = para(page, y, "The regional immigration services bureau (or its branch) covering your address, not the city office. Counters usually open on weekdays 9:00–12:00 and 13:00–16:00. The new card is normally issued the same day.", 7.0)?;
    }
    if req.under_16() {
        y = para(
            page,
            y,
            "16歳未満の方は、同居する16歳以上の親族が代わりに申請します。写真は不要です。",
            9.0,
        )?;
        y = para(
            page,
            y,
            "Under 16: a cohabiting relative aged 16 or over applies for you. No photo is needed.",
            7.0,
        )?;
    }
    y += 4.0;

    // The report made.
    if let Some(r) = &req.case.police_report {
        y = heading(page, y, "届出", "Report made");
        let mut line = format!(
            "{}：{}　{}",
            wording::report_ja(r.kind),
            r.station,
            date_ja(r.reported_on)
        );
        if !r.acceptance_number.is_empty() {
            line.push_str(&format!("　受理番号 {}", r.acceptance_number));
        }
        y = para(page, y, &line, 9.0)? + 4.0;
    }

    // What to bring.
    y = heading(page, y, "持ち物", "What to bring");
    for d in &req.documents {
        let (ja, en) = wording::document_names(*d);
        if y > 250.0 {
            return Err(PaperError::DoesNotFit {
                field: "documents".into(),
            });
        }
        page.checkbox(L + 1.0, y + 0.6, 3.2, false);
        page.label(L + 6.0, y + 3.2, 9.0, ja, Some(R - L - 6.0));
        page.label(L + 6.0, y + 6.6, 7.0, en, Some(R - L - 6.0));
        y += 9.0;
    }
    y += 4.0;

    // Fee.
    y = heading(page, y, "手数料", "Fee");
    y = para(
        page,
        y,
        "紛失・盗難・滅失による再交付は無料です。お金を求められたら注意してください。",
        9.0,
    )?;
    para(page, y, "Free of charge for a lost, stolen or destroyed card. Be wary of anyone asking for money to \"handle\" it.", 7.0)?;

    page.line(L, 276.0, R, 276.0, 0.3);
    page.paragraph(
        "note",
        &format!(
            "{}作成。入力内容から自動で作成しました。提出前にすべての記載内容を確認し、署名してください。",
            date_ja(req.filled_on)
        ),
        L,
        278.0,
        R - L,
        292.0,
        6.5,
    )?;
    page.paragraph(
        "note",
        "Made by Zairyu Card Helper from your answers. Check every value before you sign and hand it in.",
        L,
        283.0,
        R - L,
        292.0,
        6.0,
    )?;
    Ok(())
}

fn heading(page: &mut Page<'_>, y: f32, ja: &str, en: &str) -> f32 {
    let size = 11.0;
    page.label(L, y + size * MM_PER_PT, size, ja, None);
    let w = page.font().width_mm(ja, size);
    page.label(L + w + 3.0, y + size * MM_PER_PT, 7.5, en, None);
    page.line(
        L,
        y + size * MM_PER_PT + 1.5,
        R,
        y + size * MM_PER_PT + 1.5,
        0.4,
    );
    y + size * MM_PER_PT + 3.5
}

fn para(page: &mut Page<'_>, y: f32, text: &str, size: f32) -> Result<f32, PaperError> {
    page.paragraph("summary", text, L, y, R - L, 270.0, size)
}
