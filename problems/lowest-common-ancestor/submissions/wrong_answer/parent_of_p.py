def lowest_common_ancestor(root, p, q):
    parent = {root.val: root.val}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[child.val] = node.val
                stack.append(child)
    return parent[p]
