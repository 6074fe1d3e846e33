//! Every row of `tests/fixtures/deadline-cases.csv` (header `learned_on,reentered_on,deadline`) is
//! checked against the deadline rule, so a row added there is checked without code changes. The
//! rows were computed by hand from docs/rules.md §1 and cross-checked with an independent
//! implementation of the holiday rules.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use zairyu_domain::calendar;
use zairyu_domain::case::{CardKind, Case, Incident};
use zairyu_domain::deadline;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/deadline-cases.csv"
);

/// The file holds 50 rows today; fewer than this means it was emptied or truncated.
const MIN_ROWS: usize = 50;

fn date(field: &str) -> NaiveDate {
    NaiveDate::parse_from_str(field, "%Y-%m-%d")
        .unwrap_or_else(|e| panic!("bad date {field:?} in {FIXTURE}: {e}"))
}

#[test]
fn every_fixture_row_gives_its_deadline() {
    let mut reader = csv::Reader::from_path(FIXTURE).expect("the fixture opens");
    let headers = reader.headers().expect("a header").clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        ["learned_on", "reentered_on", "deadline"]
    );
    let mut rows = 0;
    for (line, record) in reader.records().enumerate() {
        let record = record.expect("a well-formed row");
        let learned_on = date(&record[0]);
        let reentered_on = (!record[1].trim().is_empty()).then(|| date(&record[1]));
        let expected = date(&record[2]);
        assert_eq!(
            deadline::last_day_to_apply(learned_on, reentered_on),
            expected,
            "row {} (learned {learned_on}, re-entered {reentered_on:?})",
            line + 2
        );
        // The same answer through a whole case, as the app computes it.
        let mut case = Case::new(CardKind::ResidenceCard, Incident::Lost, learned_on);
        case.reentered_on = reentered_on;
        let computed = deadline::for_case(&case, learned_on).expect("a loss has a deadline");
        assert_eq!(computed.legal_last_day, expected, "row {}", line + 2);
        if reentered_on.is_none() {
            assert_eq!(deadline::legal_deadline(learned_on), expected);
        }
        rows += 1;
    }
    assert!(rows >= MIN_ROWS, "only {rows} rows in {FIXTURE}");
}

proptest! {
    /// For any start day from 1990 to 2099: the deadline is an open day, not before day 14, and
    /// every day from day 14 up to it is closed (the longest closure run, Sat Dec 27 – Sun Jan 4,
    /// moves it 9 days).
    #[test]
    fn the_deadline_is_the_first_open_day_from_day_14(offset in 0u64..40_000) {
        let start = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(offset);
        let day_14 = deadline::day_14(start);
        let last = deadline::last_day(start);
        prop_assert!(!calendar::is_office_closed(last));
        prop_assert!(last >= day_14);
        prop_assert!((last - day_14).num_days() <= 9);
        let mut day = day_14;
        while day < last {
            prop_assert!(calendar::is_office_closed(day));
            day = day + Days::new(1);
        }
    }
}
