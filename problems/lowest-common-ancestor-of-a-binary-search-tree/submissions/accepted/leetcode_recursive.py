# LeetCode-style recursion on the ordering (p and q are values here, not nodes).
class Solution:
    def lowestCommonAncestorValue(self, root: TreeNode, p: int, q: int) -> int:
        if p < root.val and q < root.val:
            return self.lowestCommonAncestorValue(root.left, p, q)
        if p > root.val and q > root.val:
            return self.lowestCommonAncestorValue(root.right, p, q)
        return root.val
