# Bug: always moves to the index in reach whose jump ends furthest, without first checking
# whether the last index is already in reach; the next window then runs past the end of the
# list and nums[j] raises IndexError.
def jump(nums):
    last = len(nums) - 1
    i = jumps = 0
    while i < last:
        i = max(range(i + 1, i + nums[i] + 1), key=lambda j: (j + nums[j], j))
        jumps += 1
    return jumps
