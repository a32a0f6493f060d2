#!/usr/bin/env bash
# Verify every problem package: each reference against its brute force on stress inputs, mutants
# of the reference killed, slow brute forces stopped, follow-ups judged (fixed seed, at most 80
# mutants each). CI verifies the packages a
# change touches plus a rotating sample instead (scripts/verify-changed.sh).
# Usage: scripts/verify-all.sh [extra `problems verify` options, e.g. --json]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -p onsite -- problems verify --all "$@"
