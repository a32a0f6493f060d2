def is_subtree(root, subRoot):
    # Straight from the definition: write every subtree of root out in pre-order, with None
    # for each missing child (which pins the shape down), and compare it with subRoot written
    # out the same way. Rebuilding the lists at every level makes this O(n * size * height).
    def written(node):
        if node is None:
            return [None]
        return [node.val] + written(node.left) + written(node.right)

    wanted = written(subRoot)
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            if written(node) == wanted:
                return True
            stack.append(node.left)
            stack.append(node.right)
    return False
