//! [`DurableFile`]: one JSON document kept safely on the device.

use std::fs::{self, File};
use std::io::{self, Read};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::atomic::{self, is_temp_name_of};
use crate::damage::DamageReason;
use crate::envelope::{self, Decoded, RECORDS_FORMAT};
use crate::error::{file_label, IoOp, StoreError};
use crate::migrate::Migrations;
use crate::quarantine::{self, QUARANTINE_DIR};
use crate::report::{LoadReport, SetAside};

/// Where a store stands with the cross-process lock.
enum Hold {
    /// Neither loaded nor saved yet.
    NotYet,
    /// This store holds the lock: the OS keeps it while the lock file stays open, so the file is
    /// kept here, unread, until the store is dropped.
    Held(#[allow(dead_code)] File),
    /// Its last load happened while another process held the lock: it may not write.
    LoadedWhileHeldElsewhere,
}

/// Files larger than this are not read (load, import) nor written (save, export): 20 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// One JSON document of type `T` stored durably as `<dir>/<name>`, with the previous good
/// version kept as `<dir>/<name>.bak` and damaged files moved to `<dir>/quarantine/`.
///
/// - [`load`](Self::load) never fails because of the file's content: a damaged, unreadable or
///   newer-schema file is set aside and the backup (or empty data) is used; the
///   [`LoadReport`] says what happened. Only operating-system errors are returned.
/// - [`save`](Self::save) replaces the file atomically (temporary file, flush, rename, flush
///   of the directory) and rotates the backup only after the new content is on the disk.
///
/// Calls on one `DurableFile` are serialized by an internal lock. Across processes, the first
/// to load or save takes an advisory lock on `<dir>/<name>.lock` and keeps it while it lives.
/// Another process may still load, but a store that loaded while the lock was held elsewhere
/// never saves (its copy may be older than what the holder writes later): its saves are refused
/// with [`StoreError::HeldElsewhere`] and write nothing, even once the holder has ended, until
/// it loads again with the lock. So two processes never overwrite each other's changes, and a
/// refused change is reported, never lost in silence. (std's `File::try_lock`: `flock` on
/// Unix, `LockFileEx` on Windows; released by the OS when the process ends.)
pub struct DurableFile<T> {
    pub(crate) dir: PathBuf,
    pub(crate) name: String,
    pub(crate) backup_name: String,
    pub(crate) migrations: Migrations,
    pub(crate) max_bytes: u64,
    lock: Mutex<()>,
    held: Mutex<Hold>,
    _data: PhantomData<fn() -> T>,
}

/// Shows the file name and settings only (the directory path may contain the user's name).
impl<T> std::fmt::Debug for DurableFile<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DurableFile")
            .field("name", &self.name)
            .field("schema", &self.migrations.current())
            .field("max_bytes", &self.max_bytes)
            .finish_non_exhaustive()
    }
}

