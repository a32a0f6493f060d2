def find_target_sum_ways(nums, target):
    # Count the signed sums directly, without the subset trick: counts[total + s] is how many
    # sign choices for the numbers so far add up to s. O(n * total) time, O(total) space.
    total = sum(nums)
    if abs(target) > total:
        return 0
    counts = [0] * (2 * total + 1)
    counts[total] = 1
    for x in nums:
        nxt = [0] * (2 * total + 1)
        for s, c in enumerate(counts):
            if c:
                nxt[s + x] += c  # never out of range: |s - total| stays within the sum so far
                nxt[s - x] += c
        counts = nxt
    return counts[total + target]
