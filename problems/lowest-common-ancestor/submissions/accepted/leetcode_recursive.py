class Solution:
    def lowestCommonAncestorValue(self, root, p, q):
        def find(node):
            if node is None or node.val in (p, q):
                return node
            left, right = find(node.left), find(node.right)
            if left and right:
                return node
            return left or right

        return find(root).val
