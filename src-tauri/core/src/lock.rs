//! The app lock: an optional PIN that keeps the records from anyone holding the unlocked device.
//!
//! - The PIN (4–8 digits) is kept only as an Argon2id hash, a PHC string with its own salt and
//!   parameters, in the preferences; never the PIN itself.
//! - While the app is locked, every operation that reads or changes the records is refused
//!   ([`Core::guard`], called by the shell before each command); only the frame (language, the
//!   UI's words), the lock's own operations and "delete all data" stay open.
//! - The app locks when it starts and when it comes back after the chosen time in the background.
//! - Wrong tries: [`FREE_TRIES`] without a wait, then a wait that doubles with each further wrong
//!   try, up to [`LONGEST_WAIT_SECONDS`]; the count and the wait are kept in the preferences, so
//!   restarting the app does not reset them.
//! - A forgotten PIN has one way out: deleting all data, which removes the lock too.

use std::ops::RangeInclusive;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use zairyu_domain::text::Text;

use crate::clock::Clock;
use crate::error::AppError;
use crate::state::Core;

/// How many digits a PIN has.
pub const PIN_DIGITS: RangeInclusive<usize> = 4..=8;
/// Wrong tries allowed without a wait (typing slips).
pub const FREE_TRIES: u32 = 4;
/// The wait after the first wrong try beyond [`FREE_TRIES`]; each further wrong try doubles it.
pub const FIRST_WAIT_SECONDS: i64 = 30;
/// The longest wait, however many wrong tries.
pub const LONGEST_WAIT_SECONDS: i64 = 60 * 60;
/// How long the app may stay in the background before it asks for the PIN again, in seconds:
/// at once, 1, 5 or 15 minutes.
pub const AFTER_BACKGROUND_CHOICES: [u32; 4] = [0, 60, 5 * 60, 15 * 60];
/// The choice the lock starts with.
pub const DEFAULT_AFTER_BACKGROUND: u32 = 60;

/// Argon2id with m = 19 MiB, t = 2, p = 1: the first configuration of the OWASP Password Storage
/// Cheat Sheet (and the `argon2` crate's default), about 20 ms on this project's 2-core test
/// machine and a few times that on an older phone. A hash carries its parameters, so a later
/// change still verifies the PINs set before it.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The lock's settings, kept with the preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockPrefs {
    /// The PIN's Argon2id hash (PHC string); `None` while the lock is off.
    #[serde(default)]
    pub pin_hash: Option<String>,
    /// Seconds in the background after which the PIN is asked again (one of
    /// [`AFTER_BACKGROUND_CHOICES`]).
    #[serde(default = "default_after")]
    pub after_background: u32,
    /// Wrong tries since the last right one.
    #[serde(default)]
    pub failed_tries: u32,
    /// No try is taken before this instant.
    #[serde(default)]
    pub wait_until: Option<DateTime<Utc>>,
    /// The user said "not now" to the offer of a lock.
    #[serde(default)]
    pub offer_dismissed: bool,
}

fn default_after() -> u32 {
    DEFAULT_AFTER_BACKGROUND
}

impl Default for LockPrefs {
    fn default() -> Self {
        Self {
            pin_hash: None,
            after_background: DEFAULT_AFTER_BACKGROUND,
            failed_tries: 0,
            wait_until: None,
            offer_dismissed: false,
        }
    }
}

/// What this run of the app knows about the lock (not saved: a new run starts locked).
#[derive(Debug, Default)]
pub struct LockRuntime {
    locked: bool,
    hidden_at: Option<DateTime<Utc>>,
}

impl LockRuntime {
    /// A run starts locked when a PIN is set.
    pub fn at_start(prefs: &LockPrefs) -> Self {
        Self {
            locked: prefs.pin_hash.is_some(),
            hidden_at: None,
        }
    }
}

/// Why a lock operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    /// The app is locked: the PIN first.
    #[error("locked")]
    Locked,
    /// Not 4–8 digits.
    #[error("the PIN is not 4 to 8 digits")]
    PinFormat,
    /// The PIN and its repetition differ.
    #[error("the two PINs differ")]
    PinMismatch,
    /// The PIN is wrong; the next try waits this many seconds (0: none).
    #[error("wrong PIN")]
    WrongPin {
        /// Seconds before the next try.
        wait_seconds: i64,
    },
    /// Too many wrong tries: wait this many seconds.
    #[error("wait {seconds} s")]
    Wait {
        /// Seconds before the next try.
        seconds: i64,
    },
    /// No PIN is set.
    #[error("no PIN is set")]
    NotSet,
    /// The time in the background is not one of the choices.
    #[error("not a choice")]
    NotAChoice,
    /// This device cannot unlock with a fingerprint or the face.
    #[error("no device unlock here")]
    DeviceUnlockUnavailable,
    /// The fingerprint or face was not accepted (or the prompt was cancelled).
    #[error("device unlock failed")]
    DeviceUnlockFailed,
}

