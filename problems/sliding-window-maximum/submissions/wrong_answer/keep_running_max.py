# Bug: keeps one running maximum and only recomputes it when a larger value arrives, so a
# maximum that has left the window is still reported.
def max_sliding_window(nums, k):
    out = []
    best = max(nums[:k])
    out.append(best)
    for i in range(k, len(nums)):
        best = max(best, nums[i])
        out.append(best)
    return out
