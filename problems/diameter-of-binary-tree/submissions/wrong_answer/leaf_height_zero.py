# Bug: heights in edges (a leaf is 0), adding one edge per side at every node, even on a side
# with no child: a node with a single child gains an edge that is not there.
def diameter_of_binary_tree(root):
    best = 0

    def height(node):
        nonlocal best
        if node is None:
            return 0
        if node.left is None and node.right is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right + 2)
        return 1 + max(left, right)

    height(root)
    return best
