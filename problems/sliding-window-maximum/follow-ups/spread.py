from collections import deque


def max_sliding_window(nums, k):
    # Two monotonic deques, one for the maximum and one for the minimum of the window.
    high, low = deque(), deque()
    out = []
    for i, x in enumerate(nums):
        while high and nums[high[-1]] <= x:
            high.pop()
        while low and nums[low[-1]] >= x:
            low.pop()
        high.append(i)
        low.append(i)
        if high[0] <= i - k:
            high.popleft()
        if low[0] <= i - k:
            low.popleft()
        if i >= k - 1:
            out.append(nums[high[0]] - nums[low[0]])
    return out
