"""Accuracy and speed of onsite's measured time complexity against big_O, on the labelled set
in tests/complexity/ (each file's header names its problem and its true class).

Usage: accuracy.py ONSITE_BINARY PYTHON_WITH_BIG_O [FILE...]
Prints a row per solution and a summary; exits 0. Run through bench/complexity.sh.
With RECORD=OUT.jsonl, also appends what onsite measured (sizes, the candidate's and the
reference's seconds per call) in the format record.py writes, so that the same judgings can be
replayed by `cargo test -p onsite-complexity --test measured`.
"""
import json
import os
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
HARNESS = ROOT / "crates/onsite-judge/harness/harness.py"
# The polynomial degree, as the benchmark's coarse score counts it.
DEGREE = {
    "O(1)": "constant",
    "O(log n)": "log",
    "O(n)": "near-linear",
    "O(n log n)": "near-linear",
    "O(n^2)": "n^2",
    "O(n^3)": "n^3",
    "O(2^n)": "exponential",
}
BIG_O_TIMEOUT = 60


def header(path, key):
    for line in path.read_text().splitlines():
        if not line.startswith("#"):
            break
        if line[1:].strip().startswith(key + ":"):
            return line.split(":", 1)[1].strip()
    return None


def onsite(binary, slug, path):
    started = time.perf_counter()
    out = subprocess.run([binary, "judge", slug, str(path), "--json"], capture_output=True, text=True)
    wall = time.perf_counter() - started
    if out.returncode != 0:
        return None, None, wall, out.stderr.strip().splitlines()[-1:], None
    report = json.loads(out.stdout)
    c = report["complexity"]
    return c["time"], (c.get("measure_ms") or 0) / 1000, wall, report["verdict"], c


def record(sink, path, slug, truth, c):
    samples = [
        {"n": s["n"], "candidate": s["candidate"], "reference": s["reference"]}
        for s in (c or {}).get("samples") or []
    ]
    if sink is None or not samples:
        return
    sink.write(json.dumps({
        "file": str(path.relative_to(ROOT)), "problem": slug, "kind": "labelled", "truth": truth,
        "expected": c.get("expected"), "samples": samples,
    }) + "\n")
    sink.flush()


def big_o(python, binary, slug, path, details):
    if slug not in details:
        spec = subprocess.run([binary, "show", slug, "--json"], capture_output=True, text=True, check=True)
        f = ROOT / "target" / f"bench-{slug}.json"
        f.write_text(spec.stdout)
        details[slug] = f
    gen = ROOT / "problems" / slug / "gen.py"
    started = time.perf_counter()
    try:
        out = subprocess.run(
            [python, str(ROOT / "bench/complexity/big_o_run.py"), str(HARNESS), str(details[slug]), str(gen), str(path)],
            capture_output=True, text=True, timeout=BIG_O_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, BIG_O_TIMEOUT
    if out.returncode != 0:
        return None, time.perf_counter() - started
    result = json.loads(out.stdout)
    return result["class"], result["seconds"]


def main():
    binary, python = sys.argv[1], sys.argv[2]
    files = [pathlib.Path(f) for f in sys.argv[3:]] or sorted((ROOT / "tests/complexity").glob("*/*.py"))
    details = {}
    rows = []
    sink = open(os.environ["RECORD"], "a") if os.environ.get("RECORD") else None
    print(f"{'solution':58} {'truth':11} {'onsite':11} {'big_O':11} {'onsite s':>8} {'big_O s':>8}")
    for path in files:
        truth, slug = header(path, "class"), header(path, "problem")
        if truth is None or slug is None:
            continue
        ours, ours_s, _, verdict, measured = onsite(binary, slug, path)
        record(sink, path, slug, truth, measured)
        theirs, theirs_s = big_o(python, binary, slug, path, details)
        rows.append((path, truth, ours, theirs, ours_s or 0.0, theirs_s))
        name = str(path.relative_to(ROOT / "tests/complexity")) if path.is_relative_to(ROOT / "tests/complexity") else str(path)
        print(f"{name:58} {truth:11} {str(ours):11} {str(theirs):11} {ours_s or 0:8.2f} {theirs_s:8.2f}", flush=True)
    n = len(rows)
    if n == 0:
        print("no labelled solutions found")
        return
    def score(i):
        exact = sum(r[i] == r[1] for r in rows)
        degree = sum(DEGREE.get(r[i]) == DEGREE[r[1]] for r in rows)
        return exact, degree
    (oe, od), (be, bd) = score(2), score(3)
    ot, bt = sum(r[4] for r in rows), sum(r[5] for r in rows)
    print()
    print(f"solutions: {n}")
    print(f"exact class:      onsite {oe}/{n} ({100 * oe / n:.1f}%)   big_O {be}/{n} ({100 * be / n:.1f}%)")
    print(f"degree right:     onsite {od}/{n} ({100 * od / n:.1f}%)   big_O {bd}/{n} ({100 * bd / n:.1f}%)")
    print(f"measuring time:   onsite {ot:.1f} s   big_O {bt:.1f} s   (ratio big_O/onsite {bt / max(ot, 1e-9):.2f})")
    by_class = {}
    for r in rows:
        c = by_class.setdefault(r[1], [0, 0, 0])
        c[0] += 1
        c[1] += r[2] == r[1]
        c[2] += r[3] == r[1]
    print("by class (exact): " + "; ".join(f"{k} onsite {v[1]}/{v[0]} big_O {v[2]}/{v[0]}" for k, v in sorted(by_class.items())))


if __name__ == "__main__":
    main()
