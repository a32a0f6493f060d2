"""Record what `onsite judge --json` measures (sizes, the candidate's and the reference's seconds
per call) for the labelled solutions in tests/complexity/ and, optionally, every reference and
accepted sample in the bank: one JSON line each, in the format
`crates/onsite-complexity/tests/measured.rs` replays from tests/complexity/measured/.

Usage: record.py ONSITE_BINARY OUT.jsonl [labelled,reference,accepted] [FILTER...]
Run it quiet or under load, and name the file after the date and the load.
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def header(path, key):
    for line in path.read_text().splitlines():
        if not line.startswith("#"):
            break
        if line[1:].strip().startswith(key + ":"):
            return line.split(":", 1)[1].strip()
    return None


def solutions():
    for p in sorted((ROOT / "tests/complexity").glob("*/*.py")):
        yield p, header(p, "problem"), header(p, "class"), "labelled"
    for d in sorted((ROOT / "problems").iterdir()):
        if (d / "solution.py").exists():
            yield d / "solution.py", d.name, None, "reference"
        for s in sorted((d / "submissions/accepted").glob("*.py")):
            yield s, d.name, None, "accepted"


def main():
    binary, out = sys.argv[1], sys.argv[2]
    kinds = set((sys.argv[3] if len(sys.argv) > 3 else "labelled,reference,accepted").split(","))
    filters = sys.argv[4:]
    with open(out, "a") as sink:
        for path, slug, truth, kind in solutions():
            if kind not in kinds or (filters and not any(f in str(path) for f in filters)):
                continue
            r = subprocess.run([binary, "judge", slug, str(path), "--json"], capture_output=True, text=True)
            try:
                report = json.loads(r.stdout)
            except json.JSONDecodeError:
                print(f"{path}: {r.stderr.strip()[-300:]}", file=sys.stderr)
                continue
            c = report.get("complexity") or {}
            samples = [
                {"n": s["n"], "candidate": s["candidate"], "reference": s["reference"]}
                for s in c.get("samples") or []
            ]
            if not samples:
                continue
            sink.write(json.dumps({
                "file": str(path.relative_to(ROOT)), "problem": slug, "kind": kind, "truth": truth,
                "expected": c.get("expected"), "samples": samples,
            }) + "\n")
            sink.flush()
            print(f"{kind:9} {path.relative_to(ROOT)} {truth or ''} -> {c.get('time')}", flush=True)


if __name__ == "__main__":
    main()
