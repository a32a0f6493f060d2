# Correct but exponential: for every value, try the subsequence with it and without it, with no
# memory of what was already tried.
def length_of_lis(nums):
    def best(i, last):
        if i == len(nums):
            return 0
        skip = best(i + 1, last)
        if nums[i] > last:
            return max(skip, 1 + best(i + 1, nums[i]))
        return skip

    return best(0, float("-inf"))
