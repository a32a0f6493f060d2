def valid_tree(n, edges):
    # A tree on n nodes has exactly n - 1 edges. With exactly that many, the graph is a tree
    # if and only if it has no cycle (n - 1 edges without a cycle join n nodes into one piece),
    # so after the count check only cycles need finding.
    if len(edges) != n - 1:
        return False
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False  # a and b are already connected: this edge closes a cycle
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra  # the smaller set goes under the larger
        size[ra] += size[rb]
    return True
