def diameter_of_binary_tree(root):
    # Heights bottom-up: list the nodes so every parent comes before its children, then walk
    # the list backwards. No recursion, so a chain 10^4 deep is fine.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)

    height = {None: 0}  # nodes on the longest downward path from a node
    best = 0
    for node in reversed(order):
        left, right = height[node.left], height[node.right]
        # The longest path turning at this node has left + right edges.
        best = max(best, left + right)
        height[node] = 1 + max(left, right)
    return best
