# Bug: walks the subset sums upwards, so ways[s - x] already includes x and a number can be
# counted into the same subset several times (the unlimited-supply recurrence).
def find_target_sum_ways(nums, target):
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0
    goal = (total + target) // 2
    ways = [1] + [0] * goal
    for x in nums:
        if x == 0:
            ways = [2 * w for w in ways]
            continue
        for s in range(x, goal + 1):
            ways[s] += ways[s - x]
    return ways[goal]
