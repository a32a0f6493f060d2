# Bug: jumps to the index in reach with the largest value, not to the one whose jump ends
# furthest: a large value early in the window can go less far than a smaller one later.
def jump(nums):
    last = len(nums) - 1
    i = jumps = 0
    while i < last:
        if i + nums[i] >= last:
            return jumps + 1
        i = max(range(i + 1, i + nums[i] + 1), key=lambda j: nums[j])
        jumps += 1
    return jumps
