# Correct, but every node recomputes the heights of its subtrees from scratch: O(n^2) on a
# chain.
class Solution:
    def diameterOfBinaryTree(self, root):
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        if root is None:
            return 0
        through_here = height(root.left) + height(root.right)
        return max(through_here,
                   self.diameterOfBinaryTree(root.left),
                   self.diameterOfBinaryTree(root.right))
