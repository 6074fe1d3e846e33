//! Atomic, durable file replacement.
//!
//! A file is replaced by writing a temporary file in the same directory, flushing it to the
//! disk, renaming it over the target and flushing the directory. At every instant the target
//! is either the complete old file or the complete new one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{IoOp, StoreError};

static SEQUENCE: AtomicU64 = AtomicU64::new(0);

/// A fresh temporary name for `target`, in its directory: `.<name>.<pid>-<n>.tmp`.
pub(crate) fn temp_path_for(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = SEQUENCE.fetch_add(1, Ordering::Relaxed);
    target.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// True if `file_name` is a temporary name made by [`temp_path_for`] for `base` or for its
/// backup `base.bak`: `.<base>.<pid>-<n>.tmp` or `.<base>.bak.<pid>-<n>.tmp`.
pub(crate) fn is_temp_name_of(file_name: &str, base: &str) -> bool {
    let Some(rest) = file_name
        .strip_prefix('.')
        .and_then(|r| r.strip_prefix(base))
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_suffix(".tmp"))
    else {
        return false;
    };
    let rest = rest.strip_prefix("bak.").unwrap_or(rest);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    rest.split_once('-')
        .is_some_and(|(pid, n)| digits(pid) && digits(n))
}

/// Writes `bytes` to `target` atomically and durably (see the module doc).
pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let temp = temp_path_for(target);
    let result = write_new_synced(&temp, bytes)
        .and_then(|()| rename(&temp, target))
        .and_then(|()| sync_parent(target));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Creates `path` (which must not exist), writes `bytes` and flushes it to the disk.
pub(crate) fn write_new_synced(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| StoreError::io(IoOp::Write, path, &e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| StoreError::io(IoOp::Write, path, &e))
}

/// Makes `to` a durable copy of `from` without ever leaving `to` incomplete: a hard link
/// where the file system allows it (no copying), else a flushed copy; then an atomic rename.
pub(crate) fn replace_with_copy_of(from: &Path, to: &Path) -> Result<(), StoreError> {
    let temp = temp_path_for(to);
    let result = link_or_copy(from, &temp).and_then(|()| rename(&temp, to));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Hard-links `from` to the new name `to`, or copies it (flushed) where links are refused
/// (some Android and FAT file systems). Fails if `to` exists; never overwrites.
pub(crate) fn link_or_copy(from: &Path, to: &Path) -> Result<(), StoreError> {
    match fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(StoreError::io(IoOp::Rename, to, &e))
        }
        Err(_) => {
            let mut source = File::open(from).map_err(|e| StoreError::io(IoOp::Read, from, &e))?;
            let mut dest = OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(to)
                .map_err(|e| StoreError::io(IoOp::Write, to, &e))?;
            io::copy(&mut source, &mut dest)
                .and_then(|_| dest.sync_all())
                .map_err(|e| StoreError::io(IoOp::Write, to, &e))
        }
    }
}

/// Renames `from` over `to`.
pub(crate) fn rename(from: &Path, to: &Path) -> Result<(), StoreError> {
    fs::rename(from, to).map_err(|e| StoreError::io(IoOp::Rename, to, &e))
}

/// Flushes the directory holding `path`, so that renames in it survive a power cut.
pub(crate) fn sync_parent(path: &Path) -> Result<(), StoreError> {
    match path.parent() {
        Some(dir) => sync_dir(dir),
        None => Ok(()),
    }
}

/// Flushes a directory's entries to the disk. A no-op where the platform cannot open a
/// directory as a file (Windows: renames there are journaled by NTFS).
pub(crate) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| StoreError::io(IoOp::Write, dir, &e))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognised_only_for_their_base() {
        let t = temp_path_for(Path::new("/x/records.json"));
        let name = t.file_name().unwrap().to_str().unwrap();
        assert!(is_temp_name_of(name, "records.json"));
        assert!(!is_temp_name_of(name, "records"));
        assert!(!is_temp_name_of("records.json", "records.json"));
        assert!(!is_temp_name_of(".records.json.tmp.bak", "records.json"));
        assert!(!is_temp_name_of(".records.jsonx.1-1.tmp", "records.json"));
        assert!(!is_temp_name_of(".records.json.x-1.tmp", "records.json"));
        assert!(is_temp_name_of(
            ".records.json.bak.12-3.tmp",
            "records.json"
        ));
        assert_ne!(t, temp_path_for(Path::new("/x/records.json")));
    }

    #[test]
    fn write_atomic_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.json");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn link_or_copy_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::write(&a, b"a").unwrap();
        fs::write(&b, b"b").unwrap();
        assert!(link_or_copy(&a, &b).is_err());
        assert_eq!(fs::read(&b).unwrap(), b"b");
    }
}
