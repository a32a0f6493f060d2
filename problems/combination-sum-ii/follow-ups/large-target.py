def combination_sum2(candidates, target):
    candidates = sorted(candidates)
    n = len(candidates)
    # reach[i]: bit s is set when some positions among i.. sum to s (sums above target dropped).
    limit = (1 << (target + 1)) - 1
    reach = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        reach[i] = (reach[i + 1] | reach[i + 1] << candidates[i]) & limit
    result, path = [], []

    def walk(start, remaining):
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, n):
            c = candidates[i]
            if c > remaining:
                break
            if i > start and c == candidates[i - 1]:
                continue
            # Only go down a branch that the rest of the list can still complete.
            if reach[i + 1] >> (remaining - c) & 1:
                path.append(c)
                walk(i + 1, remaining - c)
                path.pop()

    if reach[0] >> target & 1:
        walk(0, target)
    return result
