# Correct but O(n^2) in the worst case: union-find with neither path compression nor union by
# size. On a star written [0, 1], [0, 2], ... every union hangs the old root under the new
# leaf, building one chain that each find walks from node 0.
def valid_tree(n, edges):
    if len(edges) != n - 1:
        return False
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
    return True
