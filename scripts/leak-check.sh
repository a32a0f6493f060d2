#!/usr/bin/env bash
# Run the hostile submissions ROUNDS times (default 20) and check that nothing is left behind:
# no interpreter process, no onsite cgroup, no run directory, no mount.
# Usage: scripts/leak-check.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
snapshot() {
    {
        pgrep -f 'python3? -I -S -B' | sed 's/^/process /' || true
        find /sys/fs/cgroup -maxdepth 6 -name 'onsite-*' 2>/dev/null | sed 's/^/cgroup /' || true
        find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'onsite-run-*' 2>/dev/null | sed 's/^/dir /' || true
        grep -c onsite /proc/self/mountinfo | sed 's/^/mounts /' || true
    } | sort
}
cargo test --quiet -p onsite-judge --test judge --no-run
before=$(snapshot)
for i in $(seq "$rounds"); do
    cargo test --quiet -p onsite-judge --test judge -- --skip package:: >/dev/null
    echo "round $i/$rounds passed"
done
sleep 1
after=$(snapshot)
# Only what appeared counts: something of another run on the machine may end meanwhile.
left=$(comm -13 <(echo "$before") <(echo "$after"))
if [ -n "$left" ]; then
    echo "left behind:" >&2
    echo "$left" >&2
    exit 1
fi
echo "nothing left behind after $rounds rounds"
