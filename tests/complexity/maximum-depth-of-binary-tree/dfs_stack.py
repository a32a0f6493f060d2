# class: O(n)
# problem: maximum-depth-of-binary-tree
# note: LeetCode style: iterative DFS with (node, depth) pairs
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        best = 0
        stack = [(root, 1)] if root else []
        while stack:
            node, d = stack.pop()
            best = max(best, d)
            if node.left:
                stack.append((node.left, d + 1))
            if node.right:
                stack.append((node.right, d + 1))
        return best
