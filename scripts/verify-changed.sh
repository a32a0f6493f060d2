#!/usr/bin/env bash
# Verify the problem packages a change touches, plus a rotating sample of the rest.
#
# docs/problems.md is regenerated from a full `problems verify --all` (scripts/problems-table.sh),
# so the packages changed since the last commit that touched it are the ones no full
# verification has seen: all of them are verified. Then SAMPLE (default 12) more, chosen by the
# day: the bank sorted by name is cut into slices of SAMPLE, and day d verifies slice
# d mod (number of slices), so every package is verified again within a few days of CI runs.
# Without the history to tell (not a git checkout, a shallow clone, or no such commit), every
# package is verified.
# Usage: scripts/verify-changed.sh            (SAMPLE=n and DAY=d override the sample)
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${SAMPLE:-12}
day=${DAY:-$(( $(date -u +%s) / 86400 ))}
cargo build --release --quiet -p onsite
bin=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/onsite

all=$(ls problems)
base=""
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
    && [ "$(git rev-parse --is-shallow-repository)" = false ]; then
    base=$(git log -1 --format=%H -- docs/problems.md || true)
fi
if [ -z "$base" ]; then
    echo "verify: no history to tell which packages changed; verifying every package"
    exec "$bin" problems verify --all
fi

# Changed since the table was made: committed, staged, unstaged, or new and untracked.
changed=$( { git diff --name-only "$base" -- problems/; git ls-files --others --exclude-standard -- problems/; } \
    | cut -d/ -f2 | sort -u)
picked=$(python3 - "$sample" "$day" $all <<'PY'
import sys
size, day, names = int(sys.argv[1]), int(sys.argv[2]), sorted(sys.argv[3:])
slices = [names[i:i + size] for i in range(0, len(names), size)] or [[]]
print("\n".join(slices[day % len(slices)]))
PY
)
slugs=$(printf '%s\n%s\n' "$changed" "$picked" | grep -x -F -f <(echo "$all") | sort -u)
echo "verify: changed since $(git log -1 --format='%h %cs' "$base") (docs/problems.md): $(echo $changed | wc -w); rotating sample of day $day: $(echo $picked | wc -w)"
# shellcheck disable=SC2086 # one slug per word
exec "$bin" problems verify $slugs
