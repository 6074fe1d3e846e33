//! The app's frame: the language, the UI's strings, the limits of every field, what happened when
//! the records were opened (nothing personal: the lock screen is drawn in it), the first screen's
//! facts with the cases kept, and dates echoed as the app writes them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use zairyu_domain::deadline;
use zairyu_domain::limits;
use zairyu_domain::text::Text;
use zairyu_i18n::{Catalog, LANGUAGES};

use crate::clock::Clock;
use crate::error::AppError;
use crate::reminders::Permission;
use crate::state::Core;
use crate::view::{case_title, DateView};

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
    /// The longest text each field takes, by field id (the one limits table).
    pub limits: BTreeMap<&'static str, usize>,
    /// A message about the records, when opening them needed attention (a damaged file kept).
    pub notice: Option<String>,
    /// Today in Japan.
    pub today: DateView,
}

/// What the first screen shows.
#[derive(Debug, Serialize)]
pub struct TodayOverview {
    /// Today's date in Japan (JST), whatever the device's time zone.
    pub today: DateView,
    /// The last day to apply if the loss were learned of today.
    pub deadline_if_lost_today: DateView,
    /// When notifications are refused while reminders are on and waiting: a calm line saying so
    /// (the app works without them).
    pub reminders_notice: Option<String>,
    /// The cases kept on this device, newest first.
    pub cases: Vec<CaseSummary>,
    /// With no open case (every card replaced or found): each saved person's next date that keeps
    /// their card valid, or the invitation to add their card's dates (docs/rules.md §15).
    pub next_dates: Vec<crate::new_card::NextDateView>,
}

/// The most languages a device may list, and the longest tag, before the list is refused.
const MOST_DEVICE_LANGUAGES: usize = 32;
const LONGEST_LANGUAGE_TAG: usize = 64;

impl Core {
    fn frame(&self, notice: Option<String>, clock: &Clock) -> AppInfo {
        let lang = self.lang();
        AppInfo {
            html_lang: zairyu_i18n::language(&lang).map_or("en", |l| l.bcp47),
            languages: LANGUAGES
                .iter()
                .map(|l| LanguageView {
                    code: l.code,
                    native_name: l.native_name,
                    bcp47: l.bcp47,
                })
                .collect(),
            strings: Catalog::global().ui_strings(&lang),
            limits: limits::BY_FIELD.iter().copied().collect(),
            notice,
            today: self.view(|v| v.date(clock.today)),
            language: lang,
        }
    }

    /// The frame of the app. At first start the language follows the device
    /// (`device_languages`, the webview's `navigator.languages`); the first call also says what
    /// happened when the records were opened, if it needs the user's attention.
    pub fn app_info(
        &self,
        device_languages: &[String],
        clock: &Clock,
    ) -> Result<AppInfo, AppError> {
        if device_languages.len() > MOST_DEVICE_LANGUAGES
            || device_languages
                .iter()
                .any(|l| l.len() > LONGEST_LANGUAGE_TAG)
        {
            return Err(AppError::invalid("err-app-bad-input", "device_languages"));
        }
        if self.prefs().language.is_none() {
            let negotiated = zairyu_i18n::negotiate(device_languages).to_owned();
            self.change_prefs(|p| p.language = Some(negotiated))?;
        }
        let notice = self.take_load_report().and_then(|r| {
            r.needs_attention().then(|| {
                let mut lines = vec![self.tr_id(r.message_id())];
                lines.extend(r.set_aside().iter().map(|s| {
                    self.tr(&Text::new(s.message_id())
                        .str("file", s.file.clone())
                        .str("kept_as", s.kept_as.clone()))
                }));
                lines.join("\n")
            })
        });
        Ok(self.frame(notice, clock))
    }

    /// Switches the language; returns the frame in the new language.
    pub fn set_language(&self, code: &str, clock: &Clock) -> Result<AppInfo, AppError> {
        if zairyu_i18n::language(code).is_none() {
            return Err(AppError::invalid("err-app-unknown-language", "code"));
        }
        self.change_prefs(|p| p.language = Some(code.to_owned()))?;
        Ok(self.frame(None, clock))
    }

    /// A date the user picked, written as the app writes dates: in their language and in
    /// Japanese. Date inputs draw the date in the operating system's format (11/09/2026 on an
    /// English desktop, whatever the app's language), so the screens echo the choice with this
    /// under each date field. `iso` is `YYYY-MM-DD`; anything else is refused.
    pub fn date_view(&self, iso: &str) -> Result<DateView, AppError> {
        let day = NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .ok()
            .filter(|_| iso.len() == 10)
            .ok_or_else(|| AppError::invalid("err-app-date-invalid", "date"))?;
        Ok(self.view(|v| v.date(day)))
    }

    /// Today in Japan and the deadline that a loss learned of today would have, with a calm
    /// notice when notifications are refused (`permission`) while reminders wait.
    pub fn today_overview(&self, permission: Permission, clock: &Clock) -> TodayOverview {
        self.view(|v| TodayOverview {
            today: v.date(clock.today),
            deadline_if_lost_today: v.date(deadline::legal_deadline(clock.today)),
            reminders_notice: self.denied_notice(permission, clock),
            cases: self.read(|r| {
                r.cases
                    .iter()
                    .rev()
                    .map(|c| CaseSummary {
                        id: c.id.clone(),
                        title: v.tr(&Text::new(case_title(&c.case))),
                        learned_on: v.date(c.case.learned_on),
                    })
                    .collect()
            }),
            next_dates: self.read(|r| {
                let open = r
                    .cases
                    .iter()
                    .any(|c| c.case.applied_on.is_none() && !c.case.found_again());
                if open {
                    Vec::new()
                } else {
                    v.next_dates(r, clock.today)
                }
            }),
        })
    }
}
