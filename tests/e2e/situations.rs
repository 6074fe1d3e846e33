//! Journeys through the situations around a loss, in the real app: still abroad (no date asked,
//! the day of return entered later), leaving Japan soon (the warning before anything else), a card
//! lost at home that the police would not take a report for (the papers made all the same), back
//! from abroad with a report made to the police there without a number (the papers say so), a
//! card found again, each other incident (damaged, exchange, fire, accident, the old card found),
//! marking a case done, deleting it, and bringing back a copy of the data after deleting
//! everything. Run by `scripts/test.sh` under `xvfb-run` (ignored by a plain `cargo test`).
//! Each pins the app's "today"; screenshots are taken in English, Vietnamese and Japanese.

use zairyu_e2e::screens::{add_person, holder, settled, switch_language, walk, Walk};
use zairyu_e2e::{App, Launch};

/// Screenshots of the current screen in English, Vietnamese and Japanese (`<name>-<lang>-390x844`),
/// checking each for horizontal overflow; ends in English.
async fn shots_in_three_languages(app: &App, name: &str) {
    shots_at(app, name, None).await;
}

/// [`shots_in_three_languages`], scrolled to the element `css` when given (else the top).
async fn shots_at(app: &App, name: &str, css: Option<&str>) {
    for (code, bcp47) in [("vi", "vi"), ("ja", "ja"), ("en", "en")] {
        switch_language(app, code, bcp47).await;
        assert!(
            app.horizontal_overflow().await <= 0,
            "{name} overflows at 390px in {code}"
        );
        let scroll = match css {
            Some(css) => format!("document.querySelector({css:?}).scrollIntoView(); return 0;"),
            None => "window.scrollTo(0, 0); return 0;".to_owned(),
        };
        app.eval(&scroll).await;
        app.screenshot(&format!("{name}-{code}-390x844")).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn someone_still_abroad_enters_no_date_and_the_deadline_follows_the_day_they_come_back() {
    let app = App::launch(Launch::on("2026-11-20")).await;
    app.click("#start").await;
    app.click(".choice[data-value='lost']").await;
    app.click(".choice[data-value='residence_card']").await;
    app.wait_for("[data-question='learned_on']").await;
    app.fill("#q-date", "2026-11-05").await;
    app.click("#q-next").await;
    app.wait_for("[data-question='whereabouts']").await;
    shots_in_three_languages(&app, "triage-whereabouts").await;
    // Choosing "still abroad" asks for no date: the next question comes at once.
    app.click(".choice[data-value='abroad_now']").await;
    app.wait_for("[data-question='birth_date']").await;
    app.click("#q-back").await;
    app.wait_for("[data-question='whereabouts']").await;
    assert!(app
        .eval("return document.getElementById('q-return').hidden;")
        .await
        .as_bool()
        .unwrap());
    app.click("#home-button").await;
    app.wait_for("#start").await;
    settled(&app).await;
    walk(
        &app,
        &Walk {
            learned: "2026-11-05",
            whereabouts: "abroad_now",
            ..Walk::default()
        },
    )
    .await;
    assert_eq!(app.attr("#deadline", "data-status").await, "none");
    assert!(app
        .text("#no-deadline")
        .await
        .contains("come back to Japan"));
    assert_eq!(
        app.attr("#steps li:first-child", "data-kind").await,
        "report_to_police_abroad"
    );
    app.wait_for("#reentry").await;
    shots_in_three_languages(&app, "case-abroad-now").await;
    // The last day of the re-entry permission, when known, has reminders of its own.
    app.fill("#return-by-date", "2027-03-31").await;
    app.click("#return-by-save").await;
    app.wait_for("p.ok[role='status']").await;
    assert!(app.text("[data-warning]").await.contains("2027"));
    shots_at(&app, "case-abroad-return-by", Some("#return-by")).await;

    // Back on the 18th: the 14 days count from it (day 14 is Wed 2 Dec, open).
    app.fill("#reentry-date", "2026-11-18").await;
    app.click("#reentry-save").await;
    app.wait_for("#legal-last-day").await;
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2026-12-02");
    assert_eq!(app.attr("#deadline", "data-status").await, "on_time");
    assert!(
        app.absent("#reentry").await,
        "the day of return is still asked"
    );
    app.screenshot("case-abroad-back-390x844").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn leaving_japan_soon_shows_the_warning_before_anything_else() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    walk(
        &app,
        &Walk {
            whereabouts: "leaving_soon",
            ..Walk::default()
        },
    )
    .await;
    // The first card under the title is the warning, above the deadline.
    let first = app
        .eval(
            "const c = document.querySelector('main .card'); \
             return c ? [c.hasAttribute('data-warning'), c.getAttribute('role'), c.textContent] : null;",
        )
        .await;
    assert_eq!(first[0], true, "{first}");
    assert_eq!(first[1], "alert");
    let text = first[2].as_str().unwrap();
    assert!(
        text.contains("status of residence") && text.contains("第26条の2"),
        "{text}"
    );
    // And no "planning a trip?" note repeats it lower down.
    assert!(!app.text("#notes").await.contains("Planning a trip"));
    shots_in_three_languages(&app, "case-leaving-soon").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn lost_at_home_without_a_police_report_the_papers_are_made_and_say_so() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    walk(
        &app,
        &Walk {
            incident: "lost_at_home",
            ..Walk::default()
        },
    )
    .await;
    assert!(app.text("#next-step").await.contains("may not take one"));
    // The police would not take a report: no number is asked, and the step counts as done.
    app.fill("#r-station", "新宿警察署 西口交番").await;
    app.fill("#r-date", "2026-11-09").await;
    app.click("#r-not-accepted").await;
    assert!(app
        .eval("return document.getElementById('r-number-field').hidden;")
        .await
        .as_bool()
        .unwrap());
    app.click("#r-save").await;
    app.wait_for("p.ok[role='status']").await;
    assert_eq!(
        app.attr("#steps li:first-child", "class").await,
        "done",
        "the police step is not done"
    );
    app.screenshot("case-lost-at-home-not-accepted-390x844")
        .await;

    // The papers: the person, the statement's answers, the PDF.
    // The card number is not known: left empty.
    let mut person = holder("1992-04-18", "東京都新宿区西新宿2-8-1");
    person.retain(|(field, _)| *field != "card-number");
    add_person(&app, &person).await;
    app.fill("#place-kind", "home").await;
    app.fill("#loss-how", "unknown").await;
    app.click("#answers-save").await;
    app.wait_for("#make-papers:not([disabled])").await;
    assert!(app.text("#advice").await.contains("left blank"));
    shots_in_three_languages(&app, "papers-lost-at-home").await;
    app.click("#make-papers").await;
    app.wait_for("#made.ok").await;
    let path = app
        .eval("return document.querySelector('#made').dataset.path;")
        .await;
    let statement = pdf_page(path.as_str().expect("the PDF's path"), 2);
    for expected in [
        "紛失・盗難に係る陳述書",
        "自宅内での紛失であるため、受理されませんでした",
        "なし（届出は受理されませんでした）",
        "新宿警察署西口交番",
        "在留カードを所持していないことに気付きました。いつ、どこで失ったかは分かりません。",
    ] {
        assert!(statement.contains(expected), "{expected} in {statement}");
    }
    app.quit().await;
}

/// The text of page `page` of the PDF at `path`, without whitespace.
fn pdf_page(path: &str, page: u32) -> String {
    let page = page.to_string();
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &page, "-l", &page, path, "-"])
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn back_from_abroad_with_a_report_made_there_without_a_number_the_papers_say_where() {
    let app = App::launch(Launch::on("2026-11-26")).await;
    walk(
        &app,
        &Walk {
            incident: "stolen",
            learned: "2026-11-15",
            whereabouts: "back_in_japan",
            reentered: Some("2026-11-25"),
            ..Walk::default()
        },
    )
    .await;
    // The report to bring is the one made abroad: no police box, no police-box card.
    assert_eq!(
        app.attr("#steps li:first-child", "data-kind").await,
        "report_to_police_abroad"
    );
    assert!(app.absent("#police-card").await, "a police-box card abroad");
    assert!(app.text("#next-step").await.contains("police abroad"));
    assert_eq!(
        app.attr("#r-kinds input:checked", "value").await,
        "police_abroad"
    );
    assert!(!app.absent("#r-not-reported").await);
    shots_at(&app, "case-report-abroad-form", Some("#report")).await;
    app.fill("#r-country", "Thailand").await;
    app.fill("#r-station", "Bangkok Tourist Police").await;
    app.fill("#r-date", "2026-11-16").await;
    app.click("#r-save").await;
    app.wait_for("p.ok[role='status']").await;
    assert_eq!(app.attr("#steps li:first-child", "class").await, "done");
    let checklist = app.text("#checklist").await;
    assert!(checklist.contains("Japanese translation"), "{checklist}");
    shots_in_three_languages(&app, "case-back-report-abroad").await;

    add_person(&app, &holder("1992-04-18", "東京都新宿区西新宿2-8-1")).await;
    app.fill("#place-kind", "street").await;
    app.fill("#loss-place-name", "Khao San Road").await;
    app.fill("#loss-how", "wallet_stolen").await;
    app.click("#answers-save").await;
    app.wait_for("#make-papers:not([disabled])").await;
    app.click("#make-papers").await;
    app.wait_for("#made.ok").await;
    let path = app
        .eval("return document.querySelector('#made').dataset.path;")
        .await;
    let statement = pdf_page(path.as_str().expect("the PDF's path"), 2);
    for expected in [
        "紛失・盗難に係る陳述書",
        "国外の警察への届出",
        "滞在先であるThailandの警察（BangkokTouristPolice）に届け出ました。届出番号はありません。",
        "2026年11月25日に本邦に再入国しました",
        "届出を証する書類とその日本語訳を添付します",
    ] {
        assert!(statement.contains(expected), "{expected} in {statement}");
    }
    for wrong in ["遺失届", "受理番号", "受理されません", "交番"] {
        assert!(!statement.contains(wrong), "{wrong} in {statement}");
    }
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn a_card_found_again_needs_no_application_and_can_be_taken_back() {
    let app = App::launch(Launch::on("2026-11-12")).await;
    walk(&app, &Walk::default()).await;
    app.click("#found").await;
    app.wait_for("#found-undo").await;
    settled(&app).await;
    assert_eq!(app.attr("#deadline", "data-status").await, "none");
    assert_eq!(app.text("#case-title").await, "Your card turned up again");
    assert_eq!(
        app.attr("#steps li:first-child", "data-kind").await,
        "tell_police_found"
    );
    for gone in ["#papers-button", "#applied", "#checklist", "#report"] {
        assert!(app.absent(gone).await, "{gone} is still offered");
    }
    app.screenshot("case-found-again-390x844").await;
    app.click("#found-undo").await;
    app.wait_for("#legal-last-day").await;
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2026-11-24");
    app.quit().await;
}

/// Says yes to the next `window.confirm` (WebDriver's alerts are not needed for a yes).
async fn confirm_next(app: &App) {
    app.eval("window.confirm = () => true; return 0;").await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn each_incident_gets_its_own_plan_and_a_case_can_be_done_or_deleted() {
    let app = App::launch(Launch::on("2026-11-10")).await;

    // Damaged: no deadline; applying is offered and marks the case done.
    walk(
        &app,
        &Walk {
            incident: "damaged",
            ..Walk::default()
        },
    )
    .await;
    assert_eq!(app.attr("#deadline", "data-status").await, "none");
    assert!(app.text("#no-deadline").await.contains("no deadline"));
    assert_eq!(
        app.attr("#steps li:last-child", "data-kind").await,
        "apply_at_immigration_office"
    );
    app.click("#applied").await;
    app.wait_for("#steps li.done").await;
    assert!(app.absent("#applied").await);
    app.click("#home-button").await;

    // An exchange at one's own wish: the fee, and it too can be marked done (it has no deadline).
    walk(
        &app,
        &Walk {
            incident: "exchange",
            ..Walk::default()
        },
    )
    .await;
    let page = app.text("main").await;
    assert!(page.contains("1,600"), "{page}");
    app.click("#applied").await;
    app.wait_for("#steps li.done").await;
    app.click("#home-button").await;

    // Destroyed in a fire: the disaster certificate, a form without an acceptance number.
    walk(
        &app,
        &Walk {
            incident: "destroyed",
            ..Walk::default()
        },
    )
    .await;
    assert_eq!(
        app.attr("#steps li:first-child", "data-kind").await,
        "get_disaster_certificate"
    );
    assert!(app.text("#report").await.contains("罹災証明書"));
    // A certificate has no number to write down, and there is no "the police refused".
    for hidden in ["r-number-field", "r-not-accepted-field"] {
        assert!(
            app.eval(&format!(
                "return document.getElementById('{hidden}').hidden;"
            ))
            .await
            .as_bool()
            .unwrap(),
            "#{hidden} is shown for a disaster certificate"
        );
    }
    app.click("#home-button").await;

    // Destroyed in an accident: no report at all; the pieces, if any, in the checklist.
    walk(
        &app,
        &Walk {
            incident: "destroyed_by_accident",
            ..Walk::default()
        },
    )
    .await;
    assert!(app.absent("#report").await);
    app.wait_for("input[data-document='card_pieces']").await;
    app.screenshot("case-destroyed-by-accident-390x844").await;
    app.click("#home-button").await;

    // The old card found after a new one: return it within 14 days (by post to おだいば分室).
    walk(
        &app,
        &Walk {
            incident: "old_card_found",
            ..Walk::default()
        },
    )
    .await;
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2026-11-24");
    assert!(app.text("#steps").await.contains("おだいば分室"));

    // Deleting it: back home, one case fewer.
    confirm_next(&app).await;
    app.click("#delete-case").await;
    app.wait_for("#start").await;
    settled(&app).await;
    let cases = app
        .eval("return document.querySelectorAll('[data-case]').length;")
        .await;
    assert_eq!(cases.as_i64(), Some(4), "the deleted case is still listed");
    app.quit().await;
}

/// Saves a copy from the data screen and returns the file the app wrote (`name` in its exports
/// folder), then deletes everything from the same screen.
async fn export_then_delete_all(app: &App, name: &str) -> std::path::PathBuf {
    app.click("#export").await;
    app.wait_for("#data-status.ok").await;
    let path = std::fs::read_dir(app.data_dir.join("data"))
        .unwrap()
        .flatten()
        .map(|e| e.path().join("exports").join(name))
        .find(|p| p.exists())
        .expect("the export");
    confirm_next(app).await;
    app.click("#delete-all").await;
    app.wait_for("#data-status.ok").await;
    path
}

/// Chooses `path` in the data screen's import field.
async fn choose_import(app: &App, path: &std::path::Path) {
    app.wait_for("#import-file")
        .await
        .send_keys(path.to_str().unwrap())
        .await
        .expect("choose the file");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn a_copy_of_the_data_comes_back_after_everything_was_deleted() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    walk(&app, &Walk::default()).await;
    app.click("#home-button").await;
    app.click("#your-data").await;
    let path = export_then_delete_all(&app, "zairyu-export-20261110.json").await;
    app.click("#home-button").await;
    app.wait_for("#start").await;
    settled(&app).await;
    assert_eq!(
        app.eval("return document.querySelectorAll('[data-case]').length;")
            .await
            .as_i64(),
        Some(0)
    );
    // Bring it back: the file chosen, a preview, then merge.
    app.click("#your-data").await;
    choose_import(&app, &path).await;
    app.wait_for("#import-choices:not([hidden])").await;
    let preview = app.text("#data-status").await;
    assert!(preview.contains("1 new, 0 changed"), "{preview}");
    app.click("#import-merge").await;
    app.click("#home-button").await;
    app.wait_for("[data-case]").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn an_encrypted_copy_asks_for_its_passphrase_and_refuses_a_wrong_one() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    walk(&app, &Walk::default()).await;
    app.click("#home-button").await;
    app.click("#your-data").await;
    // Empty passphrase: the plain-text warning shows; typing one hides it.
    assert!(!app.text("#export-plain-warning").await.is_empty());
    app.fill("#export-passphrase", "correct horse").await;
    assert!(app.absent("#export-plain-warning:not([hidden])").await);
    app.screenshot("data-passphrase-390x844").await;
    let path = export_then_delete_all(&app, "zairyu-export-20261110.age").await;
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    choose_import(&app, &path).await;
    app.wait_for("#import-passphrase-box:not([hidden])").await;
    app.fill("#import-passphrase", "wrong horse").await;
    app.click("#import-open").await;
    app.wait_for("#data-status.error").await;
    assert!(app.text("#data-status").await.contains("does not open"));
    assert!(app.absent("#import-choices:not([hidden])").await);
    app.fill("#import-passphrase", "correct horse").await;
    app.click("#import-open").await;
    app.wait_for("#import-choices:not([hidden])").await;
    assert!(app.text("#data-status").await.contains("1 new"));
    app.click("#import-merge").await;
    app.click("#home-button").await;
    app.wait_for("[data-case]").await;
    app.quit().await;
}
