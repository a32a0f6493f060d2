# Bug: never drops a negative branch, so every path is forced to continue down to the
# bottom of both sides.
def max_path_sum(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left, right = gain(node.left), gain(node.right)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
