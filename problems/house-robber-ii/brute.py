def rob(nums):
    # Take or skip each house in turn, remembering only whether house 0 was taken (then the
    # last house is off limits): every allowed set is tried, exponential.
    n = len(nums)

    def best(i, first_taken):
        if i >= n:
            return 0
        skip = best(i + 1, first_taken)
        if i == n - 1 and first_taken and n > 1:
            return skip
        return max(skip, nums[i] + best(i + 2, first_taken or i == 0))

    return best(0, False)
