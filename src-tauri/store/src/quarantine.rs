//! Setting damaged files aside, never deleting or overwriting them.
//!
//! A file is moved into `quarantine/` next to it, named `<name>.<UTC timestamp>` (with `-2`,
//! `-3`... appended if that name is taken). Its bytes are not changed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::atomic::{link_or_copy, sync_dir};
use crate::error::{IoOp, StoreError};

/// The name of the folder damaged files are moved to.
pub const QUARANTINE_DIR: &str = "quarantine";

/// Moves `file` (in `dir`) to `dir/quarantine/`, returning the name it was given there.
pub(crate) fn set_aside(dir: &Path, file: &str) -> Result<String, StoreError> {
    let source = dir.join(file);
    let qdir = dir.join(QUARANTINE_DIR);
    fs::create_dir_all(&qdir).map_err(|e| StoreError::io(IoOp::CreateDir, &qdir, &e))?;
    let stamp = Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let base = format!("{file}.{stamp}");
    for n in 1..=10_000u32 {
        let name = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let dest = qdir.join(&name);
        match link_or_copy(&source, &dest) {
            Ok(()) => {
                sync_dir(&qdir)?;
                fs::remove_file(&source).map_err(|e| StoreError::io(IoOp::Remove, &source, &e))?;
                sync_dir(dir)?;
                return Ok(name);
            }
            Err(_) if dest.exists() => continue,
            Err(e) => return Err(e),
        }
    }
    Err(StoreError::io(
        IoOp::Rename,
        &qdir,
        &io::Error::from(io::ErrorKind::AlreadyExists),
    ))
}

/// The files set aside for `file` (names inside the quarantine folder), oldest first.
pub(crate) fn list(dir: &Path, file: &str) -> Result<Vec<String>, StoreError> {
    let qdir = dir.join(QUARANTINE_DIR);
    let entries = match fs::read_dir(&qdir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(IoOp::List, &qdir, &e)),
    };
    let prefix = format!("{file}.");
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(IoOp::List, &qdir, &e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// The path of a file set aside, from its quarantine name.
pub(crate) fn path_of(dir: &Path, name: &str) -> PathBuf {
    dir.join(QUARANTINE_DIR).join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_aside_keeps_bytes_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let mut names = Vec::new();
        for i in 0..5u8 {
            fs::write(dir.path().join("r.json"), [i, 0xff, i]).unwrap();
            names.push(set_aside(dir.path(), "r.json").unwrap());
            assert!(!dir.path().join("r.json").exists());
        }
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 5, "{names:?}");
        for (i, name) in names.iter().enumerate() {
            let i = u8::try_from(i).unwrap();
            assert!(name.starts_with("r.json."));
            assert_eq!(fs::read(path_of(dir.path(), name)).unwrap(), [i, 0xff, i]);
        }
        assert_eq!(list(dir.path(), "r.json").unwrap().len(), 5);
        assert_eq!(list(dir.path(), "other.json").unwrap().len(), 0);
    }
}
