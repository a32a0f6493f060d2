def lowest_common_ancestor(root, p, q):
    parent = {}
    if root is not None:
        parent[root] = None
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)
    if p not in parent or q not in parent:
        return None
    ancestors = set()
    while p is not None:
        ancestors.add(p)
        p = parent[p]
    while q not in ancestors:
        q = parent[q]
    return q
