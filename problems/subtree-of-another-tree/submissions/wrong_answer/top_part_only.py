# Bug: the comparison succeeds as soon as subRoot runs out, so it accepts a subtree of root
# that only starts like subRoot and goes on below it.
class Solution:
    def isSubtree(self, root, subRoot):
        if not root:
            return False
        return self.matches(root, subRoot) or self.isSubtree(root.left, subRoot) or self.isSubtree(root.right, subRoot)

    def matches(self, node, pattern):
        if not pattern:
            return True
        if not node or node.val != pattern.val:
            return False
        return self.matches(node.left, pattern.left) and self.matches(node.right, pattern.right)
