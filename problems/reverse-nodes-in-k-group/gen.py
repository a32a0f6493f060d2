def generate(n, rng, kind="random"):
    """n values and k. kind "random": k from 1 to n; "pairs": k = 2; "big": k = 1000 (or
    n); "whole": k = n."""
    values = [rng.randint(0, 1000) for _ in range(n)]
    top = max(n, 1)
    k = {"pairs": 2, "big": min(1000, top), "whole": top}.get(kind, rng.randint(1, top))
    return {"head": values, "k": k}
