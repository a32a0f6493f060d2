def max_product(nums):
    # high, low: the largest and the smallest product of a subarray ending at the current
    # value. A negative value turns the smallest into the largest, so both are kept.
    # O(n) time, O(1) extra space.
    best = high = low = nums[0]
    for i in range(1, len(nums)):
        x = nums[i]
        if x < 0:
            high, low = low, high
        high = max(x, high * x)
        low = min(x, low * x)
        if high > best:
            best = high
    return best
