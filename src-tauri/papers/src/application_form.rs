//! Page 1: 在留カード再交付申請書 (APPLICATION FOR RE-ISSUANCE OF A RESIDENCE CARD), with the fields of
//! docs/rules.md §7 in their order, Japanese labels with the English ones, the reason ticked, the photo
//! box, the representative and agent blocks, the declaration, signature and date.

use crate::error::PaperError;
use crate::layout::{Page, MM_PER_PT};
use crate::request::PacketRequest;
use crate::wording::{self, date_ja};
use zairyu_domain::profile::Sex;

const L: f32 = 15.0; // left edge
const R: f32 = 195.0; // right edge
const LABEL_W: f32 = 44.0;
const MAX: f32 = 11.0; // value size
const MIN: f32 = 6.0; // smallest value size

/// Draws the application form.
pub fn draw(page: &mut Page<'_>, req: &PacketRequest) -> Result<(), PaperError> {
    let p = &req.profile;
    page.label_centered(105.0, 20.0, 16.0, "在留カード再交付申請書");
    page.label_centered(
        105.0,
        26.5,
        9.0,
        "APPLICATION FOR RE-ISSUANCE OF A RESIDENCE CARD",
    );

    // Photo box, 40 mm × 30 mm, beside fields 1–3.
    let (px, py) = (R - 30.0, 34.0);
    page.rect(px, py, 30.0, 40.0, 0.6);
    let cx = px + 15.0;
    if req.under_16() {
        page.label_centered(cx, py + 15.0, 7.0, "写真不要");
        page.label_centered(cx, py + 19.5, 6.0, "（16歳未満）");
        page.label_centered(cx, py + 25.0, 5.5, "Photo not needed");
        page.label_centered(cx, py + 28.5, 5.5, "(under 16)");
    } else {
        page.label_centered(cx, py + 14.0, 7.0, "写真");
        page.label_centered(cx, py + 18.0, 5.5, "Photo");
        page.label_centered(cx, py + 24.0, 5.5, "縦40mm × 横30mm");
        page.label_centered(cx, py + 27.5, 5.5, "40 mm × 30 mm");
        page.label_centered(cx, py + 31.5, 5.0, "6か月以内に撮影");
        page.label_centered(cx, py + 34.5, 5.0, "taken within 6 months");
    }

    let vx = L + LABEL_W;
    let narrow = px - 3.0 - vx; // value width beside the photo
    let wide = R - vx;

    // 1. Nationality / region.
    let mut y = 34.0;
    page.label_cell((L, y, LABEL_W, 10.0), "1 国籍・地域", "Nationality/Region");
    page.value_cell(
        "nationality",
        &p.nationality,
        (vx, y, narrow, 10.0),
        None,
        MAX,
        MIN,
        false,
    )?;
    y += 10.0;

    // 2. Date of birth.
    page.label_cell((L, y, LABEL_W, 10.0), "2 生年月日", "Date of birth");
    page.value_cell(
        "birth-date",
        &date_ja(p.birth_date),
        (vx, y, narrow, 10.0),
        Some("年 Year / 月 Month / 日 Day"),
        MAX,
        MIN,
        false,
    )?;
    y += 10.0;

    // 3. Name: family name, given name (Roman capitals as in the passport).
    page.label_cell((L, y, LABEL_W, 20.0), "3 氏名", "Name (as in the passport)");
    page.value_cell(
        "family-name",
        &p.family_name,
        (vx, y, narrow, 10.0),
        Some("姓 Family name"),
        MAX,
        MIN,
        false,
    )?;
    page.value_cell(
        "given-name",
        &p.given_name,
        (vx, y + 10.0, narrow, 10.0),
        Some("名 Given name"),
        MAX,
        MIN,
        false,
    )?;
    y += 20.0;
    // The official form has no row for a name in kanji: it is asked for on its own form.
    if p.kanji_name.is_some() {
        page.label(
            L,
            y + 3.2,
            6.5,
            "漢字氏名の表記を希望する場合は、別に「在留カード漢字氏名表記申出書」を提出してください。",
            Some(R - L),
        );
        page.label(
            L,
            y + 6.2,
            5.5,
            "To have your name in kanji on the card, hand in the separate kanji name request form.",
            Some(R - L),
        );
    }
    y += 9.0;

    // 4. Sex, and the phone number beside it.
    page.label_cell((L, y, LABEL_W, 10.0), "4 性別", "Sex");
    let sex_w = 46.0;
    page.rect(vx, y, sex_w, 10.0, 0.5);
    page.choices(
        vx + 2.0,
        y + 5.0,
        &[
            ("男 Male", p.sex == Sex::Male),
            ("女 Female", p.sex == Sex::Female),
        ],
        8.0,
    );
    let tel_label_w = 28.0;
    page.label_cell(
        (vx + sex_w, y, tel_label_w, 10.0),
        "電話番号",
        "Telephone No.",
    );
    let tx = vx + sex_w + tel_label_w;
    page.value_cell(
        "phone",
        &p.phone,
        (tx, y, R - tx, 10.0),
        None,
        MAX,
        MIN,
        false,
    )?;
    y += 10.0;

    // 5. Address in Japan.
    page.label_cell((L, y, LABEL_W, 14.0), "5 住居地", "Address in Japan");
    page.value_cell(
        "address",
        &p.address,
        (vx, y, wide, 14.0),
        None,
        MAX,
        MIN,
        true,
    )?;
    y += 14.0;

    // 6. Residence card number.
    page.label_cell(
        (L, y, LABEL_W, 10.0),
        "6 在留カード番号",
        "Residence card number",
    );
    page.value_cell(
        "card-number",
        &p.card_number,
        (vx, y, wide, 10.0),
        None,
        12.0,
        MIN,
        false,
    )?;
    y += 10.0;

    // 7. Permission to engage in activity other than that permitted.
    page.label_cell(
        (L, y, LABEL_W, 11.0),
        "7 資格外活動許可の有無",
        "Permission for activity outside status",
    );
    page.rect(vx, y, wide, 11.0, 0.5);
    page.choices(
        vx + 2.0,
        y + 5.5,
        &[("有 Yes", p.activity_permit), ("無 No", !p.activity_permit)],
        8.0,
    );
    y += 11.0;

    // 8. Reason for the loss and the date the applicant learned of it.
    page.label_cell(
        (L, y, LABEL_W, 18.0),
        "8 所持を失った理由及び知った日",
        "Reason for the loss, date learned",
    );
    page.rect(vx, y, wide, 18.0, 0.5);
    let reason = wording::ReasonBox::for_incident(req.case.incident);
    let boxes: Vec<(&str, bool)> = wording::ReasonBox::ALL
        .into_iter()
        .map(|b| (b.label(), b == reason))
        .collect();
    page.choices(vx + 2.0, y + 5.0, &boxes, 8.0);
    page.label(vx + 2.0, y + 12.6, 6.5, "その事実を知った日", None);
    page.label(
        vx + 2.0,
        y + 15.8,
        5.5,
        "Date the applicant learned of it",
        None,
    );
    page.value_line(
        "learned-on",
        &date_ja(req.case.learned_on),
        (vx + 40.0, y + 9.0, wide - 40.0, 9.0),
        MAX,
        MIN,
        crate::layout::Align::Left,
    )?;
    y += 18.0;

    // 9. Legal representative.
    y = person_block(
        page,
        y,
        ("9 法定代理人", "Legal representative"),
        req.profile.legal_representative.as_ref().map(|r| {
            [
                ("representative-name", "氏名 Name", r.name.as_str()),
                (
                    "representative-relationship",
                    "本人との関係 Relationship",
                    r.relationship.as_str(),
                ),
                ("representative-address", "住所 Address", r.address.as_str()),
                (
                    "representative-phone",
                    "電話番号 Telephone No.",
                    r.phone.as_str(),
                ),
            ]
        }),
    )?;

    // Agent, or the relative who applies.
    y = person_block(
        page,
        y,
        ("取次者", "Agent or other authorized person"),
        req.profile.agent.as_ref().map(|a| {
            [
                ("agent-name", "氏名 Name", a.name.as_str()),
                (
                    "agent-organisation",
                    "所属機関等（親族は本人との関係） Organization / relationship",
                    a.organisation.as_str(),
                ),
                ("agent-address", "住所 Address", a.address.as_str()),
                ("agent-phone", "電話番号 Telephone No.", a.phone.as_str()),
            ]
        }),
    )?;

    // Declaration, signature, date.
    y += 6.0;
    page.label(L, y, 9.5, wording::DECLARATION_JA, None);
    page.label(L, y + 4.5, 7.0, wording::DECLARATION_EN, None);
    y += 15.0;
    let sig_x = 95.0;
    page.label(L, y, 8.0, "申請人（法定代理人）の署名", None);
    page.label(
        L,
        y + 3.6,
        6.0,
        "Signature of the applicant (legal representative)",
        None,
    );
    page.line(sig_x, y + 3.0, R, y + 3.0, 0.6);
    let (who_ja, who_en) = crate::letter_head::who_signs(req.who_goes());
    page.label(sig_x, y + 6.5, 6.5, who_ja, Some(R - sig_x));
    page.label(sig_x, y + 9.3, 5.5, who_en, Some(R - sig_x));
    y += 14.0;
    page.label(L, y, 8.0, "作成年月日", None);
    page.label(L, y + 3.6, 6.0, "Date of filling in this form", None);
    page.value_line(
        "filled-on",
        &date_ja(req.filled_on),
        (sig_x, y - 5.0, R - sig_x, 9.0),
        MAX,
        MIN,
        crate::layout::Align::Left,
    )?;
    page.line(sig_x, y + 3.0, R, y + 3.0, 0.6);

    // Small print.
    let note_ja = "この書類は、在留カード再交付申請書の記載事項を再現したものです。記載内容は、出入国在留管理局備付けの申請書にそのまま書き写すこともできます。";
    let note_en = "This sheet reproduces the fields of the official application form, so the values can also be copied onto the office's paper form.";
    let ny = 279.0;
    page.line(L, ny - 3.5, R, ny - 3.5, 0.3);
    let after = page.paragraph("note", note_ja, L, ny - 2.5, R - L, 292.0, 6.5)?;
    page.paragraph("note", note_en, L, after, R - L, 292.0, 6.0)?;
    let _ = MM_PER_PT;
    Ok(())
}

