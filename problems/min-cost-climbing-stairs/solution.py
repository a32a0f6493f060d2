def min_cost_climbing_stairs(cost):
    # before, here: the cheapest way to stand on the step two below and one below the current.
    before, here = 0, 0
    for i in range(2, len(cost) + 1):
        before, here = here, min(here + cost[i - 1], before + cost[i - 2])
    return here
