//! Builds the Tauri context and declares the app's own commands (their one list is
//! `src/commands/list.rs`), so that each one is denied to the webview unless a capability file
//! (`capabilities/*.json`) grants it.

include!("src/commands/list.rs");

fn main() {
    // tauri-build keeps the list for the whole build (`&'static`): leaked once, in a build script.
    let all: &'static [&'static str] = Vec::leak([COMMANDS, SHARE_COMMANDS].concat());
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(all)),
    )
    .expect("failed to run tauri-build");
}
