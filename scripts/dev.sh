#!/usr/bin/env bash
# Sets up whatever is missing, then builds and launches the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec cargo run -p zairyu-app
