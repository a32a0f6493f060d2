def generate(n, rng, kind=None):
    """The input n itself, the length of the answer less one: a value within an eighth below
    n (so that repeated inputs at one size differ), clamped to 0..10^5."""
    n = max(0, min(n, 10**5))
    return {"n": rng.randint(n - n // 8, n)}
