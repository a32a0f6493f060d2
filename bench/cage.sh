#!/usr/bin/env bash
# The cost of the cage: a bare interpreter start, the same inside onsite's cage, inside
# bubblewrap with equivalent isolation, and a whole judge of two-sum's reference, side by side.
# Installs hyperfine and bubblewrap from Debian's packages when they are missing (here only:
# onsite itself never needs bubblewrap).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v bwrap >/dev/null || missing+=(bubblewrap)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} for the benchmark" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}"
fi
cargo build --release --quiet -p onsite
cargo build --release --quiet -p onsite-cage --example cage_run
python=${ONSITE_PYTHON:-$(python3 -I -S -c 'import sys; print(sys.executable)')}
prefix=$(dirname "$(dirname "$python")")
extra=()
case "$prefix" in /usr*) ;; *) extra=(--extra "$prefix") ;; esac
bwrap_extra=()
case "$prefix" in /usr*) ;; *) bwrap_extra=(--ro-bind "$prefix" "$prefix") ;; esac
links=()
for d in bin lib lib64 sbin; do
    if [ -L "/$d" ]; then links+=(--symlink "$(readlink "/$d")" "/$d"); elif [ -d "/$d" ]; then links+=(--ro-bind "/$d" "/$d"); fi
done
# Equivalent isolation: every namespace, read-only /usr and interpreter, devices, /proc, a
# private tmpfs work directory, a new session, death with the parent.
bwrap_cmd="bwrap --unshare-all --die-with-parent --new-session --ro-bind /usr /usr ${links[*]} ${bwrap_extra[*]} --dev /dev --proc /proc --tmpfs /work --chdir /work $python -I -S -c pass"
./target/release/onsite --python "$python" judge --measure-ms 0 two-sum problems/two-sum/solution.py >/dev/null
hyperfine -N --warmup 5 --runs "${RUNS:-50}" \
    -n "python -I -S -c pass" "$python -I -S -c pass" \
    -n "onsite cage" "./target/release/examples/cage_run ${extra[*]} $python -I -S -c pass" \
    -n "onsite cage without cgroups" "./target/release/examples/cage_run --no-cgroups ${extra[*]} $python -I -S -c pass" \
    -n "bubblewrap" "$bwrap_cmd" \
    -n "onsite judge two-sum" "./target/release/onsite --python $python judge --measure-ms 0 two-sum problems/two-sum/solution.py" \
    "$@"
