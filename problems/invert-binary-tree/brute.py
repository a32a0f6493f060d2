def invert_tree(root):
    # Straight from the definition, as a new tree: the mirror of a node carries the mirror of
    # its right subtree on the left and the mirror of its left subtree on the right.
    if root is None:
        return None
    return TreeNode(root.val, invert_tree(root.right), invert_tree(root.left))
