//! The core's state: the records (through the one storage module), the preferences, what
//! happened when the records were opened, and whether the app is locked. Every change goes
//! through [`Core::update`]: it works on a copy, saves it durably, and only then makes it current,
//! so a failed save or a refused input changes nothing. The preferences follow the same rule
//! ([`Core::change_prefs`]).

use std::path::Path;
use std::sync::Mutex;

use zairyu_domain::text::Text;
use zairyu_i18n::Catalog;
use zairyu_store::{DurableFile, LoadReport, Migrations};

use crate::error::{AppError, UiError};
use crate::lock::LockRuntime;
use crate::prefs::{Prefs, PrefsStore};
use crate::records::Records;
use crate::view::Viewer;

/// The records file's name inside the app's data folder.
pub const RECORDS_FILE: &str = "records.json";

/// The application core: records and preferences, and the operations of every screen (the
/// `impl Core` blocks of `case`, `people`, `papers`, `data`, `frame` and `reminders`).
pub struct Core {
    store: DurableFile<Records>,
    records: Mutex<Records>,
    load_report: Mutex<Option<LoadReport>>,
    prefs: Mutex<Prefs>,
    prefs_store: Box<dyn PrefsStore>,
    lock: Mutex<LockRuntime>,
    os_schedule: Mutex<()>,
}

impl Core {
    /// Opens the records in `data_dir`, with `prefs` as read by `prefs_store`'s owner. A damaged
    /// file is kept aside and reported, never dropped; only an OS failure (no permission to the
    /// folder) is an error.
    pub fn open(
        data_dir: &Path,
        prefs: Prefs,
        prefs_store: Box<dyn PrefsStore>,
    ) -> Result<Self, AppError> {
        let store = DurableFile::new(data_dir, RECORDS_FILE, Migrations::none())?;
        let (records, report) = store.load()?;
        let lock = Mutex::new(LockRuntime::at_start(&prefs.lock));
        Ok(Self {
            lock,
            store,
            records: Mutex::new(records),
            load_report: Mutex::new(Some(report)),
            prefs: Mutex::new(prefs),
            prefs_store,
            os_schedule: Mutex::new(()),
        })
    }

    /// Whether the app is locked in this run, and since when it is in the background.
    pub(crate) fn lock_state(&self) -> &Mutex<LockRuntime> {
        &self.lock
    }

    /// Held for the whole of one bringing-in-step of the phone's scheduler, so two never overlap
    /// (`reminders::handed`).
    pub(crate) fn os_schedule_turn(&self) -> std::sync::MutexGuard<'_, ()> {
        self.os_schedule.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The storage module, for export and import.
    pub fn store(&self) -> &DurableFile<Records> {
        &self.store
    }

    /// A copy of the records.
    pub fn records(&self) -> Records {
        self.records
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Reads the records without copying them.
    pub fn read<T>(&self, read: impl FnOnce(&Records) -> T) -> T {
        read(&self.records.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The ids of the cases kept now.
    pub fn case_ids(&self) -> Vec<String> {
        self.read(|r| r.cases.iter().map(|c| c.id.clone()).collect())
    }

    /// Changes the records: `change` works on a copy, which is saved and then made current.
    /// If `change` or the save fails, nothing changes.
    pub fn update<T>(
        &self,
        change: impl FnOnce(&mut Records) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let mut current = self.records.lock().unwrap_or_else(|e| e.into_inner());
        let mut copy = current.clone();
        let out = change(&mut copy)?;
        if copy != *current {
            self.store.save(&copy)?;
            *current = copy;
        }
        Ok(out)
    }

    /// Replaces all records (after an import or a delete-all) and saves them.
    pub fn replace(&self, records: Records) -> Result<(), AppError> {
        self.update(|r| {
            *r = records;
            Ok(())
        })
    }

    /// What happened when the records were opened, once: the first caller gets it.
    pub fn take_load_report(&self) -> Option<LoadReport> {
        self.load_report
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    /// A copy of the preferences.
    pub fn prefs(&self) -> Prefs {
        self.prefs.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Changes the preferences: `change` works on a copy, which is saved and then made current.
    /// A failed save is an error and changes nothing.
    pub fn change_prefs(&self, change: impl FnOnce(&mut Prefs)) -> Result<(), AppError> {
        let mut current = self.prefs.lock().unwrap_or_else(|e| e.into_inner());
        let mut copy = current.clone();
        change(&mut copy);
        if copy != *current {
            self.prefs_store.save(&copy).map_err(AppError::Device)?;
            *current = copy;
        }
        Ok(())
    }

    /// The user's language code.
    pub fn lang(&self) -> String {
        self.prefs()
            .language
            .unwrap_or_else(|| zairyu_i18n::SOURCE_LANGUAGE.to_owned())
    }

    /// Runs `view` with a viewer in the user's language (one per call).
    pub fn view<T>(&self, view: impl FnOnce(&Viewer) -> T) -> T {
        let lang = self.lang();
        view(&Viewer::new(&lang))
    }

    /// A text in the user's language.
    pub fn tr(&self, text: &Text) -> String {
        Catalog::global().format(&self.lang(), text)
    }

    /// A message without arguments in the user's language.
    pub fn tr_id(&self, id: &str) -> String {
        self.tr(&Text::new(id))
    }

    /// The error as the UI receives it: its messages in the user's language.
    pub fn explain(&self, e: AppError) -> UiError {
        self.view(|v| v.explain(e))
    }
}
