//! Keeping a phone's scheduler in step, with a fake OS in place of the notification plugin: a
//! case deleted while a refresh is under way, or while the app was killed before its refresh,
//! leaves nothing of it scheduled; what the OS holds is always in the record.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde_json::json;
use zairyu_core::prefs::{Prefs, PrefsStore};
use zairyu_core::reminders::handed::OsSchedule;
use zairyu_core::{Clock, Core};
use zairyu_domain::triage::Answers;

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

/// What a phone's scheduler holds (id -> instant), the calls made to it in order, and
/// optionally a gate that holds the first `schedule` call until the test lets it go.
#[derive(Default)]
struct FakeOs {
    held: Mutex<BTreeMap<i32, DateTime<Utc>>>,
    calls: Mutex<Vec<String>>,
    gate: Mutex<Option<(Sender<()>, Receiver<()>)>>,
    refuse_cancel: bool,
}

impl FakeOs {
    /// A fake whose first `schedule` says "arrived" on the first channel and then waits on
    /// the second.
    fn gated() -> (Arc<Self>, Receiver<()>, Sender<()>) {
        let (arrived_tx, arrived_rx) = channel();
        let (go_tx, go_rx) = channel();
        let os = FakeOs {
            gate: Mutex::new(Some((arrived_tx, go_rx))),
            ..FakeOs::default()
        };
        (Arc::new(os), arrived_rx, go_tx)
    }

    fn held(&self) -> BTreeMap<i32, DateTime<Utc>> {
        self.held.lock().unwrap().clone()
    }

    fn calls(&self) -> Vec<String> {
        self.calls.lock().unwrap().clone()
    }
}

impl OsSchedule for FakeOs {
    fn schedule(&self, id: i32, at: DateTime<Utc>, _title: &str, _body: &str) -> bool {
        let gate = self.gate.lock().unwrap().take();
        if let Some((arrived, go)) = gate {
            arrived.send(()).unwrap();
            go.recv().unwrap();
        }
        self.calls.lock().unwrap().push(format!("schedule {id}"));
        self.held.lock().unwrap().insert(id, at);
        true
    }

    fn cancel(&self, ids: &[i32]) -> bool {
        self.calls.lock().unwrap().push(format!("cancel {ids:?}"));
        if self.refuse_cancel {
            return false;
        }
        let mut held = self.held.lock().unwrap();
        for id in ids {
            held.remove(id);
        }
        true
    }
}

fn fresh_dir() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("zairyu-os-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn lost_on(learned_on: &str) -> Answers {
    serde_json::from_value(json!({
        "incident": "lost", "card": "residence_card", "learned_on": learned_on,
        "whereabouts": "in_japan", "birth_date": "1990-05-01", "passport": "yes",
        "applicant": "holder"
    }))
    .unwrap()
}

fn on(day: &str) -> Clock {
    Clock::on(day.parse::<NaiveDate>().unwrap())
}

/// The ids of the reminders `core` plans for the case `id`, still to come at `clock`.
fn ids_of(core: &Core, case_id: &str, clock: &Clock) -> Vec<i32> {
    core.pending(clock.now)
        .into_iter()
        .filter(|p| p.owner == case_id)
        .map(|p| p.reminder.id)
        .collect()
}

fn recorded(core: &Core) -> BTreeMap<i32, DateTime<Utc>> {
    core.prefs()
        .handed_to_os
        .iter()
        .map(|h| (h.id, h.at))
        .collect()
}

#[test]
fn a_case_deleted_while_a_refresh_is_pending_keeps_nothing_scheduled() {
    let core = Arc::new(Saved::default().open(&fresh_dir()));
    let clock = on("2026-11-12");
    let gone = core.open_case(&lost_on("2026-11-09"), &clock).unwrap().id;
    let kept = core.open_case(&lost_on("2026-11-10"), &clock).unwrap().id;
    let gone_ids = ids_of(&core, &gone, &clock);
    let kept_ids = ids_of(&core, &kept, &clock);
    assert_eq!((gone_ids.len(), kept_ids.len()), (4, 4));

    // Refresh 1 reads both cases, then is held inside its first `schedule`.
    let (os, arrived, go) = FakeOs::gated();
    let first = {
        let (core, os) = (Arc::clone(&core), Arc::clone(&os));
        std::thread::spawn(move || core.sync_os_schedule(&*os, clock.now, TimeDelta::zero()))
    };
    arrived.recv().unwrap();
    // Meanwhile the case is deleted, and the refresh that follows the change starts.
    core.delete_case(&gone).unwrap();
    let second = {
        let (core, os) = (Arc::clone(&core), Arc::clone(&os));
        std::thread::spawn(move || core.sync_os_schedule(&*os, clock.now, TimeDelta::zero()))
    };
    std::thread::sleep(Duration::from_millis(200));
    // It waits for its turn: it has not cancelled anything yet.
    assert!(
        os.calls().iter().all(|c| !c.starts_with("cancel")),
        "{:?}",
        os.calls()
    );
    go.send(()).unwrap();
    let first = first.join().unwrap();
    let second = second.join().unwrap();

    // The first scheduled the deleted case's reminders; the second took them all back.
    assert!(gone_ids.iter().all(|id| first.scheduled.contains(id)));
    assert_eq!(second.cancelled, {
        let mut ids = gone_ids.clone();
        ids.sort();
        ids
    });
    let held = os.held();
    assert!(gone_ids.iter().all(|id| !held.contains_key(id)), "{held:?}");
    assert!(kept_ids.iter().all(|id| held.contains_key(id)));
    assert_eq!(recorded(&core), held);
    assert!(first.failures.is_empty() && second.failures.is_empty());
}

