def generate(n, rng):
    """n printable characters from the full range, so windows grow to ~95 and the brute force
    scans far from each start."""
    chars = [chr(c) for c in range(32, 127)]
    return {"s": "".join(rng.choice(chars) for _ in range(n))}
