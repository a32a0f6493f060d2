def generate(n, rng, kind="random"):
    """n digits (0 to 4) from 2..9; kind "wide": only 7 and 9, the four-letter keys."""
    n = max(0, min(n, 4))
    keys = "79" if kind == "wide" else "23456789"
    return {"digits": "".join(rng.choice(keys) for _ in range(n))}
