def generate(n, rng, kind="random"):
    """n jump lengths. kind "random": mostly 1 to 3, a few zeros; "wall": random jumps with a
    run of zeros near the end too long to cross; "long": long jumps everywhere (the table brute
    force's worst case), ending reachable; "short": from every index a long jump that stops
    short of the last one (at most to n - 2, where a 0 waits), so the answer is False only
    after every index is read, and the table brute force marks about n^2 / 3 cells."""
    n = max(n, 1)
    if kind == "short" and n >= 3:
        nums = [rng.randint((n - 2 - i) // 2, n - 2 - i) for i in range(n - 1)] + [1]
        nums[n - 2] = 0
        return {"nums": nums}
    if kind == "long":
        return {"nums": [rng.randint(n // 2, n) for _ in range(n)]}
    nums = [rng.choice((0, 1, 2, 2, 3, 3)) for _ in range(n)]
    if kind == "wall" and n > 20:
        for k in range(n - 12, n - 2):
            nums[k] = 0
        for k in range(n - 20, n - 12):
            nums[k] = min(nums[k], 1)
    return {"nums": nums}
