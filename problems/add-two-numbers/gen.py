def generate(n, rng, kind="random"):
    """Two numbers as digit lists, lowest digit first, without leading zeros. kind "random":
    the first has n digits, the second 1..n; "nines": n nines plus [1], so a carry ripples
    through every digit and adds one more; "equal": both n digits long."""
    size = max(1, n)

    def number(length):
        if length == 1:
            return [rng.randint(0, 9)]
        return [rng.randint(0, 9) for _ in range(length - 1)] + [rng.randint(1, 9)]

    if kind == "nines":
        return {"l1": [9] * size, "l2": [1]}
    if kind == "equal":
        return {"l1": number(size), "l2": number(size)}
    return {"l1": number(size), "l2": number(rng.randint(1, size))}
