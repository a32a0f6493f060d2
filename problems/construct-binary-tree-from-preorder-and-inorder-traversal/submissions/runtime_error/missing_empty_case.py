# Bug: the only base case is a single value, so a node with one child recurses on an empty
# slice and reads preorder[0] from it.
def build_tree(preorder, inorder):
    if len(preorder) == 1:
        return TreeNode(preorder[0])
    root = TreeNode(preorder[0])
    i = inorder.index(root.val)
    root.left = build_tree(preorder[1:i + 1], inorder[:i])
    root.right = build_tree(preorder[i + 1:], inorder[i + 1:])
    return root
