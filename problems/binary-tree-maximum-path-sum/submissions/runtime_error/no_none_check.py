# Bug: recurses into missing children; the first leaf's None child has no .val.
def max_path_sum(root):
    best = root.val

    def gain(node):
        nonlocal best
        left = max(gain(node.left), 0) if node.left or node.right else 0
        right = max(gain(node.right), 0) if node.left or node.right else 0
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