impl<T> DurableFile<T>
where
    T: Serialize + DeserializeOwned + Default,
{
    /// A store for `dir/file_name`. `file_name` must be a plain name (no separator, not
    /// starting with a dot). Nothing is touched on disk until `load` or `save`.
    pub fn new(
        dir: impl Into<PathBuf>,
        file_name: &str,
        migrations: Migrations,
    ) -> Result<Self, StoreError> {
        let plain = !file_name.is_empty()
            && !file_name.starts_with('.')
            && file_name != QUARANTINE_DIR
            && !file_name.contains(['/', '\\', '\0']);
        if !plain {
            return Err(StoreError::InvalidFileName {
                name: file_name.to_owned(),
            });
        }
        Ok(Self {
            dir: dir.into(),
            name: file_name.to_owned(),
            backup_name: format!("{file_name}.bak"),
            migrations,
            max_bytes: DEFAULT_MAX_BYTES,
            lock: Mutex::new(()),
            held: Mutex::new(Hold::NotYet),
            _data: PhantomData,
        })
    }

    /// Changes the size limit (default [`DEFAULT_MAX_BYTES`]).
    pub fn with_max_bytes(mut self, max_bytes: u64) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    /// The path of the records file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(&self.name)
    }

    /// The path of the previous good version.
    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(&self.backup_name)
    }

    /// The folder damaged files are moved to.
    pub fn quarantine_dir(&self) -> PathBuf {
        self.dir.join(QUARANTINE_DIR)
    }

    /// The schema version `save` writes.
    pub fn current_schema(&self) -> u32 {
        self.migrations.current()
    }

    /// Loads the records. See the type's documentation for what happens to bad files.
    ///
    /// Errors only for operating-system failures (permission denied, disk errors...).
    pub fn load(&self) -> Result<(T, LoadReport), StoreError> {
        let _guard = self.guard();
        // Reading needs no lock: another process holding it only means this one cannot save.
        self.take_lock(true)?;
        self.remove_stale_temps()?;
        let mut set_aside = Vec::new();
        match self.read(&self.name)? {
            Some(Ok(decoded)) => {
                return Ok((
                    decoded.data,
                    LoadReport::Loaded {
                        migrated_from: decoded.migrated_from,
                    },
                ))
            }
            Some(Err(reason)) => set_aside.push(self.set_aside(&self.name, reason)?),
            None => {}
        }
        match self.read(&self.backup_name)? {
            Some(Ok(decoded)) => Ok((
                decoded.data,
                LoadReport::RecoveredFromBackup {
                    set_aside,
                    migrated_from: decoded.migrated_from,
                },
            )),
            Some(Err(reason)) => {
                set_aside.push(self.set_aside(&self.backup_name, reason)?);
                Ok((T::default(), LoadReport::StartedEmpty { set_aside }))
            }
            None if set_aside.is_empty() => Ok((T::default(), LoadReport::FreshStart)),
            None => Ok((T::default(), LoadReport::StartedEmpty { set_aside })),
        }
    }

    /// Saves `data` atomically and durably; when this returns `Ok`, the new content survives
    /// a crash or power cut, and the version it replaced is kept as the backup.
    ///
    /// Refuses (and writes nothing) if the encoded file would exceed the size limit or would
    /// not read back. If the file on disk is not a good version (changed behind the store's
    /// back), it is set aside in quarantine rather than overwritten or made the backup.
    pub fn save(&self, data: &T) -> Result<(), StoreError> {
        let _guard = self.guard();
        self.take_lock(false)?;
        let bytes =
            envelope::encode(RECORDS_FORMAT, &self.migrations, data).ok_or(StoreError::Encode)?;
        self.check_size(&self.name, bytes.len() as u64)?;
        fs::create_dir_all(&self.dir)
            .map_err(|e| StoreError::io(IoOp::CreateDir, &self.dir, &e))?;
        let target = self.path();
        let temp = atomic::temp_path_for(&target);
        let result = self.install(&temp, &target, &bytes);
        if result.is_err() {
            let _ = fs::remove_file(&temp);
        }
        result
    }

    fn install(&self, temp: &Path, target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
        atomic::write_new_synced(temp, bytes)?;
        match self.read(&self.name)? {
            Some(Ok(_)) => atomic::replace_with_copy_of(target, &self.backup_path())?,
            Some(Err(reason)) => {
                self.set_aside(&self.name, reason)?;
            }
            None => {}
        }
        atomic::rename(temp, target)?;
        atomic::sync_dir(&self.dir)
    }

    /// The names of the files of this store kept in the quarantine folder, oldest first.
    pub fn quarantined(&self) -> Result<Vec<String>, StoreError> {
        quarantine::list(&self.dir, &self.name)
    }

    /// Deletes the records file and its backup (and leftover temporary files); with
    /// `include_quarantine`, also the files of this store in the quarantine folder (and the
    /// folder if it is then empty). Other files in the directory are left alone.
    pub fn delete_all(&self, include_quarantine: bool) -> Result<(), StoreError> {
        let _guard = self.guard();
        self.take_lock(false)?;
        self.remove_stale_temps()?;
        remove_if_exists(&self.path())?;
        remove_if_exists(&self.backup_path())?;
        if include_quarantine {
            for name in quarantine::list(&self.dir, &self.name)? {
                remove_if_exists(&quarantine::path_of(&self.dir, &name))?;
            }
            let _ = fs::remove_dir(self.quarantine_dir());
        }
        if self.dir.exists() {
            atomic::sync_dir(&self.dir)?;
        }
        Ok(())
    }

    /// Lets go of the cross-process lock, as the end of the process would: another store may
    /// take it, and this one will not save again until it loads again. For a test that starts
    /// the app anew within one process (the end of a real process releases the lock by itself).
    pub fn release(&self) {
        *self.held.lock().unwrap_or_else(|p| p.into_inner()) = Hold::LoadedWhileHeldElsewhere;
    }

    /// The path of the lock file.
    pub fn lock_path(&self) -> PathBuf {
        self.dir.join(format!("{}.lock", self.name))
    }

    /// Takes the cross-process lock if this store does not hold it yet. For a load
    /// (`loading`), a lock held elsewhere is noted and reading goes on; for a write, it is
    /// refused with [`StoreError::HeldElsewhere`] — and so is any write of a store whose last
    /// load happened while another process held the lock.
    fn take_lock(&self, loading: bool) -> Result<(), StoreError> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        match *held {
            Hold::Held(_) => return Ok(()),
            Hold::LoadedWhileHeldElsewhere if !loading => return Err(self.held_elsewhere()),
            Hold::NotYet | Hold::LoadedWhileHeldElsewhere => {}
        }
        fs::create_dir_all(&self.dir)
            .map_err(|e| StoreError::io(IoOp::CreateDir, &self.dir, &e))?;
        let path = self.lock_path();
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::io(IoOp::Write, &path, &e))?;
        match file.try_lock() {
            Ok(()) => {
                *held = Hold::Held(file);
                Ok(())
            }
            Err(fs::TryLockError::WouldBlock) if loading => {
                *held = Hold::LoadedWhileHeldElsewhere;
                Ok(())
            }
            Err(fs::TryLockError::WouldBlock) => Err(self.held_elsewhere()),
            Err(fs::TryLockError::Error(e)) => Err(StoreError::io(IoOp::Write, &path, &e)),
        }
    }

    fn held_elsewhere(&self) -> StoreError {
        StoreError::HeldElsewhere {
            file: self.name.clone(),
        }
    }

    fn guard(&self) -> MutexGuard<'_, ()> {
        self.lock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn check_size(&self, file: &str, size: u64) -> Result<(), StoreError> {
        if size > self.max_bytes {
            return Err(StoreError::TooLarge {
                file: file.to_owned(),
                size,
                limit: self.max_bytes,
            });
        }
        Ok(())
    }

    /// Reads and decodes `dir/name`: `None` if it does not exist.
    fn read(&self, name: &str) -> Result<Option<Result<Decoded<T>, DamageReason>>, StoreError> {
        let path = self.dir.join(name);
        match read_limited(&path, self.max_bytes)? {
            None => Ok(None),
            Some(Err(reason)) => Ok(Some(Err(reason))),
            Some(Ok(bytes)) => Ok(Some(envelope::decode(
                RECORDS_FORMAT,
                &self.migrations,
                &bytes,
            ))),
        }
    }

    fn set_aside(&self, name: &str, reason: DamageReason) -> Result<SetAside, StoreError> {
        let kept_as = quarantine::set_aside(&self.dir, name)?;
        Ok(SetAside {
            file: name.to_owned(),
            kept_as,
            reason,
        })
    }

    fn remove_stale_temps(&self) -> Result<(), StoreError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(StoreError::io(IoOp::List, &self.dir, &e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(IoOp::List, &self.dir, &e))?;
            if is_temp_name_of(&entry.file_name().to_string_lossy(), &self.name) {
                remove_if_exists(&entry.path())?;
            }
        }
        Ok(())
    }
}

/// Reads a whole file if it is at most `max` bytes: `None` if it does not exist,
/// `Some(Err(TooLarge))` (without reading it) if it is bigger.
pub(crate) fn read_limited(
    path: &Path,
    max: u64,
) -> Result<Option<Result<Vec<u8>, DamageReason>>, StoreError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(IoOp::Read, path, &e)),
    };
    let size = file
        .metadata()
        .map_err(|e| StoreError::io(IoOp::Read, path, &e))?
        .len();
    let too_large = |size| Ok(Some(Err(DamageReason::TooLarge { size, limit: max })));
    if size > max {
        return too_large(size);
    }
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(IoOp::Read, path, &e))?;
    if bytes.len() as u64 > max {
        return too_large(bytes.len() as u64);
    }
    Ok(Some(Ok(bytes)))
}

fn remove_if_exists(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(IoOp::Remove, path, &e)),
    }
}

/// For messages about a path given by the caller (export, import).
pub(crate) fn label(path: &Path) -> String {
    file_label(path)
}
