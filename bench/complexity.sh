#!/usr/bin/env bash
# Measured time complexity: onsite against the PyPI package big_O on the labelled solutions in
# tests/complexity/ (accuracy and time, side by side, in one run). Installs big_O into a
# virtual environment under target/ (nothing system-wide). Results go to docs/benchmarks.md.
# Usage: bench/complexity.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p onsite
python=${ONSITE_PYTHON:-$(python3 -I -S -c 'import sys; print(sys.executable)')}
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -c 'import big_o' 2>/dev/null || "$venv/bin/pip" install --quiet 'big-O==0.11.0'
export ONSITE_PYTHON="$python"
# Warm the caches (prepared tests and measuring inputs) so that neither tool pays for them.
for slug in $(sed -n 's/^# problem: *//p' tests/complexity/*/*.py | sort -u); do
    ./target/release/onsite judge "$slug" "problems/$slug/solution.py" --json >/dev/null
done 2>/dev/null || true
"$venv/bin/python" bench/complexity/accuracy.py ./target/release/onsite "$venv/bin/python" "$@"