/// A block of four captioned cells (name, second item; address; phone) for the legal
/// representative or the agent, blank when there is none. Returns the `y` below it.
fn person_block(
    page: &mut Page<'_>,
    y: f32,
    (ja, en): (&str, &str),
    fields: Option<[(&str, &str, &str); 4]>,
) -> Result<f32, PaperError> {
    let h = 12.5;
    let vx = L + LABEL_W;
    page.label_cell((L, y, LABEL_W, 2.0 * h), ja, en);
    let empty = [("", "", ""); 4];
    let blank = fields.is_none();
    let f = fields.unwrap_or(empty);
    let captions: [&str; 4] = if blank {
        if ja == "取次者" {
            [
                "氏名 Name",
                "所属機関等（親族は本人との関係） Organization / relationship",
                "住所 Address",
                "電話番号 Telephone No.",
            ]
        } else {
            [
                "氏名 Name",
                "本人との関係 Relationship",
                "住所 Address",
                "電話番号 Telephone No.",
            ]
        }
    } else {
        [f[0].1, f[1].1, f[2].1, f[3].1]
    };
    let w = R - vx;
    let cells = [
        (vx, y, w * 0.6, h),
        (vx + w * 0.6, y, w * 0.4, h),
        (vx, y + h, w * 0.72, h),
        (vx + w * 0.72, y + h, w * 0.28, h),
    ];
    for (i, cell) in cells.into_iter().enumerate() {
        let (field, _, value) = f[i];
        page.value_cell(field, value, cell, Some(captions[i]), 10.0, 5.5, i != 3)?;
    }
    Ok(y + 2.0 * h)
}
