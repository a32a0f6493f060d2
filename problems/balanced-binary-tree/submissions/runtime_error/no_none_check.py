# Bug: the height function stops at leaves but not at missing children, so a node with one
# child reads None.left.
class Solution:
    def isBalanced(self, root):
        if not root:
            return True
        return abs(self.height(root.left) - self.height(root.right)) <= 1 and self.isBalanced(root.left) and self.isBalanced(root.right)

    def height(self, node):
        if not node.left and not node.right:
            return 1
        return 1 + max(self.height(node.left), self.height(node.right))
