def valid_tree(n, edges):
    # Directed: [a, b] makes a the parent of b. A rooted tree has n - 1 edges, no node with two
    # parents (so exactly one node, the root, has none), and every node reachable from the root.
    if len(edges) != n - 1:
        return False
    children = [[] for _ in range(n)]
    has_parent = [False] * n
    for a, b in edges:
        if has_parent[b]:
            return False  # a second parent (a repeated edge counts too)
        has_parent[b] = True
        children[a].append(b)
    root = has_parent.index(False)  # n - 1 distinct children leave exactly one root
    reached = 1
    stack = [root]
    while stack:
        for child in children[stack.pop()]:
            reached += 1
            stack.append(child)
    # Nodes on a cycle cannot be reached from the root, since each already has its one parent
    # on the cycle.
    return reached == n
