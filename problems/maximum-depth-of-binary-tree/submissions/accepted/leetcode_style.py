# LeetCode-style recursion with Optional[TreeNode] hints and no imports; a 10^4-deep chain
# needs the recursion limit the judge raises from the declared constraints.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
