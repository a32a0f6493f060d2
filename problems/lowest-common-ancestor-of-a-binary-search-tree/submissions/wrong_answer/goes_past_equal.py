# Bug: uses <= and >=, so a node equal to p or q does not stop the walk; when the other node
# is below it, the walk goes one step too far.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while True:
            if p.val <= node.val and q.val <= node.val and node.left:
                node = node.left
            elif p.val >= node.val and q.val >= node.val and node.right:
                node = node.right
            else:
                return node
