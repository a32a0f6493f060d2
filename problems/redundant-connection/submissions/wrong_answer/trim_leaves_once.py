# Bug: removes the nodes that are leaves at the start, but not the nodes that become leaves
# after that, so a path hanging off the cycle keeps its inner nodes and an edge off the cycle
# can be returned.
def find_redundant_connection(edges):
    n = len(edges)
    degree = [0] * (n + 1)
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    for a, b in reversed(edges):
        if degree[a] > 1 and degree[b] > 1:
            return [a, b]
    return []
