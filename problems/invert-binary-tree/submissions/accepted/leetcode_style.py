# LeetCode-style recursion with Optional[TreeNode] hints and no imports: swap the children,
# inverting each on the way.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
