def generate(n, rng):
    """n distinct values (the worst case: nothing can stop early), shuffled."""
    nums = rng.sample(range(-10**9, 10**9), n)
    return {"nums": nums}
