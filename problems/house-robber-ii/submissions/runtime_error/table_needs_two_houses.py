# Bug: the table for a straight street assumes at least two houses, so with two houses on the
# circle each one-house street raises IndexError.
def rob(nums):
    def line(houses):
        best = [0] * len(houses)
        best[0] = houses[0]
        best[1] = max(houses[0], houses[1])
        for i in range(2, len(houses)):
            best[i] = max(best[i - 1], best[i - 2] + houses[i])
        return best[-1]

    if len(nums) == 1:
        return nums[0]
    return max(line(nums[:-1]), line(nums[1:]))
