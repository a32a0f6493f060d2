# Bug: the walk over root has no base case, so it steps into a missing child and reads
# None.left.
class Solution:
    def isSubtree(self, root, subRoot):
        if self.same(root, subRoot):
            return True
        return self.isSubtree(root.left, subRoot) or self.isSubtree(root.right, subRoot)

    def same(self, a, b):
        if not a and not b:
            return True
        if not a or not b:
            return False
        return a.val == b.val and self.same(a.left, b.left) and self.same(a.right, b.right)
