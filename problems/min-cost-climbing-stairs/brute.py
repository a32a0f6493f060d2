def min_cost_climbing_stairs(cost):
    # From each step, try both moves, without remembering anything: exponential.
    n = len(cost)

    def from_step(i):
        if i >= n:
            return 0
        return cost[i] + min(from_step(i + 1), from_step(i + 2))

    return min(from_step(0), from_step(1))
