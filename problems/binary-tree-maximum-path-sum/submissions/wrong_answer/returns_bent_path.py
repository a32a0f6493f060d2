# Bug: returns the bent sum (both sides) upward, so a parent extends a "path" that already
# forks below it.
class Solution:
    def maxPathSum(self, root):
        best = [root.val]

        def gain(node):
            if node is None:
                return 0
            total = node.val + max(gain(node.left), 0) + max(gain(node.right), 0)
            best[0] = max(best[0], total)
            return total

        gain(root)
        return best[0]
