//! The app's main screens and how to reach them, its languages, and a case with content on every
//! screen: what the per-language and accessibility tests walk through.
//!
//! Adding a screen to those tests is one line in [`SCREENS`].

use crate::App;

/// One main screen: how to reach it from home and how to know it has rendered.
#[derive(Debug, Clone, Copy)]
pub struct Screen {
    /// The name used in screenshot files (`<name>-<lang>-390x844.png`) and messages.
    pub name: &'static str,
    /// What to click, in order, starting on the home screen.
    pub path: &'static [&'static str],
    /// An element that is there once the screen has rendered.
    pub ready: &'static str,
}

/// The main screens, reached from home once [`open_case_with_report`] has run.
pub const SCREENS: &[Screen] = &[
    Screen {
        name: "home",
        path: &[],
        ready: "#start",
    },
    Screen {
        name: "triage",
        path: &["#start"],
        ready: "[data-question='incident']",
    },
    Screen {
        name: "case",
        path: &["[data-case]"],
        ready: "#deadline",
    },
    Screen {
        name: "police",
        path: &["[data-case]", "#police-card"],
        ready: ".phrase",
    },
    Screen {
        name: "data",
        path: &["#your-data"],
        ready: "#export",
    },
    Screen {
        name: "papers",
        path: &["[data-case]", "#papers-button"],
        ready: "#papers-title",
    },
    Screen {
        name: "settings",
        path: &["#settings"],
        ready: "#reminders-on",
    },
    Screen {
        name: "person",
        path: &["[data-case]", "#papers-button", "#add-person"],
        ready: "#person-form",
    },
    Screen {
        name: "myths",
        path: &["#myths-button"],
        ready: "#myths",
    },
];

/// The app's languages: its code (the picker's value) and the `<html lang>` it sets.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ja", "ja"),
    ("ja-easy", "ja-x-easy"),
    ("en", "en"),
    ("vi", "vi"),
    ("zh-Hans", "zh-Hans"),
    ("fil", "fil"),
    ("ne", "ne"),
    ("id", "id"),
    ("ko", "ko"),
    ("pt-BR", "pt-BR"),
];

/// Waits until no screen is rendering.
pub async fn settled(app: &App) {
    app.wait_for("main[aria-busy='false']").await;
}

/// Goes to the home screen (with the header's home button, unless already there), then along
/// the screen's path, and waits until it has rendered.
pub async fn visit(app: &App, screen: &Screen) {
    let home_hidden = app
        .eval("return document.getElementById('home-button').hidden;")
        .await;
    if home_hidden != serde_json::Value::Bool(true) {
        app.click("#home-button").await;
    }
    app.wait_for("#start").await;
    settled(app).await;
    for step in screen.path {
        app.click(step).await;
        settled(app).await;
    }
    app.wait_for(screen.ready).await;
    settled(app).await;
    app.eval("window.scrollTo(0, 0); return 0;").await;
}

/// Picks a language in the header's select, as a person would, and waits until the current
/// screen is drawn again in it (`<html lang>` is `bcp47`).
pub async fn switch_language(app: &App, code: &str, bcp47: &str) {
    app.client
        .execute(
            "const s = document.getElementById('lang-select'); s.value = arguments[0];
             s.dispatchEvent(new Event('change'));",
            vec![code.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("could not pick {code}: {e}"));
    app.wait_for(&format!("html[lang='{bcp47}']")).await;
    settled(app).await;
}

/// How a person answers the triage: the choices' values as the app offers them.
#[derive(Debug, Clone, Copy)]
pub struct Walk<'a> {
    /// What happened (`lost`, `stolen`, `lost_at_home`, …).
    pub incident: &'a str,
    /// The day they learned of it (or found the card).
    pub learned: &'a str,
    /// Where they were and are (`in_japan`, `leaving_soon`, `back_in_japan`, `abroad_now`);
    /// asked only when the card is gone.
    pub whereabouts: &'a str,
    /// The day they came back to Japan, for `back_in_japan`.
    pub reentered: Option<&'a str>,
    /// The holder's birth date.
    pub birth: &'a str,
    /// Whether the passport can be shown (`yes`, `gone_too`, `no`).
    pub passport: &'a str,
    /// Who goes (`holder`, `relative_for_child`, …); `None` where the question is not asked.
    pub applicant: Option<&'a str>,
}

impl Default for Walk<'_> {
    fn default() -> Self {
        Walk {
            incident: "lost",
            learned: "2026-11-09",
            whereabouts: "in_japan",
            reentered: None,
            birth: "1992-04-18",
            passport: "yes",
            applicant: Some("holder"),
        }
    }
}

