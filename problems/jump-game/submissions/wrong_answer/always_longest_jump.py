# Always takes the longest jump: misses paths through shorter ones.
def can_jump(nums):
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
