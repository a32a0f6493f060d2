def jump(nums):
    # fewest[j]: the fewest jumps to reach index j, from every earlier index that reaches it.
    # O(n^2) time, O(n) space.
    n = len(nums)
    fewest = [0] * n
    for j in range(1, n):
        fewest[j] = min(fewest[i] + 1 for i in range(j) if i + nums[i] >= j)
    return fewest[-1]
