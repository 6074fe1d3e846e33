//! Amounts and counts in every language: grouped per CLDR, in the words the catalog puts around
//! them (`¥200,000`, `200,000円`, `200.000`, `2,00,000`).

use zairyu_i18n::{Catalog, Text, LANGUAGES};

/// (language, what the penalty text must contain for ¥200,000): one row per language.
const PENALTY: &[(&str, &str)] = &[
    ("en", "¥200,000"),
    ("ja", "200,000円以下の罰金"),
    ("ja-easy", "200,000円以下"),
    ("zh-Hans", "200,000日元"),
    ("ko", "¥200,000"),
    ("fil", "¥200,000"),
    ("vi", "¥200.000"),
    ("id", "¥200.000"),
    ("pt-BR", "¥200.000"),
    ("ne", "¥2,00,000"),
];

#[test]
fn the_penalty_amount_is_grouped_in_every_language() {
    let c = Catalog::new();
    assert_eq!(
        PENALTY.len(),
        LANGUAGES.len(),
        "one row per language of the app"
    );
    for (lang, want) in PENALTY {
        let text = Text::new("plan-penalty")
            .int("years", 1)
            .int("yen", 200_000);
        let got = c.format(lang, &text);
        assert!(got.contains(want), "{lang}: {got:?} lacks {want:?}");
        assert!(!got.contains("200000"), "{lang}: ungrouped: {got:?}");
    }
    assert!(c.misses().is_empty(), "{:?}", c.misses());
}

#[test]
fn the_exchange_fee_is_grouped_too() {
    let c = Catalog::new();
    let fee = |lang| c.format(lang, &Text::new("plan-fee-exchange").int("yen", 1_600));
    assert!(fee("en").contains("¥1,600"), "{}", fee("en"));
    assert!(fee("ja").contains("1,600円"), "{}", fee("ja"));
    assert!(fee("pt-BR").contains("¥1.600"), "{}", fee("pt-BR"));
    assert!(fee("ne").contains("¥1,600"), "{}", fee("ne"));
}

#[test]
fn counts_keep_their_plural_forms_once_grouped() {
    let c = Catalog::new();
    let days = |lang, n| c.format(lang, &Text::new("common-days").int("count", n));
    assert_eq!(days("en", 1), "1 day");
    assert_eq!(days("en", 1500), "1,500 days");
    assert_eq!(days("pt-BR", 1500), "1.500 dias");
    assert_eq!(days("pt-BR", 0), "0 dias");
    assert_eq!(days("ja", 1500), "1,500日");
}
