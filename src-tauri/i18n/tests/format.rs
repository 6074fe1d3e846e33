//! Formatting texts with arguments, plural selection, and the UI strings.

use zairyu_i18n::{Catalog, MissKind, Text};

fn days(c: &Catalog, lang: &str, n: i64) -> String {
    c.format(lang, &Text::new("common-days").int("count", n))
}

#[test]
fn english_plural() {
    let c = Catalog::new();
    assert_eq!(days(&c, "en", 1), "1 day");
    assert_eq!(days(&c, "en", 2), "2 days");
    assert_eq!(days(&c, "en", 0), "0 days");
}

#[test]
fn japanese_has_no_plural() {
    let c = Catalog::new();
    assert_eq!(days(&c, "ja", 1), "1日");
    assert_eq!(days(&c, "ja", 2), "2日");
}

#[test]
fn brazilian_plural_with_an_explicit_zero() {
    let c = Catalog::new();
    assert_eq!(days(&c, "pt-BR", 1), "1 dia");
    assert_eq!(days(&c, "pt-BR", 2), "2 dias");
    // CLDR puts 0 in Portuguese "one"; Brazilian Portuguese says "0 dias": the [0] variant wins.
    assert_eq!(days(&c, "pt-BR", 0), "0 dias");
}

#[test]
fn other_languages_count_days() {
    let c = Catalog::new();
    assert_eq!(days(&c, "fil", 4), "4 araw");
    assert_eq!(days(&c, "vi", 14), "14 ngày");
    assert_eq!(days(&c, "ko", 3), "3일");
    assert_eq!(days(&c, "zh-Hans", 3), "3天");
    assert!(c.misses().is_empty(), "{:?}", c.misses());
}

#[test]
fn string_arguments_select_and_no_bidi_marks() {
    let c = Catalog::new();
    let t = Text::new("common-language").str("code", "vi");
    assert_eq!(c.format("en", &t), "Vietnamese");
    assert_eq!(c.format("ja", &t), "ベトナム語");
    assert_eq!(c.format("pt-BR", &t), "Vietnamita");
    let all = c.format("en", &Text::new("common-days").int("count", 3));
    assert!(!all.contains('\u{2068}') && !all.contains('\u{2069}'));
}

#[test]
fn missing_message_shows_english_and_is_recorded() {
    let c = Catalog::new();
    assert_eq!(
        c.message("vi", "no-such-id", &Default::default()),
        "no-such-id"
    );
    let misses = c.take_misses();
    assert!(misses
        .iter()
        .any(|m| m.lang == "vi" && m.kind == MissKind::MissingMessage));
    assert!(misses
        .iter()
        .any(|m| m.lang == "en" && m.kind == MissKind::MissingMessage));
    assert!(c.misses().is_empty());
}

#[test]
fn unknown_language_shows_english_and_is_recorded() {
    let c = Catalog::new();
    let t = Text::new("common-days").int("count", 2);
    assert_eq!(c.format("xx", &t), "2 days");
    assert_eq!(c.misses()[0].kind, MissKind::UnknownLanguage);
    assert_eq!(
        c.try_message("xx", "common-days", &t.args)
            .unwrap_err()
            .kind,
        MissKind::UnknownLanguage
    );
}

#[test]
fn missing_argument_is_recorded_not_hidden() {
    let c = Catalog::new();
    let text = c.format("en", &Text::new("common-days"));
    assert!(text.contains("days"), "{text}");
    assert!(matches!(c.misses()[0].kind, MissKind::Format(_)));
    assert!(c
        .try_message("en", "common-days", &Default::default())
        .is_err());
}

#[test]
fn try_message_never_falls_back() {
    let c = Catalog::new();
    let t = Text::new("common-days").int("count", 1);
    assert_eq!(c.try_message("ko", &t.id, &t.args).unwrap(), "1일");
    assert_eq!(
        c.try_message("ko", "no-such-id", &t.args).unwrap_err().kind,
        MissKind::MissingMessage
    );
    assert!(c.misses().is_empty());
}

#[test]
fn ui_strings_are_the_argument_free_ui_messages() {
    let c = Catalog::new();
    let en = c.ui_strings("en");
    assert!(en.keys().all(|k| k.starts_with("ui-")));
    // Every language gets the same keys, whatever its gaps.
    for lang in Catalog::languages() {
        let got = c.ui_strings(lang.code);
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            en.keys().collect::<Vec<_>>()
        );
        assert!(got.values().all(|v| !v.is_empty()));
    }
}

#[test]
fn the_catalog_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Catalog>();
    let c = Catalog::global();
    let t = std::thread::spawn(move || days(c, "en", 5));
    assert_eq!(t.join().unwrap(), "5 days");
}
