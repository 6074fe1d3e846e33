//! Checks of the rendered page, measured through the DOM: clipped text, accessible names, tab
//! order, colour contrast (WCAG 2.x), touch-target size and text size. Each check runs one script
//! in the page and returns what it looked at and what failed, so a test can both assert that
//! nothing failed and that something was looked at (a check that saw nothing proves nothing).

use serde_json::Value;

use crate::App;

/// What one check looked at and what failed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// How many elements (or pairs) were checked.
    pub checked: usize,
    /// One line per failure: the element and the measured numbers.
    pub problems: Vec<String>,
}

impl Findings {
    fn from_json(v: Value, what: &str) -> Findings {
        let checked = v["checked"]
            .as_u64()
            .unwrap_or_else(|| panic!("{what}: no `checked` count in {v}"))
            as usize;
        let problems = v["problems"]
            .as_array()
            .unwrap_or_else(|| panic!("{what}: no `problems` list in {v}"))
            .iter()
            .map(|p| p.as_str().unwrap_or_default().to_owned())
            .collect();
        Findings { checked, problems }
    }

    /// Adds another check's findings to these.
    pub fn merge(&mut self, other: Findings) {
        self.checked += other.checked;
        self.problems.extend(other.problems);
    }
}

/// Helpers every check script starts with: see `js/prelude.js`.
const PRELUDE: &str = include_str!("js/prelude.js");

/// Text that does not fit its box: see `js/clipped.js`.
const CLIPPED: &str = include_str!("js/clipped.js");

/// Every control has an accessible name: see `js/names.js`.
const NAMES: &str = include_str!("js/names.js");

/// No positive tabindex, and a tab order that follows the page: see `js/tab-order.js`.
const TAB_ORDER: &str = include_str!("js/tab-order.js");

/// WCAG AA contrast of the visible text: see `js/contrast.js`.
const CONTRAST: &str = include_str!("js/contrast.js");

/// Touch targets of at least 44×44 CSS px: see `js/targets.js`.
const TARGETS: &str = include_str!("js/targets.js");

/// The focused element and whether its focus is visible: see `js/focused.js`.
const FOCUSED: &str = include_str!("js/focused.js");

/// Words broken across lines although they would fit: see `js/broken-words.js`.
const BROKEN_WORDS: &str = include_str!("js/broken-words.js");

async fn run(app: &App, what: &str, body: &str) -> Findings {
    let script = format!("{PRELUDE}\n{body}");
    Findings::from_json(app.eval(&script).await, what)
}

/// Text cut off by its box (see the script's doc).
pub async fn clipped_text(app: &App) -> Findings {
    run(app, "clipped text", CLIPPED).await
}

/// Words broken across lines although they would fit (see the script's doc).
pub async fn broken_words(app: &App) -> Findings {
    run(app, "broken words", BROKEN_WORDS).await
}

/// What breaks a screen's layout: anything wider than the window (one check), text cut off by its
/// box, and words broken across lines although they would fit.
pub async fn layout(app: &App) -> Findings {
    let overflow = app.horizontal_overflow().await;
    let mut f = Findings {
        checked: 1,
        problems: Vec::new(),
    };
    if overflow > 0 {
        f.problems
            .push(format!("something is {overflow}px wider than the window"));
    }
    f.merge(clipped_text(app).await);
    f.merge(broken_words(app).await);
    f
}

/// Controls without an accessible name.
pub async fn unnamed_controls(app: &App) -> Findings {
    run(app, "accessible names", NAMES).await
}

/// Positive tabindex values, and a tab order that jumps back up the page.
pub async fn tab_order(app: &App) -> Findings {
    run(app, "tab order", TAB_ORDER).await
}

/// Text below WCAG AA contrast in the current colour scheme.
pub async fn contrast(app: &App) -> Findings {
    run(app, "contrast", CONTRAST).await
}

/// Touch targets smaller than 44×44 px.
pub async fn small_targets(app: &App) -> Findings {
    run(app, "touch targets", TARGETS).await
}

/// Walks the page with the Tab key, as a keyboard user would, from the top: every focusable
/// element must be reached, in DOM order (which [`tab_order`] ties to the visual order), and
/// show a visible focus outline.
pub async fn keyboard_walk(app: &App) -> Findings {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    const TAB: char = '\u{E004}';
    let expected: Vec<String> = app
        .eval(&format!("{PRELUDE}\nreturn focusables().map(describe);"))
        .await
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect();
    app.eval(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return 0;",
    )
    .await;
    let mut out = Findings::default();
    let mut reached: Vec<(i64, String)> = Vec::new();
    let mut skips = 0;
    // A date field takes several presses (day, month, year): allow for them.
    for _ in 0..expected.len() * 4 + 4 {
        let tab = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: TAB })
            .then(KeyAction::Up { value: TAB });
        app.client
            .perform_actions(tab)
            .await
            .unwrap_or_else(|e| panic!("could not press Tab: {e}"));
        let focused = app.eval(&format!("{PRELUDE}\n{FOCUSED}")).await;
        if focused.is_null() {
            break;
        }
        let key = focused["key"].as_str().unwrap_or_default().to_owned();
        let index = focused["index"].as_i64().unwrap_or(-1);
        if focused["skip"] == serde_json::Value::Bool(true) {
            skips += 1;
            if skips > 1 {
                break; // round the page and back to the top
            }
        } else if reached.last().is_some_and(|(i, _)| *i == index) {
            continue; // the next part of the same field
        } else if reached.iter().any(|(i, _)| *i == index) {
            break;
        } else {
            reached.push((index, key.clone()));
        }
        out.checked += 1;
        if let Some(p) = focused["problem"].as_str() {
            out.problems.push(format!("{key}: {p}"));
        }
    }
    app.eval(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return 0;",
    )
    .await;
    let order: Vec<i64> = reached.iter().map(|(i, _)| *i).collect();
    let want: Vec<i64> = (0..expected.len() as i64).collect();
    if order != want {
        out.problems.push(format!(
            "the Tab key reached {reached:#?}\nbut the page's focusable elements are {expected:#?}"
        ));
    }
    out
}

/// The smallest computed font size (px) among the visible elements matching `css` that hold
/// text; `None` if there is none.
pub async fn smallest_font_px(app: &App, css: &str) -> Option<f64> {
    let v = app
        .client
        .execute(
            &format!(
                "{PRELUDE}
                 const sizes = [...document.querySelectorAll(arguments[0])]
                   .filter((e) => visible(e) && e.textContent.trim())
                   .map((e) => parseFloat(getComputedStyle(e).fontSize));
                 return sizes.length ? Math.min(...sizes) : null;"
            ),
            vec![css.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("font size of `{css}`: {e}"));
    v.as_f64()
}

/// Elements that hold Japanese script but whose language (`lang`, inherited) is not Japanese,
/// inside a page that is not in Japanese: a screen reader would read them with the wrong voice.
/// Only elements whose own text is mostly Japanese count (a Japanese term inside an English
/// sentence is fine).
pub async fn japanese_without_lang(app: &App) -> Findings {
    run(
        app,
        "lang of Japanese text",
        include_str!("js/japanese-lang.js"),
    )
    .await
}
