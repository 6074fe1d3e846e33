//! Every row of `tests/fixtures/validity-cases.csv`: a card's dates and the holder's birth date,
//! as entered after the new card, give the renewal reminders planned (which renewal, which
//! reminder, and when), written `renewal:kind@RFC3339-instant` separated by spaces (empty: none).
//! The rows cover every kind of card, a leap-day birthday, a window opening on a closed day and
//! last days on closed days (the reminders count to the last open day before).

use chrono::{DateTime, NaiveDate, Utc};
use zairyu_domain::reminders::{self, ReminderKind};
use zairyu_domain::validity::{self, CardDates, Holding};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/validity-cases.csv"
);

#[derive(serde::Deserialize)]
struct Row {
    name: String,
    holding: Holding,
    birth_date: NaiveDate,
    card_expires_on: Option<NaiveDate>,
    stay_ends_on: Option<NaiveDate>,
    recorded_at: DateTime<Utc>,
    today: NaiveDate,
    hour: Option<u8>,
    expected: String,
}

#[test]
fn every_row_gives_its_renewal_reminders() {
    let mut reader = csv::Reader::from_path(FIXTURE).expect("the fixture opens");
    let mut rows = 0;
    for row in reader.deserialize::<Row>() {
        let row = row.expect("a well-formed row");
        let dates = CardDates {
            holding: row.holding,
            card_expires_on: row.card_expires_on,
            stay_ends_on: row.stay_ends_on,
        };
        let windows = validity::windows(&dates, Some(row.birth_date));
        let planned = reminders::renewal_plan(
            "p-1",
            &windows,
            row.recorded_at,
            row.today,
            row.hour.unwrap_or(reminders::DEFAULT_HOUR),
        );
        let got: Vec<String> = planned
            .iter()
            .map(|r| {
                let renewal = windows
                    .iter()
                    .find(|w| {
                        reminders::reminder_id(&format!("p-1/{}", w.renewal.key()), r.kind) == r.id
                    })
                    .map(|w| w.renewal.key())
                    .expect("the id names its renewal");
                let kind = serde_json::to_value(r.kind).unwrap();
                let key = match r.kind {
                    ReminderKind::RenewalOpens => "renewal_opens",
                    ReminderKind::RenewalMonthBefore => "renewal_month",
                    ReminderKind::RenewalWeekBefore => "renewal_week",
                    other => panic!("{}: not a renewal reminder: {other:?} {kind}", row.name),
                };
                format!("{renewal}:{key}@{}", r.fire_at.format("%Y-%m-%dT%H:%M:%SZ"))
            })
            .collect();
        let expected: Vec<String> = row.expected.split_whitespace().map(str::to_owned).collect();
        assert_eq!(got, expected, "{}", row.name);
        for r in &planned {
            assert!(r.title.id.starts_with("rem-renew-") && r.body.id == "rem-renew-body");
        }
        rows += 1;
    }
    assert!(rows >= 11, "only {rows} rows");
}
