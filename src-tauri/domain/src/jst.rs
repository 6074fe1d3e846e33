//! Japan Standard Time. The law counts Japan dates, whatever time zone the device is set to.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// Japan has used UTC+9 with no daylight saving time since 1951; a fixed offset is exact, so no
/// time-zone database is needed.
pub fn offset() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("UTC+9 is a valid offset")
}

/// The date in Japan at the instant `now`.
pub fn date_at(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&offset()).date_naive()
}

/// Today's date in Japan, read from the system clock.
pub fn today() -> NaiveDate {
    date_at(Utc::now())
}

/// The instant (UTC) at which the Japan wall-clock time `time` on `date` falls.
pub fn instant(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local: NaiveDateTime = date.and_time(time);
    offset()
        .from_local_datetime(&local)
        .single()
        .expect("a fixed offset has exactly one mapping")
        .with_timezone(&Utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_evening_utc_is_already_tomorrow_in_japan() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap();
        assert_eq!(date_at(now), NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        let before = Utc.with_ymd_and_hms(2026, 11, 24, 14, 59, 59).unwrap();
        assert_eq!(
            date_at(before),
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
        );
    }

    #[test]
    fn nine_in_the_morning_in_japan_is_midnight_utc() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let at = instant(d, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        assert_eq!(at, Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap());
    }
}
