def generate(n, rng, kind="random"):
    """Two sorted lists of n values in -100..100. kind "lopsided": the second has one
    node; "apart": every value of the first below every value of the second; "equal": all
    values equal."""
    def values(count, low, high):
        return sorted(rng.randint(low, high) for _ in range(count))
    if kind == "lopsided":
        return {"list1": values(n, -100, 100), "list2": values(1, -100, 100)}
    if kind == "apart":
        return {"list1": values(n, -100, -1), "list2": values(n, 0, 100)}
    if kind == "equal":
        return {"list1": [7] * n, "list2": [7] * n}
    return {"list1": values(n, -100, 100), "list2": values(n, -100, 100)}
