#!/usr/bin/env bash
# Release binary size of the app against a Tauri hello world that registers the same plugins and
# uses the same release profile, built on this machine. Takes a long while (two release builds).
# Prints the sizes and the ratio; exits 1 over the target (issue #15: at most 1.3x).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-pair.sh
a=$(stat -c %s "$app")
h=$(stat -c %s "$hello")
awk -v a="$a" -v h="$h" 'BEGIN {
  printf "app %d bytes (%.1f MiB), hello world %d bytes (%.1f MiB), ratio %.3f (target <= 1.30)\n",
         a, a/1048576, h, h/1048576, a/h; exit (a/h > 1.3) }'
