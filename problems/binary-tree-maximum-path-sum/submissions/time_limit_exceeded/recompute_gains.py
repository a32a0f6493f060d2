# Correct but O(n * h): for every node, recomputes the best downward path of each child from
# scratch instead of passing it up once. On a chain that is O(n^2).
def max_path_sum(root):
    def down(node):
        if node is None:
            return 0
        return node.val + max(0, down(node.left), down(node.right))

    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
        stack.extend(c for c in (node.left, node.right) if c)
    return best
