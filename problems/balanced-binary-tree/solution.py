def is_balanced(root):
    # One post-order pass without recursion: a node's height is known once both children's
    # are, and each node is checked while its children's heights are at hand. Every node is
    # visited (no early return), so the work is the same O(n) whatever the answer.
    height = {None: 0}
    balanced = True
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if children_done:
            left, right = height[node.left], height[node.right]
            balanced = balanced and abs(left - right) <= 1
            height[node] = 1 + max(left, right)
        else:
            stack.append((node, True))
            stack.append((node.right, False))
            stack.append((node.left, False))
    return balanced
