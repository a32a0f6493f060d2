# Bug: sizes the parent list for nodes 0..n-1 although they are numbered 1..n, so node n is
# out of range (IndexError).
def find_redundant_connection(edges):
    n = len(edges)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
