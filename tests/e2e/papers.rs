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
