# class: O(n)
# problem: jump-game
# note: for each index, looks for a reachable earlier index that jumps far enough; on the "short" inputs the problem measures on, every index jumps far, so the scan stops after a few indices (about 6 per index, counted at n = 1000 to 64000); O(n^2) on inputs where few indices reach far
def can_jump(nums):
    n = len(nums)
    ok = [False] * n
    ok[0] = True
    for i in range(1, n):
        ok[i] = any(ok[j] and j + nums[j] >= i for j in range(i))
    return ok[-1]
