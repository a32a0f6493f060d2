# Bug: uses <= and >=, so a node equal to p or q does not stop the walk; when the other value
# is below it, the walk goes one step too far.
class Solution:
    def lowestCommonAncestorValue(self, root, p, q):
        node = root
        while True:
            if p <= node.val and q <= node.val and node.left:
                node = node.left
            elif p >= node.val and q >= node.val and node.right:
                node = node.right
            else:
                return node.val
