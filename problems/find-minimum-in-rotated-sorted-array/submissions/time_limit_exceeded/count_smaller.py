# Correct but quadratic: the minimum is the value that no other value is below, and it counts,
# for every value in turn, how many values are below it.
def find_min(nums):
    for x in nums:
        if sum(1 for y in nums if y < x) == 0:
            return x
