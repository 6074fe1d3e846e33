//! Embeds every `locales/<code>/*.ftl` file at compile time.
//!
//! Generates `$OUT_DIR/locale_files.rs`: a table of (language code, file name, `include_str!`)
//! sorted by code then file name, so adding a file or a language needs no code change.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let locales = manifest.join("locales");
    // Cargo scans a directory given here recursively: a new, changed or removed file re-runs us.
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut rows = Vec::new();
    for lang_dir in sorted_entries(&locales) {
        if !lang_dir.is_dir() {
            continue;
        }
        let lang = file_name(&lang_dir);
        for file in sorted_entries(&lang_dir) {
            if file.extension().and_then(|e| e.to_str()) == Some("ftl") && file.is_file() {
                println!("cargo:rerun-if-changed={}", file.display());
                rows.push(format!(
                    "    LocaleFile {{ lang: {:?}, name: {:?}, source: include_str!({:?}) }},\n",
                    lang,
                    file_name(&file),
                    file.display().to_string(),
                ));
            }
        }
    }

    let mut out = String::from(
        "/// Every embedded `.ftl` file, sorted by language code then file name.\n\
         pub(crate) static LOCALE_FILES: &[LocaleFile] = &[\n",
    );
    out.extend(rows);
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("locale_files.rs");
    fs::write(dest, out).expect("write locale_files.rs");
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(read) => read.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .expect("locale paths must be UTF-8")
        .to_owned()
}
