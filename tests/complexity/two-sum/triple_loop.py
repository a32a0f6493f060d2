# class: O(n^3)
# problem: two-sum
# note: for each pair, a third loop looks up the partner's index
def two_sum(nums, target):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(n):
                if k == j and nums[i] + nums[k] == target:
                    return [i, k]
    return []
