# Bug: two assignments in a row; the second reads the left child the first just replaced,
# so both children end up as the same (original) right subtree.
class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