#[test]
fn a_refresh_the_app_never_ran_is_made_up_at_the_next_start() {
    let dir = fresh_dir();
    let saved = Saved::default();
    let clock = on("2026-11-12");
    let os = FakeOs::default();
    let id = {
        let core = saved.open(&dir);
        let id = core.open_case(&lost_on("2026-11-09"), &clock).unwrap().id;
        core.sync_os_schedule(&os, clock.now, TimeDelta::zero());
        assert_eq!(os.held().len(), 4);
        // Deleted, and the app killed before its refresh ran: the OS still holds them.
        core.delete_case(&id).unwrap();
        id
    };
    let core = saved.open(&dir);
    assert!(core.case_ids().is_empty(), "{id} is gone");
    let later = on("2026-11-13");
    let synced = core.sync_os_schedule(&os, later.now, TimeDelta::zero());
    assert_eq!(synced.cancelled.len(), 4);
    assert!(os.held().is_empty());
    assert!(core.prefs().handed_to_os.is_empty());
}

#[test]
fn a_reminder_already_shown_stays_on_screen_while_its_case_goes_on() {
    let core = Saved::default().open(&fresh_dir());
    let clock = on("2026-11-12");
    let os = FakeOs::default();
    core.open_case(&lost_on("2026-11-09"), &clock).unwrap();
    core.sync_os_schedule(&os, clock.now, TimeDelta::zero());
    // The 7-days reminder (09:00 JST on 17 Nov) was shown; the app opens the next day.
    let next_day = on("2026-11-18");
    let synced = core.sync_os_schedule(&os, next_day.now, TimeDelta::zero());
    assert!(synced.cancelled.is_empty(), "{synced:?}");
    assert_eq!(synced.scheduled.len(), 3);
    assert_eq!(recorded(&core).len(), 3);
}

#[test]
fn turning_reminders_off_cancels_everything_handed_over() {
    let core = Saved::default().open(&fresh_dir());
    let clock = on("2026-11-12");
    let os = FakeOs::default();
    core.open_case(&lost_on("2026-11-09"), &clock).unwrap();
    core.sync_os_schedule(&os, clock.now, TimeDelta::zero());
    core.set_reminder_settings(false, 9).unwrap();
    let synced = core.sync_os_schedule(&os, clock.now, TimeDelta::zero());
    assert_eq!(synced.cancelled.len(), 4);
    assert!(synced.scheduled.is_empty());
    assert!(os.held().is_empty());
    assert!(recorded(&core).is_empty());
}

#[test]
fn ids_the_os_would_not_cancel_stay_recorded_for_the_next_refresh() {
    let core = Saved::default().open(&fresh_dir());
    let clock = on("2026-11-12");
    let id = core.open_case(&lost_on("2026-11-09"), &clock).unwrap().id;
    core.sync_os_schedule(&FakeOs::default(), clock.now, TimeDelta::zero());
    core.delete_case(&id).unwrap();
    let stubborn = FakeOs {
        refuse_cancel: true,
        ..FakeOs::default()
    };
    let synced = core.sync_os_schedule(&stubborn, clock.now, TimeDelta::zero());
    assert_eq!(synced.failures, ["cancel"]);
    assert_eq!(recorded(&core).len(), 4);
    let synced = core.sync_os_schedule(&FakeOs::default(), clock.now, TimeDelta::zero());
    assert_eq!(synced.cancelled.len(), 4);
    assert!(recorded(&core).is_empty());
}

#[test]
fn with_a_lead_the_os_gets_each_reminder_an_hour_early_and_the_record_says_so() {
    let core = Saved::default().open(&fresh_dir());
    let clock = on("2026-11-12");
    let os = FakeOs::default();
    let id = core.open_case(&lost_on("2026-11-09"), &clock).unwrap().id;
    core.sync_os_schedule(&os, clock.now, TimeDelta::hours(1));
    let planned: BTreeMap<i32, DateTime<Utc>> = core
        .pending(clock.now)
        .into_iter()
        .filter(|p| p.owner == id)
        .map(|p| (p.reminder.id, p.reminder.fire_at - TimeDelta::hours(1)))
        .collect();
    assert_eq!(os.held(), planned);
    assert_eq!(recorded(&core), planned);
}
