from itertools import product


def combination_sum(candidates, target):
    useful = [c for c in candidates if c <= target]
    result = []
    counts = [range(target // c + 1) for c in useful]
    # Counts per candidate, candidate by candidate, cutting when the sum is exceeded.
    def extend(i, total, chosen):
        if total > target:
            return
        if i == len(useful):
            if total == target:
                result.append([c for c, k in zip(useful, chosen) for _ in range(k)])
            return
        for k in counts[i]:
            extend(i + 1, total + k * useful[i], chosen + [k])

    extend(0, 0, [])
    return result