impl LockError {
    /// The stable code: `locked` tells the UI to show the lock screen; the rest are `lock`.
    pub fn code(&self) -> &'static str {
        match self {
            LockError::Locked => "locked",
            _ => "lock",
        }
    }

    /// What to tell the user.
    pub fn texts(&self) -> Vec<Text> {
        match self {
            LockError::Locked => vec![Text::new("err-lock-locked")],
            LockError::PinFormat => vec![Text::new("err-lock-pin-format")],
            LockError::PinMismatch => vec![Text::new("err-lock-pin-mismatch")],
            LockError::WrongPin { wait_seconds } => {
                std::iter::once(Text::new("err-lock-wrong-pin"))
                    .chain((*wait_seconds > 0).then(|| wait_text(*wait_seconds)))
                    .collect()
            }
            LockError::Wait { seconds } => vec![wait_text(*seconds)],
            LockError::NotSet => vec![Text::new("err-lock-not-set")],
            LockError::NotAChoice => vec![Text::new("err-app-bad-input")],
            LockError::DeviceUnlockUnavailable => vec![Text::new("err-lock-device-unavailable")],
            LockError::DeviceUnlockFailed => vec![Text::new("err-lock-device-failed")],
        }
    }

    /// The field it is about.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            LockError::PinFormat | LockError::WrongPin { .. } | LockError::Wait { .. } => {
                Some("pin")
            }
            LockError::PinMismatch => Some("pin-repeat"),
            LockError::NotAChoice => Some("after"),
            _ => None,
        }
    }
}

impl From<LockError> for AppError {
    fn from(e: LockError) -> Self {
        AppError::Lock(e)
    }
}

/// "Try again in …": seconds under two minutes, whole minutes (rounded up) from there.
fn wait_text(seconds: i64) -> Text {
    if seconds < 120 {
        Text::new("err-lock-wait-seconds").int("seconds", seconds)
    } else {
        Text::new("err-lock-wait-minutes").int("minutes", (seconds + 59) / 60)
    }
}

/// The PIN as typed, checked: 4–8 digits. Full-width digits (a Japanese keyboard's １２３４) count
/// as the same digits, so the PIN is the same whichever keyboard typed it.
pub fn parse_pin(typed: &str) -> Result<String, LockError> {
    let pin: String = typed
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            _ => c,
        })
        .collect();
    if PIN_DIGITS.contains(&pin.chars().count()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(pin)
    } else {
        Err(LockError::PinFormat)
    }
}

/// The PIN's hash (PHC string), with a fresh random salt.
pub fn hash_pin(pin: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Device(format!("hashing the PIN: {e}")))
}

/// Whether `pin` is the one hashed in `phc` (with the hash's own parameters).
pub fn pin_matches(pin: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|hash| hasher().verify_password(pin.as_bytes(), &hash).is_ok())
        .unwrap_or(false)
}

/// The wait before the next try after `failed` wrong tries in a row.
pub fn wait_after(failed: u32) -> i64 {
    match failed.checked_sub(FREE_TRIES + 1) {
        None => 0,
        Some(doublings) => FIRST_WAIT_SECONDS
            .checked_shl(doublings.min(31))
            .unwrap_or(LONGEST_WAIT_SECONDS)
            .min(LONGEST_WAIT_SECONDS),
    }
}

/// Seconds left before a try is taken; never more than the longest wait, even if the device's
/// clock was moved back.
fn seconds_left(lock: &LockPrefs, now: DateTime<Utc>) -> i64 {
    lock.wait_until
        .map_or(0, |until| (until - now).num_seconds())
        .clamp(0, LONGEST_WAIT_SECONDS)
}

/// A choice of the time in the background.
#[derive(Debug, Serialize)]
pub struct AfterChoice {
    /// Seconds.
    pub value: u32,
    /// In words ("At once", "5 minutes").
    pub label: String,
}

