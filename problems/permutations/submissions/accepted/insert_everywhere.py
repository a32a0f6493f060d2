# Iterative: the arrangements of the first k values, each with value k+1 inserted at every gap.
def permute(nums):
    result = [[]]
    for x in nums:
        result = [p[:i] + [x] + p[i:] for p in result for i in range(len(p) + 1)]
    return result
