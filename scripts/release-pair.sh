# Sourced by the benchmark scripts: builds the app and the Tauri hello world (src-tauri/size-baseline:
# the same plugins, the same release profile, the app's Cargo.lock) in release, and sets `app` and
# `hello` to the two binaries.
base=src-tauri/size-baseline
# The settings of one section of a manifest (comments and blank lines left out).
section() { awk -v h="[$2]" '/^\[/ { keep = ($0 == h) } keep && !/^[[#]/ && NF' "$1"; }
# The crates a manifest's release profile overrides.
overrides() { section "$1" profile.release.package | awk '{print $1}'; }
if [ "$(section Cargo.toml profile.release)" != "$(section $base/Cargo.toml profile.release)" ]; then
  echo "the hello world's [profile.release] differs from the workspace's" >&2; exit 2
fi
# Every package override of the app's must name a crate the hello world does not link: the two
# binaries are then built with the same settings for everything they share.
linked=$(cargo tree --manifest-path $base/Cargo.toml -e normal --prefix none 2>/dev/null | awk '{print $1}' | sort -u)
for crate in $(overrides Cargo.toml); do
  if grep -qx "$crate" <<<"$linked"; then
    echo "the workspace's release profile overrides $crate, which the hello world links too" >&2; exit 2
  fi
done
cp Cargo.lock "$base/Cargo.lock"   # the same versions of every shared crate
cargo build --release -p zairyu-app
cargo build --release --manifest-path "$base/Cargo.toml" --target-dir "${CARGO_TARGET_DIR:-target}"
app="${CARGO_TARGET_DIR:-target}/release/zairyu-app"
hello="${CARGO_TARGET_DIR:-target}/release/zairyu-size-baseline"
