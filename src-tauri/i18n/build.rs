//! Embeds every `locales/<code>/*.ftl` file at compile time, as one brotli-compressed text.
//!
//! Generates `$OUT_DIR/locale_files.rs`: a table of (language code, file name, where its text is
//! in the whole) sorted by code then file name, so adding a file or a language needs no code
//! change, and `$OUT_DIR/catalog.br`, every file's text one after the other, compressed. The
//! catalogs are about 0.64 MB of text in ten languages, most of what the app adds to a Tauri
//! binary after the papers' font; compressed as one they take 107 KB (as 140 files, 194 KB: the
//! languages share ids, comments and structure). The app's size is a target; the decoder is the
//! one the app links already for the font, and the encoder the `brotli` crate Tauri's own build
//! already compiles.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let locales = manifest.join("locales");
    // Cargo scans a directory given here recursively: a new, changed or removed file re-runs us.
    println!("cargo:rerun-if-changed={}", locales.display());

    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let mut rows = Vec::new();
    let mut all = Vec::new();
    for lang_dir in sorted_entries(&locales) {
        if !lang_dir.is_dir() {
            continue;
        }
        let lang = file_name(&lang_dir);
        for file in sorted_entries(&lang_dir) {
            if file.extension().and_then(|e| e.to_str()) == Some("ftl") && file.is_file() {
                println!("cargo:rerun-if-changed={}", file.display());
                let text = fs::read(&file).expect("read a .ftl file");
                std::str::from_utf8(&text).expect("a .ftl file is UTF-8");
                let start = all.len();
                all.extend_from_slice(&text);
                rows.push(format!(
                    "    LocaleFile {{ lang: {:?}, name: {:?}, source: Source::Packed {{ start: {start}, end: {} }} }},\n",
                    lang,
                    file_name(&file),
                    all.len(),
                ));
            }
        }
    }

    let packed = out_dir.join("catalog.br");
    fs::write(&packed, compress(&all)).expect("write catalog.br");
    let mut out = format!(
        "/// Every `.ftl` file's text, one after the other, brotli-compressed.\n\
         pub(crate) static PACKED: &[u8] = include_bytes!({:?});\n\n\
         /// Every embedded `.ftl` file, sorted by language code then file name.\n\
         pub(crate) static LOCALE_FILES: &[LocaleFile] = &[\n",
        packed.display().to_string()
    );
    out.extend(rows);
    out.push_str("];\n");
    let dest = out_dir.join("locale_files.rs");
    fs::write(dest, out).expect("write locale_files.rs");
}

/// Brotli at its best quality (a build-time cost only), with a window over the whole text.
fn compress(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &text[..], &mut out, &params).expect("compress in memory");
    out
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
