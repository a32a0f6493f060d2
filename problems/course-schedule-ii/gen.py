def generate(n, rng, kind="dag"):
    """About n prerequisite pairs. kind "dag": pairs going from earlier to later courses of a
    random order, over min(2000, n // 5 + 2) courses (an order exists); "cycle": the same plus
    pairs closing one long cycle (no order); "sparse": as many courses as pairs allow, so many
    courses have no prerequisite; "chain" and "reverse_chain": one line of courses numbered
    forwards or backwards. A "large_" prefix (the large-catalogue follow-up) allows 10^5
    courses and 2 * 10^5 pairs."""
    large = kind.startswith("large_")
    kind = kind.removeprefix("large_")
    most_courses, most_pairs = (10**5, 2 * 10**5) if large else (2000, 5 * 10**4)
    n = max(0, min(n, most_pairs))
    if kind in ("chain", "reverse_chain"):
        courses = max(1, min(n + 1, most_courses))
        if kind == "chain":
            return {"num_courses": courses, "prerequisites": [[i + 1, i] for i in range(courses - 1)]}
        return {"num_courses": courses, "prerequisites": [[i, i + 1] for i in range(courses - 1)]}
    if kind == "sparse":
        courses = max(1, min(most_courses, 2 * n + 1))
    else:
        courses = max(1, min(most_courses, n // 5 + 2))
    order = list(range(courses))
    rng.shuffle(order)
    extra = courses if kind == "cycle" else 0
    wanted = max(0, min(n, courses * (courses - 1) // 2) - extra)
    pairs = set()
    while len(pairs) < wanted:
        i, j = sorted(rng.sample(range(courses), 2))
        pairs.add((order[j], order[i]))
    prereqs = [list(p) for p in pairs]
    if kind == "cycle" and courses >= 2:
        start = rng.randrange(courses - 1)
        if (order[start], order[-1]) not in pairs:
            prereqs.append([order[start], order[-1]])
        for k in range(start, courses - 1):
            if (order[k + 1], order[k]) not in pairs:
                prereqs.append([order[k + 1], order[k]])
    rng.shuffle(prereqs)
    return {"num_courses": courses, "prerequisites": prereqs}
