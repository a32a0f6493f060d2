# Correct, but the right subtree's view is computed twice at every node: the work doubles
# with each level of a right chain (2^100 calls at depth 100).
class Solution:
    def rightSideView(self, root):
        if root is None:
            return []
        right = self.rightSideView(root.right)
        left = self.rightSideView(root.left)
        return [root.val] + right + left[len(self.rightSideView(root.right)):]
