# Bug: stops only at leaves, so a node with a single child recurses into None.
def diameter_of_binary_tree(root):
    best = 0

    def height(node):
        nonlocal best
        if node.left is None and node.right is None:
            return 1
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)
        return 1 + max(left, right)

    height(root)
    return best
