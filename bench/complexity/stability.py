"""Judge the bank's references and accepted samples repeatedly; summarise how stable the grading
is. Run through bench/stability.sh.

Usage: stability.py ONSITE RUNS OUT.jsonl [FILTER...]
       stability.py --summary FILE.jsonl...
"""
import collections
import json
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def solutions(filters):
    for d in sorted((ROOT / "problems").iterdir()):
        files = [d / "solution.py"] + sorted((d / "submissions/accepted").glob("*.py"))
        for f in files:
            if f.exists() and (not filters or any(x in str(f) for x in filters)):
                yield d.name, f


def judge(onsite, runs, out, filters):
    with open(out, "w") as sink:
        for run in range(runs):
            for slug, path in solutions(filters):
                started = time.perf_counter()
                r = subprocess.run([onsite, "judge", slug, str(path), "--json"], capture_output=True, text=True)
                wall = time.perf_counter() - started
                try:
                    report = json.loads(r.stdout)
                except json.JSONDecodeError:
                    report = {"verdict": f"error: {r.stderr.strip()[-200:]}", "complexity": {}}
                c = report.get("complexity") or {}
                sink.write(json.dumps({
                    "file": str(path.relative_to(ROOT)), "run": run, "verdict": report["verdict"],
                    "time": c.get("time"), "meets": c.get("meets_target"), "expected": c.get("expected"),
                    "overall": (report.get("scores") or {}).get("overall"), "wall": wall,
                    "reference": path.name == "solution.py",
                }) + "\n")
                sink.flush()
            print(f"run {run + 1}/{runs} done", file=sys.stderr, flush=True)


def summary(files):
    for f in files:
        rows = [json.loads(line) for line in open(f)]
        by = collections.defaultdict(list)
        for r in rows:
            by[r["file"]].append(r)
        unstable, misses = [], []
        for file, rs in sorted(by.items()):
            outcomes = collections.Counter((r["verdict"], r["time"], r["meets"]) for r in rs)
            if len(outcomes) > 1:
                unstable.append((file, outcomes))
            if any(r["reference"] and r["meets"] is False for r in rs):
                misses.append(file)
        walls = sorted(r["wall"] for r in rows)
        n = len(by)
        runs = max(len(rs) for rs in by.values()) if by else 0
        print(f"\n## {pathlib.Path(f).stem}: {n} solutions × {runs} runs")
        print(f"same verdict, class and meets-target in every run: {n - len(unstable)} of {n}")
        print(f"references reported as missing their own target: {len(misses)} {misses}")
        if walls:
            p90 = walls[min(len(walls) - 1, int(0.9 * len(walls)))]
            print(f"time to a full report: median {statistics.median(walls):.2f} s, 90th percentile {p90:.2f} s, max {walls[-1]:.2f} s")
        scores = sum(1 for rs in by.values() if len({r["overall"] for r in rs}) == 1)
        print(f"same overall score in every run: {scores} of {n}")
        slowest = sorted(by.items(), key=lambda kv: -statistics.median(r["wall"] for r in kv[1]))[:5]
        print("slowest (median wall): " + ", ".join(
            f"{file} {statistics.median(r['wall'] for r in rs):.2f} s" for file, rs in slowest))
        unclear = sum(1 for r in rows if r["time"] is None and r["verdict"] == "accepted")
        print(f"accepted judgings whose time class was 'could not tell': {unclear} of {len(rows)}")
        for file, outcomes in unstable:
            seen = ", ".join(f"{v} {t} meets={m} ×{k}" for (v, t, m), k in outcomes.most_common())
            print(f"  unstable: {file}: {seen}")
        for file, rs in sorted(by.items()):
            overall = collections.Counter(r["overall"] for r in rs)
            if len(overall) > 1:
                print(f"  score varies: {file}: " + ", ".join(f"{o} ×{k}" for o, k in overall.most_common()))


if __name__ == "__main__":
    if sys.argv[1] == "--summary":
        summary(sys.argv[2:])
    else:
        judge(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:])
