# Bug: greedy; from each step it moves to whichever of the next two steps is cheaper, which can
# walk into an expensive step later.
def min_cost_climbing_stairs(cost):
    n = len(cost)
    i = 0 if cost[0] <= cost[1] else 1
    total = cost[i]
    while i + 2 < n:
        i = i + 1 if cost[i + 1] < cost[i + 2] else i + 2
        total += cost[i]
    return total
