//! The one translation catalog of the app (Project Fluent): the UI's strings, the notifications
//! and every text the domain emits ([`zairyu_domain::text::Text`]) in the user's language.
//!
//! # Files
//! `locales/<code>/*.ftl`, one directory per language of [`LANGUAGES`], embedded at compile time
//! (`build.rs` lists the directory: adding a file needs no code change). English (`en`) is the
//! source: every other language must define the same ids in the same-named files with the same
//! `$variables` — [`Catalog::audit`] checks it, the test `tests/completeness.rs` enforces it, and
//! `cargo run -p zairyu-i18n --bin i18n-check` lists what each language lacks.
//!
//! # Languages
//! App-facing codes: `ja`, `ja-easy` (やさしい日本語), `en`, `vi`, `zh-Hans`, `fil`, `ne`, `id`, `ko`,
//! `pt-BR`. Easy Japanese has no registered BCP 47 tag: the app code is `ja-easy`, its HTML tag is
//! the private-use `ja-x-easy` ([`Language::bcp47`]), and Fluent gets `ja` (same plural and number
//! rules; `unic-langid` cannot hold a private-use subtag).
//!
//! # The UI
//! The UI (plain JS) stays dumb: it gets [`Catalog::ui_strings`] once per language — every `ui-*`
//! message without arguments, already formatted — and every text with arguments comes from the
//! backend already formatted ([`Catalog::format`]).
//!
//! # Numbers
//! Every number a message shows is grouped per the language's CLDR rules (`¥200,000`,
//! `200.000`, `2,00,000`): see [`numbers`].
//!
//! # No silent fallback
//! A message missing in the user's language shows the English text, and the miss is recorded
//! ([`Catalog::misses`]); the completeness test keeps that from happening in a release.

mod audit;
mod catalog;
#[cfg(test)]
mod catalog_tests;
pub mod dates;
mod index;
mod languages;
pub mod numbers;

pub use audit::{Audit, Finding, Problem};
pub use catalog::{Catalog, LoadError, Miss, MissKind};
pub use dates::{format_date_ja, month_key, WEEKDAY_KEYS_FROM_SUNDAY};
pub use languages::{language, negotiate, Language, LANGUAGES, SOURCE_LANGUAGE};
pub use zairyu_domain::text::{Text, TextArg};
