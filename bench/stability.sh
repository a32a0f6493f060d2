#!/usr/bin/env bash
# Grading stability: every problem's reference and every accepted sample submission in the bank,
# judged RUNS times each, quiet and with a CPU hog on every core (stress-ng, installed if
# missing). Prints, per solution, the distinct (verdict, measured class, meets target) outcomes and
# the wall time to a full report; then the worst cases and the time distribution.
# Usage: RUNS=20 bench/stability.sh [quiet|load|both] [FILTER...]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-both}
shift || true
runs=${RUNS:-20}
cargo build --release --quiet -p onsite
python=${ONSITE_PYTHON:-$(python3 -I -S -c 'import sys; print(sys.executable)')}
export ONSITE_PYTHON="$python"
if [ "$mode" != quiet ] && ! command -v stress-ng >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq stress-ng
fi
out=target/stability
mkdir -p "$out"
# A copy of the binary: rebuilding the workspace meanwhile must not change what is measured.
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
cp "$target/release/onsite" "$out/onsite"
onsite="$out/onsite"
# Warm the caches (prepared tests, measuring inputs, the reference's profile on this machine),
# as from a problem's second judging on: the problems a FILTER matches, or all.
for dir in problems/*/; do
    if [ $# -gt 0 ]; then
        matched=no
        for f in "$@"; do case "$dir" in *"$f"*) matched=yes ;; esac; done
        [ "$matched" = yes ] || continue
    fi
    "$onsite" judge "$(basename "$dir")" "$dir/solution.py" --json >/dev/null 2>&1 || true
done
run() {
    local label=$1
    shift
    "$python" bench/complexity/stability.py "$onsite" "$runs" "$out/$label.jsonl" "$@"
}
if [ "$mode" = quiet ] || [ "$mode" = both ]; then
    run quiet "$@"
fi
if [ "$mode" = load ] || [ "$mode" = both ]; then
    stress-ng --cpu "$(nproc)" --quiet &
    hog=$!
    trap 'kill $hog 2>/dev/null || true' EXIT
    run load "$@"
    kill "$hog" 2>/dev/null || true
fi
"$python" bench/complexity/stability.py --summary "$out"/*.jsonl
