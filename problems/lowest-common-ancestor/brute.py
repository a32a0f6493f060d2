def lowest_common_ancestor(root, p, q):
    def contains(node, target):
        stack = [node]
        while stack:
            n = stack.pop()
            if n is not None:
                if n is target:
                    return True
                stack.extend((n.left, n.right))
        return False

    # Walk down: while one child's subtree holds both nodes, go there.
    node = root
    while True:
        for child in (node.left, node.right):
            if child is not None and contains(child, p) and contains(child, q):
                node = child
                break
        else:
            return node
