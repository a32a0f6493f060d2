# class: O(n^2)
# problem: longest-increasing-subsequence
# note: for every value, the best chain over all earlier smaller values
def length_of_lis(nums):
    best = []
    for i, x in enumerate(nums):
        b = 1
        for j in range(i):
            if nums[j] < x and best[j] + 1 > b:
                b = best[j] + 1
        best.append(b)
    return max(best)
