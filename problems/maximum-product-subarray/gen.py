LIMIT = 2**31 - 1


def generate(n, rng, kind="random"):
    """n values in -10..10 such that the product of every run between zeros (so of every
    subarray, prefix and suffix) stays within 32 bits: most values are 1 or -1, with values of
    magnitude 2 to 10 scattered while the run's product allows.

    kind "random": zeros with a probability picked per input (none to many); "no-zeros": no
    zero, so nothing splits the array (the measuring input: a solution that restarts at zeros
    gains nothing); "negatives": every value negative; "zeros": about half the values zero;
    "ones": only 1 and -1."""
    n = max(1, n)
    zero_p = {"no-zeros": 0.0, "negatives": 0.0, "ones": 0.0, "zeros": 0.5}.get(
        kind, rng.choice([0.0, 0.05, 0.15, 0.3]))
    big_p = 0.0 if kind == "ones" else min(0.5, 24 / n)
    negative_p = 1.0 if kind == "negatives" else rng.choice([0.2, 0.5, 0.8])
    nums = []
    run = 1  # magnitude of the product since the last zero
    for _ in range(n):
        if rng.random() < zero_p:
            nums.append(0)
            run = 1
            continue
        size = rng.randint(2, 10) if rng.random() < big_p else 1
        if run * size > LIMIT:
            size = 1
        run *= size
        nums.append(-size if rng.random() < negative_p else size)
    return {"nums": nums}
