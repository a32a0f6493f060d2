# Iterative post-order with a "last visited" pointer; heights kept in a dict keyed by node.
def is_balanced(root):
    heights = {None: 0}
    stack, node, last = [], root, None
    while stack or node:
        if node:
            stack.append(node)
            node = node.left
            continue
        top = stack[-1]
        if top.right and last is not top.right:
            node = top.right
            continue
        stack.pop()
        left, right = heights[top.left], heights[top.right]
        if abs(left - right) > 1:
            return False
        heights[top] = max(left, right) + 1
        last = top
    return True