/// The lock as the screens show it. Nothing personal: the lock screen shows it while locked.
#[derive(Debug, Serialize)]
pub struct LockStatus {
    /// Whether a PIN is set.
    pub enabled: bool,
    /// Whether the app is locked now.
    pub locked: bool,
    /// Seconds before the next try is taken (0: now).
    pub wait_seconds: i64,
    /// The wait in words, when there is one.
    pub wait_message: Option<String>,
    /// The chosen time in the background, in seconds.
    pub after_background: u32,
    /// The times to choose from.
    pub choices: Vec<AfterChoice>,
    /// Whether this device can unlock with a fingerprint or the face.
    pub device_unlock: bool,
    /// Whether to offer the lock: a person's data is saved, no PIN is set, and the user did not
    /// say "not now".
    pub offer: bool,
}

impl Core {
    fn lock_runtime(&self) -> std::sync::MutexGuard<'_, LockRuntime> {
        self.lock_state().lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Refuses while the app is locked. The shell calls it before every operation that reads or
    /// changes the records.
    pub fn guard(&self) -> Result<(), AppError> {
        if self.lock_runtime().locked {
            Err(LockError::Locked.into())
        } else {
            Ok(())
        }
    }

    /// The lock as the screens show it; `device_unlock` says whether this device can unlock with
    /// a fingerprint or the face.
    pub fn lock_status(&self, device_unlock: bool, clock: &Clock) -> LockStatus {
        let lock = self.prefs().lock;
        let locked = self.lock_runtime().locked;
        let wait_seconds = seconds_left(&lock, clock.now);
        let has_people = !locked && self.read(|r| !r.people.is_empty());
        LockStatus {
            enabled: lock.pin_hash.is_some(),
            locked,
            wait_seconds,
            wait_message: (wait_seconds > 0).then(|| self.tr(&wait_text(wait_seconds))),
            after_background: lock.after_background,
            choices: AFTER_BACKGROUND_CHOICES
                .iter()
                .map(|&value| AfterChoice {
                    value,
                    label: self.tr(&if value == 0 {
                        Text::new("ui-lock-after-now")
                    } else {
                        Text::new("ui-lock-after-minutes").int("minutes", i64::from(value / 60))
                    }),
                })
                .collect(),
            device_unlock: device_unlock && lock.pin_hash.is_some(),
            offer: has_people && lock.pin_hash.is_none() && !lock.offer_dismissed,
        }
    }

    /// Sets the PIN (or a new one) and the time in the background; the app stays unlocked.
    pub fn set_lock(&self, pin: &str, repeat: &str, after: u32) -> Result<(), AppError> {
        self.guard()?;
        let pin = parse_pin(pin)?;
        if parse_pin(repeat).ok().as_deref() != Some(pin.as_str()) {
            return Err(LockError::PinMismatch.into());
        }
        if !AFTER_BACKGROUND_CHOICES.contains(&after) {
            return Err(LockError::NotAChoice.into());
        }
        let hash = hash_pin(&pin)?;
        self.change_prefs(|p| {
            p.lock = LockPrefs {
                pin_hash: Some(hash),
                after_background: after,
                offer_dismissed: true,
                ..LockPrefs::default()
            }
        })
    }

    /// Changes the time in the background after which the PIN is asked again.
    pub fn set_lock_after(&self, after: u32) -> Result<(), AppError> {
        self.guard()?;
        if self.prefs().lock.pin_hash.is_none() {
            return Err(LockError::NotSet.into());
        }
        if !AFTER_BACKGROUND_CHOICES.contains(&after) {
            return Err(LockError::NotAChoice.into());
        }
        self.change_prefs(|p| p.lock.after_background = after)
    }

    /// Turns the lock off; the PIN must be given (wrong tries count as at the lock screen).
    pub fn remove_lock(&self, pin: &str, clock: &Clock) -> Result<(), AppError> {
        self.guard()?;
        self.check_pin(pin, clock)?;
        self.change_prefs(|p| {
            p.lock = LockPrefs {
                offer_dismissed: true,
                ..LockPrefs::default()
            }
        })
    }

    /// "Not now" to the offer of a lock.
    pub fn dismiss_lock_offer(&self) -> Result<(), AppError> {
        self.guard()?;
        self.change_prefs(|p| p.lock.offer_dismissed = true)
    }

    /// Unlocks with the PIN.
    pub fn unlock(&self, pin: &str, clock: &Clock) -> Result<(), AppError> {
        self.check_pin(pin, clock)?;
        self.lock_runtime().locked = false;
        Ok(())
    }

    /// Unlocks after the device's own check of the owner (fingerprint or face) succeeded.
    pub fn unlock_by_device(&self) -> Result<(), AppError> {
        if self.prefs().lock.pin_hash.is_none() {
            return Err(LockError::NotSet.into());
        }
        self.change_prefs(|p| {
            p.lock.failed_tries = 0;
            p.lock.wait_until = None;
        })?;
        self.lock_runtime().locked = false;
        Ok(())
    }

