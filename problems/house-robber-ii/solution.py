def rob(nums):
    # The first and the last house cannot both be taken, so the answer is the better of two
    # straight streets: every house but the last, or every house but the first.
    def straight(lo, hi):
        prev, cur = 0, 0
        for i in range(lo, hi):
            prev, cur = cur, max(cur, prev + nums[i])
        return cur

    n = len(nums)
    if n == 1:
        return nums[0]
    return max(straight(0, n - 1), straight(1, n))
