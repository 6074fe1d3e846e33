//! Journeys through the real app. Ignored by a plain `cargo test`: they need Xvfb, tauri-driver
//! and WebKitWebDriver, and `scripts/test.sh` runs them with `--ignored` under `xvfb-run`.

use zairyu_e2e::{App, Launch};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn first_screen_shows_today_in_japan_and_the_deadline() {
    let app = App::launch(Launch {
        today: Some("2026-11-09".into()),
        ..Launch::default()
    })
    .await;
    assert_eq!(app.text("#today-date").await, "2026-11-09");
    // 2026-11-23 (day 14) is a national holiday (勤労感謝の日): the deadline rolls to the 24th.
    assert_eq!(app.text("#deadline-date").await, "2026-11-24");
    assert!(
        app.horizontal_overflow().await <= 0,
        "the first screen overflows at 390px"
    );
    let shot = app.screenshot("first-screen-390x844").await;
    assert!(std::fs::metadata(&shot).unwrap().len() > 1000);
    app.quit().await;
}
