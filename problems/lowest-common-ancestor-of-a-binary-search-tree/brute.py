def lowest_common_ancestor(root, p, q):
    # Ignores the ordering: record every node's parent over the whole tree, list the path from
    # the root to each value, and keep the last node the two paths share. O(n).
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)

    def path(value):
        out = []
        while value is not None:
            out.append(value)
            value = parent[value]
        return out[::-1]

    common = None
    for a, b in zip(path(p), path(q)):
        if a != b:
            break
        common = a
    return common
