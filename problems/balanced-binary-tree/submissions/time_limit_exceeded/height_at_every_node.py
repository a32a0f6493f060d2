# Correct but quadratic on deep trees: measures both subtrees of every node from scratch and
# keeps going after the first unbalanced node (a chain 5000 deep costs 12.5 million steps).
class Solution:
    def isBalanced(self, root):
        self.ok = True

        def visit(node):
            if node:
                if abs(self.height(node.left) - self.height(node.right)) > 1:
                    self.ok = False
                visit(node.left)
                visit(node.right)

        visit(root)
        return self.ok

    def height(self, node):
        if not node:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
