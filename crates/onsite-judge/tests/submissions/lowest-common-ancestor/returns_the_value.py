# expect: wrong_answer
# message: where a TreeNode was expected
# Finds the right ancestor but returns its value, where LeetCode (and the judge) expect the
# node: the judge says so instead of failing on it or reading the int as a node.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def find(node):
            if node is None or node is p or node is q:
                return node
            left, right = find(node.left), find(node.right)
            return node if left and right else left or right

        return find(root).val
