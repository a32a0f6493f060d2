# Correct but exponential: tries both moves from every step and forgets the results.
def min_cost_climbing_stairs(cost):
    def climb(i):
        if i >= len(cost):
            return 0
        return cost[i] + min(climb(i + 1), climb(i + 2))

    return min(climb(0), climb(1))
