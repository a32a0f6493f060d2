# class: O(n)
# problem: house-robber
# note: top-down recursion with a dict memo, n frames deep (each house computed once)
def rob(nums):
    memo = {}

    def best(i):
        if i < 0:
            return 0
        if i in memo:
            return memo[i]
        value = max(best(i - 1), best(i - 2) + nums[i])
        memo[i] = value
        return value

    return best(len(nums) - 1)
