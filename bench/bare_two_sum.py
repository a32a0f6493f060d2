"""The baseline for docs/benchmarks.md: two-sum's reference solution on exactly the inputs
`onsite judge two-sum` runs (examples, hidden tests, and the generated large tests with their
seeds), each answer verified by the package's checker, in one bare Python loop. No sandbox,
no separate process per role, no protocol: the cost of the work itself.

Usage: python3 -I -S bench/bare_two_sum.py problems/two-sum
"""
import json
import random
import sys


def load(path, name):
    ns = {"__name__": name}
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns


def main(pkg):
    solution = load(pkg + "/solution.py", "solution")["two_sum"]
    generate = load(pkg + "/gen.py", "gen")["generate"]
    check = load(pkg + "/checker.py", "checker")["check"]
    cases = []
    for name in ("examples", "hidden"):
        with open("%s/tests/%s.jsonl" % (pkg, name)) as f:
            for line in f:
                case = json.loads(line)
                if "gen" in case:
                    case["input"] = generate(case["gen"]["n"], random.Random(case["gen"]["seed"]))
                cases.append(case)
    failed = 0
    for case in cases:
        args = case["input"]
        actual = solution(list(args["nums"]), args["target"])
        ok, _ = check(args, None, json.loads(json.dumps(actual)))
        failed += not ok
    if failed:
        sys.exit("%d of %d failed" % (failed, len(cases)))


main(sys.argv[1])
