# Post-order with an explicit stack: each node is pushed once to expand its children and
# once to combine their gains, so no recursion at all.
def max_path_sum(root):
    best = -10**9
    gains = {}
    stack = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if node is None:
            continue
        if not expanded:
            stack.append((node, True))
            stack.append((node.right, False))
            stack.append((node.left, False))
            continue
        left = max(gains.pop(id(node.left), 0), 0) if node.left else 0
        right = max(gains.pop(id(node.right), 0), 0) if node.right else 0
        best = max(best, node.val + left + right)
        gains[id(node)] = node.val + max(left, right)
    return best
