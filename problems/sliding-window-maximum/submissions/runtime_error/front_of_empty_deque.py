# Bug: checks the front for expiry before appending the new index, so once the back loop
# has emptied the deque (a new maximum), window[0] raises IndexError.
from collections import deque


def max_sliding_window(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        if window[0] <= i - k:
            window.popleft()
        window.append(i)
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
