def find_redundant_connection(edges):
    # Add the edges in input order with union-find. The edges before the last cycle edge form a
    # forest (the graph's only cycle is not complete yet), and when that edge arrives its ends
    # are already connected. So the first edge joining two nodes of one set is the answer.
    n = len(edges)
    parent = list(range(n + 1))  # nodes are 1..n; slot 0 is unused
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps the trees shallow
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]  # as written in the input, not reordered
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra  # the smaller set goes under the larger
        size[ra] += size[rb]
    return []  # not reached: a valid input always has a cycle
