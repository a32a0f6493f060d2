# Correct but exponential: take or skip each house, with no memory of earlier results.
def rob(nums):
    n = len(nums)
    if n == 1:
        return nums[0]

    def line(houses, i):
        if i >= len(houses):
            return 0
        return max(line(houses, i + 1), houses[i] + line(houses, i + 2))

    return max(line(nums[:-1], 0), line(nums[1:], 0))
