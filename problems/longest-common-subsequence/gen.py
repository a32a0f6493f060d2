def generate(n, rng, kind="random"):
    """Two strings of n letters. kind "random": over "abcdef"; "dna": over "acgt";
    "similar": the second is the first with about a tenth of its letters changed;
    "disjoint": the two use different letters. Below 16 letters, over "ab" (the exponential
    brute force stays quick on small alphabets only when short)."""
    n = max(n, 1)
    alphabet = {"dna": "acgt"}.get(kind, "abcdef" if n > 15 else "ab")
    first = "".join(rng.choice(alphabet) for _ in range(n))
    if kind == "disjoint":
        return {"text1": first, "text2": "".join(rng.choice("xyz") for _ in range(n))}
    if kind == "similar":
        second = [ch if rng.random() > 0.1 else rng.choice(alphabet) for ch in first]
        return {"text1": first, "text2": "".join(second)}
    return {"text1": first, "text2": "".join(rng.choice(alphabet) for _ in range(n))}
