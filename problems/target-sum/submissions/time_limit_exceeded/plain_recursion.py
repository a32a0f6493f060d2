# Correct but exponential: tries "+" and "-" for every number, remembering nothing, so the
# work doubles with each number.
def find_target_sum_ways(nums, target):
    def count(i, remaining):
        if i == len(nums):
            return 1 if remaining == 0 else 0
        return count(i + 1, remaining - nums[i]) + count(i + 1, remaining + nums[i])

    return count(0, target)
