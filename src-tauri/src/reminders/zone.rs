//! The phone's time zone, for the iOS scheduling workaround (`sink::schedule_instant`). iOS reads
//! the UTC time it is sent as the phone's wall-clock time, so the app must know the phone's zone.
//! `chrono::Local` is not trusted for it: where it cannot read the zone files it silently answers
//! UTC, which would move every reminder of a phone in Japan by nine hours. The zone's IANA name
//! comes from the OS (`iana-time-zone`: `CFTimeZoneCopySystem` on iOS) and its rules, summer time
//! included, from `chrono-tz`; failing both, Japan's zone, where this app's users live, and a log
//! line saying so.

use chrono_tz::Tz;

/// The zone assumed when the phone's cannot be read: Japan's (no summer time).
pub const FALLBACK: Tz = chrono_tz::Asia::Tokyo;

/// The zone named `name` (an IANA name such as `Europe/Berlin`), or [`FALLBACK`] when there is
/// none or it is not known; the flag says whether the fallback was taken.
pub fn zone_from(name: Option<&str>) -> (Tz, bool) {
    match name.and_then(|n| n.parse::<Tz>().ok()) {
        Some(zone) => (zone, false),
        None => (FALLBACK, true),
    }
}

/// The phone's zone now (read at every scheduling: the user may have travelled).
#[cfg(target_os = "ios")]
pub fn device() -> Tz {
    let name = iana_time_zone::get_timezone().ok();
    let (zone, fell_back) = zone_from(name.as_deref());
    if fell_back {
        // The zone's name is not personal, but the fixed code is all the log needs.
        super::sink::log_failure("zone-unknown-using-japan");
    }
    zone
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::sink::wall_clock_as_utc;
    use chrono::{DateTime, Utc};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_os_name_gives_the_zone_with_its_summer_time() {
        // A phone set to Los Angeles: summer time ends on 2026-11-01 (UTC-7 -> UTC-8). 09:00 JST
        // is 00:00 UTC, so iOS must be sent the Los Angeles wall clock of that instant.
        let (la, fell_back) = zone_from(Some("America/Los_Angeles"));
        assert!(!fell_back);
        // 09:00 JST on 30 Oct (summer time): 17:00 the day before in Los Angeles.
        assert_eq!(
            wall_clock_as_utc(at("2026-10-30T00:00:00Z"), &la),
            at("2026-10-29T17:00:00Z")
        );
        // 09:00 JST on 3 Nov (winter time): 16:00 the day before.
        assert_eq!(
            wall_clock_as_utc(at("2026-11-03T00:00:00Z"), &la),
            at("2026-11-02T16:00:00Z")
        );
    }

    #[test]
    fn an_unreadable_zone_is_japans_not_utc() {
        for name in [None, Some(""), Some("Not/AZone"), Some("UTC+9")] {
            let (zone, fell_back) = zone_from(name);
            assert!(fell_back, "{name:?}");
            assert_eq!(zone, FALLBACK);
            // 09:00 JST stays 09:00 on the phone's clock (UTC would have said 00:00).
            assert_eq!(
                wall_clock_as_utc(at("2026-11-03T00:00:00Z"), &zone),
                at("2026-11-03T09:00:00Z")
            );
        }
    }
}
