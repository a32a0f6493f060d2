def diameter_of_binary_tree(root):
    # As the diameter, but a path may only continue into a child holding the parent's value.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)

    arm = {}  # edges on the longest downward same-value path from a node
    best = 0
    for node in reversed(order):
        left = right = 0
        if node.left is not None and node.left.val == node.val:
            left = arm[node.left] + 1
        if node.right is not None and node.right.val == node.val:
            right = arm[node.right] + 1
        best = max(best, left + right)
        arm[node] = max(left, right)
    return best
