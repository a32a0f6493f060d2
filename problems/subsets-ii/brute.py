def subsets_with_dup(nums):
    # Every subset of positions, as a sorted tuple of values; a set drops the repeats.
    n = len(nums)
    found = {tuple(sorted(nums[i] for i in range(n) if mask >> i & 1)) for mask in range(1 << n)}
    return [list(t) for t in found]
