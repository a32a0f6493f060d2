# Bug: handles both nodes missing, but not exactly one missing: reads .val of None.
class Solution:
    def isSameTree(self, p, q):
        if p is None and q is None:
            return True
        if p.val != q.val:
            return False
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
