def is_valid_bst(root):
    def values(node):
        out, stack = [], [node]
        while stack:
            n = stack.pop()
            if n is not None:
                out.append(n.val)
                stack.extend((n.left, n.right))
        return out

    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if any(v >= node.val for v in values(node.left)):
            return False
        if any(v <= node.val for v in values(node.right)):
            return False
        stack.extend((node.left, node.right))
    return True
