//! Where to go and what to expect, in the real app: the office finder for three prefectures (one
//! covered by a 支局, one with a 出張所, Hokkaido with three), the prefecture read from the person's
//! address, the day at the office, the meanwhile checklist kept across a restart, and the myths
//! from home and from the dashboard. Screenshots in English, Vietnamese and Japanese at 390x844.
//! Run by `scripts/test.sh` under `xvfb-run` (ignored by a plain `cargo test`).

use zairyu_e2e::screens::{add_person, holder, shots_at, triage};
use zairyu_e2e::{App, Launch};

/// Chooses `prefecture` in the finder and waits until it names `covering`.
async fn choose(app: &App, prefecture: &str, covering: &str) -> (String, String) {
    app.fill("#office-prefecture", prefecture).await;
    for _ in 0..50 {
        if !app.absent("#office-covering").await
            && app.text("#office-covering").await.contains(covering)
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let found = app.text("#office-covering").await;
    assert!(found.contains(covering), "{prefecture}: {found}");
    let field = if app.absent("#office-field-offices").await {
        String::new()
    } else {
        app.text("#office-field-offices").await
    };
    (found, field)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_finder_names_the_office_the_law_gives_each_prefecture() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    triage(&app, "lost", "2026-11-09", None).await;
    app.wait_for("#office").await;
    assert!(
        app.absent("#office-covering").await,
        "an office before a prefecture"
    );

    // 神奈川県: the 横浜支局 covers it by law; the 川崎出張所 is seated there.
    let (covering, field) = choose(&app, "kanagawa", "東京出入国在留管理局横浜支局").await;
    assert!(covering.contains("横浜市"), "{covering}");
    assert!(field.contains("川崎出張所"), "{field}");
    // 茨城県: the 東京 bureau covers it; the 水戸出張所 is seated there.
    let (_, field) = choose(&app, "ibaraki", "東京出入国在留管理局").await;
    assert!(field.contains("水戸出張所"), "{field}");
    // 北海道: the 札幌 bureau, and three local offices.
    let (_, field) = choose(&app, "hokkaido", "札幌出入国在留管理局").await;
    for office in ["函館出張所", "旭川出張所", "千歳苫小牧出張所"] {
        assert!(field.contains(office), "{office} in {field}");
    }
    // Never an address, a phone or an hour; always the warning and the agency's page.
    let card = app.text("#office").await;
    assert!(card.contains("地方出入国在留管理官署"), "{card}");
    assert!(!card.contains('〒') && !card.contains("TEL"), "{card}");
    shots_at(&app, "case-office-finder", "#office").await;
    shots_at(&app, "case-at-the-office", "#at-office").await;

    // A person whose address names 神奈川県: the finder follows it.
    add_person(&app, &holder("1992-04-18", "神奈川県横浜市中区山下町1")).await;
    app.click("#home-button").await;
    app.click("[data-case]").await;
    app.wait_for("#office-covering").await;
    assert!(app
        .text("#office-covering")
        .await
        .contains("東京出入国在留管理局横浜支局"));
    assert_eq!(app.attr("#office-prefecture", "value").await, "kanagawa");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_meanwhile_checklist_keeps_its_ticks_across_a_restart() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    triage(&app, "stolen", "2026-11-09", None).await;
    app.wait_for("#protect").await;
    let text = app.text("#protect").await;
    assert!(text.contains("phone contracts"), "{text}");
    app.click("input[data-protect='bank_cards']").await;
    app.wait_for("input[data-protect='bank_cards'][checked]")
        .await;
    shots_at(&app, "case-protect", "#protect").await;
    let again = app.restart_on("2026-11-10").await;
    again.click("[data-case]").await;
    again
        .wait_for("input[data-protect='bank_cards'][checked]")
        .await;
    assert!(
        again
            .absent("input[data-protect='phone_company'][checked]")
            .await
    );
    again.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_myths_are_reached_from_home_and_from_a_case() {
    let app = App::launch(Launch::on("2026-11-10")).await;
    app.click("#myths-button").await;
    app.wait_for("#myths").await;
    let myths = app.text("#myths").await;
    assert!(
        myths.contains("6 months") && myths.contains("行政書士"),
        "{myths}"
    );
    assert_eq!(
        app.eval("return document.querySelectorAll('#myths > li').length;")
            .await,
        6
    );
    shots_at(&app, "myths", "#myths-title").await;
    app.click("#home-button").await;
    triage(&app, "lost", "2026-11-09", None).await;
    app.click("#myths-button").await;
    app.wait_for("#myths").await;
    // Back goes to the case it came from.
    app.click("#myths-title ~ button").await;
    app.wait_for("#deadline").await;
    app.quit().await;
}
