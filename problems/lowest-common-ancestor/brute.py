def lowest_common_ancestor(root, p, q):
    def contains(node, value):
        stack = [node]
        while stack:
            n = stack.pop()
            if n is not None:
                if n.val == value:
                    return True
                stack.extend((n.left, n.right))
        return False

    # Walk down: while one child's subtree holds both values, go there.
    node = root
    while True:
        for child in (node.left, node.right):
            if child is not None and contains(child, p) and contains(child, q):
                node = child
                break
        else:
            return node.val
