# Take or skip each house, without remembering: exponential.
def rob(nums):
    def best(i):
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
