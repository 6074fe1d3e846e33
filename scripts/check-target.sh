#!/usr/bin/env bash
# Type-checks the app crate for another platform on this Linux machine, so that every `cfg(...)`
# line of our Rust for that platform is compiled: checked or linted only, nothing is linked.
#
#   scripts/check-target.sh <target> [check|clippy] [cargo args...]     # `check` when not given
#   scripts/check-target.sh aarch64-apple-ios clippy -- -D warnings    # as scripts/test.sh runs it
#
# The targets scripts/test.sh checks this way, and what stands in for what Linux lacks:
# - aarch64-apple-ios (iOS) and aarch64-apple-darwin (macOS on Apple silicon): build scripts that
#   need Xcode. objc2-exception-helper (under tauri -> objc2) and, for macOS, mac-notification-sys
#   (under tauri-plugin-notification -> notify-rust) each compile one Objective-C file with cc-rs,
#   which asks `xcrun` for the Apple SDK and runs clang. Without xcrun, CC/AR for the target are
#   stand-ins that write an empty object and an empty archive, and SDKROOT is an empty folder
#   (cc-rs then skips xcrun). So this checks OUR Rust, not those two C helpers: a real build
#   (`tauri ios build`, `tauri build` on a Mac) still compiles them for real. On macOS with Xcode
#   the stand-ins are not needed and are not used.
# - x86_64-pc-windows-msvc (Windows): nothing stands in. tauri-build compiles the Windows resource
#   (the icon, the version, the manifest) for real: the machine's C compiler only expands the .rc
#   file (hence cc-rs's harmless warning "GNU compiler is not supported for this target") and
#   llvm-rc compiles it (Debian's llvm package, from scripts/setup.sh). Neither MSVC nor the
#   Windows SDK is needed: linking, which this does not do, is what would need them.
# aarch64-linux-android needs nothing either; scripts/test.sh runs cargo for it directly.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ]; then
  echo "usage: $0 <target> [check|clippy] [cargo args...]" >&2
  exit 2
fi
target=$1
shift
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

if [[ "$target" == *-windows-msvc ]] && ! command -v llvm-rc >/dev/null 2>&1; then
  echo "$target: needs llvm-rc for the Windows resource (apt package llvm; scripts/setup.sh)" >&2
  exit 1
fi

if [[ "$target" == *-apple-* ]] && ! command -v xcrun >/dev/null 2>&1; then
  mkdir -p "${CARGO_TARGET_DIR:-target}/apple-stubs/sdk"
  stubs="$(cd "${CARGO_TARGET_DIR:-target}/apple-stubs" && pwd)"
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
  # cc-rs reads CC_<target> / AR_<target> with the target's dashes as underscores.
  export "CC_${target//-/_}=$stubs/cc"
  export "AR_${target//-/_}=$stubs/ar"
  export SDKROOT="$stubs/sdk"
  echo "$target: stand-ins for clang/ar/SDK ($stubs): checks our Rust, not the Objective-C helpers"
fi

cmd="${1:-check}"
if [ $# -gt 0 ]; then shift; fi
cargo "$cmd" -p zairyu-app --target "$target" "$@"
