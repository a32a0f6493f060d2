def lowest_common_ancestor(root, p, q):
    # Ignores the ordering: record every node's parent over the whole tree, list the path from
    # the root to each node, and keep the last node the two paths share. O(n).
    parent = {root: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)

    def path(node):
        out = []
        while node is not None:
            out.append(node)
            node = parent[node]
        return out[::-1]

    common = None
    for a, b in zip(path(p), path(q)):
        if a is not b:
            break
        common = a
    return common