/// Answers the triage as a person would, for a residence card, clicking the choices and typing the
/// dates the questions ask, as far as the app asks them. Ends on the dashboard.
pub async fn walk(app: &App, w: &Walk<'_>) {
    app.click("#start").await;
    app.click(&format!(".choice[data-value='{}']", w.incident))
        .await;
    app.wait_for("[data-question='card']").await;
    app.click(".choice[data-value='residence_card']").await;
    app.wait_for("[data-question='learned_on']").await;
    app.fill("#q-date", w.learned).await;
    app.click("#q-next").await;
    let found = matches!(w.incident, "found_again" | "old_card_found");
    if !found && !matches!(w.incident, "damaged" | "exchange") {
        app.wait_for("[data-question='whereabouts']").await;
        app.click(&format!(".choice[data-value='{}']", w.whereabouts))
            .await;
        if let Some(day) = w.reentered {
            app.fill("#q-date", day).await;
            app.click("#q-next").await;
        }
    }
    if !found {
        app.wait_for("[data-question='birth_date']").await;
        app.fill("#q-date", w.birth).await;
        app.click("#q-next").await;
        app.wait_for("[data-question='passport']").await;
        app.click(&format!(".choice[data-value='{}']", w.passport))
            .await;
        if let Some(who) = w.applicant {
            app.wait_for("[data-question='applicant']").await;
            app.click(&format!(".choice[data-value='{who}']")).await;
        }
    }
    app.wait_for("#deadline").await;
}

/// [`walk`] for a residence card lost (`incident`: the choice's value, e.g. `lost`, `stolen`) and
/// learned of on `learned`, abroad when `reentered` is the day they came back to Japan; born
/// 1992-04-18, passport at hand, going in person. Ends on the dashboard.
pub async fn triage(app: &App, incident: &str, learned: &str, reentered: Option<&str>) {
    walk(
        app,
        &Walk {
            incident,
            learned,
            whereabouts: if reentered.is_some() {
                "back_in_japan"
            } else {
                "in_japan"
            },
            reentered,
            ..Walk::default()
        },
    )
    .await;
}

/// Opens a case through the triage (a residence card lost in Japan, learned the day before
/// `today`'s 2026-11-10), enters the police report and ticks a document, so the dashboard, the
/// police-box card, the checklist and the data screen all have content. Ends on the dashboard.
pub async fn open_case_with_report(app: &App) {
    triage(app, "lost", "2026-11-09", None).await;
    app.fill("#r-station", "新宿警察署 西口交番").await;
    app.fill("#r-date", "2026-11-09").await;
    app.fill("#r-number", "R08-123456").await;
    app.click("#r-save").await;
    app.wait_for("p.ok[role='status']").await;
    app.click("input[data-document='photo']").await;
    app.wait_for("input[data-document='photo'][checked]").await;
    settled(app).await;
}

/// Fills the person form's fields (`#f-<field>`: `nationality`, `birth-date`, `family-name`, …)
/// with `values`, in order, as a person would; selects and dates too.
pub async fn fill_person(app: &App, values: &[(&str, &str)]) {
    for (field, value) in values {
        app.fill(&format!("#f-{field}"), value).await;
    }
}

/// Screenshots of the element `css` scrolled into view at `<name>-<lang>-390x844`, in Vietnamese,
/// Japanese and English, each checked for horizontal overflow; ends in English.
pub async fn shots_at(app: &App, name: &str, css: &str) {
    for (code, bcp47) in [("vi", "vi"), ("ja", "ja"), ("en", "en")] {
        switch_language(app, code, bcp47).await;
        assert!(app.horizontal_overflow().await <= 0, "{name} in {code}");
        app.eval(&format!(
            "document.querySelector({css:?}).scrollIntoView(); return 0;"
        ))
        .await;
        app.screenshot(&format!("{name}-{code}-390x844")).await;
    }
}

/// The holder most journeys enter, as [`fill_person`] takes it: TRAN VAN AN, born `birth`, living
/// at `address`, with a card number and a phone.
pub fn holder<'a>(birth: &'a str, address: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("nationality", "VIET NAM"),
        ("birth-date", birth),
        ("family-name", "TRAN"),
        ("given-name", "VAN AN"),
        ("sex", "male"),
        ("address", address),
        ("card-number", "AB12345678CD"),
        ("phone", "090-1234-5678"),
    ]
}

/// From the dashboard of a case without a person: opens the papers, adds the person `values` (as
/// [`fill_person`] takes them) and saves. Ends on the papers screen.
pub async fn add_person(app: &App, values: &[(&str, &str)]) {
    app.click("#papers-button").await;
    app.wait_for("#problem[data-field='person']").await;
    app.click("#add-person").await;
    fill_person(app, values).await;
    app.click("#person-save").await;
    app.wait_for("#answers").await;
}
