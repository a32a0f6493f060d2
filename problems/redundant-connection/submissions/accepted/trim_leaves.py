# Peels off leaves until only the cycle is left, then returns the last edge (in input order)
# whose two ends both survived. O(n), no union-find.
def find_redundant_connection(edges):
    n = len(edges)
    neighbours = [[] for _ in range(n + 1)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    degree = [len(around) for around in neighbours]
    leaves = [v for v in range(1, n + 1) if degree[v] == 1]
    for v in leaves:  # the list grows as new leaves appear; each node joins it at most once
        for w in neighbours[v]:
            degree[w] -= 1
            if degree[w] == 1:
                leaves.append(w)
    # A removed node ends with degree 1 or less; the cycle's nodes keep their two cycle edges.
    for a, b in reversed(edges):
        if degree[a] > 1 and degree[b] > 1:
            return [a, b]
    return []
