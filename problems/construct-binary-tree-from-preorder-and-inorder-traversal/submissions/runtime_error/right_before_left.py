# Bug: with a shared pre-order pointer, the right subtree must be built after the left one.
# Building it first hands the left subtree's roots to the right side; their in-order
# positions then fall outside the ranges being built, the ranges stop shrinking as they
# should, and the pointer runs past the end of the pre-order list (StopIteration).
def build_tree(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}
    roots = iter(preorder)

    def build(lo, hi):
        if lo >= hi:
            return None
        node = TreeNode(next(roots))
        mid = where[node.val]
        node.right = build(mid + 1, hi)
        node.left = build(lo, mid)
        return node

    return build(0, len(inorder))
