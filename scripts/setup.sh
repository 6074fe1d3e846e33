#!/usr/bin/env bash
# Installs whatever this project needs on a fresh Debian/Ubuntu machine that has Rust and Node.
# Idempotent: each step is skipped when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  # build the desktop app
  libwebkit2gtk-4.1-dev libsoup-3.0-dev librsvg2-dev libayatana-appindicator3-dev libxdo-dev
  libssl-dev build-essential file pkg-config
  # run it headless and drive it end to end
  xvfb xauth webkit2gtk-driver
  # a session bus for the single-instance test (dbus-run-session)
  dbus
  # check the PDFs (pdftotext, pdffonts, pdftoppm)
  poppler-utils
  # llvm-rc: the Windows type-check compiles the app's Windows resource (scripts/check-target.sh)
  llvm
  # fonts the webview needs to draw every app language in screenshots (phones ship their own):
  # Japanese, Chinese, Korean, and Devanagari for Nepali
  fonts-noto-cjk fonts-lohit-deva
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

# tauri-driver: the WebDriver bridge for the end-to-end tests (stable 2.x line).
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver 2.1.0"
  cargo install tauri-driver --locked --version 2.1.0
fi

# The Tauri CLI (npm, a prebuilt binary inside the package) for `tauri dev/build/icon/android/ios`.
if [ ! -x node_modules/.bin/tauri ]; then
  echo "setup: installing npm tools"
  npm ci --no-audit --no-fund
fi

# The Android, iOS, Windows and macOS targets, to type-check the app crate's code for each.
for target in aarch64-linux-android aarch64-apple-ios x86_64-pc-windows-msvc \
  aarch64-apple-darwin; do
  if ! rustup target list --installed | grep -qx "$target"; then
    echo "setup: adding the $target target"
    rustup target add "$target"
  fi
done
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
echo "setup: done"
