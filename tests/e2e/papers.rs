//! The papers journey in the real app: a person's form with an error shown on its field, the
//! statement's answers, and the PDF made and checked with `pdftotext`. Run by `scripts/test.sh`
//! under `xvfb-run` (ignored by a plain `cargo test`).

use zairyu_e2e::screens::{fill_person, triage};
use zairyu_e2e::{App, Launch};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_papers_are_filled_in_from_the_profile_and_the_answers() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    // A lost card, learned of yesterday.
    triage(&app, "lost", "2026-11-09", None).await;

    // The police report, then the papers screen: it asks for the person first.
    app.fill("#r-station", "新宿警察署").await;
    app.fill("#r-date", "2026-11-09").await;
    // The field draws the system's format; under it, the day as the app writes dates.
    app.wait_for("#r-date-echo span[lang='ja']").await;
    let echo = app.text("#r-date-echo").await;
    assert!(echo.ends_with("9 Nov 2026 · 2026年11月9日(月)"), "{echo}");
    app.eval("document.getElementById('r-date').scrollIntoView({block: 'center'}); return 0;")
        .await;
    app.screenshot("police-report-date-echo-390x844").await;
    app.fill("#r-number", "第1234-5678号").await;
    app.click("#r-save").await;
    app.wait_for("#papers-button").await;
    app.click("#papers-button").await;
    app.wait_for("#problem[data-field='person']").await;

    // The form: a card number with a letter missing is refused on its field; what was typed stays.
    app.click("#add-person").await;
    fill_person(
        &app,
        &[
            ("nationality", "VIET NAM"),
            ("birth-date", "1995-03-14"),
            ("family-name", "NGUYEN"),
            ("given-name", "THI ANH"),
            ("sex", "female"),
            ("address", "東京都新宿区西新宿2-8-1"),
            ("card-number", "AB12345678C"),
            ("phone", "090-1234-5678"),
        ],
    )
    .await;
    app.click("#person-save").await;
    app.wait_for("#f-card-number[aria-invalid='true']").await;
    assert!(app.text("#e-card-number").await.contains("12"));
    assert!(app.horizontal_overflow().await <= 0);
    app.screenshot("person-form-error-390x844").await;
    app.eval("document.querySelector('#f-card-number').value = ''; return 1;")
        .await;
    app.fill("#f-card-number", "AB12345678CD").await;
    app.click("#person-save").await;

    // Back on the papers: the statement's answers, then everything is ready.
    app.wait_for("#answers").await;
    let echo = app.text("#loss-date-echo").await;
    assert!(
        echo.contains("2026年11月9日(月)") && echo.contains("2026"),
        "{echo}"
    );
    assert!(app.text("#person").await.contains("NGUYEN THI ANH"));
    app.screenshot("papers-top-390x844").await;
    app.fill("#time-of-day", "evening").await;
    app.fill("#place-kind", "train_or_station").await;
    app.fill("#loss-place-name", "新宿駅").await;
    app.click("#answers-save").await;
    app.wait_for("#make-papers:not([disabled])").await;
    let preview = app.text("#preview").await;
    assert!(preview.contains("AB12345678CD"), "{preview}");
    app.click("#make-papers").await;
    app.wait_for("#made.ok").await;
    let path = app
        .eval("return document.querySelector('#made').dataset.path;")
        .await;
    let path = path.as_str().expect("the PDF's path").to_owned();
    let text = std::process::Command::new("pdftotext")
        .args([path.as_str(), "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in [
        "NGUYEN",
        "AB12345678CD",
        "新宿駅",
        "新宿警察署",
        "1234-5678",
    ] {
        assert!(text.contains(expected), "{expected} in the PDF");
    }
    // What this desktop offers for the PDF: open it in the viewer; no share sheet on Linux.
    app.wait_for("#papers-open").await;
    assert!(
        app.absent("#papers-share").await,
        "a share button on a desktop without a share sheet"
    );
    app.click("#papers-open").await;
    app.wait_for("#made.ok").await;
    let mut said = String::new();
    for _ in 0..50 {
        said = app.text("#made").await;
        if said.contains("open in another app") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(said.contains("open in another app"), "{said}");
    let opened = std::fs::read_to_string(app.data_dir.join("opened.log")).expect("the open log");
    assert_eq!(opened.trim(), path, "the viewer was asked for another file");
    assert!(app.horizontal_overflow().await <= 0);
    app.screenshot("papers-ready-390x844").await;
    app.quit().await;
}

/// Screenshots of the element `css` scrolled into view in English, Vietnamese and Japanese
/// (`<name>-<lang>-390x844`); ends in English.
async fn shots_at(app: &App, name: &str, css: &str) {
    for (code, bcp47) in [("vi", "vi"), ("ja", "ja"), ("en", "en")] {
        zairyu_e2e::screens::switch_language(app, code, bcp47).await;
        assert!(app.horizontal_overflow().await <= 0, "{name} in {code}");
        app.eval(&format!(
            "document.querySelector({css:?}).scrollIntoView(); return 0;"
        ))
        .await;
        app.screenshot(&format!("{name}-{code}-390x844")).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn a_late_application_gives_the_facts_of_its_reason_and_the_letter_apologises() {
    let app = App::launch(Launch::on("2026-12-10")).await;
    // Stolen on 9 Nov: the deadline, 24 Nov, has passed.
    triage(&app, "stolen", "2026-11-09", None).await;
    app.fill("#r-station", "新宿警察署").await;
    app.fill("#r-date", "2026-12-09").await;
    app.fill("#r-number", "R08-778").await;
    app.click("#r-save").await;
    app.wait_for("#papers-button").await;
    app.click("#papers-button").await;
    app.wait_for("#problem[data-field='person']").await;
    app.click("#add-person").await;
    fill_person(
        &app,
        &[
            ("nationality", "NEPAL"),
            ("birth-date", "1993-08-21"),
            ("family-name", "GURUNG"),
            ("given-name", "BIKASH"),
            ("sex", "male"),
            ("address", "東京都新宿区西新宿2-8-1"),
            ("card-number", "XY98765432ZW"),
            ("phone", "090-1234-5678"),
        ],
    )
    .await;
    app.click("#person-save").await;
    app.wait_for("#late").await;
    // The illness's facts are asked under it once it is chosen.
    assert!(app
        .eval("return document.getElementById('late-illness-facts').hidden;")
        .await
        .as_bool()
        .unwrap());
    app.click("#late input[value='illness']").await;
    app.wait_for("#late-illness-facts:not([hidden])").await;
    app.fill("#loss-how", "wallet_stolen").await;
    // Without its first day, the illness is refused on that field.
    app.click("#answers-save").await;
    app.wait_for("#e-late-illness-from:not(:empty)").await;
    app.fill("#late-illness-place", "東京医科大学病院").await;
    app.fill("#late-illness-from", "2026-11-10").await;
    app.fill("#late-illness-until", "2026-12-05").await;
    app.click("#answers-save").await;
    app.wait_for("#make-papers:not([disabled])").await;
    // Saved: the facts come back from the backend in every language.
    shots_at(&app, "papers-late-illness", "#late").await;
    assert_eq!(
        app.eval("return document.getElementById('late-illness-place').value;")
            .await,
        "東京医科大学病院"
    );
    app.click("#make-papers").await;
    app.wait_for("#made.ok").await;
    let path = app
        .eval("return document.querySelector('#made').dataset.path;")
        .await;
    let out = std::process::Command::new("pdftotext")
        .args([path.as_str().expect("the PDF's path"), "-"])
        .output()
        .expect("pdftotext");
    let text: String = String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for expected in [
        "理由書",
        "2026年11月10日から2026年12月5日まで、病気又はけがのため東京医科大学病院に入院しており",
        "深くお詫び申し上げます",
        "在留カードを入れていた財布を盗まれました",
    ] {
        assert!(text.contains(expected), "{expected} not in {text}");
    }
    app.quit().await;
}
