#!/usr/bin/env bash
# The practice history at scale: histories of 1,000 / 10,000 / 100,000 attempts (made directly
# in SQL, about 4 KB of code and report each, as real attempts are), then the time of
# `onsite stats`, `onsite submit --measure-ms 0` and two API reads (`/api/stats`,
# `/api/problems/two-sum`, with its size), and the server's memory after those reads.
#
# Usage: bench/history.sh [ONSITE_BINARY]      (default: builds and uses target/release/onsite)
#        SIZES="1000 10000" bench/history.sh   (fewer sizes)
# Needs sqlite3, curl and hyperfine (installed from Debian's packages when missing).
# Prints one Markdown table; docs/benchmarks.md has the runs kept.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} for the benchmark" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}"
fi
if [ $# -ge 1 ]; then
    onsite=$(realpath "$1")
else
    cargo build --release --quiet -p onsite
    onsite=$PWD/target/release/onsite
fi
sizes=${SIZES:-"1000 10000 100000"}
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export ONSITE_MEASURE_MS=0 NO_COLOR=1
cat > "$work/two_sum.py" <<'PY'
# onsite: two-sum
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY

# A history of $1 attempts in $2: spread over the bank, three attempts a session, a hint in
# every fourth session, one a minute going back from now.
make_history() {
    local n=$1 data=$2
    mkdir -p "$data"
    ONSITE_DATA_DIR=$data "$onsite" plan --core >/dev/null
    local slugs
    slugs=$("$onsite" list --json | sed -n 's/.*"slug": "\([^"]*\)".*/\1/p' | sed "s/.*/('&')/" | paste -sd, -)
    sqlite3 "$data/onsite.db" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE bank (k INTEGER PRIMARY KEY, slug TEXT);
INSERT INTO bank (slug) VALUES $slugs;
CREATE TEMP TABLE pad AS SELECT substr(replace(hex(zeroblob(2000)), '00', 'ab'), 1, 3500) AS text;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < ($n + 2) / 3 - 1)
INSERT INTO sessions (id, problem, mode, started_at)
SELECT i + 1, (SELECT slug FROM bank WHERE bank.k = 1 + i % (SELECT COUNT(*) FROM bank)),
       'practice', CAST(strftime('%s', 'now') AS INTEGER) * 1000 - ($n - i * 3) * 60000 - 600000
FROM k;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < $n - 1)
INSERT INTO attempts (session_id, problem, mode, started_at, submitted_at, verdict, passed, total,
                      hints_used, score, complexity, meets_target, filename, code, report)
SELECT s.id, s.problem, 'practice', s.started_at, s.started_at + (1 + i % 3) * 60000,
       CASE WHEN i % 3 = 2 THEN 'accepted' ELSE 'wrong_answer' END,
       CASE WHEN i % 3 = 2 THEN 40 ELSE 7 END, 40, 0, 70, 'O(n)', 1, 'solution.py',
       '# onsite: ' || s.problem || char(10) || substr((SELECT text FROM pad), 1, 500),
       '{"pad":"' || (SELECT text FROM pad) || '"}'
FROM k JOIN sessions s ON s.id = i / 3 + 1;
INSERT INTO hints (session_id, problem, number, shown_at)
SELECT id, problem, 1, started_at + 30000 FROM sessions WHERE id % 4 = 0;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
}

echo "| attempts | file | \`stats\` | \`submit --measure-ms 0\` | \`/api/stats\` | \`/api/problems/two-sum\` | its size | server RSS |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
    data=$work/h$n
    make_history "$n" "$data"
    export ONSITE_DATA_DIR=$data
    size=$(du -m "$data/onsite.db" | cut -f1)
    mean() { sed -n 's/.*"mean": \([0-9.e-]*\).*/\1/p' "$1" | head -1 | awk '{printf "%.3f s", $1}'; }
    hyperfine -N --warmup 2 --runs 10 --export-json "$work/stats.json" "$onsite stats --json" >/dev/null
    hyperfine -N --warmup 1 --runs 5 --export-json "$work/submit.json" "$onsite submit $work/two_sum.py --measure-ms 0 --json" >/dev/null
    port=$((7800 + RANDOM % 100))
    "$onsite" serve --addr "127.0.0.1:$port" --workers 1 >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
    hyperfine -N --warmup 2 --runs 20 --export-json "$work/api-stats.json" "curl -sf http://127.0.0.1:$port/api/stats -o /dev/null" >/dev/null
    hyperfine -N --warmup 2 --runs 20 --export-json "$work/api-problem.json" "curl -sf http://127.0.0.1:$port/api/problems/two-sum -o /dev/null" >/dev/null
    bytes=$(curl -sf "http://127.0.0.1:$port/api/problems/two-sum" | wc -c)
    rss=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status")
    kill -INT "$server"; wait "$server" || true; server=""
    echo "| $n | $size MB | $(mean "$work/stats.json") | $(mean "$work/submit.json") | $(mean "$work/api-stats.json") | $(mean "$work/api-problem.json") | $((bytes / 1024)) KB | $rss |"
done
