# Bug: assumes every edge is written [smaller, larger] and normalises the pair, so an edge
# written [5, 2] comes back as [2, 5].
def find_redundant_connection(edges):
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        a, b = min(a, b), max(a, b)
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
