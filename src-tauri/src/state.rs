//! The app's state, held by Tauri: the records (through the one storage module), the language and
//! the preferences. Every change goes through [`AppState::update`]: it works on a copy, saves it
//! durably, and only then makes it current, so a failed save or a refused input changes nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use zairyu_domain::text::Text;
use zairyu_i18n::Catalog;
use zairyu_store::{DurableFile, LoadReport, Migrations};

use crate::error::{AppError, UiError};
use crate::exports::Saved;
use crate::prefs::Prefs;
use crate::records::Records;

/// The records file's name inside the app's data folder.
pub const RECORDS_FILE: &str = "records.json";

/// The state shared by all commands.
pub struct AppState {
    store: DurableFile<Records>,
    records: Mutex<Records>,
    load_report: Mutex<Option<LoadReport>>,
    prefs: Mutex<Prefs>,
    data_dir: PathBuf,
    exports_in_data_dir: bool,
    saved: Mutex<HashMap<String, Saved>>,
}

impl AppState {
    /// Opens the records in `data_dir`. A damaged file is kept aside and reported, never dropped;
    /// only an OS failure (no permission to the folder) is an error.
    /// `exports_in_data_dir` keeps exports inside `data_dir` (the command tests use it, so they
    /// never write into the user's Downloads folder).
    pub fn open(
        data_dir: &Path,
        prefs: Prefs,
        exports_in_data_dir: bool,
    ) -> Result<Self, AppError> {
        let store = DurableFile::new(data_dir, RECORDS_FILE, Migrations::none())?;
        let (records, report) = store.load()?;
        Ok(Self {
            store,
            records: Mutex::new(records),
            load_report: Mutex::new(Some(report)),
            prefs: Mutex::new(prefs),
            data_dir: data_dir.to_path_buf(),
            exports_in_data_dir,
            saved: Mutex::new(HashMap::new()),
        })
    }

    /// The app's data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Whether exports stay in the data folder (see [`AppState::open`]).
    pub fn exports_in_data_dir(&self) -> bool {
        self.exports_in_data_dir
    }

    /// Remembers the file last saved under `key` (`papers:<case id>`, `data`, `calendar`) in this
    /// run, for "open" and "share" (in memory: only a file saved in this run can be reached).
    pub fn set_saved(&self, key: &str, saved: Saved) {
        self.saved
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.to_owned(), saved);
    }

    /// The file last saved under `key` in this run.
    pub fn saved(&self, key: &str) -> Option<Saved> {
        self.saved
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .cloned()
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

    /// Changes the preferences in memory (the caller persists them).
    pub fn set_prefs(&self, prefs: Prefs) {
        *self.prefs.lock().unwrap_or_else(|e| e.into_inner()) = prefs;
    }

    /// The user's language code.
    pub fn lang(&self) -> String {
        self.prefs()
            .language
            .unwrap_or_else(|| zairyu_i18n::SOURCE_LANGUAGE.to_owned())
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
        UiError {
            code: e.code().to_owned(),
            message: e
                .texts()
                .iter()
                .map(|t| self.tr(t))
                .collect::<Vec<_>>()
                .join("\n"),
            field: e.field(),
        }
    }
}
