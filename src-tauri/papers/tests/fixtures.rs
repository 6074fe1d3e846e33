//! Renders every fixture in `tests/fixtures/packet-*.json`, extracts the text back with poppler's
//! `pdftotext`, and checks that every value entered appears; checks the fonts with `pdffonts`.
//! These tests need poppler-utils and fail loudly (not skip) without it.

use std::path::PathBuf;
use std::process::Command;

use zairyu_papers::{render_packet, wording::date_ja, PacketRequest};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn out_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/papers-preview");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn load(name: &str) -> PacketRequest {
    let path = fixtures_dir().join(format!("packet-{name}.json"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("`{name}` is needed by this test (Debian: apt-get install poppler-utils): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Renders `name`, writes it to target/papers-preview/, returns (pdf path, pdftotext text).
fn render(name: &str) -> (PathBuf, String, PacketRequest) {
    let req = load(name);
    let pdf = render_packet(&req).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = out_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, &pdf).unwrap();
    let text = tool("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]);
    (path, text, req)
}

/// Text with all whitespace removed: pdftotext may split a wrapped value across lines.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn assert_values_appear(name: &str) {
    let (path, text, req) = render(name);
    let got = squash(&text);
    let p = req.profile.normalized();
    let mut expected: Vec<String> = req
        .normalized()
        .typed_values()
        .into_iter()
        .map(|(_, v)| v.to_owned())
        .collect();
    expected.extend([
        date_ja(p.birth_date),
        date_ja(req.case.learned_on),
        date_ja(req.filled_on),
        p.roman_full_name(),
    ]);
    if let Some(r) = &req.case.police_report {
        if req.answers.loss_statement.is_some() {
            expected.push(date_ja(r.reported_on));
        }
    }
    if let Some(s) = &req.answers.loss_statement {
        expected.push(date_ja(s.date));
    }
    if let Some(d) = req.deadline {
        expected.push(date_ja(d));
    }
    for v in expected.iter().filter(|v| !v.is_empty()) {
        assert!(
            got.contains(&squash(v)),
            "{name}: {v:?} not found in the text of {}:\n{text}",
            path.display()
        );
    }
    // The fonts: one embedded subset font, Identity-H, with a ToUnicode map.
    let fonts = tool("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{name}: no fonts\n{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let name_col = cols[0];
        assert!(
            name_col.len() > 7
                && name_col.as_bytes()[6] == b'+'
                && name_col[..6].bytes().all(|b| b.is_ascii_uppercase()),
            "{name}: not a subset font: {row}"
        );
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "{name}: emb/sub/uni not all yes: {row}"
        );
    }
    let pdf = std::fs::read(&path).unwrap();
    assert!(
        pdf.len() <= 80 * 1024,
        "{name}: {} bytes is over 80 KB",
        pdf.len()
    );
}

#[test]
fn lost_on_time() {
    assert_values_appear("lost");
}

#[test]
fn stolen() {
    assert_values_appear("stolen");
}

#[test]
fn destroyed() {
    assert_values_appear("destroyed");
}

#[test]
fn late_without_passport() {
    assert_values_appear("late-no-passport");
    let (_, text, _) = render("late-no-passport");
    let t = squash(&text);
    assert!(t.contains("理由書") && t.contains("出入国在留管理庁長官殿"));
    assert!(t.contains("旅券も在留カードと一緒に紛失しました。"));
}

#[test]
fn under_16_with_a_legal_representative() {
    assert_values_appear("under16");
    let (_, text, _) = render("under16");
    assert!(squash(&text).contains("写真不要"));
}

#[test]
fn vietnamese_diacritics_survive_in_places_and_names_print_as_roman_capitals() {
    assert_values_appear("vietnamese");
    let (_, text, _) = render("vietnamese");
    let t = squash(&text);
    for v in ["Quán Phở Hà Nội Đặc Biệt", "Hỗ trợ Việt Nhật"] {
        assert!(t.contains(&squash(v)), "{v}");
    }
    // The agent typed TRẦN VĂN ĐỨC: a name prints as Roman capitals, as on a card or passport.
    assert!(t.contains("TRANVANDUC"), "{t}");
    assert!(!t.contains("TRẦN") && !t.contains("ĐỨC"), "{t}");
}

#[test]
fn the_form_has_its_fixed_parts() {
    let (path, text, _) = render("lost");
    let t = squash(&text);
    for s in [
        "在留カード再交付申請書",
        "APPLICATIONFORRE-ISSUANCEOFARESIDENCECARD",
        "以上の記載内容は事実と相違ありません。",
        "Iherebydeclarethatthestatementgivenaboveistrueandcorrect.",
        "紛失・盗難に係る陳述書",
        "受理番号",
        "国籍・地域",
        "資格外活動許可の有無",
        "記載事項を再現したもの",
    ] {
        assert!(t.contains(s), "{s} missing");
    }
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("在留カード再交付申請書"), "{info}");
    let line = |key: &str| {
        info.lines()
            .find(|l| l.starts_with(key))
            .map(|l| l[key.len()..].trim().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(
        line("CreationDate:"),
        "Wed Nov 25 12:00:00 2026 UTC",
        "{info}"
    );
    assert_eq!(line("Pages:"), "3", "{info}");
}

/// The lines of page `n` of the PDF at `path` as laid out (a label and its value on one line),
/// each without whitespace.
fn page_lines(path: &std::path::Path, n: u32) -> Vec<String> {
    let n = n.to_string();
    tool(
        "pdftotext",
        &[
            "-layout",
            "-enc",
            "UTF-8",
            "-f",
            &n,
            "-l",
            &n,
            path.to_str().unwrap(),
            "-",
        ],
    )
    .lines()
    .map(squash)
    .filter(|l| !l.is_empty())
    .collect()
}

/// The row of `lines` labelled `label`: its line and the two under it (the English label and
/// the value are laid out just below the Japanese label).
fn line_with(lines: &[String], label: &str) -> String {
    let i = lines
        .iter()
        .position(|l| l.contains(label))
        .unwrap_or_else(|| panic!("no line with {label}: {lines:#?}"));
    lines[i..(i + 3).min(lines.len())].concat()
}

/// The text of page `n` of the PDF at `path`, without whitespace.
fn page_text(path: &std::path::Path, n: u32) -> String {
    page_lines(path, n).concat()
}

#[test]
fn the_form_and_the_statement_agree_on_the_day_learned_when_it_differs_from_the_day_it_happened() {
    let mut req = load("lost");
    let happened = chrono::NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
    req.answers.loss_statement.as_mut().unwrap().date = happened;
    assert_ne!(happened, req.case.learned_on);
    let pdf = render_packet(&req).unwrap();
    let path = out_dir().join("lost-happened-before-learned.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let form = page_lines(&path, 1);
    let statement_lines = page_lines(&path, 2);
    let statement = statement_lines.concat();
    let learned = date_ja(req.case.learned_on);
    // Item 8 of the form: the day the applicant learned of it, and nowhere the day it happened.
    assert!(
        line_with(&form, "その事実を知った日").contains(&learned),
        "{form:#?}"
    );
    assert!(!form.concat().contains(&date_ja(happened)), "{form:#?}");
    // The statement: when it happened, and on its own row and sentence the same day learned.
    assert!(line_with(&statement_lines, "日時").contains(&date_ja(happened)));
    assert!(line_with(&statement_lines, "所持を失ったことを知った日").contains(&learned));
    assert!(
        statement.contains(&format!("{}の夕方", date_ja(happened))),
        "{statement}"
    );
    assert!(
        statement.contains(&format!("{learned}、在留カードがないことに気付きました")),
        "{statement}"
    );
    assert!(
        statement.contains("（受理番号：R08-123456）"),
        "{statement}"
    );
    assert!(statement.contains("出入国在留管理庁長官殿"), "{statement}");
}

#[test]
fn a_report_the_police_did_not_accept_is_stated_without_a_number() {
    let mut req = load("lost");
    req.case.lost_at_home = true;
    let report = req.case.police_report.as_mut().unwrap();
    report.not_accepted = true;
    report.acceptance_number = String::new();
    let pdf = render_packet(&req).unwrap();
    let path = out_dir().join("lost-at-home-not-accepted.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let statement = page_text(&path, 2);
    assert!(
        statement.contains("自宅内での紛失であるため、受理されませんでした")
            && statement.contains("なし（届出は受理されませんでした）"),
        "{statement}"
    );
}
