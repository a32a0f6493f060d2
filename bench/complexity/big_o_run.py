"""Estimate one solution's time complexity with the PyPI package big_O, on the same inputs
onsite measures: the problem's own generator, at the same size range (n_max/128 .. n_max).

Usage: big_o_run.py HARNESS_PY PROBLEM_JSON GEN_PY SOLUTION_PY
Prints one JSON line: {"class": "O(n)" or null, "seconds": wall time spent}.

Inputs are generated and converted (linked lists, trees...) outside the timed call, through
onsite's own harness functions, so that big_O times the solution alone, as onsite does.
"""
import json
import random
import sys
import time

import big_o

NAMES = {
    "Constant": "O(1)",
    "Logarithmic": "O(log n)",
    "Linear": "O(n)",
    "Linearithmic": "O(n log n)",
    "Quadratic": "O(n^2)",
    "Cubic": "O(n^3)",
    "Exponential": "O(2^n)",
}


def main():
    harness_path, problem_path, gen_path, solution_path = sys.argv[1:5]
    source = open(harness_path).read()
    # The harness serves its pipes when it ends with `_main()`; only its functions are wanted.
    source = source[: source.rindex("_main()")]
    h = {"__name__": "onsite_harness"}
    prelude = harness_path.replace("harness.py", "prelude.py")
    exec(compile(open(prelude).read(), prelude, "exec"), h)
    exec(compile(source, harness_path, "exec"), h)
    detail = json.load(open(problem_path))
    problem = detail["interface"]
    h["_STATE"]["problem"] = problem
    code = open(solution_path).read()
    ns = h["_prelude_for"](code)
    ns.update({"__name__": "solution", "__file__": solution_path})
    exec(compile(code, solution_path, "exec"), ns)
    h["_STATE"]["entry"] = h["_entry"](ns, problem)
    gen = {"__name__": "gen"}
    exec(compile(open(gen_path).read(), gen_path, "exec"), gen)
    sys.setrecursionlimit(max(10000, detail["n_max"] * 10 + 1000))

    def data(n):
        return h["_arguments"]({"input": gen["generate"](int(n), random.Random(int(n)))})

    if "design" in problem:
        def call(d):
            return h["_run_design"](problem["design"], d[0], d[1])
    else:
        def call(d):
            return h["_run_function"](problem["signature"], d[0], None, d[1])

    n_max = detail["n_max"]
    started = time.perf_counter()
    best, _ = big_o.big_o(call, data, min_n=max(8, n_max // 128), max_n=n_max, n_measures=8)
    seconds = time.perf_counter() - started
    print(json.dumps({"class": NAMES.get(type(best).__name__), "seconds": seconds}))


if __name__ == "__main__":
    main()
