def jump(nums):
    """The fewest jumps to the last index, or -1 when it cannot be reached: the same levels,
    stopping when a whole level leads no further than its own end. O(n) time, O(1) space."""
    jumps = 0
    end = 0
    furthest = 0
    for i in range(len(nums) - 1):
        furthest = max(furthest, i + nums[i])
        if i == end:
            if furthest == i:
                return -1
            jumps += 1
            end = furthest
    return jumps
