def generate(n, rng, kind="random"):
    """n finite items and a chunk size between 1 and 1000; kind "whole": the items 0..n-1 in
    one chunk of size n."""
    if kind == "whole":
        return {"iterable": {"items": list(range(n))}, "size": n}
    return {"iterable": {"items": [rng.randint(-10**6, 10**6) for _ in range(n)]}, "size": rng.randint(1, 1000)}
