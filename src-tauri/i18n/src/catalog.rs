//! The catalog: one concurrent Fluent bundle per language, built from the embedded files.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;
use zairyu_domain::text::{Text, TextArg};

use crate::dates::{self, Piece};
use crate::index::{self, Definition, LocaleFile, LOCALE_FILES};
use crate::languages::{self, Language, LANGUAGES, SOURCE_LANGUAGE};
use crate::numbers;

/// A problem met while loading the embedded files (a parse error, a duplicate id, a directory
/// that is not one of the app's languages). Loading goes on; the audit and the tests report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadError {
    /// The language directory, e.g. `vi`.
    pub lang: String,
    /// The file name, e.g. `plan.ftl`.
    pub file: String,
    /// What went wrong, with a line number where there is one.
    pub message: String,
}

/// Why a message could not be shown as asked. See [`Catalog::misses`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum MissKind {
    /// The language code is not one of the app's; English was shown.
    UnknownLanguage,
    /// The message is not in the language; English was shown (or the id, if English lacks it too).
    MissingMessage,
    /// The message was found but formatting it failed in part (a missing argument, a reference to
    /// a missing message); the partial text was shown.
    Format(String),
}

/// A message that could not be shown as asked: which language, which id, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Miss {
    /// The language asked for.
    pub lang: String,
    /// The message id (with `.attribute` for an attribute).
    pub id: String,
    /// What went wrong.
    pub kind: MissKind,
}

/// The translation catalog: every language's messages, parsed once. `Send + Sync`: share one.
pub struct Catalog {
    bundles: BTreeMap<&'static str, FluentBundle<FluentResource>>,
    files: Vec<(LocaleFile, Vec<Definition>)>,
    load_errors: Vec<LoadError>,
    misses: Mutex<BTreeSet<Miss>>,
}

