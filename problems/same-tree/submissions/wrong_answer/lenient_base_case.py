# Bug: stops with True as soon as either side runs out, so an extra subtree on one side is
# never noticed.
class Solution:
    def isSameTree(self, p, q):
        if not p or not q:
            return True
        return p.val == q.val and self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
