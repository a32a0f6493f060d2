# Bug: checks the parity of total + target but not that the target is within -total..total.
# A target below -total makes the goal negative: the table is empty and ways[0] fails.
def find_target_sum_ways(nums, target):
    total = sum(nums)
    if (total + target) % 2:
        return 0
    goal = (total + target) // 2
    ways = [0] * (goal + 1)
    ways[0] = 1
    for x in nums:
        for s in range(goal, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[goal]
