# Bug: counts the nodes on the path instead of its edges (one too many).
class Solution:
    def diameterOfBinaryTree(self, root):
        self.best = 0

        def height(node):
            if not node:
                return 0
            left, right = height(node.left), height(node.right)
            self.best = max(self.best, left + right + 1)
            return 1 + max(left, right)

        height(root)
        return self.best
