# Correct but O(n^2 * h): insert the pre-order values one by one as in a search tree keyed
# by in-order position, looking each position up with list.index at every comparison.
# On a chain 3000 deep that is billions of steps.
def build_tree(preorder, inorder):
    root = TreeNode(preorder[0])
    for value in preorder[1:]:
        node = root
        while True:
            if inorder.index(value) < inorder.index(node.val):
                if node.left is None:
                    node.left = TreeNode(value)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(value)
                    break
                node = node.right
    return root
