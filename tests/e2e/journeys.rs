//! Journeys through the real app. Ignored by a plain `cargo test`: they need Xvfb, tauri-driver
//! and WebKitWebDriver, and `scripts/test.sh` runs them with `--ignored` under `xvfb-run`.
//! Each pins the app's "today" so it keeps meaning the same thing as time passes.

use zairyu_e2e::screens::triage;
use zairyu_e2e::{App, Launch};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn first_screen_shows_today_in_japan_and_the_deadline() {
    let app = App::launch(Launch::on("2026-11-09")).await;
    assert_eq!(app.attr("#today-date", "data-iso").await, "2026-11-09");
    // 2026-11-23 (day 14) is a national holiday (勤労感謝の日): the deadline rolls to the 24th.
    assert_eq!(app.attr("#deadline-date", "data-iso").await, "2026-11-24");
    assert!(app.text("#deadline-date").await.contains("24"));
    assert!(
        app.horizontal_overflow().await <= 0,
        "the first screen overflows at 390px"
    );
    let shot = app.screenshot("first-screen-390x844").await;
    assert!(std::fs::metadata(&shot).unwrap().len() > 1000);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn lost_in_japan_with_a_holiday_on_day_14_shows_the_rolled_deadline() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    triage(&app, "lost", "2026-11-09", None).await;
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2026-11-24");
    assert_eq!(app.attr("#deadline", "data-status").await, "on_time");
    // Day 14 (the 23rd) is a holiday, so nobody can apply on it: the safe day to go is the last
    // open day before it, Friday the 20th.
    assert_eq!(app.attr("#recommended-day", "data-iso").await, "2026-11-20");
    assert!(app.text("#days-left").await.contains("14"));
    assert!(app.text("#next-step").await.contains("遺失届"));
    // The 14 days as a picture: the holiday on day 14 shaded and named, the last day and the
    // recommended day marked, and the office's open days counted (10 Nov to 24 Nov: 10).
    let holiday = "#window td[data-iso='2026-11-23']";
    assert!(app.attr(holiday, "class").await.contains("closed"));
    assert!(app.attr(holiday, "title").await.contains("勤労感謝の日"));
    assert!(app.attr(holiday, "title").await.contains("day 14 of 14"));
    assert!(app
        .attr("#window td[data-iso='2026-11-24']", "class")
        .await
        .contains("last_day"));
    assert!(app
        .attr("#window td[data-iso='2026-11-20']", "class")
        .await
        .contains("recommended"));
    assert!(app
        .attr("#window td[data-iso='2026-11-09']", "class")
        .await
        .contains("count_start"));
    assert!(app.text("#closed-days").await.contains("勤労感謝の日"));
    assert!(app.text("#open-days").await.contains("10 of these days"));
    assert!(app.horizontal_overflow().await <= 0);
    app.eval("document.getElementById('window').scrollIntoView(); return true;")
        .await;
    app.screenshot("case-window-390x844").await;
    // The checklist keeps a tick across a restart.
    app.click("input[data-document='photo']").await;
    app.wait_for("input[data-document='photo'][checked]").await;
    assert!(app.horizontal_overflow().await <= 0);
    app.screenshot("case-lost-holiday-390x844").await;
    app.click("#police-card").await;
    assert!(app.text(".phrase .jp").await.contains("遺失届"));
    app.screenshot("police-card-390x844").await;
    let again = app.restart_on("2026-11-10").await;
    again.click("[data-case]").await;
    again
        .wait_for("input[data-document='photo'][checked]")
        .await;
    again.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn across_the_new_year_the_open_days_are_counted_not_only_the_calendar_days() {
    // Stolen on 17 Dec 2026, seen on 30 Dec: day 14 is 31 Dec, in the closure, so the last day is
    // Monday 4 Jan. Five calendar days are left, and the office is open on one of them.
    let app = App::launch(Launch::on("2026-12-30")).await;
    triage(&app, "stolen", "2026-12-17", None).await;
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2027-01-04");
    assert!(app.text("#days-left").await.contains('5'));
    assert!(app.text("#open-days").await.contains("1 of these days"));
    assert_eq!(
        app.eval("return document.querySelectorAll('#window table').length;")
            .await,
        2
    );
    let closure = app.attr("#window td[data-iso='2027-01-02']", "title").await;
    assert!(closure.contains("closure"), "{closure}");
    assert!(app.horizontal_overflow().await <= 0);
    app.eval("document.getElementById('window').scrollIntoView(); return true;")
        .await;
    app.screenshot("case-window-new-year-390x844").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn learned_abroad_counts_from_the_day_of_return() {
    let app = App::launch(Launch::on("2026-11-05")).await;
    triage(&app, "lost", "2026-10-20", Some("2026-11-02")).await;
    // 14 days from the re-entry day 2026-11-02 (first day not counted) is Monday 2026-11-16.
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2026-11-16");
    app.screenshot("case-abroad-390x844").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn past_the_deadline_the_app_says_to_apply_at_once_with_a_reason_letter() {
    let app = App::launch(Launch::on("2026-11-25")).await;
    triage(&app, "stolen", "2026-10-01", None).await;
    assert_eq!(app.attr("#legal-last-day", "data-iso").await, "2026-10-15");
    assert_eq!(app.attr("#deadline", "data-status").await, "overdue");
    let checklist = app.text("#checklist").await;
    assert!(checklist.contains("理由書"), "{checklist}");
    app.screenshot("case-overdue-390x844").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_language_changes_on_any_screen_without_overflow() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    let english = app.text("h2.screen-title").await;
    for code in ["vi", "ne", "ja-easy", "pt-BR"] {
        app.client
            .execute(
                "const s = document.getElementById('lang-select'); s.value = arguments[0];
                 s.dispatchEvent(new Event('change'));",
                vec![code.into()],
            )
            .await
            .expect("switch language");
        app.wait_for(&format!(
            "html[lang^='{}']",
            code.split('-').next().unwrap()
        ))
        .await;
        app.wait_for("main[aria-busy='false'] h2.screen-title")
            .await;
        let title = app.text("h2.screen-title").await;
        assert_ne!(title, english, "{code} still shows English");
        assert!(
            !title.starts_with("ui-"),
            "{code}: a missing message: {title}"
        );
        assert!(
            app.horizontal_overflow().await <= 0,
            "{code} overflows at 390px"
        );
        app.screenshot(&format!("home-{code}-390x844")).await;
    }
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn your_data_saves_a_copy_inside_the_app_folder() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    triage(&app, "lost", "2026-11-09", None).await;
    app.click("#home-button").await;
    app.click("#your-data").await;
    app.click("#export").await;
    app.wait_for("#data-status.ok").await;
    // Merge/replace appear only once a copy is chosen and previewed.
    assert_eq!(
        app.eval("return getComputedStyle(document.getElementById('import-choices')).display")
            .await,
        "none"
    );
    let status = app.text("#data-status").await;
    assert!(status.contains("zairyu-export-20261110.json"), "{status}");
    assert!(app.horizontal_overflow().await <= 0);
    app.screenshot("your-data-390x844").await;
    let exported = std::fs::read_dir(app.data_dir.join("data"))
        .unwrap()
        .flatten()
        .any(|e| {
            e.path()
                .join("exports/zairyu-export-20261110.json")
                .exists()
        });
    assert!(exported, "the export is not in the app's data folder");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn reminders_screen_lists_what_is_coming_and_exports_a_ics() {
    // Not pinned: reminders are planned from the real instant the case is opened, so the case is
    // one learned of the app's real today (read from the first screen).
    let app = App::launch(Launch::default()).await;
    let today = app.attr("#today-date", "data-iso").await;
    triage(&app, "lost", &today, None).await;
    app.wait_for("#legal-last-day").await;
    app.click("#home-button").await;
    app.click("#settings").await;
    app.wait_for("#pending-list li").await;
    let items = app
        .eval("return document.querySelectorAll('#pending-list li').length;")
        .await;
    assert_eq!(
        items.as_i64(),
        Some(4),
        "7, 3, 1 days before and the last day"
    );
    assert!(app.text("#pending-list li").await.contains("09:00"));
    assert!(app.horizontal_overflow().await <= 0);
    app.screenshot("settings-390x844").await;

    app.click("#export-calendar").await;
    let path = app.attr("#calendar-status[data-path]", "data-path").await;
    assert!(path.ends_with(".ics"), "{path}");
    let text = std::fs::read_to_string(&path).expect("the calendar file exists");
    assert!(text.starts_with("BEGIN:VCALENDAR"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1 + 4);
    assert!(app.text("#calendar-status").await.contains(&path));
    assert!(app.horizontal_overflow().await <= 0);
    app.screenshot("settings-exported-390x844").await;
    // Opened, a calendar app would add it: here the seam records what was asked for.
    app.click("#calendar-open").await;
    let log = app.data_dir.join("opened.log");
    let mut opened = String::new();
    for _ in 0..50 {
        opened = std::fs::read_to_string(&log).unwrap_or_default();
        if !opened.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(opened.trim(), path, "the viewer was asked for another file");

    // A changed hour moves every coming reminder.
    app.client
        .execute(
            "const s = document.getElementById('reminder-hour'); s.value = '18';
             s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await
        .expect("change the hour");
    let mut moved = false;
    for _ in 0..100 {
        let first = app
            .eval("const li = document.querySelector('#pending-list li'); return li ? li.textContent : '';")
            .await;
        if first.as_str().is_some_and(|t| t.contains("18:00")) {
            moved = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(moved, "the coming reminders did not move to 18:00");
    app.quit().await;
}
