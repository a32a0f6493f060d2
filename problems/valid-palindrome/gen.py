import string

KEPT = string.ascii_letters + string.digits
NOISE = " ,.!?;:'-"


def generate(n, rng, kind="random"):
    """A palindrome of about n characters: letters and digits with noise between them, the
    right half mirrored in varied case. kind "broken_middle": one kept character near the middle
    changed; "sparse": punctuation around two equal letters; "mixed_case": the mirror swaps case."""
    if kind == "sparse":
        noise = "".join(rng.choice(NOISE) for _ in range(max(n - 2, 0) // 2))
        return {"s": noise + "Q" + noise + "q"}
    half = [rng.choice(KEPT) if rng.random() < 0.7 else rng.choice(NOISE) for _ in range(n // 2)]
    right = [c.swapcase() if kind == "mixed_case" else c for c in reversed(half)]
    chars = half + right
    if kind == "broken_middle":
        for k in range(len(half) - 1, -1, -1):
            if chars[k].isalnum():
                chars[k] = "7" if chars[k].lower() != "7" else "8"
                break
    return {"s": "".join(chars)}
