# Correct but O(n^2): the fewest jumps to each index, from every earlier index that reaches it.
def jump(nums):
    n = len(nums)
    fewest = [0] * n
    for j in range(1, n):
        fewest[j] = min(fewest[i] + 1 for i in range(j) if i + nums[i] >= j)
    return fewest[-1]
