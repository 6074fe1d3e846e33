//! Every row of `tests/fixtures/reminder-cases.csv` is checked: the reminders planned for the case
//! (kind and firing instant, in order) must be the `expected` list, written as
//! `kind@RFC3339-instant` separated by spaces (empty: none). The `hour` column is the user's
//! reminder hour (empty: the default, 09:00).

use chrono::{DateTime, NaiveDate, Utc};
use zairyu_domain::case::{CardKind, Case, Incident};
use zairyu_domain::reminders::{self, ReminderKind};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/reminder-cases.csv"
);

/// The file holds 20 rows today; fewer means it was emptied or truncated.
const MIN_ROWS: usize = 20;

#[derive(serde::Deserialize)]
struct Row {
    name: String,
    case_id: String,
    card: CardKind,
    incident: Incident,
    learned_on: NaiveDate,
    reentered_on: Option<NaiveDate>,
    ordered_on: Option<NaiveDate>,
    applied_on: Option<NaiveDate>,
    opened_at: DateTime<Utc>,
    today: NaiveDate,
    hour: Option<u8>,
    #[serde(default)]
    still_abroad: Option<bool>,
    return_by: Option<NaiveDate>,
    expected: String,
}

fn kind(key: &str) -> ReminderKind {
    serde_json::from_value(serde_json::Value::String(key.to_owned()))
        .unwrap_or_else(|e| panic!("unknown reminder kind {key:?}: {e}"))
}

#[test]
fn every_fixture_row_gives_its_reminders() {
    let mut reader = csv::Reader::from_path(FIXTURE).expect("the fixture opens");
    let mut rows = 0;
    for row in reader.deserialize::<Row>() {
        let row = row.expect("a well-formed row");
        let mut case = Case::new(row.card, row.incident, row.learned_on);
        case.reentered_on = row.reentered_on;
        case.ordered_on = row.ordered_on;
        case.applied_on = row.applied_on;
        case.still_abroad = row.still_abroad.unwrap_or(false);
        case.return_by = row.return_by;
        let planned = reminders::plan_for(
            &case,
            &row.case_id,
            row.opened_at,
            row.today,
            row.hour.unwrap_or(reminders::DEFAULT_HOUR),
        );
        let got: Vec<(ReminderKind, DateTime<Utc>)> =
            planned.iter().map(|r| (r.kind, r.fire_at)).collect();
        let expected: Vec<(ReminderKind, DateTime<Utc>)> = row
            .expected
            .split_whitespace()
            .map(|item| {
                let (key, at) = item.split_once('@').expect("kind@instant");
                let at = DateTime::parse_from_rfc3339(at).expect("an RFC 3339 instant");
                (kind(key), at.with_timezone(&Utc))
            })
            .collect();
        assert_eq!(got, expected, "{}", row.name);
        for reminder in &planned {
            assert_eq!(
                reminder.id,
                reminders::reminder_id(&row.case_id, reminder.kind),
                "{}",
                row.name
            );
            assert!(reminder.id > 0);
            assert_eq!(reminder.fire_at.timestamp_subsec_nanos(), 0, "{}", row.name);
            assert!(reminder.title.id.starts_with("rem-"), "{}", row.name);
            assert!(reminder.body.id.starts_with("rem-"), "{}", row.name);
        }
        rows += 1;
    }
    assert!(rows >= MIN_ROWS, "only {rows} rows in {FIXTURE}");
}

#[test]
fn texts_say_what_is_due_and_when() {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
    let case = Case::new(CardKind::ResidenceCard, Incident::Lost, d(10, 1));
    let planned = reminders::plan_for(&case, "c", at("2026-10-01T03:00:00Z"), d(10, 1), 9);
    let ids: Vec<(&str, &str)> = planned
        .iter()
        .map(|r| (r.title.id.as_str(), r.body.id.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("rem-apply-opened-title", "rem-apply-opened-body"),
            ("rem-apply-before-title", "rem-apply-before-body"),
            ("rem-apply-before-title", "rem-apply-before-body"),
            ("rem-apply-before-title", "rem-apply-before-body"),
            ("rem-apply-last-day-title", "rem-apply-last-day-body"),
        ]
    );
    let json = serde_json::to_value(&planned[1]).unwrap();
    assert_eq!(json["kind"], "seven_days_before");
    assert_eq!(json["body"]["args"]["days"]["value"], 7);
    assert_eq!(json["body"]["args"]["deadline"]["value"], "2026-10-15");
    assert_eq!(planned[0].body.args.len(), 2);

    let late = Case::new(CardKind::ResidenceCard, Incident::Lost, d(9, 1));
    let planned = reminders::plan_for(&late, "c", at("2026-10-01T03:00:00Z"), d(10, 1), 9);
    assert_eq!(planned.len(), 1);
    assert_eq!(planned[0].body.id, "rem-apply-opened-late-body");

    let found = Case::new(CardKind::ResidenceCard, Incident::OldCardFound, d(10, 1));
    let planned = reminders::plan_for(&found, "c", at("2026-10-01T03:00:00Z"), d(10, 1), 9);
    assert!(planned
        .iter()
        .all(|r| r.title.id.starts_with("rem-return-")));
}
