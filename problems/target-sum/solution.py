def find_target_sum_ways(nums, target):
    # Call P the numbers given "+" and M those given "-". Then sum(P) - sum(M) = target and
    # sum(P) + sum(M) = total, so sum(P) = (total + target) / 2: every sign choice is one
    # subset P with that sum, and counting those subsets is a 0/1 knapsack count.
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0  # out of reach, or a half that is not a whole number
    goal = (total + target) // 2
    # ways[s]: subsets of the numbers handled so far whose sum is s (only the empty one at first).
    ways = [1] + [0] * goal
    for x in nums:
        # Downwards, so ways[s - x] does not yet include x: each number joins a subset at most
        # once. A zero doubles every count (it can go on either side).
        for s in range(goal, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[goal]
