//! Lists what each language lacks compared with English, for the translator.
//!
//! `cargo run -p zairyu-i18n --bin i18n-check` prints every problem (missing ids, extra ids,
//! placeholder differences, parse errors) and a count per language; `-- vi` limits it to one
//! language. Exits with status 1 if anything is wrong.

use std::process::ExitCode;

use zairyu_i18n::Catalog;

fn main() -> ExitCode {
    let only: Option<String> = std::env::args().nth(1);
    let mut audit = Catalog::new().audit();
    if let Some(lang) = &only {
        audit.findings.retain(|f| &f.lang == lang);
        audit.load_errors.retain(|e| &e.lang == lang);
    }
    print!("{audit}");
    for (lang, ids) in audit.missing_by_language() {
        println!("{lang}: {} missing", ids.len());
    }
    if audit.is_clean() {
        println!("catalog complete");
        ExitCode::SUCCESS
    } else {
        println!(
            "{} problem(s), {} load error(s)",
            audit.findings.len(),
            audit.load_errors.len()
        );
        ExitCode::FAILURE
    }
}
