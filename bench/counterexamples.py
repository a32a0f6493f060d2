#!/usr/bin/env python3
"""Judge every wrong_answer (and runtime_error) sample submission in the bank and report the
counterexample onsite found: after a hidden-test failure, found or not; after a failing visible
example, whether a smaller failing input than the example's was found; its size and the time the
search took. Usage: bench/counterexamples.py <onsite binary> [problems dir] [slug...]"""
import json
import os
import statistics
import subprocess
import sys


def main():
    onsite = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "problems"
    only = set(sys.argv[3:])
    rows = []
    for slug in sorted(os.listdir(root)):
        if only and slug not in only:
            continue
        for verdict in ("wrong_answer", "runtime_error"):
            folder = os.path.join(root, slug, "submissions", verdict)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".py"):
                    continue
                out = subprocess.run([onsite, "judge", slug, os.path.join(folder, name), "--json",
                                      "--measure-ms", "0"], capture_output=True, text=True)
                try:
                    report = json.loads(out.stdout)
                except json.JSONDecodeError:
                    rows.append((slug, verdict, name, "error", None, None))
                    continue
                test = (report.get("failure") or {}).get("test") or {}
                search = report.get("counterexample")
                if test.get("visible"):
                    if search is None:
                        rows.append((slug, verdict, name, "example, no search", None, None))
                    elif search["found"]:
                        rows.append((slug, verdict, name, "example, smaller found",
                                     search["found"]["size"], search["searched_ms"]))
                    else:
                        rows.append((slug, verdict, name, "example, none smaller", None,
                                     search["searched_ms"]))
                elif search is None:
                    rows.append((slug, verdict, name, "no search (%s)" % report["verdict"], None, None))
                elif search["found"]:
                    rows.append((slug, verdict, name, "found", search["found"]["size"], search["searched_ms"]))
                else:
                    rows.append((slug, verdict, name, "not found", None, search["searched_ms"]))
                print("%-45s %-14s %-40s %-26s %5s %7s" % (rows[-1][0], rows[-1][1], rows[-1][2], rows[-1][3],
                      "" if rows[-1][4] is None else rows[-1][4], "" if rows[-1][5] is None else "%.0f" % rows[-1][5]),
                      flush=True)
    searched = [r for r in rows if r[3] in ("found", "not found")]
    found = [r for r in searched if r[3] == "found"]
    print()
    print("samples judged: %d; failed a hidden test and searched: %d; counterexample found: %d"
          % (len(rows), len(searched), len(found)))
    if found:
        sizes = [r[4] for r in found]
        times = [r[5] for r in found]
        print("size of the shrunk input: median %s, max %s" % (statistics.median(sizes), max(sizes)))
        print("time to find: median %.0f ms, max %.0f ms" % (statistics.median(times), max(times)))
    examples = [r for r in rows if r[3].startswith("example")]
    smaller = [r for r in examples if r[3] == "example, smaller found"]
    print("failed a visible example: %d; a smaller failing input found: %d" % (len(examples), len(smaller)))
    if smaller:
        sizes = [r[4] for r in smaller]
        times = [r[5] for r in examples if r[5] is not None]
        print("size of the smaller input: median %s, max %s; search time over all examples: median %.0f ms, max %.0f ms"
              % (statistics.median(sizes), max(sizes), statistics.median(times), max(times)))
    for r in searched:
        if r[3] == "not found":
            print("not found: %s %s" % (r[0], r[2]))


main()
