def length_of_lis(nums):
    """From the right: the longest increasing subsequence starting at each index, O(n^2)."""
    n = len(nums)
    starting = [1] * n
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n):
            if nums[j] > nums[i]:
                starting[i] = max(starting[i], 1 + starting[j])
    return max(starting)
