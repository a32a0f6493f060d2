# Bug: the index map is built on the whole in-order list, but the recursion slices it, so
# below the root the index no longer points into the current slice.
def build_tree(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}

    def build(pre, ino):
        if not pre:
            return None
        root = TreeNode(pre[0])
        i = where[pre[0]]
        root.left = build(pre[1:i + 1], ino[:i])
        root.right = build(pre[i + 1:], ino[i + 1:])
        return root

    return build(preorder, inorder)
