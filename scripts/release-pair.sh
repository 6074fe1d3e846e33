# Sourced by the benchmark scripts: builds the app and the Tauri hello world (src-tauri/size-baseline:
# the same plugins, the same release profile, the app's Cargo.lock) in release, and sets `app` and
# `hello` to the two binaries.
base=src-tauri/size-baseline
profile() { sed -n '/^\[profile.release\]/,/^\[/p' "$1" | grep -v '^\[' | grep -v '^#' | sed '/^$/d'; }
if [ "$(profile Cargo.toml)" != "$(profile $base/Cargo.toml)" ]; then
  echo "the baseline's [profile.release] differs from the workspace's" >&2; exit 2
fi
cp Cargo.lock "$base/Cargo.lock"   # the same versions of every shared crate
cargo build --release -p zairyu-app
cargo build --release --manifest-path "$base/Cargo.toml" --target-dir "${CARGO_TARGET_DIR:-target}"
app="${CARGO_TARGET_DIR:-target}/release/zairyu-app"
hello="${CARGO_TARGET_DIR:-target}/release/zairyu-size-baseline"
