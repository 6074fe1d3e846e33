//! Accessibility of every main screen, measured through the DOM of the real app at phone size:
//! accessible names, tab order and visible keyboard focus, WCAG AA contrast in the light and the
//! dark scheme, 44 px touch targets, text at 200 % without overflow or clipping, and the
//! police-box card's Japanese large enough to read at arm's length. Run by `scripts/test.sh`
//! with `--ignored` under `xvfb-run`.

use zairyu_e2e::audit::{self, Findings};
use zairyu_e2e::screens::{self, LANGUAGES, SCREENS};
use zairyu_e2e::{App, Launch};

/// The languages walked: the source, Japanese, and the longest texts in another script.
const WALKED: &[&str] = &["en", "ja", "ne", "pt-BR"];

/// The police-box card's Japanese, to be read by an officer across a counter.
const POLICE_JAPANESE_MIN_PX: f64 = 32.0;

fn phone() -> Launch {
    Launch {
        today: Some("2026-11-10".into()),
        size: Some((390, 844)),
        ..Launch::default()
    }
}

async fn theme(app: &App, scheme: Option<&str>) -> String {
    let set = match scheme {
        Some(s) => format!("document.documentElement.dataset.theme = '{s}';"),
        None => "delete document.documentElement.dataset.theme;".to_owned(),
    };
    app.eval(&format!(
        "{set} return getComputedStyle(document.documentElement).backgroundColor;"
    ))
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

fn note(all: &mut Vec<String>, counts: &mut Findings, place: &str, f: Findings) {
    all.extend(f.problems.iter().map(|p| format!("{place}: {p}")));
    counts.checked += f.checked;
}

/// The checks can fail: planted faults (grey text on white, a nameless button, a 20 px target, a
/// positive tabindex, a button above the one before it, a cut-off box, a split word) are each
/// reported by the check meant to find them.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_checks_find_planted_faults() {
    let app = App::launch(phone()).await;
    // Styles are set through the CSSOM: the app's content security policy drops style attributes.
    app.eval(
        "const m = document.getElementById('main');
         const add = (tag, css, attrs, text, parent) => {
           const e = document.createElement(tag);
           e.style.cssText = css;
           for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
           if (text) e.textContent = text;
           (parent || m).prepend(e);
           return e;
         };
         add('p', 'color:#aaaaaa;background:#ffffff', {}, 'faint words');
         add('button', 'width:20px;height:20px;min-width:0;min-height:0', { id: 'nameless' }, '');
         add('button', '', { tabindex: '2' }, 'jump');
         const col = add('div', 'display:flex;flex-direction:column-reverse', {}, '');
         add('button', '', {}, 'second', col);
         add('button', '', {}, 'first', col);
         add('div', 'width:60px;overflow:hidden;white-space:nowrap', { id: 'cut' }, 'a line far too long for its box');
         add('div', 'width:40px;overflow-wrap:anywhere', {}, 'Immigration');
         return 0;",
    )
    .await;
    let found = |f: Findings, needle: &str, what: &str| {
        assert!(
            f.problems.iter().any(|p| p.contains(needle)),
            "{what} did not report `{needle}`: {f:?}"
        );
    };
    theme(&app, Some("light")).await;
    found(audit::contrast(&app).await, "faint words", "contrast");
    found(audit::unnamed_controls(&app).await, "#nameless", "names");
    found(audit::small_targets(&app).await, "#nameless", "targets");
    let order = audit::tab_order(&app).await;
    found(order.clone(), "positive tabindex", "tab order");
    found(order, "\"second\"", "tab order");
    found(audit::clipped_text(&app).await, "#cut", "clipping");
    found(
        audit::broken_words(&app).await,
        "Immigration",
        "broken words",
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn every_screen_is_accessible_in_light_dark_and_at_200_percent_text() {
    let app = App::launch(phone()).await;
    screens::open_case_with_report(&app).await;
    let mut problems = Vec::new();
    let mut counts = Findings::default();
    let mut per_check: Vec<(&str, usize)> = Vec::new();
    for code in WALKED {
        let (_, bcp47) = LANGUAGES
            .iter()
            .find(|(c, _)| c == code)
            .expect("a language of the app");
        screens::switch_language(&app, code, bcp47).await;
        for screen in SCREENS {
            screens::visit(&app, screen).await;
            let place = format!("{code}/{}", screen.name);
            let checks = [
                ("names", audit::unnamed_controls(&app).await),
                ("tab order", audit::tab_order(&app).await),
                ("keyboard", audit::keyboard_walk(&app).await),
                ("targets", audit::small_targets(&app).await),
            ];
            for (name, f) in checks {
                per_check.push((name, f.checked));
                note(&mut problems, &mut counts, &format!("{place} {name}"), f);
            }

            let light = theme(&app, Some("light")).await;
            let f = audit::contrast(&app).await;
            per_check.push(("contrast light", f.checked));
            note(&mut problems, &mut counts, &format!("{place} light"), f);
            let dark = theme(&app, Some("dark")).await;
            assert_ne!(light, dark, "data-theme='dark' does not change the colours");
            let f = audit::contrast(&app).await;
            per_check.push(("contrast dark", f.checked));
            note(&mut problems, &mut counts, &format!("{place} dark"), f);
            let f = audit::keyboard_walk(&app).await;
            note(
                &mut problems,
                &mut counts,
                &format!("{place} dark keyboard"),
                f,
            );
            if *code == "en" {
                app.screenshot(&format!("{}-{code}-dark-390x844", screen.name))
                    .await;
            }
            theme(&app, None).await;

            app.eval("document.documentElement.style.fontSize = '200%'; return 0;")
                .await;
            let f = audit::layout(&app).await;
            per_check.push(("clipping at 200%", f.checked));
            note(&mut problems, &mut counts, &format!("{place} 200%"), f);
            app.screenshot(&format!("{}-{code}-200pct-390x844", screen.name))
                .await;
            app.eval("document.documentElement.style.fontSize = ''; return 0;")
                .await;

            if screen.name == "police" {
                let px = audit::smallest_font_px(&app, ".phrase [lang='ja']")
                    .await
                    .expect("the police card shows Japanese marked lang=ja");
                if px < POLICE_JAPANESE_MIN_PX {
                    problems.push(format!(
                        "{place}: the Japanese is {px}px, under {POLICE_JAPANESE_MIN_PX}px"
                    ));
                }
            }
        }
    }
    app.quit().await;
    let mut totals: std::collections::BTreeMap<&str, usize> = Default::default();
    for (name, n) in per_check {
        *totals.entry(name).or_default() += n;
    }
    eprintln!("a11y: checked {totals:?}, {} in all", counts.checked);
    for (name, n) in &totals {
        assert!(*n > 0, "the {name} check looked at nothing");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
