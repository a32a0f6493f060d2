def generate(n, rng, kind="random"):
    """n values in 1..100. kind "yes": two groups of equal sum, shuffled together; "no":
    multiples of 4 whose quarter-sum is odd, plus 1 and 97 (an even total whose half no
    subset reaches); "equal": n values of 100."""
    n = max(n, 1)
    if kind == "equal":
        return {"nums": [100] * n}
    if kind == "yes" and n >= 2:
        left = [rng.randint(1, 100) for _ in range(n // 2)]
        right = [1] * (n - n // 2)
        remaining = sum(left) - len(right)
        while remaining > 0:
            i = rng.randrange(len(right))
            add = min(remaining, 100 - right[i], rng.randint(1, 50))
            right[i] += add
            remaining -= add
        nums = left + right
        rng.shuffle(nums)
        return {"nums": nums}
    if kind == "no":
        base = [4 * rng.randint(1, 25) for _ in range(max(n, 3) - 2)]
        if sum(base) // 4 % 2 == 0:
            base[0] += 4 if base[0] <= 96 else -4
        nums = base + [1, 97]
        rng.shuffle(nums)
        return {"nums": nums}
    return {"nums": [rng.randint(1, 100) for _ in range(n)]}
