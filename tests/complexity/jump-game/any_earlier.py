# class: O(n^2)
# problem: jump-game
# note: for each index, looks for a reachable earlier index that jumps far enough; past the early block of the random inputs every index scans all before it
def can_jump(nums):
    n = len(nums)
    ok = [False] * n
    ok[0] = True
    for i in range(1, n):
        ok[i] = any(ok[j] and j + nums[j] >= i for j in range(i))
    return ok[-1]
