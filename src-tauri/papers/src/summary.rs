//! The last page: a one-page summary in Japanese with English — the deadline, where to go and
//! what to bring (docs/rules.md §1, §4, §5, §6, §8).

use crate::error::PaperError;
use crate::layout::{Page, MM_PER_PT};
use crate::request::PacketRequest;
use crate::wording::{self, date_ja, date_ja_weekday};
use zairyu_domain::calendar::{self, Closed};
use zairyu_domain::case::{CardKind, Document};
use zairyu_domain::deadline::{self, Deadline};
use zairyu_domain::plan::Applicant;
use zairyu_domain::{offices, window};

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
        &format!("{}　{}", p.roman_full_name(), p.card_number.trim()),
        (L, y, R - L, 8.0),
        10.0,
        6.0,
        crate::layout::Align::Center,
    )?;
    y += 12.0;

    let spr = req.case.card == CardKind::SpecialPermanentResident;
    if req.case.leaving_japan_soon {
        y = para(page, y, "出国を予定している方へ：新しい在留カード又は再入国許可を受けずに出国すると、在留資格を失います。出国前に必ず申請してください（新しいカードは通常その日に交付されます）。", 9.5)?;
        y = para(page, y, "Leaving Japan soon? Without the new card or a re-entry permit you lose your status of residence when you leave. Apply before you go (the new card is normally issued the same day).", 7.0)?;
        y += 3.0;
    }
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
            y = para(
                page,
                y,
                &format!("{}まで（できるだけ早く）", date_ja_weekday(d)),
                12.0,
            )?;
            let start = match req.case.reentered_on {
                Some(back) => format!("{}（本邦に再入国した日）", date_ja(back)),
                None => format!(
                    "{}（所持を失ったことを知った日）",
                    date_ja(req.case.learned_on)
                ),
            };
            y = para(
                page,
                y,
                &format!("{start}から14日以内（初日不算入。最終日が休日の場合は翌開庁日）。"),
                9.0,
            )?;
            y = para(page, y, "Within 14 days of the day you learned of the loss (or re-entered Japan); a closed last day moves to the next open day. Go as soon as you can.", 7.0)?;
            if let Some(deadline) = deadline::for_case(&req.case, req.filled_on) {
                y = window_strip(page, y + 1.5, &deadline, req.filled_on);
            }
        }
        None if req.case.still_abroad => {
            y = para(
                page,
                y,
                "日本に再入国した日から14日以内に申請してください（国外からは申請できません）。",
                9.0,
            )?;
            y = para(page, y, "Apply within 14 days of the day you come back to Japan (nobody can apply from abroad).", 7.0)?;
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
        y = para(page, y, "住居地の市区町村役場（特別永住者証明書）。証明書は当日には交付されません（受取日は役場から案内されます）。申請書は役場にあります（この書類には含まれていません）。", 9.0)?;
        y = para(page, y, "Your city or ward office (special permanent resident certificate). The certificate is not issued the same day: the office tells you when to collect it. The office has its own form; it is not in this packet.", 7.0)?;
    } else {
        y = para(page, y, "住居地を管轄する地方出入国在留管理局（支局・出張所）。受付は平日 9:00～12:00、13:00～16:00 が目安です。新しい在留カードは通常その日に交付されます。", 9.0)?;
        y = para(page, y, "The regional immigration services bureau (or its branch) covering your address, not the city office. Counters usually open on weekdays 9:00–12:00 and 13:00–16:00. The new card is normally issued the same day.", 7.0)?;
        // The office the law gives the prefecture of the address (docs/rules.md §13); never an
        // address or an hour, which the agency's list gives.
        if let Some(prefecture) = req.case.prefecture {
            let found = offices::lookup(prefecture);
            let covering = found.covering();
            let seat = covering
                .seat_city
                .map(|c| format!("（{c}）"))
                .unwrap_or_default();
            let mut line = format!(
                "{}を管轄する官署：{}{seat}",
                prefecture.name_ja(),
                covering.name_ja
            );
            if !found.field_offices.is_empty() {
                let names: Vec<&str> = found.field_offices.iter().map(|o| o.name_ja).collect();
                line.push_str(&format!("　県内の出張所：{}", names.join("、")));
            }
            line.push_str("。受付の可否・所在地・受付時間は、出入国在留管理庁の「地方出入国在留管理官署」のページで確認してください。");
            y = para(page, y, &line, 8.0)?;
            y = para(page, y, "The office above covers your prefecture by law (組織令 第84条 and its tables). Not every office takes a new card: check the address, the hours and what it handles on the agency's list of offices before you go.", 6.5)?;
        }
    }
    let (who_ja, who_en) = who_goes(req.who_goes());
    y = para(page, y, who_ja, 9.0)?;
    y = para(page, y, who_en, 7.0)?;
    y += 4.0;

    // The report made.
    if let Some(r) = &req.case.police_report {
        y = heading(page, y, "届出", "Report made");
        let station = if r.made_abroad() {
            format!("{}（{}）", r.station, r.country)
        } else {
            r.station.clone()
        };
        let mut line = format!(
            "{}：{}　{}",
            wording::report_ja(r.kind),
            station,
            date_ja(r.reported_on)
        );
        if r.not_accepted {
            line.push_str("　受理されませんでした（受理番号なし）");
        } else if !r.acceptance_number.is_empty() {
            let label = if r.made_abroad() {
                "届出番号"
            } else {
                "受理番号"
            };
            line.push_str(&format!("　{label} {}", r.acceptance_number));
        }
        y = para(page, y, &line, 9.0)? + 4.0;
    } else if req.goes_unreported() {
        y = heading(page, y, "届出", "Report made");
        y = para(
            page,
            y,
            "警察への届出はしていません（理由は陳述書のとおり）。",
            9.0,
        )?;
        y = para(
            page,
            y,
            "No report was made to the police (the statement says why).",
            7.0,
        )? + 4.0;
    }

    // What to bring. The two reasons (late, no passport) are one letter in this packet: one line.
    y = heading(page, y, "持ち物", "What to bring");
    let one_letter = req.documents.contains(&Document::LateReasonLetter)
        && req.documents.contains(&Document::PassportReasonLetter);
    for d in &req.documents {
        let (ja, en) = match d {
            Document::PassportReasonLetter if one_letter => continue,
            Document::LateReasonLetter if one_letter => wording::ONE_REASON_LETTER,
            d => wording::document_names(*d),
        };
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
    if p.kanji_name.is_some() {
        page.checkbox(L + 1.0, y + 0.6, 3.2, false);
        page.label(
            L + 6.0,
            y + 3.2,
            9.0,
            "在留カード漢字氏名表記申出書（漢字氏名の表記を希望する場合。別の様式です）",
            Some(R - L - 6.0),
        );
        page.label(
            L + 6.0,
            y + 6.6,
            7.0,
            "Kanji name request form, if you want your name in kanji on the card (a separate form)",
            Some(R - L - 6.0),
        );
        y += 9.0;
    }
    if p.card_number.trim().is_empty() {
        y = para(page, y, "在留カード番号が分からないため、申請書の番号欄は空欄です。分かれば記入してください（住民票に記載を求めることができます）。", 8.0)?;
        y = para(page, y, "The card number is left blank because you do not know it. Write it in if you find it (a 住民票 can show it on request).", 6.5)?;
    }
    y += 4.0;

    // Fee.
    y = heading(page, y, "手数料", "Fee");
    y = para(
        page,
        y,
        "紛失・盗難・滅失による再交付は無料です。入管は費用を請求しません。代わりに書類を作成・提出して報酬を受け取れるのは弁護士と行政書士だけです。",
        9.0,
    )?;
    y = para(page, y, "Free of charge for a lost, stolen or destroyed card: the office charges nothing. Only a lawyer or a gyoseishoshi (行政書士) may charge for acting for you.", 7.0)?;

    if !spr {
        y = para(page, y + 3.0, "窓口で出入国在留管理局備付けの申請書への記入を求められた場合は、1枚目の各欄の内容を同じ順にそのまま書き写してください。", 8.0)?;
        para(page, y, "The office may ask you to copy the values onto its own form: copy each field of page 1, in the same order.", 6.5)?;
    }
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

/// The 14 days as a strip of days, the same picture as the dashboard's month table drawn in one
/// row (it fits the page's width whatever the months): each day with its weekday and number, the
/// day the count starts (起算日), day 1 to 14, closed days crossed and named (休 / 祝 / 年末 /
/// 年始; 元日 among the holidays),
/// the recommended day (推奨) and the legal last day (最終日). Returns the `y` below it.
fn window_strip(page: &mut Page<'_>, y: f32, d: &Deadline, today: chrono::NaiveDate) -> f32 {
    const WEEKDAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
    let days: Vec<_> = window::months(d, today)
        .iter()
        .flat_map(|m| m.weeks.iter().flatten().flatten().copied())
        .filter(|x| x.date >= d.counted_from && x.date <= d.legal_last_day)
        .collect();
    if days.is_empty() {
        return y;
    }
    let w = (R - L) / days.len() as f32;
    let h = 15.0;
    page.label(
        L,
        y + 2.5,
        7.0,
        "14日間のカレンダー / The 14 days (× = 休み closed)",
        None,
    );
    let top = y + 4.0;
    for (i, x) in days.iter().enumerate() {
        use chrono::Datelike;
        let left = L + w * i as f32;
        let cx = left + w / 2.0;
        page.rect(left, top, w, h, if x.legal_last_day { 1.2 } else { 0.3 });
        let weekday = WEEKDAYS[x.date.weekday().num_days_from_monday() as usize];
        let date = if i == 0 || x.date.day() == 1 {
            format!("{}/{}", x.date.month(), x.date.day())
        } else {
            x.date.day().to_string()
        };
        page.label_centered(cx, top + 3.0, 5.5, weekday);
        page.label_centered(cx, top + 6.5, 7.0, &date);
        if let Some(closed) = x.closed {
            // Crossed out: closed whatever the colour of the print.
            page.line(left + 0.6, top + 0.6, left + w - 0.6, top + h - 0.6, 0.3);
            page.line(left + w - 0.6, top + 0.6, left + 0.6, top + h - 0.6, 0.3);
            // The closure is 年末 in December and 年始 in January; 1 January is also 元日, a
            // national holiday, named as such (the calendar knows it whatever closes the day).
            let why = match closed {
                Closed::Weekend => "休",
                Closed::Holiday(_) => "祝",
                Closed::YearEnd if calendar::holiday_name(x.date).is_some() => "祝",
                Closed::YearEnd if x.date.month() == 1 => "年始",
                Closed::YearEnd => "年末",
            };
            page.label_centered(cx, top + 10.0, 5.0, why);
        } else if let Some(n) = x.count {
            page.label_centered(cx, top + 10.0, 5.0, &n.to_string());
        }
        let mark = if x.counted_from {
            "起算"
        } else if x.legal_last_day {
            "最終日"
        } else if x.recommended {
            "推奨"
        } else {
            ""
        };
        if !mark.is_empty() {
            page.label(left + 0.4, top + 13.8, 4.5, mark, Some(w - 0.8));
        }
    }
    let holidays: Vec<String> = days
        .iter()
        .filter_map(|x| {
            let name = match x.closed {
                Some(Closed::Holiday(name)) => Some(name),
                Some(_) => calendar::holiday_name(x.date),
                None => None,
            };
            name.map(|name| format!("{}={}", date_ja(x.date), name))
        })
        .collect();
    let mut bottom = top + h + 1.0;
    if !holidays.is_empty() {
        page.label(
            L,
            bottom + 2.5,
            6.0,
            &format!("祝日: {}", holidays.join("、")),
            Some(R - L),
        );
        bottom += 3.5;
    }
    bottom + 1.0
}

/// Who goes to the office, in Japanese and English.
fn who_goes(applicant: Applicant) -> (&'static str, &'static str) {
    match applicant {
        Applicant::Holder => (
            "申請人本人が窓口に行きます。",
            "You go to the counter yourself.",
        ),
        Applicant::RelativeForChild => (
            "16歳未満のため、同居する16歳以上の親族が代わりに申請します。写真は不要です。",
            "Under 16: a relative aged 16 or over who lives with you applies for you. No photo is needed.",
        ),
        Applicant::RelativeForIllHolder => (
            "病気等のため、同居する16歳以上の親族が代わりに申請します（診断書等を添付）。",
            "Because you are ill, a relative aged 16 or over who lives with you applies (with a doctor's certificate).",
        ),
        Applicant::RelativeAtRequest => (
            "本人の依頼により、同居する16歳以上の親族が委任状を持って申請します。委任状による申請を受け付けるか、事前に申請先に確認してください。",
            "At your request, a relative aged 16 or over who lives with you applies with the letter of authority. Ask the office beforehand whether it accepts an application brought on your behalf.",
        ),
        Applicant::Agent => (
            "申請取次者（弁護士・行政書士等）が申請を取り次ぎます。",
            "A registered agent (lawyer, gyoseishoshi or approved staff) files for you.",
        ),
        Applicant::ApprovedOther => (
            "同居の親族以外の者（別居の親・法定代理人、別居の親族、同居者等）が代わりに申請します。事前に申請先の了承を得てください。",
            "Someone other than a relative living with you (a parent or guardian living elsewhere, another relative, someone you live with) applies for you. Ask the office beforehand whether it agrees.",
        ),
        Applicant::NoOneYet => (
            "代わりに申請できる人がまだ決まっていません。申請先に連絡し、誰が申請できるかを確認してください。",
            "Nobody who can apply for you has been found yet: contact the office and ask who may.",
        ),
    }
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
