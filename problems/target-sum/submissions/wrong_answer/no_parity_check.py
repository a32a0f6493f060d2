# Bug: forgets that (total + target) must be even; the floor division then counts subsets
# for a neighbouring target instead of answering 0.
def find_target_sum_ways(nums, target):
    total = sum(nums)
    if abs(target) > total:
        return 0
    goal = (total + target) // 2
    ways = [1] + [0] * goal
    for x in nums:
        for s in range(goal, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[goal]
