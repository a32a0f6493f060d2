# Bug: stops at leaves but not at missing children, so a node with one child (or an empty tree)
# reaches None.val / None.left.
class Solution:
    def invertTree(self, root):
        if root.left is None and root.right is None:
            return root
        root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
