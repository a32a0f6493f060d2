# Sort, then count runs, skipping repeats: O(n log n), fast enough here.
def longest_consecutive(nums):
    if not nums:
        return 0
    values = sorted(set(nums))
    best = run = 1
    for prev, cur in zip(values, values[1:]):
        run = run + 1 if cur == prev + 1 else 1
        best = max(best, run)
    return best
