def length_of_lis(nums):
    """best[i]: the longest non-decreasing subsequence ending at index i. O(n^2) time."""
    best = [1] * len(nums)
    for i, x in enumerate(nums):
        for j in range(i):
            if nums[j] <= x and best[j] >= best[i]:
                best[i] = best[j] + 1
    return max(best)
