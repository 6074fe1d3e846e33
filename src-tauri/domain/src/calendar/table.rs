//! The Cabinet Office's table of national holidays (内閣府 syukujitsu.csv), embedded at build time.
//! It covers 1955-01-01 to 2027-11-23 (see `data/README.md`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

/// The table as published (UTF-8), with its header line.
const CSV: &str = include_str!("../../data/syukujitsu.csv");

/// The first year the table covers.
pub const FIRST_YEAR: i32 = 1955;
/// The last year the table covers in full. 2027's last holiday is Nov 23; there is no national
/// holiday after Nov 23 in any year since 2019, so the year is complete.
pub const LAST_YEAR: i32 = 2027;
/// The last date listed in the table.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2027, 11, 23) {
    Some(date) => date,
    None => panic!("invalid date"),
};

fn dates() -> &'static BTreeMap<NaiveDate, &'static str> {
    static DATES: OnceLock<BTreeMap<NaiveDate, &'static str>> = OnceLock::new();
    DATES.get_or_init(|| parse(CSV))
}

/// Parses the table: a header line, then `YYYY/M/D,name` lines. The table is part of the build, so
/// a malformed line is a bug and panics (the tests parse it).
fn parse(csv: &'static str) -> BTreeMap<NaiveDate, &'static str> {
    csv.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (date, name) = line.split_once(',').unwrap_or((line, ""));
            let day = NaiveDate::parse_from_str(date.trim(), "%Y/%m/%d")
                .unwrap_or_else(|e| panic!("bad date {date:?} in syukujitsu.csv: {e}"));
            (day, name.trim())
        })
        .collect()
}

/// Whether the table lists `date`.
pub fn contains(date: NaiveDate) -> bool {
    dates().contains_key(&date)
}

/// The name the table gives `date` (「勤労感謝の日」, 「休日」 for a substitute holiday).
pub fn name(date: NaiveDate) -> Option<&'static str> {
    dates().get(&date).copied()
}

/// The dates the table lists in `year`, in order.
pub fn holidays_in(year: i32) -> Vec<NaiveDate> {
    dates()
        .keys()
        .copied()
        .filter(|d| d.year() == year)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_table_parses() {
        let all = dates();
        assert_eq!(all.len(), 1067);
        assert_eq!(all.keys().next().unwrap().year(), FIRST_YEAR);
        assert_eq!(*all.keys().next_back().unwrap(), LAST_DATE);
        assert_eq!(LAST_DATE.year(), LAST_YEAR);
    }

    #[test]
    fn it_holds_the_one_off_holidays() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(contains(d(2019, 5, 1))); // 即位の日
        assert!(contains(d(2019, 10, 22))); // 即位礼正殿の儀
        assert!(contains(d(2021, 7, 22))); // 海の日, moved for the Olympics
        assert!(!contains(d(2021, 7, 19)));
    }
}
