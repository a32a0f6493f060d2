def generate(n, rng, kind="random"):
    """n values, mostly 1 and -1 with a few others up to 30 in magnitude, so that products stay
    within 64 bits; kind "one_zero" and "two_zeros" put zeros at random positions."""
    n = max(n, 2)
    nums = [rng.choice((1, -1)) for _ in range(n)]
    for _ in range(min(6, n)):
        nums[rng.randrange(n)] = rng.choice((2, 3, 5, -7, 11, -13, 30))
    zeros = {"one_zero": 1, "two_zeros": 2}.get(kind, 0)
    for i in rng.sample(range(n), zeros):
        nums[i] = 0
    return {"nums": nums}
