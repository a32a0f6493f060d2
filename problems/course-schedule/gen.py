def generate(n, rng, kind="dag"):
    """About n prerequisite pairs over n // 5 + 2 courses.

    kind "dag": edges only from a random order's earlier to later courses (possible);
    "cycle": the same plus one edge closing a long cycle (impossible);
    "chain": one course after another, n + 1 courses in a single line (the deepest search);
    "reverse_chain": the same line numbered backwards (course i needs course i + 1), so that a
    solution freeing courses in numeric order frees only one course per pass."""
    if kind in ("chain", "reverse_chain"):
        courses = min(n + 1, 10**4)
        if kind == "chain":
            return {"num_courses": courses, "prerequisites": [[i + 1, i] for i in range(courses - 1)]}
        return {"num_courses": courses, "prerequisites": [[i, i + 1] for i in range(courses - 1)]}
    courses = min(10**4, n // 5 + 2)
    order = list(range(courses))
    rng.shuffle(order)
    pairs = set()
    # The cycle kind adds up to `courses` pairs below; stay within n pairs in all.
    wanted = min(n, courses * (courses - 1) // 2) - (courses if kind == "cycle" else 0)
    while len(pairs) < max(0, wanted):
        i, j = sorted(rng.sample(range(courses), 2))
        pairs.add((order[j], order[i]))
    prereqs = [list(p) for p in pairs]
    if kind == "cycle":
        prereqs.append([order[0], order[-1]])
        for k in range(courses - 1):
            if (order[k + 1], order[k]) not in pairs:
                prereqs.append([order[k + 1], order[k]])
    rng.shuffle(prereqs)
    return {"num_courses": courses, "prerequisites": prereqs}
