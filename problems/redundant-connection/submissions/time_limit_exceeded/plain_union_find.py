# Correct but O(n^2) in the worst case: union-find with neither path compression nor union by
# size, so the trees can grow into long chains that every find walks (a star whose hub is
# written first builds one chain through all the nodes).
def find_redundant_connection(edges):
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
