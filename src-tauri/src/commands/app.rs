//! The app's frame: language, the UI's strings, and what happened when the records were opened.

use std::collections::BTreeMap;

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::text::Text;
use zairyu_i18n::{Catalog, LANGUAGES};

use crate::clock;
use crate::error::{AppError, UiError};
use crate::prefs;
use crate::state::AppState;
use crate::view::{case_title, DateView, Viewer};

/// A language the user can pick.
#[derive(Debug, Serialize)]
pub struct LanguageView {
    /// App code (`vi`, `ja-easy`, …).
    pub code: &'static str,
    /// Its name in itself.
    pub native_name: &'static str,
    /// The HTML `lang` tag.
    pub bcp47: &'static str,
}

/// A case in the home list.
#[derive(Debug, Serialize)]
pub struct CaseSummary {
    /// Case id.
    pub id: String,
    /// What happened, in words.
    pub title: String,
    /// The day learned.
    pub learned_on: DateView,
}

/// Everything the UI needs to draw its frame.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    /// The current language code.
    pub language: String,
    /// Its HTML `lang` tag.
    pub html_lang: &'static str,
    /// The languages to choose from.
    pub languages: Vec<LanguageView>,
    /// Every `ui-*` message, formatted.
    pub strings: BTreeMap<String, String>,
    /// A message about the records, when opening them needed attention (a damaged file kept).
    pub notice: Option<String>,
    /// Today in Japan.
    pub today: DateView,
    /// The cases kept on this device.
    pub cases: Vec<CaseSummary>,
}

fn info(state: &AppState, notice: Option<String>) -> AppInfo {
    let lang = state.lang();
    let catalog = Catalog::global();
    let viewer = Viewer::new(&lang);
    let html_lang = zairyu_i18n::language(&lang).map_or("en", |l| l.bcp47);
    AppInfo {
        html_lang,
        languages: LANGUAGES
            .iter()
            .map(|l| LanguageView {
                code: l.code,
                native_name: l.native_name,
                bcp47: l.bcp47,
            })
            .collect(),
        strings: catalog.ui_strings(&lang),
        notice,
        today: viewer.date(clock::today()),
        cases: state
            .records()
            .cases
            .iter()
            .rev()
            .map(|c| CaseSummary {
                id: c.id.clone(),
                title: viewer.tr(&Text::new(case_title(&c.case))),
                learned_on: viewer.date(c.case.learned_on),
            })
            .collect(),
        language: lang,
    }
}

/// The frame of the app. At first start the language follows the device (`device_languages`,
/// the webview's `navigator.languages`).
#[tauri::command]
pub fn app_info<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    device_languages: Vec<String>,
) -> Result<AppInfo, UiError> {
    if device_languages.len() > 32 || device_languages.iter().any(|l| l.len() > 64) {
        return Err(state.explain(AppError::invalid("err-app-bad-input", "device_languages")));
    }
    let mut p = state.prefs();
    if p.language.is_none() {
        p.language = Some(zairyu_i18n::negotiate(&device_languages).to_owned());
        prefs::save(&app, state.data_dir(), &p);
        state.set_prefs(p);
    }
    let notice = state.take_load_report().and_then(|r| {
        r.needs_attention().then(|| {
            let mut lines = vec![state.tr_id(r.message_id())];
            for s in r.set_aside() {
                lines.push(
                    state.tr(&Text::new(s.message_id())
                        .str("file", s.file.clone())
                        .str("kept_as", s.kept_as.clone())),
                );
            }
            lines.join("\n")
        })
    });
    Ok(info(&state, notice))
}

/// Switches the language at any moment; returns the frame in the new language.
#[tauri::command]
pub fn set_language<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    code: String,
) -> Result<AppInfo, UiError> {
    if zairyu_i18n::language(&code).is_none() {
        return Err(state.explain(AppError::invalid("err-app-unknown-language", "code")));
    }
    let mut p = state.prefs();
    p.language = Some(code);
    prefs::save(&app, state.data_dir(), &p);
    state.set_prefs(p);
    // Scheduled notifications carry their words: reschedule them in the new language.
    crate::reminders::sync::after_change(&app, Vec::new());
    Ok(info(&state, None))
}

/// A date the user picked, written as the app writes dates: in their language and in Japanese.
/// Date inputs draw the date in the operating system's format (11/09/2026 on an English
/// desktop, whatever the app's language), so the screens echo the choice with this under each
/// date field. `iso` is `YYYY-MM-DD`; anything else is refused with `err-app-date-invalid`.
#[tauri::command]
pub fn date_view(state: State<'_, AppState>, iso: String) -> Result<DateView, UiError> {
    let day = chrono::NaiveDate::parse_from_str(&iso, "%Y-%m-%d")
        .ok()
        .filter(|_| iso.len() == 10)
        .ok_or_else(|| state.explain(AppError::invalid("err-app-date-invalid", "date")))?;
    Ok(Viewer::new(&state.lang()).date(day))
}
