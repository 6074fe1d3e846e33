//! Device locale lists → the app language.

use zairyu_i18n::{negotiate, Catalog};

fn pick(tags: &[&str]) -> &'static str {
    negotiate(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>())
}

#[test]
fn exact_languages_with_regions() {
    assert_eq!(pick(&["vi-VN", "en-US"]), "vi");
    assert_eq!(pick(&["ja-JP"]), "ja");
    assert_eq!(pick(&["ko-KR"]), "ko");
    assert_eq!(pick(&["ne-NP"]), "ne");
    assert_eq!(pick(&["id-ID"]), "id");
    assert_eq!(pick(&["en-GB"]), "en");
}

#[test]
fn first_supported_entry_wins() {
    assert_eq!(pick(&["fr-FR", "ko-KR", "en-US"]), "ko");
    assert_eq!(pick(&["en-US", "vi-VN"]), "en");
}

#[test]
fn chinese_goes_to_simplified() {
    assert_eq!(pick(&["zh-CN"]), "zh-Hans");
    assert_eq!(pick(&["zh-Hans-CN"]), "zh-Hans");
    assert_eq!(pick(&["zh-TW"]), "zh-Hans");
    assert_eq!(pick(&["zh-Hant-HK"]), "zh-Hans");
    assert_eq!(pick(&["zh"]), "zh-Hans");
}

#[test]
fn near_codes() {
    assert_eq!(pick(&["pt-PT"]), "pt-BR");
    assert_eq!(pick(&["pt"]), "pt-BR");
    assert_eq!(pick(&["pt_BR"]), "pt-BR");
    assert_eq!(pick(&["tl"]), "fil");
    assert_eq!(pick(&["tl-PH"]), "fil");
    assert_eq!(pick(&["fil-PH"]), "fil");
    assert_eq!(pick(&["in"]), "id");
    assert_eq!(pick(&["in_ID"]), "id");
    assert_eq!(pick(&["JA_jp"]), "ja");
}

#[test]
fn app_codes_map_to_themselves() {
    for lang in Catalog::languages() {
        assert_eq!(pick(&[lang.code]), lang.code);
    }
    assert_eq!(pick(&["ja-easy"]), "ja-easy");
}

#[test]
fn unknown_gives_english() {
    assert_eq!(pick(&[]), "en");
    assert_eq!(pick(&["fr-FR", "de"]), "en");
    assert_eq!(pick(&["", "und"]), "en");
    // Not a prefix match: "inh" (Ingush) is not "in", "jav" is not "ja".
    assert_eq!(pick(&["inh", "jv"]), "en");
}

#[test]
fn language_table() {
    let codes: Vec<&str> = Catalog::languages().iter().map(|l| l.code).collect();
    assert_eq!(
        codes,
        ["ja", "ja-easy", "en", "vi", "zh-Hans", "fil", "ne", "id", "ko", "pt-BR"]
    );
    let easy = zairyu_i18n::language("ja-easy").unwrap();
    assert_eq!(easy.bcp47, "ja-x-easy");
    assert_eq!(easy.native_name, "やさしい にほんご");
    assert_eq!(
        zairyu_i18n::language("vi").unwrap().native_name,
        "Tiếng Việt"
    );
    assert!(zairyu_i18n::language("xx").is_none());
}
