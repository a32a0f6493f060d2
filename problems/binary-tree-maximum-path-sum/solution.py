def max_path_sum(root):
    # Every path has one highest node, where it may bend: it goes down into the left subtree,
    # the right subtree, both or neither. gain[node] is the best sum of a path that starts at
    # the node and goes down (the node alone at least); a subtree whose gain is negative is
    # better left out. Nodes are visited children first, without recursion: O(n) time.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    gain = {None: 0}
    best = root.val
    for node in reversed(order):
        left = max(gain[node.left], 0)
        right = max(gain[node.right], 0)
        best = max(best, node.val + left + right)
        gain[node] = node.val + max(left, right)
    return best
