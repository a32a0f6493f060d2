#!/usr/bin/env bash
# Grade the same solutions with two builds of onsite taking turns, run by run, so that both see
# the same load; then print both summaries side by side (bench/complexity/stability.py).
# Usage: RUNS=10 bench/ab.sh <old onsite> <new onsite> <filter>...
#   filters select the bank's references and accepted samples by path (e.g. binary-search/).
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bench/ab.sh OLD NEW FILTER...}
new=${2:?usage: bench/ab.sh OLD NEW FILTER...}
shift 2
runs=${RUNS:-10}
out=target/ab
mkdir -p "$out"
rm -f "$out"/old-*.jsonl "$out"/new-*.jsonl
for run in $(seq 1 "$runs"); do
    python3 bench/complexity/stability.py "$old" 1 "$out/old-$run.jsonl" "$@" 2>/dev/null
    python3 bench/complexity/stability.py "$new" 1 "$out/new-$run.jsonl" "$@" 2>/dev/null
    echo "run $run of $runs done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
cat "$out"/old-*.jsonl >"$out/old.jsonl"
cat "$out"/new-*.jsonl >"$out/new.jsonl"
python3 bench/complexity/stability.py --summary "$out/old.jsonl" "$out/new.jsonl"
