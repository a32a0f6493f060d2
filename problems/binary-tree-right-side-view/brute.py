def right_side_view(root):
    # Visit every node left to right (pre-order, left child first) and remember, for each
    # depth, the value of the last node met there: that is the rightmost one.
    last = {}
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        last[depth] = node.val
        if node.right is not None:
            stack.append((node.right, depth + 1))
        if node.left is not None:
            stack.append((node.left, depth + 1))
    return [last[d] for d in range(len(last))]
