#!/usr/bin/env bash
# The web app under load: wrk at 50 connections on a page and on API reads (p99 latency), then
# 20 submissions sent at once to the judging queue (all judged, all recorded, how long).
# Needs wrk and curl (Debian: apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
cargo build --release --quiet -p onsite
data=$(mktemp -d)
port=${PORT:-7791}
base="http://127.0.0.1:$port"
ONSITE_DATA_DIR="$data" ONSITE_MEASURE_MS=0 ./target/release/onsite serve --addr "127.0.0.1:$port" --workers 2 >/dev/null &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.1; done

# Some history, so that the reads have something to compute.
good='def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n'
wrong='def two_sum(nums, target):\n    return [0, 1]\n'
submit() { curl -fs -X POST -H 'content-type: application/json' -d "{\"code\": \"$1\"}" "$base/api/problems/two-sum/submit" | sed 's/.*"job":\([0-9]*\).*/\1/'; }
wait_job() { until curl -fs "$base/api/jobs/$1" | grep -q '"finished":true'; do sleep 0.05; done; }
for code in "$wrong" "$good"; do wait_job "$(submit "$code")"; done

duration=${DURATION:-15s}
printf '%-28s %10s %10s %10s %12s\n' "route" "p50" "p90" "p99" "requests/s"
for route in / /api/problems /api/problems/two-sum /api/stats /api/review; do
    out=$(wrk -t2 -c50 -d"$duration" --latency "$base$route")
    p() { echo "$out" | awk -v q="$1" '$1 == q { print $2 }'; }
    rps=$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')
    errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { print }')
    printf '%-28s %10s %10s %10s %12s %s\n' "$route" "$(p 50%)" "$(p 90%)" "$(p 99%)" "$rps" "$errors"
done

# 20 submissions in flight at once: every one judged correctly and recorded.
start=$(date +%s.%N)
jobs=()
for i in $(seq 0 19); do
    if (( i % 3 == 0 )); then code=$wrong; else code=$good; fi
    jobs+=("$(submit "$code")")
done
for j in "${jobs[@]}"; do wait_job "$j"; done
end=$(date +%s.%N)
accepted=0; wrong_answers=0
for j in "${jobs[@]}"; do
    v=$(curl -fs "$base/api/jobs/$j")
    case "$v" in *'"verdict":"accepted"'*) accepted=$((accepted+1));; *'"verdict":"wrong_answer"'*) wrong_answers=$((wrong_answers+1));; esac
done
attempts=$(curl -fs "$base/api/stats" | sed 's/.*"attempts":\([0-9]*\).*/\1/')
printf '20 submissions at once: %d accepted (want 13), %d wrong answer (want 7), %d attempts recorded in all (want 22), %.1f s until the last verdict\n' \
    "$accepted" "$wrong_answers" "$attempts" "$(echo "$end - $start" | bc)"
