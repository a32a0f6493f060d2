#!/usr/bin/env bash
# Measured time complexity: onsite against the PyPI package big_O on the labelled solutions in
# tests/complexity/ (accuracy and time, side by side, in one run). Installs big_O into a
# virtual environment under target/ (nothing system-wide). Results go to docs/benchmarks.md.
# LOAD=1 runs the whole comparison with `stress-ng --cpu <cores>` on every core (installed if
# missing). RECORD=OUT.jsonl also keeps onsite's measurements for the replay test
# (`cargo test -p onsite-complexity --test measured`).
# Usage: [LOAD=1] [RECORD=OUT.jsonl] bench/complexity.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p onsite
python=${ONSITE_PYTHON:-$(python3 -I -S -c 'import sys; print(sys.executable)')}
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
mkdir -p target/complexity
# A copy of the binary: rebuilding the workspace meanwhile must not change what is measured.
onsite=target/complexity/onsite
cp "$target/release/onsite" "$onsite"
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -c 'import big_o' 2>/dev/null || "$venv/bin/pip" install --quiet 'big-O==0.11.0'
export ONSITE_PYTHON="$python"
# Warm the caches (prepared tests and measuring inputs) so that neither tool pays for them.
for slug in $(sed -n 's/^# problem: *//p' tests/complexity/*/*.py | sort -u); do
    "$onsite" judge "$slug" "problems/$slug/solution.py" --json >/dev/null
done 2>/dev/null || true
if [ "${LOAD:-0}" = 1 ]; then
    if ! command -v stress-ng >/dev/null 2>&1; then
        SUDO=""
        if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
        $SUDO apt-get update -qq && $SUDO apt-get install -y -qq stress-ng
    fi
    stress-ng --cpu "$(nproc)" --quiet &
    hog=$!
    trap 'kill $hog 2>/dev/null || true' EXIT
fi
"$venv/bin/python" bench/complexity/accuracy.py "$onsite" "$venv/bin/python" "$@"
