# Bug: sorts every cable and keeps the n - 1 cheapest, without checking whether a cable joins
# two points that are already connected; cheap cables that close a loop are counted and some
# point may stay cut off.
def min_cost_connect_points(points):
    n = len(points)
    costs = []
    for i in range(n):
        for j in range(i + 1, n):
            costs.append(abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]))
    costs.sort()
    return sum(costs[:n - 1])
