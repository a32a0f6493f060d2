# Bug: recurses into missing children without checking for None.
def max_depth(root):
    left = max_depth(root.left) if root.left or root.right else 0
    right = max_depth(root.right) if root.left or root.right else 0
    return 1 + max(left, right)
