def build_tree(preorder, inorder):
    # Pre-order lists each subtree's root before the rest of it; the root's position in the
    # in-order list splits that subtree's values into its left and right parts. A dict gives
    # the position in O(1), and an iterator hands out the roots in pre-order: O(n) in all.
    where = {value: i for i, value in enumerate(inorder)}
    roots = iter(preorder)

    def build(lo, hi):
        # The subtree whose values are inorder[lo:hi]; its root is the next pre-order value.
        if lo == hi:
            return None
        node = TreeNode(next(roots))
        mid = where[node.val]
        node.left = build(lo, mid)
        node.right = build(mid + 1, hi)
        return node

    return build(0, len(inorder))
