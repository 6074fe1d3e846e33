//! After the new card, in the real app: the case marked done offers the new card's form (where each
//! value is printed, on our own drawing), a wrong number is refused on its field and nothing is
//! kept, the saved dates give the renewals, the home then shows the next date and the reminders
//! screen the renewal reminders, and all of it is there after a restart; a 15-year-old's card is
//! renewed before the 16th birthday. Screenshots in English, Vietnamese and Japanese at 390x844.
//! Run by `scripts/test.sh` under `xvfb-run` (ignored by a plain `cargo test`).

use zairyu_e2e::screens::{add_person, holder, shots_at, walk, Walk};
use zairyu_e2e::{App, Launch};

/// Opens a lost-card case through the triage for a holder born on `birth`, adds the holder on the
/// papers screen and marks the application made. Ends on the dashboard.
async fn applied(app: &App, birth: &str, applicant: Option<&str>) {
    walk(
        app,
        &Walk {
            learned: "2026-12-05",
            birth,
            applicant,
            ..Walk::default()
        },
    )
    .await;
    assert!(
        app.absent("#new-card").await,
        "the new card before applying"
    );
    add_person(app, &holder(birth, "東京都新宿区西新宿2-8-1")).await;
    app.click("#home-button").await;
    app.click("[data-case]").await;
    app.click("#applied").await;
    app.wait_for("#new-card").await;
}

/// Fills the new card's form (an empty number or stay: the field left as it is) and saves it.
async fn enter_card(app: &App, holding: &str, number: &str, stay: &str, expires: &str) {
    app.fill("#card-holding", holding).await;
    if !number.is_empty() {
        app.fill("#new-card-number", number).await;
    }
    if !stay.is_empty() {
        app.fill("#stay-ends-on", stay).await;
    }
    app.fill("#card-expires-on", expires).await;
    app.click("#new-card-save").await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn the_new_cards_dates_give_the_next_date_and_its_reminders_across_a_restart() {
    let app = App::launch(Launch::on("2026-12-06")).await;
    applied(&app, "1990-05-01", Some("holder")).await;
    let form = app.text("#new-card").await;
    assert!(form.contains("在留期間（満了日）"), "{form}");
    assert!(form.contains("このカードは"), "{form}");
    assert_eq!(app.attr("#new-card-number", "value").await, "AB12345678CD");
    shots_at(&app, "case-new-card", "#new-card").await;

    // A number that is not a card number: refused on its field, nothing kept.
    enter_card(&app, "residence_card", "ZX98", "2027-08-31", "2027-08-31").await;
    app.wait_for("#e-new-card-number:not(:empty)").await;
    assert!(app.absent("#renewals").await);

    enter_card(
        &app,
        "residence_card",
        "ZX98765432QW",
        "2027-08-31",
        "2027-08-31",
    )
    .await;
    app.wait_for("#renewals li").await;
    assert_eq!(
        app.attr("#renewals li", "data-renewal").await,
        "period_of_stay"
    );
    let renewals = app.text("#renewals").await;
    assert!(renewals.contains("31 May 2027"), "{renewals}");
    assert!(app
        .text("#new-card-replaced")
        .await
        .contains("AB12345678CD"));
    shots_at(&app, "case-new-card-saved", "#renewals").await;

    // Home: no case is open, so the next date (the window's opening) is shown.
    app.click("#home-button").await;
    app.wait_for("#next-dates").await;
    assert_eq!(
        app.attr("#next-dates .big-date", "data-iso").await,
        "2027-05-31"
    );
    assert!(app.text("#next-dates").await.contains("176"));
    shots_at(&app, "home-next-date", "#next-dates").await;

    // The reminders screen lists the renewal's three reminders.
    app.click("#settings").await;
    app.wait_for("#pending-list li").await;
    let pending = app.text("#pending-list").await;
    assert!(
        pending.contains("You can now apply to renew your period of stay"),
        "{pending}"
    );
    assert_eq!(
        app.eval("return document.querySelectorAll('#pending-list li').length;")
            .await,
        3
    );

    // After a restart: the next date, the number and the renewals are still there.
    let again = app.restart_on("2026-12-06").await;
    again.wait_for("#next-dates").await;
    assert_eq!(
        again.attr("#next-dates .big-date", "data-iso").await,
        "2027-05-31"
    );
    again.click("[data-case]").await;
    again.wait_for("#renewals li").await;
    assert_eq!(
        again.attr("#new-card-number", "value").await,
        "ZX98765432QW"
    );
    again.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run by scripts/test.sh under xvfb-run"]
async fn a_fifteen_year_olds_card_is_renewed_from_six_months_before_the_16th_birthday() {
    let app = App::launch(Launch::on("2026-12-06")).await;
    applied(&app, "2011-07-20", Some("relative_for_child")).await;
    // A permanent resident's card has no period of stay: the field goes.
    app.fill("#card-holding", "permanent_resident").await;
    assert_eq!(
        app.eval("return document.getElementById('stay-ends-on-field').hidden;")
            .await,
        true
    );
    enter_card(&app, "residence_card", "", "2029-03-31", "2027-07-19").await;
    app.wait_for("#renewals li").await;
    // The card ends the day before the 16th birthday (Marine Day, a holiday): its renewal comes
    // first, from six months before, to the last open day before it.
    assert_eq!(
        app.attr("#renewals li:first-child", "data-renewal").await,
        "card_validity_at16"
    );
    assert_eq!(
        app.attr("#renewals li:first-child", "data-last").await,
        "2027-07-16"
    );
    let first = app.text("#renewals li:first-child").await;
    assert!(first.contains("19 Jan 2027"), "{first}");
    app.click("#home-button").await;
    assert_eq!(
        app.attr("#next-dates .big-date", "data-iso").await,
        "2027-01-19"
    );
    app.quit().await;
}
