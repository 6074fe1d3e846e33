#!/usr/bin/env bash
# Syntax check of the project's JavaScript with the installed node, offline (no packages):
#   ui/js/**/*.js    ES modules (import/export), checked as modules;
#   tests/e2e/js/*.js function bodies the end-to-end tests run in the page (top-level `return`),
#                    checked wrapped in `(function () {` … `})`, as WebDriver runs them.
# Each file goes through stdin with its type given: plain `node --check file.js` guesses the type
# of a .js file and, in node 20, passes an ES module with a syntax error without a word.
set -euo pipefail
cd "$(dirname "$0")/.."

check() { # <file> <module|commonjs>, with the text to check on stdin; prints node's error
  local out
  if ! out=$(node --input-type="$2" --check 2>&1); then
    # node names the input [stdin]: name the file instead, and leave out node's own stack.
    printf '%s\n' "$out" | sed -e "s|^\[stdin\]|$1|" -e '/^    at /d' -e '/^Node\.js v/d' >&2
    return 1
  fi
}

failed=0
count=0
while IFS= read -r -d '' f; do
  check "$f" module <"$f" || failed=1
  count=$((count + 1))
done < <(find ui/js -type f -name '*.js' -print0 | sort -z)

while IFS= read -r -d '' f; do
  # The wrapper opens on the file's first line, so the line numbers in an error are the file's.
  { printf '(function () {'; cat "$f"; printf '\n});\n'; } | check "$f" commonjs || failed=1
  count=$((count + 1))
done < <(find tests/e2e/js -type f -name '*.js' -print0 | sort -z)

if [ "$failed" -ne 0 ]; then
  echo "check-js: syntax errors (above)" >&2
  exit 1
fi
echo "check-js: $count files, no syntax errors"
