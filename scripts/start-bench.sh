#!/usr/bin/env bash
# Cold start and memory of the app against the Tauri hello world (src-tauri/size-baseline), both
# release builds with the same profile, launched one after the other under Xvfb, N times each
# (default 10, alternating which goes first). For each launch:
#   start  = from the process being started to its first screen painted with its content (the
#            app: the home screen showing today's Japan date; the hello world: its page). Each
#            page says so after its first frame (`first_paint`), which writes the time to
#            $ZAIRYU_READY_FILE.
#   memory = the resident memory (VmRSS) of the process and every process it started (WebKit's
#            web and network processes) at that moment.
# Each launch gets a fresh, empty home folder (no saved data, no WebKit cache): a cold start.
# Prints min / median / max of each and the ratios app / hello world (targets: 1.2x each).
# Usage: scripts/start-bench.sh [N]      (needs xvfb-run; builds both binaries first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10}
# Without a display, run the whole script again under a virtual one.
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$n"
fi
source scripts/release-pair.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The VmRSS of `pid` and all its descendants, in KiB.
tree_rss() {
  local pids=("$1") all=() p
  while [ ${#pids[@]} -gt 0 ]; do
    p=${pids[0]}; pids=("${pids[@]:1}"); all+=("$p")
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do pids+=("$c"); done
  done
  for p in "${all[@]}"; do awk '/^VmRSS:/ {print $2}' /proc/"$p"/status 2>/dev/null || true; done |
    awk '{s += $1} END {print s + 0}'
}

# Launches `$1` once; appends "<ms> <KiB>" to `$2`.
launch() {
  local bin=$1 out=$2 home ready start pid
  home=$(mktemp -d -p "$work"); ready="$home/ready"
  start=$(date +%s%N)
  HOME="$home" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_CONFIG_HOME="$home/config" \
    ZAIRYU_READY_FILE="$ready" "$bin" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do [ -s "$ready" ] && break; sleep 0.05; done
  if [ ! -s "$ready" ]; then echo "$bin: no first paint within 30 s" >&2; kill "$pid"; exit 1; fi
  local rss; rss=$(tree_rss "$pid")
  echo "$(( ($(cat "$ready") - start) / 1000000 )) $rss" >> "$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

run() {
  : > "$work/app"; : > "$work/hello"
  for i in $(seq 1 "$n"); do
    if [ $((i % 2)) -eq 1 ]; then launch "$app" "$work/app"; launch "$hello" "$work/hello"
    else launch "$hello" "$work/hello"; launch "$app" "$work/app"; fi
  done
  stats() { sort -n | awk '{v[NR] = $1} END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s %s %s\n", v[1], m, v[NR] }'; }
  read -r as am ax < <(cut -d' ' -f1 "$work/app" | stats)
  read -r hs hm hx < <(cut -d' ' -f1 "$work/hello" | stats)
  read -r ams amm amx < <(cut -d' ' -f2 "$work/app" | stats)
  read -r hms hmm hmx < <(cut -d' ' -f2 "$work/hello" | stats)
  echo "launches: $n each, alternating, under Xvfb"
  printf "start to first paint (ms)  app min/median/max %s / %s / %s   hello world %s / %s / %s   ratio of medians %.2f (target <= 1.20)\n" \
    "$as" "$am" "$ax" "$hs" "$hm" "$hx" "$(awk -v a="$am" -v h="$hm" 'BEGIN {print a / h}')"
  printf "resident memory (MiB)      app min/median/max %.1f / %.1f / %.1f   hello world %.1f / %.1f / %.1f   ratio of medians %.2f (target <= 1.20)\n" \
    "$(awk -v x="$ams" 'BEGIN {print x / 1024}')" "$(awk -v x="$amm" 'BEGIN {print x / 1024}')" "$(awk -v x="$amx" 'BEGIN {print x / 1024}')" \
    "$(awk -v x="$hms" 'BEGIN {print x / 1024}')" "$(awk -v x="$hmm" 'BEGIN {print x / 1024}')" "$(awk -v x="$hmx" 'BEGIN {print x / 1024}')" \
    "$(awk -v a="$amm" -v h="$hmm" 'BEGIN {print a / h}')"
  printf "release size (bytes)       app %s   hello world %s   ratio %.3f (target <= 1.30)\n" \
    "$(stat -c %s "$app")" "$(stat -c %s "$hello")" "$(awk -v a="$(stat -c %s "$app")" -v h="$(stat -c %s "$hello")" 'BEGIN {print a / h}')"
}

run
