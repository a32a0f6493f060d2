def rob(nums):
    # prev, cur: the best totals from the houses before the previous one and so far.
    prev, cur = 0, 0
    for x in nums:
        prev, cur = cur, max(cur, prev + x)
    return cur
