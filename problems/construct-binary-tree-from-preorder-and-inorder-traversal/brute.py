def build_tree(preorder, inorder):
    # Straight from the definitions: the root is preorder[0]; the values left of it in the
    # in-order list form the left subtree, and each subtree's pre-order is the full pre-order
    # restricted to its values. List membership makes each level O(n^2): O(n^3) on a chain.
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    i = inorder.index(root.val)
    left_in, right_in = inorder[:i], inorder[i + 1:]
    root.left = build_tree([v for v in preorder if v in left_in], left_in)
    root.right = build_tree([v for v in preorder if v in right_in], right_in)
    return root
