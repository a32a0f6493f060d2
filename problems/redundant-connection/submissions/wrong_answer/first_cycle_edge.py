# Bug: finds the cycle correctly (by trimming leaves) but returns the FIRST cycle edge in the
# input instead of the last one.
def find_redundant_connection(edges):
    n = len(edges)
    neighbours = [[] for _ in range(n + 1)]
    degree = [0] * (n + 1)
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
        degree[a] += 1
        degree[b] += 1
    stack = [v for v in range(1, n + 1) if degree[v] == 1]
    removed = [False] * (n + 1)
    while stack:
        v = stack.pop()
        removed[v] = True
        for w in neighbours[v]:
            if not removed[w]:
                degree[w] -= 1
                if degree[w] == 1:
                    stack.append(w)
    for a, b in edges:
        if not removed[a] and not removed[b]:
            return [a, b]
    return []
