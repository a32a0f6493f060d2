# class: O(n)
# problem: maximum-depth-of-binary-tree
# note: plain recursion, each node visited once
def max_depth(root):
    if root is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
