# Bug: compares the heights of the root's two subtrees only; an unbalanced node below a
# balanced root goes unnoticed.
class Solution:
    def isBalanced(self, root):
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0

        return root is None or abs(height(root.left) - height(root.right)) <= 1
