#!/usr/bin/env bash
# Judging two-sum's reference through `onsite judge` vs the same inputs in a bare Python loop.
# Needs hyperfine (Debian: apt-get install hyperfine). Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
python=${ONSITE_PYTHON:-$(python3 -I -S -c 'import sys; print(sys.executable)')}
onsite=./target/release/onsite
# Warm the caches (interpreter path, harness bytecode, prepared tests) as a second run would.
"$onsite" --python "$python" judge --measure-ms 0 two-sum problems/two-sum/solution.py >/dev/null
hyperfine -N --warmup 5 --runs "${RUNS:-50}" \
    -n "bare Python loop" "$python -I -S bench/bare_two_sum.py problems/two-sum" \
    -n "onsite judge" "$onsite --python $python judge --measure-ms 0 two-sum problems/two-sum/solution.py" \
    "$@"
