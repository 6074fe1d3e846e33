#!/usr/bin/env bash
# Release binary size of the app against a Tauri hello world that registers the same plugins and
# uses the same release profile, built on this machine (issue #5's size target: at most 1.5x).
# Takes a long while (two release builds). Prints the sizes and the ratio; exits 1 over target.
set -euo pipefail
cd "$(dirname "$0")/.."
base=src-tauri/size-baseline
profile() { sed -n '/^\[profile.release\]/,/^\[/p' "$1" | grep -v '^\[' | grep -v '^#' | sed '/^$/d'; }
if [ "$(profile Cargo.toml)" != "$(profile $base/Cargo.toml)" ]; then
  echo "the baseline's [profile.release] differs from the workspace's" >&2; exit 2
fi
cp Cargo.lock "$base/Cargo.lock"   # the same versions of every shared crate
cargo build --release -p zairyu-app
cargo build --release --manifest-path "$base/Cargo.toml" --target-dir "${CARGO_TARGET_DIR:-target}"
app=$(stat -c %s "${CARGO_TARGET_DIR:-target}/release/zairyu-app")
hello=$(stat -c %s "${CARGO_TARGET_DIR:-target}/release/zairyu-size-baseline")
awk -v a="$app" -v h="$hello" 'BEGIN {
  printf "app %d bytes (%.1f MiB), hello world %d bytes (%.1f MiB), ratio %.2f (target <= 1.50)\n",
         a, a/1048576, h, h/1048576, a/h; exit (a/h > 1.5) }'
