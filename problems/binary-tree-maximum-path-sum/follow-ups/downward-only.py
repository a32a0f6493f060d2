def max_path_sum(root):
    # Downward paths only: the path cannot bend, so the answer is the best gain of any node,
    # gain = the node's value plus the better of its children's gains, when positive.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    gain = {None: 0}
    for node in reversed(order):
        gain[node] = node.val + max(gain[node.left], gain[node.right], 0)
    del gain[None]
    return max(gain.values())
