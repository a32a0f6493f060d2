# Bug: assumes a binary search tree and inserts the pre-order values by comparing the values
# themselves; only a tree whose in-order list is sorted comes out right.
def build_tree(preorder, inorder):
    root = TreeNode(preorder[0])
    for value in preorder[1:]:
        node = root
        while True:
            side = "left" if value < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(value))
                break
            node = child
    return root
