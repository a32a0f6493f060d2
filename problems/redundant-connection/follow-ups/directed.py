def find_redundant_connection(edges):
    # Directed version: a rooted tree plus one edge [u, v]. Either some node has two parents
    # (the extra edge points at a non-root node), or every node has exactly one parent and the
    # extra edge points at the root, closing a directed cycle.
    n = len(edges)
    parent_edge = [-1] * (n + 1)  # index of the edge into each node
    first = second = -1
    for i, (u, v) in enumerate(edges):
        if parent_edge[v] == -1:
            parent_edge[v] = i
        else:
            first, second = parent_edge[v], i  # two edges into v; one of them must go

    def closing_edge(skip):
        """Index of the first edge (other than skip) whose ends are already connected, or -1."""
        root = list(range(n + 1))

        def find(x):
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x

        for i, (u, v) in enumerate(edges):
            if i == skip:
                continue
            ru, rv = find(u), find(v)
            if ru == rv:
                return i
            root[ru] = rv
        return -1

    if second == -1:
        # No node has two parents: remove the last edge of the cycle, which is the first one
        # to close a cycle when the edges are added in order (as in the undirected problem).
        return list(edges[closing_edge(-1)])
    # Removing the later edge into v leaves every node with at most one parent; it works
    # unless the earlier one lies on a cycle, and then only the earlier one can go.
    if closing_edge(second) == -1:
        return list(edges[second])
    return list(edges[first])
