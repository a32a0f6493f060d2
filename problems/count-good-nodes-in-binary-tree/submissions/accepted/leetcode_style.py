# LeetCode-style recursive DFS, carrying the largest value seen on the path.
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        def count(node, highest):
            if node is None:
                return 0
            good = 1 if node.val >= highest else 0
            highest = max(highest, node.val)
            return good + count(node.left, highest) + count(node.right, highest)

        return count(root, root.val)
