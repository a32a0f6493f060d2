#!/usr/bin/env bash
# How far past its time limit each problem's brute force runs: every package is copied with its
# time limit multiplied by FACTOR (default 4) and its brute.py judged there. A brute force that
# `problems verify` expects the limits to stop should show a ratio well above 1 (it is stopped
# at FACTOR); one near 1 stops on a slow machine and passes on a fast one, which makes verify
# flaky. Prints: slug, verdict at the raised limit, slowest test in ms, the real limit, ratio.
# With BRUTE_TESTS=1 only the tests a brute force must pass are kept (those not marked
# `"brute": false`), as the package tests judge it: there every ratio must stay well below 1
# (a brute force at 0.93 of its limit on 2000 bars failed once under a parallel test suite).
set -euo pipefail
cd "$(dirname "$0")/.."
factor=${1:-4}
cargo build --release --quiet -p onsite
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
onsite="$target/release/onsite"
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r problems/. "$copy"
if [ "${BRUTE_TESTS:-0}" = 1 ]; then
    # Each test the brute force is spared becomes a copy of the file's first one it is not, so
    # that the package keeps its count of tests.
    for tests in "$copy"/*/tests/*.jsonl; do
        python3 - "$tests" <<'PY'
import json, sys
path = sys.argv[1]
lines = [l for l in open(path) if l.strip()]
kept = [l for l in lines if json.loads(l).get("brute", True)]
if kept:
    open(path, "w").write("".join(l if json.loads(l).get("brute", True) else kept[0] for l in lines))
PY
    done
fi
for toml in "$copy"/*/problem.toml; do
    python3 - "$toml" "$factor" <<'PY'
import re, sys
path, factor = sys.argv[1], int(sys.argv[2])
text = open(path).read()
text = re.sub(r"(?m)^time_ms = (\d+)$", lambda m: f"time_ms = {int(m.group(1)) * factor}", text)
open(path, "w").write(text)
PY
done
for dir in problems/*/; do
    slug=$(basename "$dir")
    limit=$(sed -n 's/^time_ms = \([0-9]*\)$/\1/p' "$dir/problem.toml")
    report=$("$onsite" --problems-dir "$copy" judge "$slug" "$copy/$slug/brute.py" --measure-ms 0 --json 2>"$copy/.why") || true
    if [ -n "$report" ]; then
        python3 -c "
import json, sys
r = json.loads(sys.argv[1])
ms = r['stats']['max_cpu_ms']
print(f\"{'$slug':48} {r['verdict']:24} {ms:8.0f} ms  limit {$limit:5} ms  ratio {ms / $limit:5.2f}\")
" "$report"
    else
        # A package whose constraints list every input (`every_input`) cannot lose its spared
        # tests to copies: it is refused, and says so.
        echo "$slug: could not judge its brute force: $(head -c 300 "$copy/.why")"
    fi
done | awk '{ print $NF, $0 }' | sort -n | cut -d" " -f2-
