def max_sliding_window(nums, k):
    # The maximum of every window, computed from scratch: O(n * k).
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
