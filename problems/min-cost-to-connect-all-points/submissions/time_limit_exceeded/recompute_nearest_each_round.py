# Correct but O(n^3): Prim's order, but every round recomputes from scratch, for each point
# outside the tree, its distance to the nearest point in the tree, instead of keeping those
# distances up to date as points join.
def min_cost_connect_points(points):
    n = len(points)
    tree = [0]
    outside = set(range(1, n))
    total = 0
    while outside:
        best_cost, best_point = None, None
        for j in outside:
            xj, yj = points[j]
            d = min(abs(xj - points[i][0]) + abs(yj - points[i][1]) for i in tree)
            if best_cost is None or d < best_cost:
                best_cost, best_point = d, j
        total += best_cost
        tree.append(best_point)
        outside.remove(best_point)
    return total
