//! The languages the app speaks, and how a device's locale list picks one of them.

use serde::Serialize;

/// One language of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Language {
    /// The app-facing code: the name of its `locales/` directory and what the UI and the settings
    /// store (`ja`, `ja-easy`, `en`, `vi`, `zh-Hans`, `fil`, `ne`, `id`, `ko`, `pt-BR`).
    pub code: &'static str,
    /// Its name in itself, for the language picker (`Tiếng Việt`).
    pub native_name: &'static str,
    /// Its name in English (`Vietnamese`).
    pub english_name: &'static str,
    /// A valid BCP 47 tag for the HTML `lang` attribute. Equal to `code` except for easy Japanese,
    /// which has no registered tag: it is the private-use `ja-x-easy`, which still matches
    /// `:lang(ja)` so Japanese fonts are chosen.
    pub bcp47: &'static str,
    /// The locale handed to Fluent for its CLDR rules (plurals, numbers). Easy Japanese follows
    /// the rules of Japanese, so it is `ja` (`unic-langid` cannot hold a private-use subtag).
    pub(crate) fluent_locale: &'static str,
}

const fn lang(
    code: &'static str,
    native_name: &'static str,
    english_name: &'static str,
    bcp47: &'static str,
    fluent_locale: &'static str,
) -> Language {
    Language {
        code,
        native_name,
        english_name,
        bcp47,
        fluent_locale,
    }
}

/// The code of the language every message is written in first, and the one shown (flagged) when a
/// message is missing in the user's language.
pub const SOURCE_LANGUAGE: &str = "en";

/// The languages of the app, in the order the language picker shows them.
pub static LANGUAGES: &[Language] = &[
    lang("ja", "日本語", "Japanese", "ja", "ja"),
    lang(
        "ja-easy",
        "やさしい にほんご",
        "Easy Japanese",
        "ja-x-easy",
        "ja",
    ),
    lang("en", "English", "English", "en", "en"),
    lang("vi", "Tiếng Việt", "Vietnamese", "vi", "vi"),
    lang(
        "zh-Hans",
        "简体中文",
        "Chinese (Simplified)",
        "zh-Hans",
        "zh-Hans",
    ),
    lang("fil", "Filipino", "Filipino", "fil", "fil"),
    lang("ne", "नेपाली", "Nepali", "ne", "ne"),
    lang("id", "Bahasa Indonesia", "Indonesian", "id", "id"),
    lang("ko", "한국어", "Korean", "ko", "ko"),
    lang(
        "pt-BR",
        "Português (Brasil)",
        "Portuguese (Brazil)",
        "pt-BR",
        "pt-BR",
    ),
];

/// The language with this app-facing code, if the app has it (exact, case-sensitive match).
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// Picks the app language for a device's preferred locales, most preferred first
/// (e.g. `["vi-VN", "en-US"]` → `vi`).
///
/// The first entry that maps to one of the app's languages wins; a device that asks for none of
/// them gets [`SOURCE_LANGUAGE`]. Both `-` and `_` separators are accepted, case is ignored, and
/// an app code itself (`ja-easy`, `zh-Hans`) maps to itself. Mappings that are not exact:
/// - any Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) → `zh-Hans`: the app has no Traditional Chinese,
///   and a reader of Traditional reads Simplified far more easily than English or Japanese;
/// - any Portuguese (`pt-PT`, `pt`) → `pt-BR`;
/// - Tagalog `tl` and `fil-PH` → `fil` (Filipino is standardised Tagalog; Android reports `tl`);
/// - `in` (the old ISO code Java and Android still report for Indonesian) → `id`;
/// - Japanese is never mapped to easy Japanese: the user chooses that one in the settings.
pub fn negotiate(device_locales: &[String]) -> &'static str {
    device_locales
        .iter()
        .find_map(|tag| map_locale(tag))
        .unwrap_or(SOURCE_LANGUAGE)
}

fn map_locale(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-");
    if let Some(l) = LANGUAGES.iter().find(|l| l.code.eq_ignore_ascii_case(&tag)) {
        return Some(l.code);
    }
    let primary = tag.split('-').next()?.to_ascii_lowercase();
    let code = match primary.as_str() {
        "ja" => "ja",
        "en" => "en",
        "vi" => "vi",
        "zh" => "zh-Hans",
        "fil" | "tl" => "fil",
        "ne" => "ne",
        "id" | "in" => "id",
        "ko" => "ko",
        "pt" => "pt-BR",
        _ => return None,
    };
    Some(code)
}
