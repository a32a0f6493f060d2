# Bug: a node equal to the largest value above it is not counted (> instead of >=).
class Solution:
    def goodNodes(self, root):
        def dfs(node, highest):
            if not node:
                return 0
            good = 1 if node.val > highest else 0
            return good + dfs(node.left, max(highest, node.val)) + dfs(node.right, max(highest, node.val))

        return 1 + dfs(root.left, root.val) + dfs(root.right, root.val)
