def generate(n, rng, kind="random"):
    """n distinct sorted values rotated near the middle; the target is absent half the time,
    or always for kind "absent" (a scan must then read every value)."""
    values = sorted(rng.sample(range(-10**9, 10**9), n))
    k = n // 2 + rng.randrange(-n // 10 - 1, n // 10 + 1) if n > 1 else 0
    k = max(0, min(n - 1, k))
    nums = values[k:] + values[:k]
    if kind == "absent":
        present = set(values)
        target = rng.randrange(-10**9, 10**9)
        while target in present:
            target = rng.randrange(-10**9, 10**9)
        return {"nums": nums, "target": target}
    target = rng.choice(values) if rng.random() < 0.5 else rng.randrange(-10**9 // 2, 10**9 // 2) * 2 + 1
    if target % 2 and target in set(values):
        target = values[0]
    return {"nums": nums, "target": target}
