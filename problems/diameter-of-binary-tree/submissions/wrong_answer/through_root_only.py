# Bug: assumes the longest path goes through the root.
def diameter_of_binary_tree(root):
    def depth(node):
        if node is None:
            return 0
        return 1 + max(depth(node.left), depth(node.right))

    return depth(root.left) + depth(root.right)