impl Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .field("load_errors", &self.load_errors)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Parses every embedded file. Never panics: problems are kept in [`Catalog::load_errors`].
    pub fn new() -> Self {
        Self::from_files(LOCALE_FILES)
    }

    /// The catalog of the process, parsed on first use.
    pub fn global() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(Catalog::new)
    }

    pub(crate) fn from_files(files: &[LocaleFile]) -> Self {
        let mut bundles = BTreeMap::new();
        for lang in LANGUAGES {
            let locale: LanguageIdentifier = lang
                .fluent_locale
                .parse()
                .expect("the Fluent locales of LANGUAGES are valid");
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // Bidi isolation marks (U+2068/U+2069) break plain-text notifications and tests.
            bundle.set_use_isolating(false);
            // Numbers grouped per the language (`200,000`, `200.000`, `2,00,000`).
            bundle.set_formatter(Some(numbers::fluent_formatter));
            bundle
                .add_builtins()
                .expect("the builtins are added once to a fresh bundle");
            bundles.insert(lang.code, bundle);
        }

        let mut load_errors = Vec::new();
        let mut indexed = Vec::new();
        for file in files {
            let error = |message: String| LoadError {
                lang: file.lang.to_owned(),
                file: file.name.to_owned(),
                message,
            };
            let Some(bundle) = bundles.get_mut(file.lang) else {
                load_errors.push(error(
                    "not a language of the app (see LANGUAGES)".to_owned(),
                ));
                continue;
            };
            let text = match file.text() {
                Ok(text) => text,
                Err(message) => {
                    load_errors.push(error(message));
                    continue;
                }
            };
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        // The line where the broken entry starts (the error may be found later).
                        let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                        let line = text[..at.min(text.len())].matches('\n').count() + 1;
                        load_errors.push(error(format!("line {line}: {e}")));
                    }
                    r
                }
            };
            indexed.push((*file, index::entries(resource.entries())));
            if let Err(errors) = bundle.add_resource(resource) {
                load_errors.extend(errors.into_iter().map(|e| error(e.to_string())));
            }
        }

        Self {
            bundles,
            files: indexed,
            load_errors,
            misses: Mutex::new(BTreeSet::new()),
        }
    }

    /// The app's languages, in the picker's order.
    pub fn languages() -> &'static [Language] {
        LANGUAGES
    }

    /// Picks the app language for a device's preferred locales. See [`languages::negotiate`].
    pub fn negotiate(device_locales: &[String]) -> &'static str {
        languages::negotiate(device_locales)
    }

    /// The problems met while loading. Empty in a correct build (a test checks it).
    pub fn load_errors(&self) -> &[LoadError] {
        &self.load_errors
    }

    /// The messages shown other than as asked since the catalog was made (or last drained), each
    /// once. Empty when the catalog is complete and the callers pass the right arguments.
    pub fn misses(&self) -> Vec<Miss> {
        self.lock_misses().iter().cloned().collect()
    }

    /// Like [`Catalog::misses`], and forgets them.
    pub fn take_misses(&self) -> Vec<Miss> {
        std::mem::take(&mut *self.lock_misses())
            .into_iter()
            .collect()
    }

    /// A domain text in the user's language. Date arguments are written with
    /// [`Catalog::format_date`]; numbers stay numbers, so plural selectors work, and are
    /// written with the language's grouping (see [`crate::numbers`]).
    pub fn format(&self, lang: &str, text: &Text) -> String {
        self.message(lang, &text.id, &text.args)
    }

    /// A message by id in the user's language (`id.attr` for an attribute).
    ///
    /// Never silently another language: if the message is missing in `lang`, the English text is
    /// returned *and* the miss is recorded (see [`Catalog::misses`]) and written to stderr once.
    /// If English lacks it too, the id itself is returned.
    pub fn message(&self, lang: &str, id: &str, args: &BTreeMap<String, TextArg>) -> String {
        let code = match languages::language(lang) {
            Some(l) => l.code,
            None => {
                self.record(lang, id, MissKind::UnknownLanguage);
                SOURCE_LANGUAGE
            }
        };
        let fluent_args = self.fluent_args(code, args);
        for try_code in [code, SOURCE_LANGUAGE] {
            match self.render(try_code, id, &fluent_args) {
                Some((text, errors)) => {
                    if !errors.is_empty() {
                        self.record(try_code, id, MissKind::Format(errors.join("; ")));
                    }
                    return text;
                }
                None => self.record(try_code, id, MissKind::MissingMessage),
            }
            if try_code == SOURCE_LANGUAGE {
                break;
            }
        }
        id.to_owned()
    }

    /// A message in exactly this language, or why not. Records nothing, never falls back.
    pub fn try_message(
        &self,
        lang: &str,
        id: &str,
        args: &BTreeMap<String, TextArg>,
    ) -> Result<String, Miss> {
        let miss = |kind| Miss {
            lang: lang.to_owned(),
            id: id.to_owned(),
            kind,
        };
        let code = languages::language(lang)
            .ok_or_else(|| miss(MissKind::UnknownLanguage))?
            .code;
        match self.render(code, id, &self.fluent_args(code, args)) {
            None => Err(miss(MissKind::MissingMessage)),
            Some((_, errors)) if !errors.is_empty() => {
                Err(miss(MissKind::Format(errors.join("; "))))
            }
            Some((text, _)) => Ok(text),
        }
    }

    /// Whether the language has this message (`id.attr` for an attribute).
    pub fn has_message(&self, lang: &str, id: &str) -> bool {
        let (msg_id, attr) = split_attr(id);
        self.bundles
            .get(lang)
            .and_then(|b| b.get_message(msg_id))
            .is_some_and(|m| match attr {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }

    /// The UI's own strings in the user's language: every message whose id starts with `ui-` and
    /// that takes no arguments, keyed by id, and each of their attributes keyed `id.attr`.
    ///
    /// Taken from the English list, so the UI always gets every key (a translation gap shows the
    /// English text and is recorded as a miss). Messages with arguments are not here: the backend
    /// formats them and the commands return the finished text.
    pub fn ui_strings(&self, lang: &str) -> BTreeMap<String, String> {
        let no_args = BTreeMap::new();
        let mut out = BTreeMap::new();
        for def in self.definitions(SOURCE_LANGUAGE) {
            if !def.id.starts_with("ui-") || !def.variables.is_empty() {
                continue;
            }
            if def.has_value {
                out.insert(def.id.clone(), self.message(lang, &def.id, &no_args));
            }
            for attr in &def.attributes {
                let key = format!("{}.{attr}", def.id);
                let text = self.message(lang, &key, &no_args);
                out.insert(key, text);
            }
        }
        out
    }

    /// A date in the user's language, e.g. `Tue, 24 Nov 2026` (en), `Thứ Ba, 24/11/2026` (vi),
    /// `2026年11月24日(火)` (ja). Pattern and words come from the catalog (see [`crate::dates`]).
    pub fn format_date(&self, lang: &str, date: NaiveDate) -> String {
        let word = |id: &str, key: &str, value: &str| {
            let args = BTreeMap::from([(key.to_owned(), TextArg::Str(value.to_owned()))]);
            self.message(lang, id, &args)
        };
        let pattern = self.message(lang, "date-pattern", &BTreeMap::new());
        let mut out = String::new();
        for piece in dates::parse_pattern(&pattern) {
            use chrono::Datelike;
            match piece {
                Piece::Literal(s) => out.push_str(&s),
                Piece::Year => out.push_str(&date.year().to_string()),
                Piece::MonthNumber(false) => out.push_str(&date.month().to_string()),
                Piece::MonthNumber(true) => out.push_str(&format!("{:02}", date.month())),
                Piece::MonthName => {
                    out.push_str(&word("date-month", "month", dates::month_key(date)))
                }
                Piece::Day(false) => out.push_str(&date.day().to_string()),
                Piece::Day(true) => out.push_str(&format!("{:02}", date.day())),
                Piece::Weekday => {
                    out.push_str(&word("date-weekday", "weekday", dates::weekday_key(date)))
                }
            }
        }
        out
    }

    /// The embedded files of a language with what each defines (used by the audit).
    pub(crate) fn files(&self) -> &[(LocaleFile, Vec<Definition>)] {
        &self.files
    }

    fn definitions<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a Definition> + 'a {
        self.files
            .iter()
            .filter(move |(f, _)| f.lang == lang)
            .flat_map(|(_, defs)| defs.iter())
    }

    fn fluent_args(&self, code: &str, args: &BTreeMap<String, TextArg>) -> FluentArgs<'static> {
        let mut out = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            let value: FluentValue<'static> = match arg {
                TextArg::Str(s) => FluentValue::from(s.clone()),
                TextArg::Int(n) => FluentValue::from(*n),
                TextArg::Date(d) => FluentValue::from(self.format_date(code, *d)),
            };
            out.set(name.clone(), value);
        }
        out
    }

    /// Formats `id` (or `id.attr`) in a known language: `None` if missing, else the text and the
    /// formatting errors.
    fn render(&self, code: &str, id: &str, args: &FluentArgs) -> Option<(String, Vec<String>)> {
        let bundle = self.bundles.get(code)?;
        let (msg_id, attr) = split_attr(id);
        let message = bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
        Some((text, errors.iter().map(ToString::to_string).collect()))
    }

    fn record(&self, lang: &str, id: &str, kind: MissKind) {
        let miss = Miss {
            lang: lang.to_owned(),
            id: id.to_owned(),
            kind,
        };
        let mut misses = self.lock_misses();
        if !misses.contains(&miss) {
            eprintln!("zairyu-i18n: {miss:?}");
            misses.insert(miss);
        }
    }

    fn lock_misses(&self) -> std::sync::MutexGuard<'_, BTreeSet<Miss>> {
        // A panic elsewhere while holding the lock leaves a usable set: keep going.
        self.misses.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn split_attr(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}
