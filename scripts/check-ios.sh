#!/usr/bin/env bash
# Type-checks the app crate for iOS (aarch64-apple-ios) on a Linux machine, with no Xcode and no
# iOS SDK: every `cfg(ios)` / `cfg(mobile)` line of our Rust is compiled, nothing is linked.
#
# One build script needs what Linux lacks: objc2-exception-helper (under tauri -> objc2) compiles
# one Objective-C file with cc-rs, which asks `xcrun` for the iOS SDK and runs clang. Here CC/AR
# for the iOS target are stand-ins that write an empty object and an empty archive, and SDKROOT is
# an empty folder (cc-rs then skips xcrun). So this checks OUR Rust, not that C helper: a real
# iOS build (`tauri ios build`, on macOS with Xcode) still compiles it for real.
# On macOS with Xcode the stand-ins are not needed and are not used.
set -euo pipefail
cd "$(dirname "$0")/.."

target=aarch64-apple-ios
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

if ! command -v xcrun >/dev/null 2>&1; then
  mkdir -p "${CARGO_TARGET_DIR:-target}/ios-stubs/sdk"
  stubs="$(cd "${CARGO_TARGET_DIR:-target}/ios-stubs" && pwd)"
  # clang stand-in: an empty file wherever `-o` points (cc-rs's compile); any other call (a
  # probe) gets no output and success.
  cat >"$stubs/cc" <<'SH'
#!/bin/sh
out=
while [ $# -gt 0 ]; do
  case "$1" in
    -o) shift; out=$1 ;;
    -o*) out=${1#-o} ;;
  esac
  shift
done
if [ -n "$out" ]; then : >"$out"; fi
exit 0
SH
  # ar stand-in: cc-rs runs `ar cq <lib.a> <objs>` then `ar s <lib.a>`; write an empty archive.
  cat >"$stubs/ar" <<'SH'
#!/bin/sh
case "$1" in
  *c*|*q*|*r*) [ -f "$2" ] || printf '!<arch>\n' >"$2" ;;
esac
exit 0
SH
  chmod +x "$stubs/cc" "$stubs/ar"
  export CC_aarch64_apple_ios="$stubs/cc"
  export AR_aarch64_apple_ios="$stubs/ar"
  export SDKROOT="$stubs/sdk"
  echo "iOS check with stand-ins for clang/ar/SDK ($stubs): checks our Rust, not objc2's C helper"
fi

# `scripts/check-ios.sh` checks; `scripts/check-ios.sh clippy -- -D warnings` lints.
cmd="${1:-check}"
if [ $# -gt 0 ]; then shift; fi
cargo "$cmd" -p zairyu-app --target "$target" "$@"
