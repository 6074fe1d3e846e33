#!/usr/bin/env bash
# Sets up whatever is missing, then runs every check and test the project has:
# formatting, lints, the JavaScript's syntax, unit/integration/command tests, the Android, iOS,
# Windows and macOS type-checks, and the end-to-end journeys, every screen in every language, and
# the accessibility checks through the real app under Xvfb. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "lints (cargo clippy --all-targets -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

step "Android type-check and lints of the app crate"
cargo clippy -p zairyu-app --target aarch64-linux-android -- -D warnings

# iOS, Windows, macOS: scripts/check-target.sh says what it stands in for (our Rust is checked).
step "iOS type-check and lints of the app crate"
scripts/check-target.sh aarch64-apple-ios clippy -- -D warnings

step "Windows type-check and lints of the app crate"
scripts/check-target.sh x86_64-pc-windows-msvc clippy -- -D warnings

step "macOS type-check and lints of the app crate"
scripts/check-target.sh aarch64-apple-darwin clippy -- -D warnings

step "JavaScript syntax (node --check)"
scripts/check-js.sh

step "unit, integration and command tests"
cargo test --workspace

step "end-to-end tests in the real app under Xvfb (journeys, languages, accessibility)"
cargo build -p zairyu-app
# Every e2e test target (tests/e2e/*.rs listed in tests/Cargo.toml), one app at a time.
xvfb-run -a -s "-screen 0 1280x1024x24" \
  cargo test -p zairyu-e2e --tests -- --ignored --test-threads=1
echo
echo "All checks passed. Screenshots: target/e2e-screenshots/"
