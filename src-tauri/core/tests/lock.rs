//! The app lock through the core's operations: a restart locks, a wrong PIN is refused and
//! counted (restarting does not reset the wait), the right one opens, time in the background
//! locks again, and deleting all data is the way out of a forgotten PIN.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, TimeDelta};
use zairyu_core::lock::LockError;
use zairyu_core::people::ProfileInput;
use zairyu_core::prefs::{Prefs, PrefsStore};
use zairyu_core::{AppError, Clock, Core};

/// Preferences kept across "restarts" of the core, as the app's store keeps them on disk.
#[derive(Clone, Default)]
struct Saved(Arc<Mutex<Option<Prefs>>>);

impl PrefsStore for Saved {
    fn save(&self, prefs: &Prefs) -> Result<(), String> {
        *self.0.lock().unwrap() = Some(prefs.clone());
        Ok(())
    }
}

impl Saved {
    fn open(&self, dir: &Path) -> Core {
        let prefs = self.0.lock().unwrap().clone().unwrap_or(Prefs {
            language: Some("en".into()),
            ..Prefs::default()
        });
        Core::open(dir, prefs, Box::new(self.clone())).unwrap()
    }
}

fn fresh_dir() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("zairyu-lock-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn clock() -> Clock {
    Clock::on(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
}

fn later(clock: &Clock, seconds: i64) -> Clock {
    Clock {
        now: clock.now + TimeDelta::seconds(seconds),
        ..*clock
    }
}

fn lock_error(result: Result<impl std::fmt::Debug, AppError>) -> LockError {
    match result {
        Err(AppError::Lock(e)) => e,
        other => panic!("expected a lock error, got {other:?}"),
    }
}

fn save_someone(core: &Core) {
    let profile: ProfileInput = serde_json::from_value(serde_json::json!({
        "nationality": "VIET NAM", "birth_date": "1995-03-14", "family_name": "NGUYEN",
        "given_name": "THI ANH", "sex": "female", "address": "東京都新宿区西新宿2-8-1",
        "card_number": "AB12345678CD", "phone": "090-1234-5678"
    }))
    .unwrap();
    core.save_person(None, profile, None, &clock()).unwrap();
}

#[test]
fn the_lock_is_offered_once_someone_is_saved_and_not_after_not_now() {
    let dir = fresh_dir();
    let saved = Saved::default();
    let core = saved.open(&dir);
    assert!(!core.lock_status(false, &clock()).offer);
    save_someone(&core);
    assert!(core.lock_status(false, &clock()).offer);
    core.dismiss_lock_offer().unwrap();
    assert!(!saved.open(&dir).lock_status(false, &clock()).offer);
}

#[test]
fn a_restart_locks_and_only_the_right_pin_opens() {
    let dir = fresh_dir();
    let saved = Saved::default();
    let core = saved.open(&dir);
    save_someone(&core);
    assert_eq!(
        lock_error(core.set_lock("12", "12", 60)),
        LockError::PinFormat
    );
    assert_eq!(
        lock_error(core.set_lock("2580", "2581", 60)),
        LockError::PinMismatch
    );
    assert_eq!(
        lock_error(core.set_lock("2580", "2580", 61)),
        LockError::NotAChoice
    );
    assert!(
        !core.lock_status(false, &clock()).enabled,
        "refused: nothing set"
    );
    core.set_lock("2580", "2580", 60).unwrap();
    let status = core.lock_status(true, &clock());
    assert!(status.enabled && !status.locked && !status.offer && status.device_unlock);
    core.guard().unwrap();
    let hash = saved
        .0
        .lock()
        .unwrap()
        .clone()
        .unwrap()
        .lock
        .pin_hash
        .unwrap();
    assert!(!hash.contains("2580"));

    drop(core);
    let core = saved.open(&dir);
    assert!(core.lock_status(false, &clock()).locked);
    assert_eq!(lock_error(core.guard()), LockError::Locked);
    assert_eq!(
        lock_error(core.unlock("2581", &clock())),
        LockError::WrongPin { wait_seconds: 0 }
    );
    assert!(core.lock_status(false, &clock()).locked);
    core.unlock("２５８０", &clock()).unwrap();
    core.guard().unwrap();
    assert_eq!(core.read(|r| r.people.len()), 1, "the data is unchanged");
}

#[test]
fn wrong_tries_bring_growing_waits_that_a_restart_does_not_reset() {
    let dir = fresh_dir();
    let saved = Saved::default();
    saved.open(&dir).set_lock("2580", "2580", 60).unwrap();
    let core = saved.open(&dir);
    let start = clock();
    for _ in 0..4 {
        assert_eq!(
            lock_error(core.unlock("0000", &start)),
            LockError::WrongPin { wait_seconds: 0 }
        );
    }
    assert_eq!(
        lock_error(core.unlock("0000", &start)),
        LockError::WrongPin { wait_seconds: 30 }
    );
    // Even the right PIN waits, after a restart too.
    drop(core);
    let core = saved.open(&dir);
    assert_eq!(
        lock_error(core.unlock("2580", &later(&start, 10))),
        LockError::Wait { seconds: 20 }
    );
    let status = core.lock_status(false, &later(&start, 10));
    assert_eq!(status.wait_seconds, 20);
    assert!(status.wait_message.unwrap().contains("20"));
    assert_eq!(
        lock_error(core.unlock("0000", &later(&start, 30))),
        LockError::WrongPin { wait_seconds: 60 }
    );
    core.unlock("2580", &later(&start, 90)).unwrap();
    // A right PIN starts the count again.
    assert_eq!(
        lock_error(saved.open(&dir).unlock("0000", &later(&start, 91))),
        LockError::WrongPin { wait_seconds: 0 }
    );
}

#[test]
fn time_in_the_background_locks_after_the_chosen_minutes() {
    let dir = fresh_dir();
    let saved = Saved::default();
    let core = saved.open(&dir);
    core.set_lock("2580", "2580", 300).unwrap();
    let t0 = clock();
    core.app_hidden(&t0);
    core.app_shown(&later(&t0, 299));
    core.guard().unwrap();
    core.app_hidden(&t0);
    core.app_shown(&later(&t0, 300));
    assert_eq!(lock_error(core.guard()), LockError::Locked);
    core.unlock("2580", &t0).unwrap();
    core.set_lock_after(0).unwrap();
    core.app_hidden(&t0);
    core.app_shown(&t0);
    assert_eq!(lock_error(core.guard()), LockError::Locked);
    // Without a PIN, the background changes nothing.
    let open = Saved::default().open(&fresh_dir());
    open.app_hidden(&t0);
    open.app_shown(&later(&t0, 3600));
    open.guard().unwrap();
}

#[test]
fn turning_the_lock_off_takes_the_pin() {
    let dir = fresh_dir();
    let saved = Saved::default();
    let core = saved.open(&dir);
    core.set_lock("2580", "2580", 60).unwrap();
    assert_eq!(
        lock_error(core.remove_lock("1111", &clock())),
        LockError::WrongPin { wait_seconds: 0 }
    );
    assert!(core.lock_status(false, &clock()).enabled);
    core.remove_lock("2580", &clock()).unwrap();
    assert!(!core.lock_status(false, &clock()).enabled);
    saved.open(&dir).guard().unwrap();
}

#[test]
fn deleting_all_data_is_the_way_out_of_a_forgotten_pin() {
    let dir = fresh_dir();
    let saved = Saved::default();
    let core = saved.open(&dir);
    save_someone(&core);
    core.set_lock("2580", "2580", 60).unwrap();
    drop(core);
    let core = saved.open(&dir);
    assert_eq!(lock_error(core.guard()), LockError::Locked);
    core.delete_all_data(true).unwrap();
    core.guard().unwrap();
    assert!(!core.lock_status(false, &clock()).enabled);
    assert_eq!(core.read(|r| r.people.len()), 0);
    saved.open(&dir).guard().unwrap();
}
