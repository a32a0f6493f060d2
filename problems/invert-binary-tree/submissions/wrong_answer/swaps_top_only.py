# Bug: swaps the root's children but never goes below them.
def invert_tree(root):
    if root:
        root.left, root.right = root.right, root.left
    return root
