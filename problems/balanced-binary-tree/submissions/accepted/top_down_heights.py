# Top-down: checks each node with heights computed from scratch, stopping at the first
# unbalanced node. O(n log n) on balanced trees: within the limits, but measured slower than
# the O(n) target.
class Solution:
    def isBalanced(self, root):
        if not root:
            return True
        return abs(self.height(root.left) - self.height(root.right)) <= 1 and self.isBalanced(root.left) and self.isBalanced(root.right)

    def height(self, node):
        if not node:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
