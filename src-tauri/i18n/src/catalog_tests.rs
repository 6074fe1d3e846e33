//! Catalog and audit behaviour on fixture files (the real `common.ftl` files plus test messages).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use zairyu_domain::text::Text;

use crate::audit::Problem;
use crate::catalog::{Catalog, MissKind};
use crate::index::{LocaleFile, Source, LOCALE_FILES};

fn fixture(extra: &[(&'static str, &'static str, &'static str)]) -> Catalog {
    let mut files: Vec<LocaleFile> = LOCALE_FILES
        .iter()
        .filter(|f| f.name == "common.ftl")
        .copied()
        .collect();
    files.extend(extra.iter().map(|&(lang, name, text)| LocaleFile {
        lang,
        name,
        source: Source::Text(text),
    }));
    Catalog::from_files(&files)
}

#[test]
fn date_arguments_are_written_in_the_users_language() {
    let c = fixture(&[
        ("en", "t.ftl", "due = Apply by { $deadline }.\n"),
        ("vi", "t.ftl", "due = Nộp trước { $deadline }.\n"),
    ]);
    let t = Text::new("due").date("deadline", NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert_eq!(c.format("en", &t), "Apply by Tue, 24 Nov 2026.");
    assert_eq!(c.format("vi", &t), "Nộp trước Thứ Ba, 24/11/2026.");
    assert!(c.misses().is_empty());
}

#[test]
fn filipino_follows_cldr_plural_rules() {
    // CLDR fil: "one" for 1, 2, 3, 5, 7, 8, 10, 11 …; "other" when the last digit is 4, 6 or 9.
    let c = fixture(&[(
        "fil",
        "t.ftl",
        "n = { $n ->\n    [one] ONE\n   *[other] OTHER\n}\n",
    )]);
    let form = |n: i64| c.format("fil", &Text::new("n").int("n", n));
    for n in [1, 2, 3, 5, 7, 8, 10, 11, 21] {
        assert_eq!(form(n), "ONE", "{n}");
    }
    for n in [4, 6, 9, 14, 16, 19, 24] {
        assert_eq!(form(n), "OTHER", "{n}");
    }
}

#[test]
fn brazilian_and_nepali_plural_rules_are_found() {
    let c = fixture(&[
        (
            "pt-BR",
            "t.ftl",
            "n = { $n ->\n    [one] ONE\n   *[other] OTHER\n}\n",
        ),
        (
            "ne",
            "t.ftl",
            "n = { $n ->\n    [one] ONE\n   *[other] OTHER\n}\n",
        ),
    ]);
    let form = |lang, n: i64| c.format(lang, &Text::new("n").int("n", n));
    assert_eq!(form("pt-BR", 0), "ONE");
    assert_eq!(form("pt-BR", 1), "ONE");
    assert_eq!(form("pt-BR", 2), "OTHER");
    assert_eq!(form("ne", 1), "ONE");
    assert_eq!(form("ne", 2), "OTHER");
}

#[test]
fn a_gap_shows_english_and_records_the_miss() {
    let c = fixture(&[("en", "t.ftl", "hello = Hello { $name }\n")]);
    let t = Text::new("hello").str("name", "Ana");
    assert_eq!(c.format("ko", &t), "Hello Ana");
    let misses = c.misses();
    assert_eq!(misses.len(), 1);
    assert_eq!(
        (misses[0].lang.as_str(), misses[0].id.as_str()),
        ("ko", "hello")
    );
    assert_eq!(misses[0].kind, MissKind::MissingMessage);
}

#[test]
fn parse_errors_are_reported_not_panicking() {
    let c = fixture(&[
        ("en", "t.ftl", "good = Good\nbad = { $x\nalso-good = Fine\n"),
        ("xx", "t.ftl", "a = b\n"),
    ]);
    let errors = c.load_errors();
    assert!(
        errors
            .iter()
            .any(|e| e.lang == "en" && e.file == "t.ftl" && e.message.starts_with("line 2:")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.lang == "xx"), "{errors:?}");
    assert_eq!(c.message("en", "also-good", &BTreeMap::new()), "Fine");
    assert!(!c.audit().is_clean());
}

#[test]
fn audit_finds_every_kind_of_difference() {
    let c = fixture(&[
        (
            "en",
            "t.ftl",
            "same = A { $a }\nsel = { $n ->\n    [one] { $x }\n   *[other] y\n}\ngone = G\nattr = V\n    .title = T\n",
        ),
        (
            "vi",
            "t.ftl",
            "same = A { $a }\nsel = { $n ->\n   *[other] y\n}\nattr = V\nnew = N\n",
        ),
        ("en", "only-en.ftl", "lonely = L\n"),
    ]);
    let audit = c.audit();
    let vi: Vec<(&str, &str, &Problem)> = audit
        .findings
        .iter()
        .filter(|f| f.lang == "vi")
        .map(|f| (f.file.as_str(), f.id.as_str(), &f.problem))
        .collect();
    let placeholders = Problem::Placeholders {
        missing: vec!["x".into()],
        extra: vec![],
    };
    assert_eq!(
        vi,
        [
            ("only-en.ftl", "lonely", &Problem::Missing),
            ("t.ftl", "attr", &Problem::Shape),
            ("t.ftl", "gone", &Problem::Missing),
            ("t.ftl", "new", &Problem::Extra),
            ("t.ftl", "sel", &placeholders),
        ]
    );
    // Every other language lacks both English files entirely.
    let ko_missing = audit.missing_by_language()["ko"].len();
    assert_eq!(ko_missing, 5);
    assert!(audit
        .to_string()
        .contains("vi/t.ftl: sel: placeholders differ: lacks [$x]"));
}

#[test]
fn the_real_common_files_audit_clean() {
    let c = fixture(&[]);
    let audit = c.audit();
    assert!(audit.is_clean(), "{audit}");
}

#[test]
fn ui_strings_hold_argument_free_ui_messages_and_their_attributes() {
    let c = fixture(&[
        (
            "en",
            "ui.ftl",
            "ui-title = Title\n    .aria-label = Main\nui-hello = Hi { $name }\nplan-x = X\n",
        ),
        (
            "vi",
            "ui.ftl",
            "ui-title = Tiêu đề\n    .aria-label = Chính\nui-hello = Chào { $name }\n",
        ),
    ]);
    let vi = c.ui_strings("vi");
    let want = BTreeMap::from([
        ("ui-title".to_owned(), "Tiêu đề".to_owned()),
        ("ui-title.aria-label".to_owned(), "Chính".to_owned()),
    ]);
    assert_eq!(vi, want);
    assert!(c.misses().is_empty());
    // A gap shows English, under the same keys, and is recorded.
    let ko = c.ui_strings("ko");
    assert_eq!(ko["ui-title"], "Title");
    assert_eq!(ko["ui-title.aria-label"], "Main");
    assert_eq!(c.misses().len(), 2);
}

/// The messages of a real catalog file, each as its id and its whole text (continuation lines
/// included), comments left out.
fn messages(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let starts_message = !line.starts_with(' ')
            && !line.starts_with('}')
            && line.split_once(" = ").is_some_and(|(id, _)| {
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
        match (starts_message, out.last_mut()) {
            (true, _) | (false, None) => {
                let (id, body) = line.split_once(" = ").unwrap_or((line, ""));
                out.push((id.to_owned(), body.to_owned()));
            }
            (false, Some((_, body))) => {
                body.push('\n');
                body.push_str(line);
            }
        }
    }
    out
}

/// In Chinese, "在{date}之前" reads "before the date", which leaves the date out; the deadline day
/// itself is allowed (docs/rules.md §1). Every zh-Hans message that gives a deadline-like date
/// and says 之前 must say 含当天 ("that day included").
#[test]
fn chinese_deadlines_include_the_day_itself() {
    let deadline_args = ["$deadline", "$recommended", "$by", "$last"];
    let mut wrong = Vec::new();
    for file in LOCALE_FILES.iter().filter(|f| f.lang == "zh-Hans") {
        for (id, body) in messages(file.text().unwrap()) {
            let gives_a_deadline = deadline_args.iter().any(|a| body.contains(a));
            if gives_a_deadline && body.contains("之前") && !body.contains("含当天") {
                wrong.push(format!("{}: {id} = {body}", file.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
