def generate(n, rng, kind="random"):
    """Two sorted lists of n values in all (1 to 2000), each of at most 1000.

    kind "random": any split of the n values between the lists (one may be empty), values in
    -10^6..10^6, or in -5..5 a third of the time (many repeats).
    "low-high": an even split with every value of nums1 at most every value of nums2;
    "high-low": the other way round. The median sits where the lists meet, and a merge that
    inserts nums2 into nums1 by scanning from the left walks all of nums1 for every value.
    "interleaved": an even split, the values alternating between the lists (the smallest in
    nums1, the next in nums2, ...): a merge changes lists at every step and walks to the middle
    one value at a time.
    "one-empty": every value in one list (the other empty, when n <= 1000).
    "lopsided": one list of one or two values, the other holding the rest."""
    n = max(1, min(n, 2000))
    lo, hi = max(0, n - 1000), min(n, 1000)   # the sizes nums1 may have
    span = 5 if kind == "random" and rng.random() < 1 / 3 else 10**6
    values = sorted(rng.randint(-span, span) for _ in range(n))
    if kind in ("low-high", "high-low"):
        m = max(lo, min(hi, n // 2))
        low, high = values[:m], values[m:]
        return {"nums1": low, "nums2": high} if kind == "low-high" else {"nums1": high, "nums2": low}
    if kind == "interleaved":
        return {"nums1": values[0::2], "nums2": values[1::2]}
    if kind == "one-empty":
        m = lo if lo > 0 or rng.random() < 0.5 else hi
    elif kind == "lopsided":
        small = min(rng.randint(1, 2), n - 1) if n > 1 else 1
        m = small if rng.random() < 0.5 else n - small
        m = max(lo, min(hi, m))
    else:
        m = rng.randint(lo, hi)
    picked = sorted(rng.sample(range(n), m))
    taken = set(picked)
    nums1 = [values[k] for k in picked]
    nums2 = [values[k] for k in range(n) if k not in taken]
    return {"nums1": nums1, "nums2": nums2}
