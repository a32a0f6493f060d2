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
python3 - "$base" <<'PY'
import json, sys, time, urllib.request
base = sys.argv[1]
good = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n"
wrong = "def two_sum(nums, target):\n    return [0, 1]\n"
def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
before = call("GET", "/api/stats")["attempts"]
start = time.monotonic()
jobs = [(i, call("POST", "/api/problems/two-sum/submit", {"code": wrong if i % 3 == 0 else good})["job"]) for i in range(20)]
results = {}
while len(results) < len(jobs):
    for i, j in jobs:
        if i in results:
            continue
        state = call("GET", f"/api/jobs/{j}")
        if state["finished"]:
            results[i] = state["events"][-1]
    time.sleep(0.05)
elapsed = time.monotonic() - start
right = sum(1 for i, e in results.items() if e["type"] == "done" and e["report"]["verdict"] == ("wrong_answer" if i % 3 == 0 else "accepted"))
failed = [e["message"] for e in results.values() if e["type"] == "failed"]
recorded = call("GET", "/api/stats")["attempts"] - before
print(f"20 submissions at once: {right} of 20 judged right, {recorded} recorded, {len(failed)} failed{': ' + failed[0] if failed else ''}; {elapsed:.1f} s until the last verdict")
PY
