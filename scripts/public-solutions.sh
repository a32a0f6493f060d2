#!/usr/bin/env bash
# Judge the accepted Python solutions of a public solutions repository against the bundled
# problems, so that a package whose constraints or format reject an answer that LeetCode
# accepts is caught. Nothing of the repository is copied into onsite: its files are read from
# the clone given, judged, and only the verdicts are written, to docs/public-solutions.tsv
# (shown in docs/problems.md by scripts/problems-table.sh).
#
# Usage: scripts/public-solutions.sh <clone of github.com/neetcode-gh/leetcode> [slug...]
# (COMMIT=<hash> names the commit when the folder is an export rather than a clone.)
# Each problem `slug` is matched with `python/NNNN-<slug>.py`; without slugs, every bundled
# problem that has one.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=${1:?usage: scripts/public-solutions.sh <clone of neetcode-gh/leetcode> [slug...]}
shift
cargo build --release --quiet -p onsite
bin=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/onsite
commit=${COMMIT:-$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "an unknown commit")}
slugs=("$@")
if [ ${#slugs[@]} -eq 0 ]; then
    mapfile -t slugs < <(ls problems)
fi
out=docs/public-solutions.tsv
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
    echo "# Accepted public solutions judged by onsite (scripts/public-solutions.sh): neetcode-gh/leetcode at $commit."
    echo "# The solutions are not part of onsite; only these verdicts are."
    printf 'slug\tfile\tverdict\tpassed\twhy\n'
} >"$tmp"
for slug in "${slugs[@]}"; do
    file=$(cd "$repo" && ls python/[0-9]*-"$slug".py 2>/dev/null | head -1 || true)
    [ -n "$file" ] || continue
    report=$("$bin" judge "$slug" "$repo/$file" --json --measure-ms 0 2>/dev/null || true)
    line=$(python3 -c '
import json, sys
try:
    r = json.loads(sys.argv[1])
    why = ((r.get("failure") or {}).get("message") or "").replace("\t", " ").replace("\n", " ")
    print("%s\t%d of %d\t%s" % (r["verdict"], r["tests"]["passed"], r["tests"]["total"], why[:160]))
except Exception:
    print("not judged\t-\t")
' "$report")
    printf '%s\t%s\t%s\n' "$slug" "$file" "$line" >>"$tmp"
    printf '%s\t%s\n' "$slug" "$line" >&2
done
# Rows of problems not judged this time are kept.
if [ -f "$out" ]; then
    python3 - "$out" "$tmp" <<'PY'
import sys
old, new = sys.argv[1], sys.argv[2]
rows = lambda path: [l for l in open(path).read().splitlines() if l and not l.startswith("#")][1:]
fresh = {r.split("\t")[0] for r in rows(new)}
kept = [r for r in rows(old) if r.split("\t")[0] not in fresh]
merged = sorted(rows(new) + kept)
head = [l for l in open(new).read().splitlines() if l.startswith("#")] + ["slug\tfile\tverdict\tpassed\twhy"]
open(new, "w").write("\n".join(head + merged) + "\n")
PY
fi
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out"
