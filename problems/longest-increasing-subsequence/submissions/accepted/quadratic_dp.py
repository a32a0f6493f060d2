def length_of_lis(nums):
    best = [1] * len(nums)
    for i, x in enumerate(nums):
        for j in range(i):
            if nums[j] < x:
                best[i] = max(best[i], best[j] + 1)
    return max(best)
