# Jump to the index in reach whose own jump goes furthest, unless the end is already in reach.
def jump(nums):
    last = len(nums) - 1
    i = jumps = 0
    while i < last:
        if i + nums[i] >= last:
            return jumps + 1
        i = max(range(i + 1, i + nums[i] + 1), key=lambda j: j + nums[j])
        jumps += 1
    return jumps
