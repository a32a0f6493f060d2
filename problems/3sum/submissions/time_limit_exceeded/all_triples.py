# Correct but cubic: every combination of three positions.
def three_sum(nums):
    seen = set()
    for a, b, c in itertools.combinations(nums, 3):
        if a + b + c == 0:
            seen.add(tuple(sorted((a, b, c))))
    return [list(t) for t in seen]
