# Bug: the level loop also visits the last index, so when a level ends exactly there it counts
# one jump too many (and a one-element list takes 1 jump instead of 0).
def jump(nums):
    jumps = end = furthest = 0
    for i in range(len(nums)):
        furthest = max(furthest, i + nums[i])
        if i == end:
            jumps += 1
            end = furthest
    return jumps
