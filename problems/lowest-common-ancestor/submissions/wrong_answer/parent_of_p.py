def lowest_common_ancestor(root, p, q):
    parent = {root: root}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                stack.append(child)
    return parent[p]
