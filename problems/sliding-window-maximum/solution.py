from collections import deque


def max_sliding_window(nums, k):
    # A deque of indices whose values decrease from front to back: the front is the window's
    # maximum; a value is dropped once a larger one arrives after it or it leaves the window.
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
