def can_jump(nums):
    # The leftmost index known to reach the last one, moving left.
    goal = len(nums) - 1
    for i in range(len(nums) - 2, -1, -1):
        if i + nums[i] >= goal:
            goal = i
    return goal == 0
