def rob(nums):
    # The two ends cannot both be taken: the better of the street without one or the other.
    def line(houses):
        prev, cur = 0, 0
        for x in houses:
            prev, cur = cur, max(cur, prev + x)
        return cur

    if len(nums) == 1:
        return nums[0]
    return max(line(nums[:-1]), line(nums[1:]))
