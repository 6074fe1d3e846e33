//! The app lock in the real app: offered once a person's data is saved, a PIN set with the
//! warning about forgetting it in view, a restart that opens on the lock screen (nothing personal
//! on it), a wrong PIN refused, the right one back to the same dashboard. Screenshots of the lock
//! screen at 390x844 in English and Vietnamese. Run by scripts/test.sh under xvfb-run.

use zairyu_e2e::screens::{add_person, holder, settled, switch_language, triage};
use zairyu_e2e::{App, Launch};

/// The journeys' case with a person saved: ends on the papers screen.
async fn case_with_a_person(app: &App) {
    triage(app, "lost", "2026-11-09", None).await;
    app.fill("#r-station", "新宿警察署").await;
    app.fill("#r-date", "2026-11-09").await;
    app.fill("#r-number", "R08-123456").await;
    app.click("#r-save").await;
    app.wait_for("#papers-button").await;
    add_person(app, &holder("1992-04-18", "東京都新宿区西新宿2-8-1")).await;
    settled(app).await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn a_pin_locks_the_app_across_a_restart_and_only_the_right_one_opens_it() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    case_with_a_person(&app).await;

    // Offered on the papers screen once the person is saved; "Set a PIN" leads to it.
    app.wait_for("#lock-offer").await;
    app.click("#lock-offer-yes").await;
    app.wait_for("#lock-set").await;
    assert!(app
        .text("#lock-forget-warning")
        .await
        .contains("delete all data"));
    app.fill("#lock-pin", "12").await;
    app.fill("#lock-pin-repeat", "12").await;
    app.click("#lock-turn-on").await;
    app.wait_for("#lock-status.error").await;
    assert!(app.text("#lock-status").await.contains("4 to 8 digits"));
    app.eval("document.getElementById('lock-pin').value = ''; document.getElementById('lock-pin-repeat').value = ''; return 0;")
        .await;
    app.fill("#lock-pin", "2580").await;
    app.fill("#lock-pin-repeat", "2580").await;
    app.click("#lock-turn-on").await;
    app.wait_for("#lock-on").await;
    assert!(app.horizontal_overflow().await <= 0);
    app.eval("document.getElementById('lock-card').scrollIntoView(); return 0;")
        .await;
    app.screenshot("lock-settings-on-390x844").await;
    // The dashboard as it is now, to compare after the restart.
    app.click("#home-button").await;
    app.wait_for("[data-case]").await;
    assert!(
        app.absent("#lock-offer").await,
        "no offer once a lock is set"
    );
    app.click("[data-case]").await;
    app.wait_for("#legal-last-day").await;
    settled(&app).await;
    let dashboard = app.text("#main").await;
    let again = app.restart_on("2026-11-10").await;
    again.wait_for("#unlock-form").await;
    assert_eq!(
        again
            .eval("return document.getElementById('main').hidden;")
            .await,
        true
    );
    let shown = again.text("#lock").await;
    for personal in ["TRAN", "R08-123456", "新宿", "2026"] {
        assert!(
            !shown.contains(personal),
            "the lock screen shows {personal}"
        );
    }
    assert!(
        again.absent("#unlock-device").await,
        "no fingerprint on the desktop"
    );
    assert!(again.horizontal_overflow().await <= 0);
    again.screenshot("lock-screen-en-390x844").await;

    again.fill("#unlock-pin", "0000").await;
    again.click("#unlock").await;
    again.wait_for("#unlock-status:not(:empty)").await;
    assert!(again
        .text("#unlock-status")
        .await
        .contains("That PIN is not right."));
    assert!(!again.absent("#unlock-form").await, "still locked");

    // Read in another language, the lock screen still hides everything.
    switch_language(&again, "vi", "vi").await;
    again.wait_for("#unlock-form").await;
    assert!(again.horizontal_overflow().await <= 0);
    again.screenshot("lock-screen-vi-390x844").await;
    switch_language(&again, "en", "en").await;

    again.fill("#unlock-pin", "2580").await;
    again.click("#unlock").await;
    again.wait_for("[data-case]").await;
    again.click("[data-case]").await;
    again.wait_for("#legal-last-day").await;
    settled(&again).await;
    assert_eq!(
        again.text("#main").await,
        dashboard,
        "the dashboard unchanged"
    );
    again.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn a_forgotten_pin_is_told_plainly_and_deleting_all_data_opens_the_app() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    case_with_a_person(&app).await;
    app.click("#lock-offer-yes").await;
    app.fill("#lock-pin", "13572468").await;
    app.fill("#lock-pin-repeat", "13572468").await;
    app.click("#lock-turn-on").await;
    app.wait_for("#lock-on").await;
    let again = app.restart_on("2026-11-10").await;
    again.click("#forgot-pin").await;
    again.wait_for("#forgot:not([hidden])").await;
    assert!(again.text("#forgot").await.contains("cannot be recovered"));
    again.screenshot("lock-forgot-390x844").await;
    again.click("#forgot-delete").await;
    again.wait_for("#start").await;
    assert!(again.absent("[data-case]").await);
    assert!(again.text("#notice").await.contains("deleted"));
    again.quit().await;
}

/// Pretends the app went to the background (`hidden` true) or came back, as the system tells the
/// page (WebDriver cannot minimise a window under Xvfb without a window manager).
async fn seen(app: &App, hidden: bool) {
    app.eval(&format!(
        "Object.defineProperty(document, 'hidden', {{ value: {hidden}, configurable: true }});
         document.dispatchEvent(new Event('visibilitychange')); return 0;"
    ))
    .await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn back_from_the_background_the_pin_brings_the_screen_back_as_it_was() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    case_with_a_person(&app).await;
    app.click("#lock-offer-yes").await;
    app.fill("#lock-pin", "2580").await;
    app.fill("#lock-pin-repeat", "2580").await;
    app.fill("#lock-after", "0").await;
    app.click("#lock-turn-on").await;
    app.wait_for("#lock-on").await;
    // Something typed and not yet sent.
    app.fill("#lock-off-pin", "12").await;

    seen(&app, true).await;
    app.wait_for("main.veiled").await;
    seen(&app, false).await;
    app.wait_for("#unlock-form").await;
    assert_eq!(
        app.eval("return document.getElementById('main').hidden;")
            .await,
        true
    );
    app.fill("#unlock-pin", "2580").await;
    app.click("#unlock").await;
    app.wait_for("#lock[hidden]").await;
    assert!(app.absent("main.veiled").await);
    assert_eq!(
        app.eval("return document.getElementById('lock-off-pin').value;")
            .await,
        "12",
        "what was typed is still there"
    );
    app.quit().await;
}
