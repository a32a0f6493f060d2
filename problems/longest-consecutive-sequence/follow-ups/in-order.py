def longest_consecutive(nums):
    # best_ending[v]: the longest in-order run ending with value v among the positions seen so
    # far. It only grows, so a later copy of v may overwrite an earlier one.
    best_ending = {}
    best = 0
    for v in nums:
        best_ending[v] = best_ending.get(v - 1, 0) + 1
        best = max(best, best_ending[v])
    return best
