def generate(n, rng, kind="random"):
    """The constructor and n - 1 calls (n at most 5 * 10^4 + 1). kind "random": add_num and
    find_median mixed, values from a narrow range half the time (so the median repeats) or the
    whole range; "alternate": every add_num followed by a find_median, over the whole range,
    where sorting on each query costs the whole history every time; "rising": increasing values,
    so every new value lands on the same side; "small" (the small-range follow-up): values in
    0..100 only."""
    n = max(1, min(n, 5 * 10**4 + 1))
    ops, args = ["MedianFinder"], [[]]
    high = 3 if rng.random() < 0.5 else 10**5
    count = 0
    for i in range(n - 1):
        if kind == "alternate":
            query = i % 2 == 1
        else:
            query = count > 0 and rng.random() < 0.4
        if query:
            ops.append("find_median")
            args.append([])
            continue
        if kind == "rising":
            value = -10**5 + i * max(1, 2 * 10**5 // n)
        elif kind == "small":
            value = rng.randint(0, 100)
        elif kind == "alternate":
            value = rng.randint(-10**5, 10**5)
        else:
            value = rng.randint(-high, high)
        ops.append("add_num")
        args.append([value])
        count += 1
    return {"operations": ops, "arguments": args}