    /// The app went to the background (or its window was hidden).
    pub fn app_hidden(&self, clock: &Clock) {
        self.lock_runtime().hidden_at = Some(clock.now);
    }

    /// The app is in front again: it locks if it was away for the chosen time or longer.
    pub fn app_shown(&self, clock: &Clock) {
        let lock = self.prefs().lock;
        let mut runtime = self.lock_runtime();
        if let Some(hidden_at) = runtime.hidden_at.take() {
            let away = clock.now - hidden_at;
            if lock.pin_hash.is_some()
                && (away >= TimeDelta::seconds(i64::from(lock.after_background))
                    || away < TimeDelta::zero())
            {
                runtime.locked = true;
            }
        }
    }

    /// Removes the lock with the data (the one way out of a forgotten PIN).
    pub(crate) fn clear_lock(&self) -> Result<(), AppError> {
        self.change_prefs(|p| p.lock = LockPrefs::default())?;
        self.lock_runtime().locked = false;
        Ok(())
    }

    /// Checks `pin` against the saved hash, keeping count of wrong tries and their wait.
    fn check_pin(&self, pin: &str, clock: &Clock) -> Result<(), AppError> {
        let lock = self.prefs().lock;
        let Some(hash) = lock.pin_hash.as_deref() else {
            return Err(LockError::NotSet.into());
        };
        let seconds = seconds_left(&lock, clock.now);
        if seconds > 0 {
            return Err(LockError::Wait { seconds }.into());
        }
        // A PIN that is not 4–8 digits cannot be the PIN: it is a wrong try like any other.
        if parse_pin(pin).is_ok_and(|pin| pin_matches(&pin, hash)) {
            return self.change_prefs(|p| {
                p.lock.failed_tries = 0;
                p.lock.wait_until = None;
            });
        }
        let failed = lock.failed_tries.saturating_add(1);
        let wait_seconds = wait_after(failed);
        self.change_prefs(|p| {
            p.lock.failed_tries = failed;
            p.lock.wait_until =
                (wait_seconds > 0).then(|| clock.now + TimeDelta::seconds(wait_seconds));
        })?;
        Err(LockError::WrongPin { wait_seconds }.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_four_to_eight_digits_from_either_keyboard() {
        assert_eq!(parse_pin("0000"), Ok("0000".to_owned()));
        assert_eq!(parse_pin("12345678"), Ok("12345678".to_owned()));
        assert_eq!(parse_pin("２０２６"), Ok("2026".to_owned()));
        for bad in [
            "",
            "123",
            "123456789",
            "12a4",
            "12 34",
            "１２三四",
            "-1234",
            "١٢٣٤",
        ] {
            assert_eq!(parse_pin(bad), Err(LockError::PinFormat), "{bad:?}");
        }
    }

    #[test]
    fn the_hash_is_argon2id_with_the_written_parameters_and_checks_only_its_pin() {
        let phc = hash_pin("2580").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(!phc.contains("2580"));
        assert!(pin_matches("2580", &phc));
        assert!(!pin_matches("2581", &phc));
        assert!(!pin_matches("2580", "not a hash"));
        // A fresh salt each time: the same PIN never gives the same string.
        assert_ne!(phc, hash_pin("2580").unwrap());
    }

    #[test]
    fn waits_grow_after_the_free_tries_and_stop_at_an_hour() {
        let waits: Vec<i64> = (0..=14).map(wait_after).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
        );
        assert_eq!(wait_after(u32::MAX), LONGEST_WAIT_SECONDS);
    }

    #[test]
    fn a_clock_moved_back_never_makes_the_wait_longer_than_an_hour() {
        let now = Clock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()).now;
        let lock = LockPrefs {
            wait_until: Some(now + TimeDelta::days(400)),
            ..LockPrefs::default()
        };
        assert_eq!(seconds_left(&lock, now), LONGEST_WAIT_SECONDS);
        let past = LockPrefs {
            wait_until: Some(now - TimeDelta::seconds(5)),
            ..LockPrefs::default()
        };
        assert_eq!(seconds_left(&past, now), 0);
    }

    #[test]
    fn long_waits_are_told_in_minutes() {
        assert_eq!(wait_text(30).id, "err-lock-wait-seconds");
        assert_eq!(wait_text(119).id, "err-lock-wait-seconds");
        let minutes = wait_text(121);
        assert_eq!(minutes.id, "err-lock-wait-minutes");
    }
}
